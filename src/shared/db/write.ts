/**
 * The one way to write: a single readwrite transaction that reads what it changes and writes it
 * back (get, apply, put) with nothing but IndexedDB awaited in between, so no other context's
 * commit can fall between the read and the write. After the commit every other open page (and
 * the worker) hears which stores changed (changes.ts). A failure aborts the whole transaction
 * and is thrown as a StoreError; nothing half-written stays.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import { openDatabase } from './open.ts';
import type { CurrentDB } from './schema.ts';
import { announceChange } from './changes.ts';
import { StoreError, toStoreError } from './errors.ts';

export type Store = StoreNames<CurrentDB>;
export type WriteTx<S extends Store> = IDBPTransaction<CurrentDB, S[], 'readwrite'>;
export type ReadTx<S extends Store> = IDBPTransaction<CurrentDB, S[], 'readonly'>;

async function begin<S extends Store, M extends IDBTransactionMode>(stores: S[], mode: M) {
  const db = await openDatabase();
  try {
    return db.transaction(stores, mode);
  } catch (e) {
    // The cached connection was closed under us (another context upgraded): open again, once.
    if ((e as { name?: string }).name !== 'InvalidStateError') throw toStoreError(e);
    return (await openDatabase()).transaction(stores, mode);
  }
}

/** Runs `fn` in one readwrite transaction over `stores`; resolves after the commit. */
export async function write<S extends Store, T>(stores: S[], fn: (tx: WriteTx<S>) => Promise<T>): Promise<T> {
  const tx = (await begin(stores, 'readwrite')) as WriteTx<S>;
  let result: T;
  try {
    result = await fn(tx);
    await tx.done;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    await tx.done.catch(() => undefined);
    throw toStoreError(e);
  }
  announceChange(stores);
  return result;
}

/** Runs `fn` in one readonly transaction (a consistent view of several stores). */
export async function read<S extends Store, T>(stores: S[], fn: (tx: ReadTx<S>) => Promise<T>): Promise<T> {
  const tx = (await begin(stores, 'readonly')) as ReadTx<S>;
  try {
    const result = await fn(tx);
    await tx.done;
    return result;
  } catch (e) {
    throw toStoreError(e);
  }
}

/**
 * Issues many requests of one transaction at once and waits for all. Each request's promise is
 * observed as soon as it exists: when one fails (or a later call throws), the transaction
 * aborts and the others reject too, and none of them may become an unhandled rejection.
 */
export async function requestAll(starts: Iterable<() => Promise<unknown>>): Promise<void> {
  const started: Promise<unknown>[] = [];
  for (const start of starts) {
    const p = start();
    p.catch(() => undefined);
    started.push(p);
  }
  await Promise.all(started);
}

/** Throws inside a write (aborting it) when a cap of domain/limits.ts would be exceeded. */
export function overLimit(what: string): never {
  throw new StoreError('limit', what);
}

/** Throws inside a write (aborting it) when the record the screen showed is gone. */
export function missing(what: string): never {
  throw new StoreError('missing', what);
}
