/**
 * The overview's import in Firefox: the Organization's account list (two pages of a paginated
 * listing, chosen in the file input) is previewed and written only when Import is pressed; the
 * same files again change nothing; imported accounts start quiet and one click turns their
 * reminders on. overview.e2e.ts walks the same flow in Chromium, with the keyboard and axe checks
 * that need Playwright; this file keeps Firefox's users covered for what they can do.
 */
import { describe, expect, it } from 'vitest';
import { useE2E, type E2EPage } from './harness/index.ts';
import { msg } from './popup-helpers.ts';
import { MGMT, orgListFiles as files } from './org-files.ts';
import type { Account } from '../../src/shared/model.ts';

const m = (k: string, subs: string[] = []) => msg('en', k, subs);


const shows = (page: E2EPage, text: string, timeoutMs = 10_000) => page.waitFor((s) => document.body.innerText.includes(s), text, timeoutMs);

describe('the overview import (firefox)', () => {
  const env = useE2E();

  it('previews an Organizations import, writes only on Import, a second import changes nothing, one click turns reminders on', async () => {
    await env.b.store.clear(['accounts', 'prevention', 'cases', 'progress']);
    const paths = files();
    const page = await env.b.openExtensionPage('src/overview/index.html');
    await shows(page, m('overviewTitle'));
    await shows(page, 'aws organizations list-accounts --output json');
    await page.setFiles({ css: 'input[type=file]', label: m('importChoose') }, paths);
    await shows(page, m('importPreviewTitle'));
    await shows(page, m('importPreviewAdded', ['12']));
    await shows(page, m('importPreviewRefused', ['1']));
    await shows(page, m('importWherePath', ['page-2.json', 'Accounts[5]']));
    expect(await env.b.store.getAll('accounts')).toEqual([]);

    await page.click({ css: 'button', text: 'Import' });
    await shows(page, m('importDone', ['12', '0']));
    await shows(page, m('overviewShowing', ['12', '12']));
    const accounts = await env.b.store.getAll<Account & { orgRole?: string }>('accounts');
    expect(accounts).toHaveLength(12);
    expect(accounts.every((a) => a.remindersOff)).toBe(true);
    expect(accounts.find((a) => a.accountId === MGMT)?.orgRole).toBe('management');
    await shows(page, m('overviewOrgMembers', ['11']));

    await page.setFiles({ css: 'input[type=file]', label: m('importChoose') }, paths);
    await shows(page, m('importNothingToDo'));
    expect(await page.evaluate(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim().startsWith('Import')))).toBe(false);
    expect(await env.b.store.getAll('accounts')).toEqual(accounts);

    await page.click({ css: 'button', text: m('overviewQuietTurnOn', ['12']) });
    await expect.poll(async () => (await env.b.store.getAll<Account>('accounts')).filter((a) => a.remindersOff).length).toBe(0);
    expect(page.errors).toEqual([]);
    await page.close();
    expect(env.b.refused).toEqual([]);
  });
});
