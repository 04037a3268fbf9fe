/** Recovery cases: a switch of path, a ticked step, a typed field: each one transaction. */
import type { RecoveryCase } from '../model.ts';
import { LIMITS } from '../../domain/limits.ts';
import { read, write, missing, overLimit } from './write.ts';

const byStarted = (a: RecoveryCase, b: RecoveryCase) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0);

export function listCases(accountKey?: string): Promise<RecoveryCase[]> {
  return read(['cases'], async (tx) => {
    const store = tx.objectStore('cases');
    const all = accountKey === undefined ? await store.getAll() : await store.index('by-account').getAll(accountKey);
    return all.sort(byStarted);
  });
}

/** Writes a whole case (seeding tests, the import). Screens use startCase/patchCase. */
export function putCase(c: RecoveryCase): Promise<void> {
  return write(['cases'], async (tx) => {
    const store = tx.objectStore('cases');
    if (!(await store.getKey(c.id)) && (await store.count()) >= LIMITS.cases) overLimit('cases');
    await store.put(c);
  });
}

/**
 * Opens `next` for its account and closes every case of that account still open, in one
 * transaction: one open case per account, whatever another page did in the meantime.
 */
export function switchCase(next: RecoveryCase, closedAt = next.startedAt): Promise<void> {
  return write(['cases'], async (tx) => {
    const store = tx.objectStore('cases');
    if ((await store.count()) >= LIMITS.cases) overLimit('cases');
    for (const c of await store.index('by-account').getAll(next.accountKey)) {
      if (!c.closedAt) await store.put({ ...c, closedAt });
    }
    await store.add(next);
  });
}

/** Changes one case as stored now (a step ticked, a field typed, the case closed). */
export function patchCase(id: string, change: (c: RecoveryCase) => RecoveryCase): Promise<RecoveryCase> {
  return write(['cases'], async (tx) => {
    const store = tx.objectStore('cases');
    const current = await store.get(id);
    if (!current) missing(`case ${id}`);
    const next = change(current);
    if (next !== current) await store.put(next);
    return next;
  });
}
