/** Gives each test an empty fake IndexedDB and drops the repo's cached connection. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { closeDatabase } from '../../src/shared/db/open.ts';
import type { Account } from '../../src/shared/model.ts';

export async function freshIndexedDB(): Promise<void> {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
}

export function account(key: string, over: Partial<Account> = {}): Account {
  return {
    key,
    label: `Account ${key}`,
    mfaDevices: [{ id: `${key}-d1`, kind: 'authenticator-app', where: 'old phone' }],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}
