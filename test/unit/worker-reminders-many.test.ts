/**
 * Reminders at scale: more than three accounts due at once give one notification that counts
 * them and opens the overview filtered to them; the badge counts accounts, not reminders; quiet
 * accounts (imported, reminders not turned on) count for nothing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, servePackagedMessages } from './worker-fake-browser.ts';
import { freshIndexedDB } from '../db/fresh.ts';
import * as repo from '../../src/shared/db/repo.ts';
import { refreshReminders } from '../../src/background/reminder-run.ts';
import { openReminder } from '../../src/background/reminder-actions.ts';
import { MANY_DUE_ID } from '../../src/background/reminder-many.ts';
import type { Account } from '../../src/shared/model.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('./worker-fake-browser.ts')).fakeBrowser }));

const NOW = new Date('2026-06-01T12:00:00.000Z');
const clock = () => NOW;

function acct(key: string, over: Partial<Account> = {}): Account {
  // Phone confirmed long ago: its check is due; drills are off in these settings.
  return { key, label: `Account ${key}`, mfaDevices: [], phoneVerifiedAt: '2026-01-05T03:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', ...over };
}

async function choose() {
  const s = await repo.getSettings();
  await repo.putSettings({ ...s, reminders: { ...s.reminders, chosen: true, drillEvery: 'never' } });
}

beforeEach(async () => {
  await freshIndexedDB();
  fake.reset();
  process.env.TZ = 'UTC';
  servePackagedMessages();
  await choose();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('many accounts due at once', () => {
  it('three due accounts still get one notification each', async () => {
    for (const k of ['a', 'b', 'c']) await repo.putAccount(acct(k));
    await refreshReminders(clock);
    expect([...fake.notifications.keys()].sort()).toEqual(['phone-verify:a', 'phone-verify:b', 'phone-verify:c']);
    expect(fake.badge.text).toBe('3');
  });

  it('more than three: one notification counting them, each due time logged, the badge counting accounts', async () => {
    for (const k of ['a', 'b', 'c', 'd', 'e']) await repo.putAccount(acct(k));
    // A recovery case adds two more reminders to account a; still five accounts.
    await repo.putCase({ id: 'case1', accountKey: 'a', path: 'support-documents', startedAt: '2026-05-01T00:00:00.000Z', steps: {}, documentsSentAt: '2026-05-20T00:00:00.000Z' });
    const plan = await refreshReminders(clock);
    expect(plan.due).toHaveLength(7);
    expect([...fake.notifications.keys()]).toEqual([MANY_DUE_ID]);
    expect(fake.notifications.get(MANY_DUE_ID)).toMatchObject({ title: 'Reminders for 5 AWS accounts' });
    expect(fake.badge).toMatchObject({ text: '5', title: 'MFA Lifeline: reminders are due for 5 accounts' });
    // Logged as shown: the next run shows nothing again.
    expect((await repo.listReminderLogs()).filter((l) => l.lastShownDue)).toHaveLength(7);
    fake.created.length = 0;
    await refreshReminders(clock);
    expect(fake.created).toEqual([]);

    await openReminder(MANY_DUE_ID);
    expect(fake.opened).toEqual(['chrome-extension://fake-extension-id/src/overview/index.html#due']);
    expect(fake.notifications.has(MANY_DUE_ID)).toBe(false);
  });

  it('replaces single notifications already on screen, and goes when few are due again', async () => {
    for (const k of ['a', 'b', 'c']) await repo.putAccount(acct(k));
    await refreshReminders(clock);
    for (const k of ['d', 'e']) await repo.putAccount(acct(k));
    await refreshReminders(clock);
    expect([...fake.notifications.keys()]).toEqual([MANY_DUE_ID]);
    for (const k of ['c', 'd', 'e']) await repo.deleteAccount(k);
    await refreshReminders(clock);
    expect(fake.notifications.has(MANY_DUE_ID)).toBe(false);
    expect(fake.badge.text).toBe('2');
  });

  it('quiet accounts remind of nothing and stay off the badge', async () => {
    for (const k of ['a', 'b', 'c', 'd', 'e']) await repo.putAccount(acct(k, { remindersOff: true }));
    await repo.putAccount(acct('loud'));
    await refreshReminders(clock);
    expect([...fake.notifications.keys()]).toEqual(['phone-verify:loud']);
    expect(fake.badge.text).toBe('1');
  });

  it('a per-account cadence overrides the global one', async () => {
    // Confirmed 40 days ago: due with a 30-day cadence, not with the global 90.
    await repo.putAccount(acct('monthly', { phoneVerifiedAt: '2026-04-22T03:00:00.000Z', phoneVerifyEvery: 30 }));
    await repo.putAccount(acct('global', { phoneVerifiedAt: '2026-04-22T03:00:00.000Z' }));
    const plan = await refreshReminders(clock);
    expect(plan.due.map((i) => i.id)).toEqual(['phone-verify:monthly']);
  });
});
