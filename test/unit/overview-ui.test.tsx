// @vitest-environment happy-dom
/**
 * The import preview and the overview against the real repo on fake-indexeddb, with the packaged
 * English strings: nothing is written before Import is pressed, the same file again offers
 * nothing to import, the export says what its file holds, and "select all" acts on every row the
 * filter matches, drawn or not.
 */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { usePageRoot } from './page-root.ts';
import { account, freshIndexedDB } from '../db/fresh.ts';
import * as repo from '../../src/shared/db/repo.ts';
import { t } from '../../src/shared/i18n.ts';
import { ExportButton, ImportPicker } from '../../src/popup/DataTransfer.tsx';
import { OverviewPage } from '../../src/overview/OverviewPage.tsx';
import { rowsInFirstView } from '../../src/overview/AccountTable.tsx';
import { DEFAULT_SORT, overviewRows, sortRows } from '../../src/domain/overview-rows.ts';
import type { StoredState } from '../../src/shared/model.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('./worker-fake-browser.ts')).fakeBrowser }));
vi.mock('../../src/shared/send.ts', () => ({ send: vi.fn(async () => ({ ok: true })) }));

let root: HTMLElement;
async function settle() {
  for (let i = 0; i < 10; i++) await act(() => new Promise((r) => setTimeout(r, 5)));
}
const buttons = () => [...root.querySelectorAll('button')];
const button = (start: string, exact = false) => {
  const b = buttons().find((x) => (exact ? x.textContent?.trim() === start : x.textContent?.trim().startsWith(start)));
  if (!b) throw new Error(`no button ${start}: ${buttons().map((x) => x.textContent).join(' | ')}`);
  return b;
};
async function choose(input: HTMLInputElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // The parsers are fetched when a file is chosen (use-import.ts): wait until it has been read.
  await vi.waitFor(async () => {
    await settle();
    expect(root.textContent).not.toContain(t('importReading'));
  });
}

usePageRoot((el) => (root = el), freshIndexedDB);

const CSV = '\uFEFFName,Email,Id\r\n"Shop, prod",root@example.com,123456789012\r\nStaging,,210987654321\r\nbroken,,12\r\n';

describe('the popup import', () => {
  it('previews first, writes only on Import, and offers nothing the second time', async () => {
    let imported = 0;
    await act(() => render(<ImportPicker onImported={async () => void imported++} />, root));
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    await choose(input, [new File([CSV], 'accounts.csv', { type: 'text/csv' })]);
    expect(root.textContent).toContain(t('importPreviewAdded', '2'));
    expect(root.textContent).toContain(t('importPreviewRefused', '1'));
    expect(root.textContent).toContain(t('importWhereLine', ['accounts.csv', '4']));
    expect(await repo.listAccounts()).toEqual([]);

    await act(() => button('Import').click());
    // The write is one transaction; on a busy machine it can outlast a few settled frames.
    await vi.waitFor(async () => {
      await settle();
      expect(imported).toBe(1);
    });
    const stored = (await repo.listAccounts()).sort((a, b) => (a.accountId! < b.accountId! ? -1 : 1));
    expect(stored.map((a) => [a.accountId, a.label, a.rootEmail, a.remindersOff])).toEqual([
      ['123456789012', 'Shop, prod', 'root@example.com', true],
      ['210987654321', 'Staging', undefined, true],
    ]);

    await choose(input, [new File([CSV], 'accounts.csv', { type: 'text/csv' })]);
    expect(root.textContent).toContain(t('importNothingToDo'));
    expect(buttons().some((b) => b.textContent?.startsWith('Import'))).toBe(false);
    expect((await repo.listAccounts()).sort((a, b) => (a.accountId! < b.accountId! ? -1 : 1))).toEqual(stored);
  });

  it('a file that cannot be read says why and writes nothing; Cancel leaves everything as it was', async () => {
    await act(() => render(<ImportPicker onImported={async () => undefined} />, root));
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    await choose(input, [new File(['{"Accounts": ['], 'org.json')]);
    expect(root.querySelector('[role=alert]')?.textContent).toContain(t('popupImportNotJson'));
    expect(root.querySelector('[role=alert]')?.textContent).toContain(t('popupImportNothingChanged'));
    await choose(input, [new File([CSV], 'a.csv')]);
    await act(() => button(t('commonCancel')).click());
    await settle();
    expect(root.textContent).not.toContain(t('importPreviewTitle'));
    expect(await repo.listAccounts()).toEqual([]);
  });

  it('export says before the click that the file holds e-mails, phones and account IDs in plain text', async () => {
    await act(() => render(<ExportButton />, root));
    const b = button(t('popupExport'));
    const warning = root.querySelector(`#${b.getAttribute('aria-describedby')}`);
    expect(warning?.textContent).toBe(t('exportWarning'));
    expect(t('exportWarning')).toMatch(/e-mail.*phone.*account IDs.*plain text/);
  });
});

