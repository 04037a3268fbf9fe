/**
 * Upgrade rung 2 -> 3. FROZEN once shipped: never edit it, add a new rung.
 * Gives every account a `contentAt` (when something printed on the recovery kit last changed).
 * Before version 3 only `updatedAt` existed and every write bumped it, so it is the best
 * estimate there is; from now on bookkeeping writes leave `contentAt` alone.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { DBv3 } from '../schema.ts';

export async function upgradeToV3(tx: IDBPTransaction<DBv3, StoreNames<DBv3>[], 'versionchange'>): Promise<void> {
  let cursor = await tx.objectStore('accounts').openCursor();
  while (cursor) {
    if (cursor.value.contentAt === undefined) await cursor.update({ ...cursor.value, contentAt: cursor.value.updatedAt });
    cursor = await cursor.continue();
  }
}
