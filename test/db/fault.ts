/**
 * A failing wrapper over the store: counts every write request IndexedDB receives (put, add,
 * delete, cursor update/delete) and makes the Nth one fail, either as a full disk
 * (QuotaExceededError, thrown by the request) or as a transaction the browser aborted.
 */
import 'fake-indexeddb/auto';

export type Fault = 'quota' | 'abort';

const WRITES = [
  [IDBObjectStore.prototype, 'put'],
  [IDBObjectStore.prototype, 'add'],
  [IDBObjectStore.prototype, 'delete'],
  [IDBCursor.prototype, 'update'],
  [IDBCursor.prototype, 'delete'],
] as const;

let count = 0;
let failAt = 0;
let fault: Fault = 'quota';

function txOf(target: unknown): IDBTransaction {
  return target instanceof IDBCursor ? (target.source as IDBObjectStore | IDBIndex as { transaction?: IDBTransaction }).transaction ?? (target.source as IDBIndex).objectStore.transaction : (target as IDBObjectStore).transaction;
}

for (const [proto, name] of WRITES) {
  const original = (proto as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!;
  (proto as unknown as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
    count++;
    if (failAt !== 0 && count === failAt) {
      if (fault === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      txOf(this).abort();
    }
    return original.apply(this, args);
  };
}

/** Starts counting writes from zero; the `at`-th one (1-based) fails with `kind` (0: none fails). */
export function injectFault(at: number, kind: Fault = 'quota'): void {
  count = 0;
  failAt = at;
  fault = kind;
}

/** How many writes were counted since the last injectFault(). */
export function writesSeen(): number {
  return count;
}
