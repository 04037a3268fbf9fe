/**
 * Opens the extension's database and runs the upgrade ladder. Every extension page and the
 * worker share one origin, so a popup left open holds a connection: `blocking` closes ours as
 * soon as another context asks for a newer version (the next call reopens, at the new version
 * once this code is updated too), and `terminated` drops a handle the browser killed.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { DB_NAME, DB_VERSION, type CurrentDB, type DBv1, type DBv2 } from './schema.ts';
import { upgradeToV1 } from './versions/v1.ts';
import { upgradeToV2 } from './versions/v2.ts';

let opening: Promise<IDBPDatabase<CurrentDB>> | null = null;

type UpgradeTx = IDBPTransaction<CurrentDB, StoreNames<CurrentDB>[], 'versionchange'>;

/** The ladder: each rung takes the database from the previous version, in the one upgrade transaction. */
export async function upgrade(db: IDBPDatabase<CurrentDB>, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) upgradeToV1(db as unknown as IDBPDatabase<DBv1>);
  if (oldVersion < 2) await upgradeToV2(db as unknown as IDBPDatabase<DBv2>, tx as unknown as IDBPTransaction<DBv2, StoreNames<DBv2>[], 'versionchange'>);
}

export function openDatabase(): Promise<IDBPDatabase<CurrentDB>> {
  if (opening) return opening;
  const p = openDB<CurrentDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      // Only IndexedDB requests are awaited inside; a failing rung aborts the whole upgrade.
      upgrade(db, oldVersion, tx).catch(() => {
        try {
          tx.abort();
        } catch {
          // already finished
        }
      });
    },
    blocking() {
      // A newer version wants to upgrade: step aside rather than block it.
      void p.then((db) => db.close());
      if (opening === p) opening = null;
    },
    terminated() {
      if (opening === p) opening = null;
    },
  });
  opening = p;
  // A failed open (e.g. a newer version on disk) must not stick: the next call tries again.
  p.catch(() => {
    if (opening === p) opening = null;
  });
  return p;
}

/** Closes the cached connection (tests; the next call reopens). */
export async function closeDatabase(): Promise<void> {
  const p = opening;
  opening = null;
  if (p) (await p.catch(() => null))?.close();
}
