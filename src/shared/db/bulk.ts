/**
 * The overview's bulk actions on many accounts: each is one readwrite transaction that reads
 * every chosen account, patches the named fields and puts it back (never a whole record loaded
 * earlier), then tells other pages. Accounts deleted meanwhile are skipped.
 */
import { unwrap } from 'idb';
import type { Account, ReminderCadenceDays } from '../model.ts';
import { openDatabase } from './open.ts';
import { announceChange } from './changes.ts';

/** What a bulk action may change. `null` removes a per-account cadence (back to the global one). */
export interface AccountPatch {
  remindersOff?: boolean;
  phoneVerifyEvery?: ReminderCadenceDays | null;
  drillEvery?: ReminderCadenceDays | null;
}

function apply(a: Account, p: AccountPatch): Account {
  const next: Account = { ...a };
  if (p.remindersOff === true) next.remindersOff = true;
  if (p.remindersOff === false) delete next.remindersOff;
  for (const f of ['phoneVerifyEvery', 'drillEvery'] as const) {
    const v = p[f];
    if (v === null) delete next[f];
    else if (v !== undefined) next[f] = v;
  }
  return next;
}

/** Patches every account in `keys`; returns how many were changed. */
export async function patchAccounts(keys: readonly string[], patch: AccountPatch): Promise<number> {
  const db = await openDatabase();
  const tx = db.transaction('accounts', 'readwrite');
  // Native requests, not idb's promise per get and put: a thousand accounts are two thousand
  // requests. Each put is issued from its get's success, on the record as stored now; any
  // failure aborts the transaction, which tx.done reports (nothing half-written).
  const store = unwrap(tx).objectStore('accounts');
  let changed = 0;
  for (const key of keys) {
    const req = store.get(key);
    req.onsuccess = () => {
      const a = req.result as Account | undefined;
      if (!a) return;
      store.put(apply(a, patch));
      changed++;
    };
  }
  await tx.done;
  if (changed) announceChange(['accounts']);
  return changed;
}
