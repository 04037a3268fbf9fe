/** Drill results: appended; past the cap the oldest result goes (only the latest counts). */
import type { DrillResult } from '../model.ts';
import { LIMITS } from '../../domain/limits.ts';
import { read, write } from './write.ts';

const byAt = (a: { at: string }, b: { at: string }) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

export function recordDrillResult(r: Omit<DrillResult, 'id'>): Promise<DrillResult> {
  return write(['drills'], async (tx) => {
    const store = tx.objectStore('drills');
    const result: DrillResult = { ...r, id: crypto.randomUUID() };
    const excess = (await store.count()) - LIMITS.drills + 1;
    if (excess > 0) {
      // Rare (20,000 results): finding the oldest reads them all, once.
      const oldest = (await store.getAll()).sort(byAt).slice(0, excess);
      for (const d of oldest) await store.delete(d.id);
    }
    await store.add(result);
    return result;
  });
}

export function listDrillResults(accountKey?: string): Promise<DrillResult[]> {
  return read(['drills'], async (tx) => {
    const store = tx.objectStore('drills');
    const all = accountKey === undefined ? await store.getAll() : await store.index('by-account').getAll(accountKey);
    return all.sort(byAt);
  });
}
