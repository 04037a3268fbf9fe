/**
 * The progress log (timeline): bounded. An event is kept while its account has an open case and
 * for 180 days after that case closes; any other event for 30 days. Pruning walks the `by-at`
 * index up to the 30-day line only, and de-duplication reads a time window from the same index,
 * so neither reads the whole log. Past the cap the oldest events go first.
 */
import type { ProgressEvent, RecoveryCase } from '../model.ts';
import { LIMITS } from '../../domain/limits.ts';
import { read, write } from './write.ts';

const DAY_MS = 86_400_000;
export const KEEP_DAYS = 30;
export const KEEP_AFTER_CASE_DAYS = 180;

const byAt = (a: { at: string }, b: { at: string }) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

export function listProgress(accountKey?: string): Promise<ProgressEvent[]> {
  return read(['progress'], async (tx) => {
    const store = tx.objectStore('progress');
    if (accountKey === undefined) return store.index('by-at').getAll();
    return (await store.index('by-account').getAll(accountKey)).sort(byAt);
  });
}

/** Events between two instants (inclusive), from the `by-at` index. */
export function listProgressBetween(fromIso: string, toIso: string): Promise<ProgressEvent[]> {
  return read(['progress'], (tx) => tx.objectStore('progress').index('by-at').getAll(IDBKeyRange.bound(fromIso, toIso)));
}

/** Appends an event; at the cap the oldest are dropped first (by index). */
export function recordProgress(e: Omit<ProgressEvent, 'id'>): Promise<ProgressEvent> {
  return write(['progress'], async (tx) => {
    const store = tx.objectStore('progress');
    const event: ProgressEvent = { ...e, id: crypto.randomUUID() };
    let excess = (await store.count()) - LIMITS.progress + 1;
    if (excess > 0) {
      let cursor = await store.index('by-at').openCursor();
      while (cursor && excess > 0) {
        await cursor.delete();
        excess--;
        cursor = await cursor.continue();
      }
    }
    await store.add(event);
    return event;
  });
}

/**
 * Until when an event of `accountKey` must be kept because of a recovery case: forever while a
 * case is open (Infinity), 180 days after the last one closed, or not at all (-Infinity).
 * Events the page could not assign (no account) follow every account's cases.
 */
export function caseHold(cases: readonly RecoveryCase[], accountKey: string | undefined): number {
  let until = -Infinity;
  for (const c of cases) {
    if (accountKey !== undefined && c.accountKey !== accountKey) continue;
    if (!c.closedAt) return Infinity;
    until = Math.max(until, Date.parse(c.closedAt) + KEEP_AFTER_CASE_DAYS * DAY_MS);
  }
  return until;
}

/** Deletes what the retention rule no longer keeps; returns how many went. */
export function pruneProgress(now: Date): Promise<number> {
  return write(['progress', 'cases'], async (tx) => {
    const cases = await tx.objectStore('cases').getAll();
    const line = new Date(now.getTime() - KEEP_DAYS * DAY_MS).toISOString();
    const holds = new Map<string | undefined, number>();
    const hold = (key: string | undefined) => {
      if (!holds.has(key)) holds.set(key, caseHold(cases, key));
      return holds.get(key)!;
    };
    let removed = 0;
    // Only events older than 30 days are visited: the index stops at the line.
    let cursor = await tx.objectStore('progress').index('by-at').openCursor(IDBKeyRange.upperBound(line, true));
    while (cursor) {
      if (hold(cursor.value.accountKey) < now.getTime()) {
        await cursor.delete();
        removed++;
      }
      cursor = await cursor.continue();
    }
    return removed;
  });
}
