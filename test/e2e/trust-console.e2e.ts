/**
 * Issue #9 item 3 end to end in Chromium: "Confirm contact" compares in the worker (a matching
 * number is marked verified; a differing one marks nothing, and the link page the panel opens
 * shows both and updates the stored number); devices recorded for the Security credentials page
 * merge with what the popup stored, and a removal needs a confirmation; hostile console pages
 * (an id or phone matching nothing, a malformed phone, 500 accounts stored) keep the panel right.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './use-browser.ts';
import { msg } from './popup-helpers.ts';
import { LONG_AGO, URLS, accountsByKey, fixtureHtml, nextTab, panelOn, readAll, seed, serveAll, worker } from './trust-helpers.ts';
import type { Account, ProgressEvent } from '../../src/shared/model.ts';

const en = (key: string, subs: string[] = []) => msg('en', key, subs);
const base = { createdAt: LONG_AGO, updatedAt: LONG_AGO, phoneVerifiedAt: LONG_AGO };
/** The Account fixture shows id 111122223333 and +1 206-555-0100. */
const MATCHING: Account = { ...base, key: 'k-match', label: 'Household', accountId: '111122223333', phoneE164: '+12065550100', phoneCountry: 'US', mfaDevices: [] };
const STALE: Account = { ...MATCHING, key: 'k-stale', phoneE164: '+819077771234', phoneCountry: 'JP' };
const POPUP_DEVICES: Account = {
  ...MATCHING,
  key: 'k-devices',
  mfaDevices: [
    { id: 'd-phone', kind: 'authenticator-app', where: 'iPhone 15' },
    { id: 'd-key', kind: 'security-key', where: 'Desk drawer at home' },
  ],
};

/** A copy of the Account fixture at another URL with the id and phone it shows replaced. */
function variant(env: ReturnType<typeof useBrowser>, tag: string, id: string, phone: string): string {
  const url = `https://us-east-1.console.aws.amazon.com/account/home?variant=${tag}#/`;
  const html = fixtureHtml('account').replace('111122223333', id).replace('+1 206-555-0100', phone);
  env.offline.serve(url, html);
  return url;
}

async function confirmOn(page: Page, url: string) {
  const panel = await panelOn(page, url, 'account-contact');
  await panel.getByRole('button', { name: en('panelContactConfirm') }).click();
  return panel;
}