describe('the overview', () => {
  it('select all covers every row the filter matches, not only the drawn ones, and acts on them together', async () => {
    for (let i = 0; i < 80; i++) await repo.putAccount(account(`k${String(i).padStart(2, '0')}`, { label: i < 70 ? `Team ${i}` : `Other ${i}`, remindersOff: true }));
    await act(() => render(<OverviewPage initialHash="" />, root));
    // The bulk actions come with the page's tools, fetched after the first render (slow on a busy machine).
    await vi.waitFor(() => expect(root.querySelector('#ov-import-file')).not.toBeNull(), { timeout: 10_000 });
    await settle();
    const search = root.querySelector<HTMLInputElement>('#ov-search')!;
    search.value = 'team';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(root.textContent).toContain(t('overviewShowing', ['70', '80']));
    // Only the rows in view are drawn.
    expect(root.querySelectorAll('tbody tr:not(.spacer)').length).toBeLessThan(70);
    const all = root.querySelector<HTMLInputElement>(`input[aria-label="${t('overviewSelectAll', '70')}"]`)!;
    all.click();
    await settle();
    expect(root.textContent).toContain(t('overviewSelectedCount', '70'));
    await act(() => button(t('overviewRemindersOn'), true).click());
    await settle();
    const stored = await repo.listAccounts();
    expect(stored.filter((a) => !a.remindersOff).map((a) => a.label).sort()).toEqual(Array.from({ length: 70 }, (_, i) => `Team ${i}`).sort());
    expect(root.textContent).toContain(t('overviewRemindersOnDone', '70'));
  });

  it('draws the true first rows of the at-risk-first order at once, and the rest in that order right after the first paint', async () => {
    // Every third account has a passkey (partial); the others are at risk. Neither the stored
    // order nor the labels alone give the table's order.
    const accounts = Array.from({ length: 60 }, (_, i) =>
      account(`k${i}`, { label: `Team ${60 - i}`, remindersOff: true, mfaDevices: i % 3 === 0 ? [{ id: `p${i}`, kind: 'passkey', where: 'laptop' }] : [] }),
    );
    const state: StoredState = { accounts, prevention: [], cases: [], progress: [], drills: [], reminderLogs: [], settings: await repo.getSettings() };
    const expected = sortRows(overviewRows(state, new Date(), 'UTC'), DEFAULT_SORT).map((r) => r.label);
    expect(expected.slice(0, 4)).toEqual(['Team 1', 'Team 2', 'Team 4', 'Team 5']);
    const drawn = () => [...root.querySelectorAll('tbody td.label a')].map((a) => a.textContent);
    // The first render, before any effect has run: the rows in view, each in its final place.
    render(<OverviewPage initialHash="" initialState={state} changedSince={() => false} />, root);
    expect(drawn()).toEqual(expected.slice(0, rowsInFirstView()));
    expect(root.querySelector('table.accounts')?.getAttribute('aria-rowcount')).toBe('61');
    expect(root.textContent).toContain(t('overviewShowing', ['60', '60']));
    // After the paint every row is in order: the margin below the view follows in the same order.
    await settle();
    expect(drawn().length).toBeGreaterThan(rowsInFirstView());
    expect(drawn()).toEqual(expected.slice(0, drawn().length));
  });

  it('"#due" opens it filtered to accounts with a reminder due, at-risk first', async () => {
    const s = await repo.getSettings();
    await repo.putSettings({ ...s, reminders: { ...s.reminders, chosen: true } });
    await repo.putAccount(account('due', { label: 'Due one', phoneE164: '+819012345678', phoneVerifiedAt: '2020-01-01T00:00:00.000Z', createdAt: '2020-01-01T00:00:00.000Z' }));
    await repo.putAccount(account('quiet', { label: 'Quiet one', remindersOff: true, createdAt: '2020-01-01T00:00:00.000Z' }));
    await act(() => render(<OverviewPage initialHash="#due" />, root));
    await settle();
    const labels = [...root.querySelectorAll('tbody td.label a')].map((a) => a.textContent);
    expect(labels).toEqual(['Due one']);
    // The phone is masked; the full number is nowhere in the page.
    expect(root.innerHTML).not.toContain('+819012345678');
  });
});
