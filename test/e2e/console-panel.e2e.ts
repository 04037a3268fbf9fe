/**
 * The console-page panels end to end in Chromium: fixture pages served at the real console URLs,
 * the worker's console handlers and the extension's database behind them. Since issue #9 the
 * panel shows statuses only: confirming the contact details records the date for the account the
 * page's id matches, when the page shows its number; a page script cannot confirm; a profile with
 * no account is told the account is not in the list; a Japanese browser gets it all in Japanese.
 * (Choosing accounts, updating numbers and recording devices: trust-console.e2e.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { ROOT, type Launched } from '../harness/launch.ts';
import { goOffline, readFixture, type Offline } from '../harness/offline.ts';
import { msg } from './popup-helpers.ts';
import type { Account } from '../../src/shared/model.ts';
import { storeVia } from './harness/index.ts';
import { launchChromium } from './harness/index.ts';

const LONG_AGO = '2025-01-01T00:00:00.000Z';
const base = { mfaDevices: [], createdAt: LONG_AGO, updatedAt: LONG_AGO, phoneVerifiedAt: LONG_AGO };
/** The fixtures show account id 111122223333; the other account comes first in the list. */
const ACCOUNTS: Account[] = [
  { ...base, key: 'acct-other', label: 'Other account', accountId: '999988887777' },
  { ...base, key: 'acct-page', label: 'Household', accountId: '111122223333' },
  { ...base, key: 'acct-noid', label: 'No id given' },
];

const PAGES = {
  account: ['https://us-east-1.console.aws.amazon.com/account/home#/', 'console/account-home-en.html'],
  accountJa: ['https://console.aws.amazon.com/billing/home?#/account', 'console/billing-account-ja.html'],
  security: ['https://us-east-1.console.aws.amazon.com/iam/home#/security_credentials', 'console/security-credentials-en.html'],
  bills: ['https://us-east-1.console.aws.amazon.com/billing/home?region=us-east-1#/bills', 'negative/billing-bills-en.html'],
} as const;

/** The newer Account console on another host, served with a copy that does not show the id. */
const NO_ID_URL = 'https://console.aws.amazon.com/account/home#/';

async function serveConsole(b: Launched): Promise<Offline> {
  const offline = await goOffline(b.context);
  for (const [url, file] of Object.values(PAGES)) offline.serve(url, readFixture(join(ROOT, 'test/fixtures', file)));
  return offline;
}