describe('console Account page: confirming means checking', () => {
  const env = useBrowser();

  it('a matching id and number: marked verified', async () => {
    serveAll(env.offline);
    await seed(worker(env.b), { accounts: [MATCHING] });
    const page = await env.b.context.newPage();
    const panel = await panelOn(page, URLS.account, 'account-contact');
    await panel.getByText(en('panelStatusInList')).waitFor();
    const before = Date.now();
    await panel.getByRole('button', { name: en('panelContactConfirm') }).click();
    await panel.getByText(en('panelContactDone')).waitFor();
    const stored = (await accountsByKey(worker(env.b)))['k-match']!;
    expect(Date.parse(stored.phoneVerifiedAt!)).toBeGreaterThanOrEqual(before - 1000);
    expect(stored.phoneE164).toBe('+12065550100');
    await page.close();
  });

  it('a differing number: nothing marked; the link page shows both and updates the stored one', async () => {
    await seed(worker(env.b), { accounts: [{ ...MATCHING, key: 'k-match', accountId: '000000000001' }, STALE] });
    const page = await env.b.context.newPage();
    const panel = await confirmOn(page, URLS.account);
    await panel.getByText(en('panelContactDiffers')).waitFor();
    expect((await accountsByKey(worker(env.b)))['k-stale']!.phoneVerifiedAt).toBe(LONG_AGO);

    const link = await nextTab(env.b.context, () => panel.getByRole('button', { name: en('panelLinkCompare') }).click());
    expect(link.url()).toMatch(new RegExp(`^chrome-extension://${env.b.extensionId}/src/link/index\\.html#[0-9a-f-]{36}$`));
    await link.getByRole('heading', { name: en('linkContactTitle') }).waitFor();
    expect(await link.locator('[data-field=aws]').textContent()).toBe('+1 206-555-0100');
    expect(await link.locator('[data-field=saved]').textContent()).toBe('+819077771234');
    await link.getByText(en('linkDiffers')).waitFor();
    // The account the page shows is the one chosen.
    expect(await link.getByRole('radio', { name: /111122223333/ }).isChecked()).toBe(true);
    const before = Date.now();
    await link.getByRole('button', { name: en('linkSaveAws') }).click();
    await link.getByText(en('linkSaved')).waitFor();
    const stored = (await accountsByKey(worker(env.b)))['k-stale']!;
    expect(stored.phoneE164).toBe('+12065550100');
    expect(stored.phoneCountry).toBe('US');
    expect(Date.parse(stored.phoneVerifiedAt!)).toBeGreaterThanOrEqual(before - 1000);
    // The other account was not touched.
    expect((await accountsByKey(worker(env.b)))['k-match']!.phoneVerifiedAt).toBe(LONG_AGO);
    // The token is single-use: the same URL in a new tab is refused.
    const again = await env.b.context.newPage();
    await again.goto(link.url());
    await again.getByText(en('linkExpired')).waitFor();
    await Promise.all([page.close(), link.close(), again.close()]);
  });

  it('an account ID nobody stored: "not in your list", nothing marked; the link page lets the user choose', async () => {
    const url = variant(env, 'unknown-id', '555566667777', '+1 206-555-0100');
    const page = await env.b.context.newPage();
    const panel = await panelOn(page, url, 'account-contact');
    await panel.getByText(en('panelStatusNotInList')).waitFor();
    await panel.getByRole('button', { name: en('panelContactConfirm') }).click();
    await panel.getByText(en('panelContactNotListed')).waitFor();
    const all = await accountsByKey(worker(env.b));
    expect(Object.values(all).filter((a) => a.phoneVerifiedAt !== LONG_AGO).map((a) => a.key)).toEqual(['k-stale']);

    const link = await nextTab(env.b.context, () => panel.getByRole('button', { name: en('panelLinkChoose') }).click());
    await link.getByText(en('linkPageShowsId', ['555566667777'])).waitFor();
    // Nothing chosen for the user; choosing a new account creates it with the id the page showed.
    expect(await link.getByRole('button', { name: en('linkSaveAws') }).count()).toBe(0);
    await link.getByRole('radio', { name: en('linkNewAccount') }).check();
    await link.getByLabel(en('linkNewLabel')).fill('Side project');
    await link.getByRole('button', { name: en('linkSaveAws') }).click();
    await link.getByText(en('linkSaved')).waitFor();
    const created = Object.values(await accountsByKey(worker(env.b))).find((a) => a.label === 'Side project')!;
    expect(created).toMatchObject({ accountId: '555566667777', phoneE164: '+12065550100' });
    await Promise.all([page.close(), link.close()]);
  });

  it('a malformed phone: nothing marked, and the panel says it could not read it', async () => {
    await seed(worker(env.b), { accounts: [{ ...MATCHING, key: 'k-malformed', accountId: '121212121212' }] });
    const url = variant(env, 'malformed', '121212121212', '+999 206 555 0100');
    const page = await env.b.context.newPage();
    const panel = await confirmOn(page, url);
    await panel.getByText(en('panelContactUnreadable')).waitFor();
    expect((await accountsByKey(worker(env.b)))['k-malformed']!.phoneVerifiedAt).toBe(LONG_AGO);
    await page.close();
  });

  it('500 accounts stored: the right account is checked, quickly enough to measure', async () => {
    const many: Account[] = Array.from({ length: 500 }, (_, i) => ({
      ...base,
      key: `k-many-${i}`,
      label: `Account ${i}`,
      accountId: String(400000000000 + i),
      phoneE164: '+12065550100',
      phoneCountry: 'US',
      mfaDevices: [],
    }));
    await seed(worker(env.b), { accounts: many });
    const url = variant(env, 'many', '400000000499', '+1 206-555-0100');
    const page = await env.b.context.newPage();
    const panel = await panelOn(page, url, 'account-contact');
    await panel.getByText(en('panelStatusInList')).waitFor();
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      // The worker's answer as the panel sees it: click to the result on screen.
      await page.reload();
      const p = page.locator('mfa-lifeline-panel[data-page="account-contact"]');
      const button = p.getByRole('button', { name: en('panelContactConfirm') });
      await p.getByText(en('panelStatusInList')).waitFor();
      // Timed by the page itself: its click listener to the panel's DOM showing the answer.
      const done = page.evaluate((text) => {
        const root = document.querySelector('mfa-lifeline-panel')!.shadowRoot!;
        return new Promise<number>((resolve) => {
          let t0 = 0;
          addEventListener('click', () => (t0 = performance.now()), { capture: true, once: true });
          new MutationObserver(() => t0 && root.textContent!.includes(text) && resolve(performance.now() - t0)).observe(root, { subtree: true, childList: true, characterData: true });
        });
      }, en('panelContactDone'));
      await page.waitForTimeout(50);
      await button.click();
      times.push(await done);
    }
    times.sort((a, b) => a - b);
    const f = (x: number) => x.toFixed(1);
    const count = Object.keys(await accountsByKey(worker(env.b))).length;
    console.log(`confirm-contact with ${count} accounts stored: click → answer shown, median ${f(times[2]!)} ms (min ${f(times[0]!)}, max ${f(times[4]!)})`);
    const stored = await accountsByKey(worker(env.b));
    expect(stored['k-many-499']!.phoneVerifiedAt).not.toBe(LONG_AGO);
    expect(Object.values(stored).filter((a) => a.key.startsWith('k-many-') && a.phoneVerifiedAt !== LONG_AGO).map((a) => a.key)).toEqual(['k-many-499']);
    await page.close();
  });

  it('made no network request', () => {
    expect(env.offline.refused).toEqual([]);
  });
});

