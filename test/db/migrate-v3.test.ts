/**
 * Rung 2 -> 3 (accounts gain `contentAt`) from a version-2 database with data in that shape, and
 * what an open does when an older connection will not step aside.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { openDB, type IDBPDatabase } from 'idb';
import { freshIndexedDB, account } from './fresh.ts';
import { closeDatabase, openDatabase } from '../../src/shared/db/open.ts';
import { DB_NAME, DB_VERSION, SETTINGS_KEY, type DBv2 } from '../../src/shared/db/schema.ts';
import { upgradeToV1 } from '../../src/shared/db/versions/v1.ts';
import { upgradeToV2 } from '../../src/shared/db/versions/v2.ts';
import { StoreError } from '../../src/shared/db/errors.ts';
import * as repo from '../../src/shared/db/repo.ts';
import type { IDBPTransaction, StoreNames } from 'idb';

beforeEach(freshIndexedDB);

/** A version-2 database as the version-2 extension left it. */
async function seedV2(): Promise<void> {
  const db: IDBPDatabase<DBv2> = await openDB<DBv2>(DB_NAME, 2, {
    async upgrade(d, old, _n, tx) {
      if (old < 1) upgradeToV1(d as never);
      await upgradeToV2(d, tx as unknown as IDBPTransaction<DBv2, StoreNames<DBv2>[], 'versionchange'>);
    },
  });
  const tx = db.transaction(['accounts', 'prevention', 'cases', 'progress', 'drills', 'reminderLogs', 'settings'], 'readwrite');
  // Phone confirmed on 03-01 bumped updatedAt in version 2: the kit printed 02-01 looked stale.
  await tx.objectStore('accounts').put(account('a', { phoneE164: '+819012345678', phoneVerifiedAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-01T00:00:00.000Z' }));
  await tx.objectStore('accounts').put(account('b', { createdAt: '2026-01-02T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z' }));
  await tx.objectStore('prevention').put({ accountKey: 'a', done: { 'recovery-kit': '2026-02-01T00:00:00.000Z' } });
  await tx.objectStore('cases').put({ id: 'c1', accountKey: 'a', path: 'alt-factors', startedAt: '2026-01-03T00:00:00.000Z', steps: {} });
  await tx.objectStore('progress').put({ id: 'e1', at: '2026-01-03T00:00:00.000Z', source: 'signin-page', step: 'reached-mfa-code', accountKey: 'a' });
  await tx.objectStore('drills').put({ id: 'd1', accountKey: 'b', at: '2026-01-04T00:00:00.000Z', passed: true });
  await tx.objectStore('reminderLogs').put({ id: 'phone-verify:a', lastShownDue: '2026-02-01T00:00:00.000Z', snoozedUntil: '2026-02-08T00:00:00.000Z' });
  await tx.objectStore('settings').put({ lang: 'ja', reminders: { chosen: true, phoneVerifyEvery: 30, drillEvery: 'never', documentsFollowUp: false, objectionEmail: true } }, SETTINGS_KEY);
  await tx.done;
  db.close();
}

describe('rung 2 -> 3', () => {
  it('keeps every record and gives each account contentAt = updatedAt', async () => {
    await seedV2();
    const s = await repo.loadState();
    expect((await openDatabase()).version).toBe(DB_VERSION);
    expect(s.accounts.map((a) => [a.key, a.contentAt])).toEqual([
      ['a', '2026-03-01T00:00:00.000Z'],
      ['b', '2026-01-02T00:00:00.000Z'],
    ]);
    expect(s.accounts[0]).toMatchObject({ phoneVerifiedAt: '2026-03-01T00:00:00.000Z', phoneE164: '+819012345678' });
    expect(s.prevention).toEqual([{ accountKey: 'a', done: { 'recovery-kit': '2026-02-01T00:00:00.000Z' } }]);
    expect(s.cases.map((c) => c.id)).toEqual(['c1']);
    expect(s.progress.map((e) => e.id)).toEqual(['e1']);
    expect(s.drills.map((d) => d.id)).toEqual(['d1']);
    expect(s.reminderLogs).toEqual([{ id: 'phone-verify:a', lastShownDue: '2026-02-01T00:00:00.000Z', snoozedUntil: '2026-02-08T00:00:00.000Z' }]);
    expect(s.settings).toEqual({ lang: 'ja', reminders: { chosen: true, phoneVerifyEvery: 30, drillEvery: 'never', documentsFollowUp: false, objectionEmail: true } });
  });

  it('after the upgrade a phone confirmation leaves contentAt alone', async () => {
    await seedV2();
    await repo.markPhoneVerified('b', '2026-04-01T00:00:00.000Z');
    expect(await repo.getAccount('b')).toMatchObject({ phoneVerifiedAt: '2026-04-01T00:00:00.000Z', contentAt: '2026-01-02T00:00:00.000Z' });
  });

  it('an upgraded store exports and imports back', async () => {
    await seedV2();
    const before = await repo.loadState();
    const text = JSON.stringify(await repo.exportAll());
    await freshIndexedDB();
    expect((await repo.importAll(JSON.parse(text))).ok).toBe(true);
    expect(await repo.loadState()).toEqual(before);
  });
});

describe('a blocked upgrade', () => {
  it('fails with a clear error after the timeout instead of hanging, and the next open succeeds', async () => {
    await seedV2();
    // An old tab of version 2 that never closes its connection (no versionchange handler).
    const old = await openDB<DBv2>(DB_NAME, 2);
    const failure = await openDatabase({ blockedMs: 50 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).kind).toBe('blocked');
    expect(repo.storeErrorKey(failure)).toBe('storeErrBlocked');
    // Nothing was lost, and the failure did not stick: once the old tab is gone the open works.
    old.close();
    await closeDatabase();
    const s = await repo.loadState();
    expect(s.accounts.map((a) => a.key)).toEqual(['a', 'b']);
    expect(s.accounts[0]!.contentAt).toBe('2026-03-01T00:00:00.000Z');
  });
});