/** The extension's service worker as it runs now (it may have been restarted since launch). */
function worker(b: Launched): Worker {
  return b.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${b.extensionId}/`)) ?? b.worker;
}

/** Waits for the worker's database to exist (migrated), then puts the accounts in it. */
async function seed(worker: Worker, accounts: Account[]): Promise<void> {
  await storeVia(worker).put(accounts.map((value) => ({ store: 'accounts', value })));
}

async function stored(worker: Worker): Promise<Record<string, Account>> {
  const all = await storeVia(worker).getAll<Account>('accounts');
  return Object.fromEntries(all.map((a) => [a.key, a]));
}

async function panelOn(page: Page, which: keyof typeof PAGES, kind: string) {
  await page.goto(PAGES[which][0]);
  const panel = page.locator(`mfa-lifeline-panel[data-page="${kind}"]`);
  await panel.locator('section.panel').waitFor({ timeout: 10_000 });
  return panel;
}

/** What a page script can do: the panel's shadow root is open, so it can click its buttons. */
const scriptClick = (page: Page, text: string) =>
  page.evaluate((label) => {
    const root = document.querySelector('mfa-lifeline-panel')!.shadowRoot!;
    [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!.click();
  }, text);

describe('console panels (English)', () => {
  let b: Launched;
  let offline: Offline;
  let page: Page;
  const en = (key: string, subs: string[] = []) => msg('en', key, subs);

  beforeAll(async () => {
    ({ launched: b } = await launchChromium());
    offline = await serveConsole(b);
    await seed(worker(b), ACCOUNTS.map((a) => (a.key === 'acct-page' ? { ...a, phoneE164: '+12065550100', phoneCountry: 'US' } : a)));
    page = await b.context.newPage();
  });
  afterAll(async () => {
    await b?.context.close();
  });

  it('account-contact: matched by the id on the page, confirmed in one click, for that account only', async () => {
    const panel = await panelOn(page, 'account', 'account-contact');
    await panel.getByText(en('panelStatusInList')).waitFor();
    // No account list in the page: no label of any account, no select.
    expect(await panel.locator('select, input').count()).toBe(0);
    expect(await panel.getByText('Household').count()).toBe(0);
    await panel.getByText('+1 206-555-0100').waitFor();
    await panel.getByText(en('panelContactIntlOk')).waitFor();

    await scriptClick(page, en('panelContactConfirm'));
    await page.waitForTimeout(300);
    expect((await stored(worker(b)))['acct-page']!.phoneVerifiedAt).toBe(LONG_AGO);

    const before = Date.now();
    await panel.getByRole('button', { name: en('panelContactConfirm') }).click();
    await panel.getByText(en('panelContactDone')).waitFor();
    const after = await stored(worker(b));
    expect(Date.parse(after['acct-page']!.phoneVerifiedAt!)).toBeGreaterThanOrEqual(before - 1000);
    expect(after['acct-other']!.phoneVerifiedAt).toBe(LONG_AGO);
    expect(after['acct-noid']!.phoneVerifiedAt).toBe(LONG_AGO);
    expect(await panel.getByRole('button', { name: en('panelContactConfirm') }).isDisabled()).toBe(true);
  });

  it('account-contact: a page that shows no id marks nothing and sends the user to choose in MFA Lifeline', async () => {
    const html = readFixture(join(ROOT, 'test/fixtures', PAGES.account[1]));
    const withoutId = html.replace(/<div><div>Account ID<\/div><div>\d+<\/div><\/div>/, '');
    expect(withoutId).not.toContain('111122223333');
    offline.serve(NO_ID_URL, withoutId);
    await page.goto(NO_ID_URL);
    const panel = page.locator('mfa-lifeline-panel[data-page="account-contact"]');
    await panel.getByText(en('panelStatusNoId')).waitFor({ timeout: 10_000 });
    const before = await stored(worker(b));
    await panel.getByRole('button', { name: en('panelContactConfirm') }).click();
    await panel.getByText(en('panelContactNotListed')).waitFor();
    await panel.getByRole('button', { name: en('panelLinkChoose') }).waitFor();
    expect(await stored(worker(b))).toEqual(before);
  });

  it('shows no panel on a billing page that is not the Account page, and made no request', async () => {
    await page.goto(PAGES.bills[0]);
    await page.waitForTimeout(500);
    expect(await page.locator('mfa-lifeline-panel').count()).toBe(0);
    expect(offline.refused).toEqual([]);
  });
});

describe('console panels with no account yet, in a Japanese browser', () => {
  let b: Launched;
  let offline: Offline;
  let page: Page;
  const ja = (key: string, subs: string[] = []) => msg('ja', key, subs);

  beforeAll(async () => {
    ({ launched: b } = await launchChromium({ lang: 'ja' }));
    offline = await serveConsole(b);
    page = await b.context.newPage();
  });
  afterAll(async () => {
    await b?.context.close();
  });

  it('says the account is not in the list yet, and that the number shown is not in international format', async () => {
    const panel = await panelOn(page, 'accountJa', 'account-contact');
    await panel.getByText(ja('panelStatusNotInList')).waitFor({ timeout: 5000 });
    await panel.locator('[role=alert]').getByText(ja('phoneErrorNotInternational')).waitFor({ timeout: 5000 });
    await panel.getByText(ja('panelContactFix')).waitFor();
  });

  it('confirms in Japanese once the account exists (the national number read in the stored country)', async () => {
    await seed(worker(b), [{ ...ACCOUNTS[1]!, phoneE164: '+819000000100', phoneCountry: 'JP' }]);
    page = await b.context.newPage();
    const panel = await panelOn(page, 'accountJa', 'account-contact');
    expect(await panel.locator('section').getAttribute('lang')).toBe('ja');
    await panel.getByText(ja('panelStatusInList')).waitFor({ timeout: 5000 });
    await panel.getByRole('button', { name: ja('panelContactConfirm') }).click();
    await panel.getByText(ja('panelContactDone')).waitFor();
    // Recorded even though the number needs fixing; the warning stays on screen.
    expect((await stored(worker(b)))['acct-page']!.phoneVerifiedAt).not.toBe(LONG_AGO);
    expect(await panel.locator('[role=alert]').count()).toBe(1);
    expect(offline.refused).toEqual([]);
  });
});
