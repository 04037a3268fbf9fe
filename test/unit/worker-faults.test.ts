/**
 * Issue #9 item 5 in the worker: a crash between showing a reminder and logging it loses
 * nothing and shows nothing twice (re-creating the same notification id replaces it), and a
 * database that fails to open is tried again instead of failing every later message.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, servePackagedMessages } from './worker-fake-browser.ts';
import { freshIndexedDB } from '../db/fresh.ts';
import { injectFault } from '../db/fault.ts';
import * as repo from '../../src/shared/db/repo.ts';
import { refreshReminders } from '../../src/background/reminder-run.ts';
import { closeDatabase } from '../../src/shared/db/open.ts';
import type { Account } from '../../src/shared/model.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('./worker-fake-browser.ts')).fakeBrowser }));

const NOW = new Date('2026-06-01T12:00:00.000Z');
const clock = () => NOW;
const PHONE = 'phone-verify:acc1';

const acct: Account = { key: 'acc1', label: 'Production', mfaDevices: [], phoneVerifiedAt: '2026-01-05T03:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };

beforeEach(async () => {
  await freshIndexedDB();
  fake.reset();
  process.env.TZ = 'UTC';
  servePackagedMessages();
  await repo.putAccount(acct);
  const s = await repo.getSettings();
  await repo.putSettings({ ...s, reminders: { ...s.reminders, chosen: true, drillEvery: 'never' } });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  injectFault(0);
  vi.restoreAllMocks();
});

/** What the user saw: notifications on screen, by id (a re-created id is the same one). */
const onScreen = () => [...fake.notifications.keys()];

describe('a crash between showing a reminder and logging it', () => {
  it.each(['quota', 'abort'] as const)('(%s on the log write): shown once, logged on the next run, never again after', async (kind) => {
    injectFault(1, kind);
    await refreshReminders(clock);
    injectFault(0);
    expect(onScreen()).toEqual([PHONE]);
    expect((await repo.listReminderLogs()).find((l) => l.id === PHONE)?.lastShownDue).toBeUndefined();

    // The worker starts again (or the next alarm): the same id is shown again, replacing it.
    await refreshReminders(clock);
    expect(onScreen()).toEqual([PHONE]);
    expect(new Set(fake.created.map((c) => c.id))).toEqual(new Set([PHONE]));
    expect((await repo.listReminderLogs()).find((l) => l.id === PHONE)?.lastShownDue).toBeTruthy();

    // Logged now: later runs create nothing more.
    const created = fake.created.length;
    await refreshReminders(clock);
    await refreshReminders(clock);
    expect(fake.created).toHaveLength(created);
    expect(onScreen()).toEqual([PHONE]);
  });

  it('a snooze from the popup while the worker logs is kept (one transaction each)', async () => {
    await Promise.all([refreshReminders(clock), repo.patchReminderLog(PHONE, (l) => ({ ...l, snoozedUntil: '2026-06-08T12:00:00.000Z' }))]);
    const l = (await repo.listReminderLogs()).find((x) => x.id === PHONE)!;
    expect(l.snoozedUntil).toBe('2026-06-08T12:00:00.000Z');
  });
});

describe('opening the database in the worker', () => {
  it('retries a failed open, and a start that failed does not fail the next message', async () => {
    vi.resetModules();
    await closeDatabase();
    const { ensureReady } = await import('../../src/background/lifecycle.ts');
    const { closeDatabase: close2 } = await import('../../src/shared/db/open.ts');
    const realOpen = indexedDB.open.bind(indexedDB);
    let failures = 4;
    vi.spyOn(indexedDB, 'open').mockImplementation((...args: Parameters<IDBFactory['open']>) => {
      if (failures-- > 0) throw new DOMException('The operation failed for reasons unrelated to the database itself.', 'UnknownError');
      return realOpen(...args);
    });
    // Three tries (with pauses) all fail: the start fails with a clear error…
    await expect(ensureReady()).rejects.toMatchObject({ name: 'StoreError', kind: 'open-failed' });
    // …and is not kept: the next message tries again (one more failure, then it opens).
    await expect(ensureReady()).resolves.toBeUndefined();
    await close2();
  });
});
