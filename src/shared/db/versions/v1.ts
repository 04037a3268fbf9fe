/**
 * Upgrade rung 0 -> 1. FROZEN: this is what version 1 shipped; never edit it, add a new rung.
 * The migration tests run it to build a version-1 database with data in that shape.
 */
import type { IDBPDatabase } from 'idb';
import type { DBv1 } from '../schema.ts';

export function upgradeToV1(db: IDBPDatabase<DBv1>): void {
  db.createObjectStore('accounts', { keyPath: 'key' });
  db.createObjectStore('prevention', { keyPath: 'accountKey' });
  const cases = db.createObjectStore('cases', { keyPath: 'id' });
  cases.createIndex('by-account', 'accountKey');
  const progress = db.createObjectStore('progress', { keyPath: 'id' });
  // Events without an account (the page could not tell) are simply absent from this index.
  progress.createIndex('by-account', 'accountKey');
  // Out-of-line key: one record under SETTINGS_KEY.
  db.createObjectStore('settings');
}
