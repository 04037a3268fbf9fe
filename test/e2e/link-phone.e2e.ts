/**
 * Issue #9 item 1 on AWS's support form: the phone number the form needs is never typed into the
 * page. The panel's button opens the link page's phone-format mode in a new tab (an extension
 * page, out of the AWS page's reach), which lists the saved accounts' numbers in E.164 with copy
 * buttons and converts a number typed with its country. Nothing typed there is stored unless the
 * user keeps it with an account.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './use-browser.ts';
import { msg, seriousViolations } from './popup-helpers.ts';
import { LONG_AGO, URLS, nextTab, panelOn, readAll, seed, serveAll, worker } from './trust-helpers.ts';
import type { Account, ProgressEvent } from '../../src/shared/model.ts';

const en = (key: string) => msg('en', key);
const base = { createdAt: LONG_AGO, updatedAt: LONG_AGO, mfaDevices: [] };
const ACCOUNTS: Account[] = [
  { ...base, key: 'k-home', label: 'Household', phoneE164: '+819077771234', phoneCountry: 'JP' },
  { ...base, key: 'k-side', label: 'Side project', phoneE164: '+14155550199', phoneCountry: 'US' },
  { ...base, key: 'k-none', label: 'Sandbox' },
];

describe("the support form's phone helper, on the link page", () => {
  const env = useBrowser();

  it('offers the saved numbers in E.164, converts a typed one, and stores it only when the user keeps it', async () => {
    serveAll(env.offline);
    await seed(worker(env.b), { accounts: ACCOUNTS });
    const page = await env.b.context.newPage();
    const panel = await panelOn(page, URLS.support, 'support-form');
    const tab = await nextTab(env.b.context, () => panel.getByRole('button', { name: en('panelFormPhoneOpen') }).click());
    await tab.getByRole('heading', { name: en('linkPhoneTitle') }).waitFor();
    // Chromium grants no clipboard-read to an extension origin in tests: note what is written
    // (the page's own writeText still runs, and its answer decides "Copied").
    await tab.evaluate(() => {
      const w = window as unknown as { __copied: string[] };
      w.__copied = [];
      const real = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => (w.__copied.push(text), real(text));
    });
    const copied = () => tab.evaluate(() => (window as unknown as { __copied: string[] }).__copied.at(-1));
    const saved = tab.locator('li [data-e164]');
    await saved.first().waitFor();
    expect(await saved.evaluateAll((els) => els.map((e) => e.getAttribute('data-e164')))).toEqual(['+819077771234', '+14155550199']);
    await tab.locator('[data-e164="+14155550199"]').getByRole('button', { name: en('commonCopy') }).click();
    await tab.locator('[data-e164="+14155550199"]').getByRole('button', { name: en('commonCopied') }).waitFor();
    expect(await copied()).toBe('+14155550199');
    // The copy is a step of the support-form path in that account's timeline (once, however often copied).
    await tab.locator('[data-e164="+14155550199"]').getByRole('button', { name: en('commonCopied') }).click();
    await expect
      .poll(async () => (await readAll<ProgressEvent>(worker(env.b), 'progress')).filter((e) => e.step === 'copied-phone-number').map((e) => [e.accountKey, e.page]))
      .toEqual([['k-side', 'support-form']]);

    // A number as written at home, with its country.
    const country = tab.getByLabel(en('linkPhoneCountry'));
    await country.selectOption('GB');
    const field = tab.getByLabel(en('linkPhoneNumber'));
    await field.fill('07911 123456');
    const result = tab.locator('[role=status] [data-e164]');
    await result.getByText('+447911123456').waitFor();
    await result.getByRole('button', { name: en('commonCopy') }).click();
    await result.getByRole('button', { name: en('commonCopied') }).waitFor();
    expect(await copied()).toBe('+447911123456');
    // Nothing typed was stored: the accounts are exactly as seeded.
    const byKey = async () => Object.fromEntries((await readAll<Account>(worker(env.b), 'accounts')).map((a) => [a.key, a]));
    expect(await byKey()).toEqual(Object.fromEntries(ACCOUNTS.map((a) => [a.key, a])));

    // Until the user keeps it with an account, in one step.
    await tab.getByRole('button', { name: en('linkPhoneKeep') }).click();
    await tab.getByRole('radio', { name: 'Sandbox' }).check();
    await tab.getByRole('button', { name: en('linkPhoneKeepSave') }).click();
    await tab.getByText(en('linkSaved')).waitFor();
    const after = await byKey();
    expect(after['k-none']).toMatchObject({ phoneE164: '+447911123456', phoneCountry: 'GB' });
    expect([after['k-home'], after['k-side']]).toEqual([ACCOUNTS[0], ACCOUNTS[1]]);
    // The list of saved numbers follows (the page re-reads on the store's change).
    await tab.locator('li [data-e164="+447911123456"]').waitFor();
    // Readable by everyone (axe-core, serious and critical), with the picker open.
    expect(await seriousViolations(tab)).toEqual([]);

    await field.fill('call me');
    await tab.locator('[role=status]').getByText(en('phoneErrorLetters')).waitFor();
    await tab.close();
    await page.close();
    expect(env.offline.refused).toEqual([]);
  });
});
