/**
 * Opens the extension's database and runs the upgrade ladder. Every extension page and the
 * worker share one origin, so a popup left open holds a connection: `blocking` closes ours as
 * soon as another context asks for a newer version (the next call reopens, at the new version
 * once this code is updated too), and `terminated` drops a handle the browser killed.
 *
 * An open never hangs: if an older connection elsewhere keeps it `blocked` past BLOCKED_MS it
 * fails with StoreError('blocked'); any failure is forgotten, so the next call tries afresh
 * (one failed open must not fail every later message). openDatabaseWithRetry() is the worker's:
 * a few tries with a short pause, for the transient failures of a browser starting up.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { DB_NAME, DB_VERSION, type CurrentDB, type DBv1, type DBv2, type DBv3 } from './schema.ts';
import { upgradeToV1 } from './versions/v1.ts';
import { upgradeToV2 } from './versions/v2.ts';
import { upgradeToV3 } from './versions/v3.ts';
import { StoreError, toStoreError } from './errors.ts';

/** How long an open may wait for other tabs to close an older connection. */
export const BLOCKED_MS = 5_000;

let opening: Promise<IDBPDatabase<CurrentDB>> | null = null;

type UpgradeTx = IDBPTransaction<CurrentDB, StoreNames<CurrentDB>[], 'versionchange'>;

/** The ladder: each rung takes the database from the previous version, in the one upgrade transaction. */
export async function upgrade(db: IDBPDatabase<CurrentDB>, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) upgradeToV1(db as unknown as IDBPDatabase<DBv1>);
  if (oldVersion < 2) await upgradeToV2(db as unknown as IDBPDatabase<DBv2>, tx as unknown as IDBPTransaction<DBv2, StoreNames<DBv2>[], 'versionchange'>);
  if (oldVersion < 3) await upgradeToV3(tx as unknown as IDBPTransaction<DBv3, StoreNames<DBv3>[], 'versionchange'>);
}

function openOnce(blockedMs: number): Promise<IDBPDatabase<CurrentDB>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  let fail: (e: unknown) => void = () => undefined;
  const gaveUp = new Promise<never>((_, reject) => {
    fail = reject;
  });
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
    blocked() {
      timer ??= setTimeout(() => {
        timedOut = true;
        fail(new StoreError('blocked'));
      }, blockedMs);
    },
    blocking() {
      // A newer version wants to upgrade: step aside rather than block it.
      void p.then((db) => db.close());
      if (opening === result) opening = null;
    },
    terminated() {
      if (opening === result) opening = null;
    },
  });
  // Opened after we gave up: nobody holds this connection, so it must not keep blocking others.
  void p.then((db) => {
    if (timedOut) db.close();
  }, () => undefined);
  const result = Promise.race([p, gaveUp]).finally(() => clearTimeout(timer)).catch((e: unknown) => {
    throw toStoreError(e, 'open');
  });
  return result;
}

export function openDatabase(opts: { blockedMs?: number } = {}): Promise<IDBPDatabase<CurrentDB>> {
  if (opening) return opening;
  let p: Promise<IDBPDatabase<CurrentDB>>;
  try {
    p = openOnce(opts.blockedMs ?? BLOCKED_MS);
  } catch (e) {
    // indexedDB.open itself threw (no IndexedDB in this context, a broken profile).
    p = Promise.reject(toStoreError(e, 'open'));
  }
  opening = p;
  // A failed open must not stick: the next call tries again.
  p.catch(() => {
    if (opening === p) opening = null;
  });
  return p;
}

/** Opens with up to `tries` attempts, pausing between them; a newer version on disk is not retried. */
export async function openDatabaseWithRetry(tries = 3, pauseMs = 200): Promise<IDBPDatabase<CurrentDB>> {
  let last: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await openDatabase();
    } catch (e) {
      last = e;
      const cause = (e as { cause?: { name?: string } }).cause;
      if (cause?.name === 'VersionError') break;
      if (i < tries - 1) await new Promise((r) => setTimeout(r, pauseMs * (i + 1)));
    }
  }
  throw last;
}

/** Closes the cached connection (tests; the next call reopens). */
export async function closeDatabase(): Promise<void> {
  const p = opening;
  opening = null;
  if (p) (await p.catch(() => null))?.close();
}
