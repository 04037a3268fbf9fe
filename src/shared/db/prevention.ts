/** "Stay safe" ticks: one item at a time, on the record as stored now. */
import type { PreventionItemId, PreventionState } from '../model.ts';
import { read, write } from './write.ts';

export function getPrevention(accountKey: string): Promise<PreventionState> {
  return read(['prevention'], async (tx) => (await tx.objectStore('prevention').get(accountKey)) ?? { accountKey, done: {} });
}

/** Writes a whole prevention record (seeding tests, the import). Screens use setPreventionItem. */
export function putPrevention(p: PreventionState): Promise<void> {
  return write(['prevention'], async (tx) => {
    await tx.objectStore('prevention').put(p);
  });
}

/** Marks one item done at `at` (or not done: null) for each account, in one transaction. */
export function setPreventionItem(accountKeys: readonly string[], item: PreventionItemId, at: string | null): Promise<void> {
  return write(['prevention', 'accounts'], async (tx) => {
    const store = tx.objectStore('prevention');
    for (const accountKey of accountKeys) {
      // A tick for an account deleted meanwhile would leave an orphan record behind.
      if (!(await tx.objectStore('accounts').getKey(accountKey))) continue;
      const current = (await store.get(accountKey)) ?? { accountKey, done: {} };
      const done = { ...current.done };
      if (at === null) delete done[item];
      else done[item] = at;
      await store.put({ ...current, done });
    }
  });
}
