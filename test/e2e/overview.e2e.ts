/**
 * The overview page in Chromium: an Organization's account list (two pages of a paginated
 * listing) is previewed and written only when Import is pressed; the same files again change
 * nothing; member and management accounts are told apart; imported accounts start quiet and one
 * click turns their reminders on; the table is usable with the keyboard alone; axe finds no
 * serious or critical issue. The popup's export says what its file holds.
 */
import { describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { extensionUrl } from '../harness/launch.ts';
import { useBrowser } from './use-browser.ts';
import { msg, openPopup, seriousViolations, tabTo } from './popup-helpers.ts';
import { MEMBER_IDS, MGMT, orgListFiles as files } from './org-files.ts';

const m = (k: string, subs: string[] = []) => msg('en', k, subs);
const ids = MEMBER_IDS;


/** Stored accounts, read in the worker (the extension's origin). */
async function stored(worker: Worker): Promise<{ accountId?: string; remindersOff?: boolean; orgRole?: string }[]> {
  return worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('mfa-lifeline');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const all = await new Promise<unknown[]>((res, rej) => {
      const q = db.transaction('accounts').objectStore('accounts').getAll();
      q.onsuccess = () => res(q.result);
      q.onerror = () => rej(q.error);
    });
    db.close();
    return all as { accountId?: string }[];
  });
}

async function openOverview(page: Page, id: string, hash = ''): Promise<void> {
  await page.goto(extensionUrl(id, `src/overview/index.html${hash}`));
  await page.getByRole('heading', { level: 1, name: m('overviewTitle') }).waitFor();
}

describe('overview', () => {
  const env = useBrowser();
  const paths = files();

  it('previews an Organizations import, writes only on Import, and a second import changes nothing', async () => {
    const page = await env.b.context.newPage();
    await openOverview(page, env.b.extensionId);
    // The command that writes the file is next to the input.
    await page.getByText('aws organizations list-accounts --output json').waitFor();
    await page.getByLabel(m('importChoose')).setInputFiles(paths);
    await page.getByRole('heading', { name: m('importPreviewTitle') }).waitFor();
    await page.getByText(m('importPreviewAdded', ['12']), { exact: true }).first().waitFor();
    await page.getByText(m('importPreviewRefused', ['1']), { exact: true }).first().waitFor();
    await page.getByText(m('importWherePath', ['page-2.json', 'Accounts[5]'])).waitFor();
    expect(await stored(env.b.worker)).toEqual([]);

    await page.getByRole('button', { name: /^Import/ }).click();
    await page.getByText(m('importDone', ['12', '0'])).waitFor();
    await page.getByText(m('overviewShowing', ['12', '12'])).waitFor();
    const accounts = await stored(env.b.worker);
    expect(accounts).toHaveLength(12);
    expect(accounts.every((a) => a.remindersOff)).toBe(true);
    expect(accounts.find((a) => a.accountId === MGMT)?.orgRole).toBe('management');

    // Member accounts: the overview says what the management account can do, with the way there.
    await page.getByText(m('overviewOrgMembers', ['11'])).waitFor();
    await page.getByRole('link', { name: m('overviewOrgDocs') }).waitFor();
    // The suspended account is marked, not at risk.
    await page.getByRole('row').filter({ hasText: ids[0]! }).getByText(m('overviewLevelInactive')).waitFor();

    await page.getByLabel(m('importChoose')).setInputFiles(paths);
    await page.getByText(m('importNothingToDo')).waitFor();
    expect(await page.getByRole('button', { name: /^Import/ }).count()).toBe(0);
    expect(await stored(env.b.worker)).toEqual(accounts);

    // One click turns reminders on for every quiet account.
    await page.getByRole('button', { name: m('overviewQuietTurnOn', ['12']) }).click();
    await expect.poll(async () => (await stored(env.b.worker)).filter((a) => a.remindersOff).length).toBe(0);
    await page.close();
  });

  it('is usable with the keyboard: search, sort, select all that the filter shows', async () => {
    const page = await env.b.context.newPage();
    await openOverview(page, env.b.extensionId);
    await tabTo(page, (s) => s === m('overviewSearch'));
    await page.keyboard.type('Account 30000000000');
    await page.getByText(m('overviewShowing', ['10', '12'])).waitFor();
    await tabTo(page, (s) => s === m('overviewSelectAll', ['10']));
    await page.keyboard.press('Space');
    await page.getByText(m('overviewSelectedCount', ['10'])).waitFor();
    await tabTo(page, (s) => s.startsWith(m('overviewColAccountId')));
    await page.keyboard.press('Enter');
    const header = page.getByRole('columnheader', { name: m('overviewColAccountId') });
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    await page.keyboard.press('Enter');
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.close();
  });

  it('has no serious or critical axe violations, with rows and with an import preview', async () => {
    const page = await env.b.context.newPage();
    await openOverview(page, env.b.extensionId);
    await page.getByText(m('overviewShowing', ['12', '12'])).waitFor();
    // The bulk actions, reports and notices arrive after the table's first paint: checked too.
    await page.getByRole('heading', { name: m('overviewBulkTitle') }).waitFor();
    await page.getByRole('heading', { name: m('overviewOrgTitle') }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel(m('importChoose')).setInputFiles(paths);
    await page.getByRole('heading', { name: m('importPreviewTitle') }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('the popup summarizes many accounts, and its export warns what the file holds', async () => {
    const popup = await openPopup(env.b.context, env.b.extensionId);
    await popup.getByText(m('overviewSummary', ['12', '11', '0', '0', '1', '0'])).first().waitFor();
    await popup.getByRole('link', { name: m('overviewOpen') }).waitFor();
    // A summary and a search, not a list of every account.
    expect(await popup.getByRole('link', { name: m('popupLockedOut') }).count()).toBe(0);
    await popup.getByLabel(m('overviewSearch')).fill(MGMT);
    await popup.getByRole('link', { name: 'Management' }).waitFor();

    await popup.goto(popup.url().replace(/#.*/, '#/settings'));
    const button = popup.getByRole('button', { name: m('popupExport') });
    await button.waitFor();
    const described = await button.getAttribute('aria-describedby');
    expect(await popup.locator(`#${described}`).innerText()).toBe(m('exportWarning'));
    await popup.close();
    expect(env.offline.refused).toEqual([]);
  });
});