describe('Security credentials: devices merge, removals are confirmed', () => {
  const env = useBrowser();

  it('keeps the devices typed in the popup, adds the new one once, and removes one only after confirming', async () => {
    serveAll(env.offline);
    await seed(worker(env.b), { accounts: [POPUP_DEVICES] });
    const page = await env.b.context.newPage();
    const panel = await panelOn(page, URLS.security, 'security-credentials');
    await panel.getByText(en('panelStatusInList')).waitFor();
    const link = await nextTab(env.b.context, () => panel.getByRole('button', { name: en('panelLinkDevices') }).click());
    await link.getByRole('heading', { name: en('linkDevicesTitle') }).waitFor();
    await link.getByText('Desk drawer at home').waitFor();

    // One new device, and one the popup already has (in other case): recorded once.
    await link.getByRole('button', { name: en('panelSecAdd') }).click();
    await link.locator('#link-kind-0').selectOption('passkey');
    await link.locator('#link-where-0').fill('iCloud Keychain');
    await link.getByRole('button', { name: en('panelSecAdd') }).click();
    await link.locator('#link-where-1').fill('  IPHONE 15 ');
    await link.getByRole('button', { name: en('linkDevicesSave') }).click();
    await link.getByText(en('linkDevicesSaved', ['3'])).waitFor();
    let devices = (await accountsByKey(worker(env.b)))['k-devices']!.mfaDevices;
    expect(devices.map((d) => [d.id.startsWith('d-') ? d.id : 'new', d.kind, d.where])).toEqual([
      ['d-phone', 'authenticator-app', 'IPHONE 15'],
      ['d-key', 'security-key', 'Desk drawer at home'],
      ['new', 'passkey', 'iCloud Keychain'],
    ]);

    // Ticking a device for removal asks first; "Keep them" keeps it.
    await link.locator('[data-device="d-key"]').getByRole('checkbox').check();
    await link.getByRole('button', { name: en('linkDevicesSave') }).click();
    await link.getByText(en('linkDevicesConfirmRemove', ['1'])).waitFor();
    await link.getByRole('button', { name: en('linkDevicesKeep') }).click();
    expect((await accountsByKey(worker(env.b)))['k-devices']!.mfaDevices).toHaveLength(3);
    await link.getByRole('button', { name: en('linkDevicesSave') }).click();
    await link.getByRole('button', { name: en('linkDevicesConfirm') }).click();
    await link.getByText(en('linkDevicesSaved', ['2'])).waitFor();
    devices = (await accountsByKey(worker(env.b)))['k-devices']!.mfaDevices;
    expect(devices.map((d) => d.where)).toEqual(['IPHONE 15', 'iCloud Keychain']);
    await Promise.all([page.close(), link.close()]);
  });

  it('records a device written in the popup meanwhile (the link page merges with the store as it is now)', async () => {
    const page = await env.b.context.newPage();
    const panel = await panelOn(page, URLS.security, 'security-credentials');
    const link = await nextTab(env.b.context, () => panel.getByRole('button', { name: en('panelLinkDevices') }).click());
    await link.getByRole('heading', { name: en('linkDevicesTitle') }).waitFor();
    // Behind the link page's back (the popup, another tab): a device is added.
    const current = (await accountsByKey(worker(env.b)))['k-devices']!;
    await seed(worker(env.b), { accounts: [{ ...current, mfaDevices: [...current.mfaDevices, { id: 'd-late', kind: 'hardware-totp', where: 'Safe' }] }] });
    await link.getByRole('button', { name: en('panelSecAdd') }).click();
    await link.locator('#link-where-0').fill('Old Android');
    await link.getByRole('button', { name: en('linkDevicesSave') }).click();
    await link.getByText(en('linkDevicesSaved', ['4'])).waitFor();
    const devices = (await accountsByKey(worker(env.b)))['k-devices']!.mfaDevices;
    expect(devices.map((d) => d.where)).toEqual(['IPHONE 15', 'iCloud Keychain', 'Safe', 'Old Android']);
    // Nothing about devices went through the AWS page's process.
    const events = await readAll<ProgressEvent>(worker(env.b), 'progress');
    expect(JSON.stringify(events)).not.toMatch(/Android|Keychain|IPHONE/);
    await Promise.all([page.close(), link.close()]);
    expect(env.offline.refused).toEqual([]);
  });
});
