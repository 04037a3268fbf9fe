// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { usePageRoot } from './page-root.ts';
import { freshIndexedDB } from '../db/fresh.ts';
import * as repo from '../../src/shared/db/repo.ts';
import { ReminderSettings } from '../../src/popup/reminders/ReminderSettings.tsx';
import { FirstRunReminders } from '../../src/popup/reminders/FirstRunReminders.tsx';
import type { Account, StoredState } from '../../src/shared/model.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('./worker-fake-browser.ts')).fakeBrowser }));
vi.mock('../../src/shared/send.ts', () => ({ send: vi.fn(async () => ({ ok: true })) }));

const NOW = new Date('2026-06-01T12:00:00.000Z');

function acct(over: Partial<Account> = {}): Account {
  return { key: 'acc1', label: 'Production', mfaDevices: [], phoneVerifiedAt: '2026-01-05T03:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', ...over };
}

let root: HTMLElement;
let writes = 0;

/** Mounts a component the way the popup does: with the state as read and a write-then-reload. */
async function mount(Component: typeof ReminderSettings | typeof FirstRunReminders) {
  const draw = async () => {
    const state: StoredState = await repo.loadState();
    const write = async (fn: () => Promise<unknown>) => {
      await fn();
      writes++;
      await draw();
      return true;
    };
    await act(() => render(<Component state={state} write={write} now={NOW} />, root));
  };
  await draw();
}

/** Lets IndexedDB and preact finish what a click started. */
async function settle() {
  for (let i = 0; i < 10; i++) await act(() => new Promise((r) => setTimeout(r, 5)));
}

const byText = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;
const select = (label: string) => {
  const l = [...root.querySelectorAll('label')].find((x) => x.textContent === label)!;
  return root.querySelector<HTMLSelectElement>(`#${l.htmlFor}`)!;
};
async function change(el: HTMLSelectElement | HTMLInputElement, value?: string) {
  if (value !== undefined) el.value = value;
  else (el as HTMLInputElement).checked = !(el as HTMLInputElement).checked;
  el.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

usePageRoot((el) => (root = el), async () => {
  await freshIndexedDB();
  process.env.TZ = 'UTC';
  writes = 0;
});

describe('first-run reminder question', () => {
  it('does not appear before there is an account, nor once answered', async () => {
    await mount(FirstRunReminders);
    expect(root.innerHTML).toBe('');
    await repo.putAccount(acct());
    const s = await repo.getSettings();
    await repo.putSettings({ ...s, reminders: { ...s.reminders, chosen: true } });
    await mount(FirstRunReminders);
    expect(root.innerHTML).toBe('');
  });

  it('saves the chosen cadences and marks the question answered', async () => {
    await repo.putAccount(acct());
    await mount(FirstRunReminders);
    expect(root.querySelector('h2')?.textContent).toBe('Would you like reminders?');
    expect(select('Check the account phone number').value).toBe('90');
    expect(select('Run the backup drill').value).toBe('180');
    await change(select('Check the account phone number'), '30');
    await change(root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')[1]!);
    byText('Save my choice').click();
    await settle();
    expect((await repo.getSettings()).reminders).toEqual({ chosen: true, phoneVerifyEvery: 30, drillEvery: 180, documentsFollowUp: true, objectionEmail: false });
    expect(writes).toBe(1);
    expect(root.innerHTML).toBe('');
  });

  it('"No reminders, thanks" turns every reminder off', async () => {
    await repo.putAccount(acct());
    await mount(FirstRunReminders);
    byText('No reminders, thanks').click();
    await settle();
    expect((await repo.getSettings()).reminders).toEqual({ chosen: true, phoneVerifyEvery: 'never', drillEvery: 'never', documentsFollowUp: false, objectionEmail: false });
  });
});

describe('reminder settings', () => {
  beforeEach(async () => {
    await repo.putAccount(acct());
    const s = await repo.getSettings();
    await repo.putSettings({ ...s, reminders: { ...s.reminders, chosen: true } });
  });

  it('lists each reminder with its state, due first', async () => {
    await mount(ReminderSettings);
    const rows = [...root.querySelectorAll('li')].map((li) => li.textContent);
    expect(rows[0]).toContain('Check the phone number of “Production”');
    expect(rows[0]).toContain('Due since Apr 5, 2026');
    expect(rows[1]).toContain('Backup drill for “Production”');
    expect(rows[1]).toContain('Next on Jun 30, 2026');
    // Every row is a group named by its title, so its buttons make sense one by one.
    const group = root.querySelector('li > [role=group]')!;
    expect(root.querySelector(`#${group.getAttribute('aria-labelledby')}`)?.textContent).toBe('Check the phone number of “Production”');
    // The list stays a list: its children are plain list items (axe "list" rule).
    for (const child of root.querySelector('ul')!.children) expect([child.tagName, child.getAttribute('role')]).toEqual(['LI', null]);
  });

  it('snoozes a due reminder for the chosen days, and turns one off and on', async () => {
    await mount(ReminderSettings);
    byText('Snooze 14 days').click();
    await settle();
    expect((await repo.listReminderLogs()).find((l) => l.id === 'phone-verify:acc1')?.snoozedUntil).toBe('2026-06-15T12:00:00.000Z');
    expect(root.querySelector('li')?.textContent).toContain('Snoozed until Jun 15, 2026');
    const drillRow = [...root.querySelectorAll('li')].find((li) => li.textContent?.includes('Backup drill'))!;
    [...drillRow.querySelectorAll('button')].find((b) => b.textContent === 'Turn off')!.click();
    await settle();
    expect((await repo.listReminderLogs()).find((l) => l.id === 'backup-drill:acc1')?.off).toBe(true);
    expect(root.textContent).toContain('Off');
    byText('Turn on').click();
    await settle();
    expect((await repo.listReminderLogs()).find((l) => l.id === 'backup-drill:acc1')?.off).toBeUndefined();
    expect(root.querySelector('[role=status]')?.textContent).toBe('Saved.');
  });

  it('changes cadences and the document-review reminders', async () => {
    await mount(ReminderSettings);
    await change(select('Check the account phone number'), 'never');
    await change(select('Run the backup drill'), '30');
    await change(root.querySelector<HTMLInputElement>('input[type=checkbox]')!);
    expect((await repo.getSettings()).reminders).toEqual({ chosen: true, phoneVerifyEvery: 'never', drillEvery: 30, documentsFollowUp: false, objectionEmail: true });
    expect(root.textContent).not.toContain('Check the phone number of');
  });

  it('says reminders are off until chosen, and that a change counts as choosing', async () => {
    const s = await repo.getSettings();
    await repo.putSettings({ ...s, reminders: { ...s.reminders, chosen: false } });
    await mount(ReminderSettings);
    expect(root.textContent).toContain('Reminders are off until you choose which ones you want.');
    expect(root.textContent).toContain('No reminders yet.');
    await change(select('Run the backup drill'), '90');
    expect((await repo.getSettings()).reminders.chosen).toBe(true);
    expect(root.textContent).not.toContain('Reminders are off until you choose');
  });

  it('every control has an accessible name', async () => {
    await mount(ReminderSettings);
    for (const el of root.querySelectorAll('select')) expect(root.querySelector(`label[for="${el.id}"]`)?.textContent).toBeTruthy();
    for (const el of root.querySelectorAll('input')) expect(el.closest('label')?.textContent).toBeTruthy();
    for (const el of root.querySelectorAll('button')) expect(el.textContent).toBeTruthy();
  });
});
