import { beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { freshIndexedDB, account } from './fresh.ts';
import { openDatabase } from '../../src/shared/db/open.ts';
import { DB_NAME, DB_VERSION } from '../../src/shared/db/schema.ts';
import * as repo from '../../src/shared/db/repo.ts';

beforeEach(freshIndexedDB);

describe('openDatabase', () => {
  it('creates every store of the current version on a fresh install', async () => {
    const db = await openDatabase();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(expectedStores(DB_VERSION));
  });

  it('reuses one connection', async () => {
    expect(await openDatabase()).toBe(await openDatabase());
  });

  it('an open connection steps aside when a newer version upgrades (an open popup never blocks it)', async () => {
    await repo.putAccount(account('a'));
    let blocked = false;
    const newer = await openDB(DB_NAME, DB_VERSION + 1, {
      blocked() {
        blocked = true;
      },
      upgrade(db) {
        db.createObjectStore('from-the-future');
      },
    });
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(blocked).toBe(false);
    expect(await newer.get('accounts', 'a')).toMatchObject({ key: 'a' });
    newer.close();
  });

  it('after stepping aside, a later call opens again instead of using the closed handle', async () => {
    await openDatabase();
    // Another context of the same version (e.g. the worker) keeps working while ours reopens.
    const upgrader = await openDB(DB_NAME, DB_VERSION + 1, { upgrade: () => undefined });
    upgrader.close();
    // The database is now newer than this code: opening fails cleanly rather than resolving to the closed handle.
    await expect(openDatabase()).rejects.toThrow();
  });
});

function expectedStores(version: number): string[] {
  const v1 = ['accounts', 'cases', 'prevention', 'progress', 'settings'];
  return (version >= 2 ? [...v1, 'drills', 'reminderLogs'] : v1).sort();
}
