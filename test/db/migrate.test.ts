/**
 * Every earlier schema version, with data in that version's shape, upgrades to the current one
 * without loss. Old databases are built with the frozen rungs in src/shared/db/versions/.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { openDB, type IDBPDatabase } from 'idb';
import { freshIndexedDB, account } from './fresh.ts';
import { openDatabase } from '../../src/shared/db/open.ts';
import { DB_NAME, DB_VERSION, SETTINGS_KEY, type DBv1 } from '../../src/shared/db/schema.ts';
import { upgradeToV1 } from '../../src/shared/db/versions/v1.ts';
import * as repo from '../../src/shared/db/repo.ts';
import type { ProgressEvent, RecoveryCase } from '../../src/shared/model.ts';

beforeEach(freshIndexedDB);

/** A version-1 database as the version-1 popup left it (the seed story, half-way through). */
async function seedV1(settings: DBv1['settings']['value'] | null = { lang: 'ja' }): Promise<void> {
  const db: IDBPDatabase<DBv1> = await openDB<DBv1>(DB_NAME, 1, { upgrade: (d) => upgradeToV1(d) });
  const tx = db.transaction(['accounts', 'prevention', 'cases', 'progress', 'settings'], 'readwrite');
  await tx.objectStore('accounts').put(account('a', { accountId: '123456789012', phoneE164: '+819012345678', phoneCountry: 'JP', orgMember: false }));
  await tx.objectStore('accounts').put(account('b', { createdAt: '2026-01-02T00:00:00.000Z' }));
  await tx.objectStore('prevention').put({ accountKey: 'a', done: { 'recovery-kit': '2025-12-01T00:00:00.000Z' } });
  const c: RecoveryCase = {
    id: 'case-1',
    accountKey: 'a',
    path: 'support-documents',
    startedAt: '2025-12-16T09:00:00.000Z',
    steps: { 'doc-form': '2025-12-17T00:00:00.000Z' },
    documentsSentAt: '2025-12-20T00:00:00.000Z',
    supportCaseId: '1234567890',
  };
  await tx.objectStore('cases').put(c);
  const events: ProgressEvent[] = [
    { id: 'e2', at: '2025-12-16T09:05:00.000Z', source: 'support-form', page: 'support-form', step: 'opened-support-form', accountKey: 'a' },
    { id: 'e1', at: '2025-12-16T09:00:00.000Z', source: 'signin-page', page: 'mfa-code', step: 'reached-mfa-code' },
  ];
  for (const e of events) await tx.objectStore('progress').put(e);
  if (settings) await tx.objectStore('settings').put(settings, SETTINGS_KEY);
  await tx.done;
  db.close();
}

describe('upgrade ladder', () => {
  it('the current version is 3', () => {
    expect(DB_VERSION).toBe(3);
  });

  it('version 1 -> current keeps every record and reshapes settings', async () => {
    await seedV1({ lang: 'ja' });
    const s = await repo.loadState();
    expect(s.accounts.map((a) => a.key)).toEqual(['a', 'b']);
    expect(s.accounts[0]).toMatchObject({ accountId: '123456789012', phoneE164: '+819012345678', phoneCountry: 'JP' });
    // Rung 3: what the kit prints last changed when the record last changed.
    for (const a of s.accounts) expect(a.contentAt).toBe(a.updatedAt);
    expect(s.prevention).toEqual([{ accountKey: 'a', done: { 'recovery-kit': '2025-12-01T00:00:00.000Z' } }]);
    expect(s.cases).toHaveLength(1);
    expect(s.cases[0]).toMatchObject({ supportCaseId: '1234567890', documentsSentAt: '2025-12-20T00:00:00.000Z', steps: { 'doc-form': '2025-12-17T00:00:00.000Z' } });
    expect(s.progress.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(s.drills).toEqual([]);
    expect(s.reminderLogs).toEqual([]);
    // The stored record itself is reshaped, not only the value the repo returns.
    const db = await openDatabase();
    expect(await db.get('settings', SETTINGS_KEY)).toEqual({
      lang: 'ja',
      reminders: { chosen: false, phoneVerifyEvery: 90, drillEvery: 180, documentsFollowUp: true, objectionEmail: true },
    });
  });

  it('version 1 without settings stays without (defaults are computed, not written)', async () => {
    await seedV1(null);
    const db = await openDatabase();
    expect(await db.get('settings', SETTINGS_KEY)).toBeUndefined();
    expect((await repo.getSettings()).lang).toBe('auto');
  });

  it('the new stores and indexes work on an upgraded database', async () => {
    await seedV1();
    const d = await repo.recordDrillResult({ accountKey: 'a', at: '2026-01-05T00:00:00.000Z', passed: true, driftSeconds: 3 });
    await repo.putReminderLog({ id: 'phone-verify:a', lastShownDue: '2026-03-01T00:00:00.000Z' });
    expect(await repo.listDrillResults('a')).toEqual([d]);
    expect(await repo.listReminderLogs()).toEqual([{ id: 'phone-verify:a', lastShownDue: '2026-03-01T00:00:00.000Z' }]);
    const db = await openDatabase();
    expect((await db.getAllFromIndex('progress', 'by-at')).map((e) => e.id)).toEqual(['e1', 'e2']);
  });

  it('an open version-1 connection (a popup left open) steps aside and the upgrade proceeds', async () => {
    await seedV1();
    let closedForUpgrade = false;
    // The old popup's connection, with the blocking() behaviour version 1 shipped (open.ts).
    const old = await openDB<DBv1>(DB_NAME, 1, {
      blocking() {
        closedForUpgrade = true;
        old.close();
      },
    });
    // If the old connection blocked, this would never resolve and the test would time out.
    const db = await openDatabase();
    expect(db.version).toBe(DB_VERSION);
    expect(closedForUpgrade).toBe(true);
    expect((await repo.listAccounts()).length).toBe(2);
  });
});
