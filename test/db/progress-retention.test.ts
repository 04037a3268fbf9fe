/**
 * Issue #9 item 6: the progress log is bounded. Kept while the account has an open case and 180
 * days after it closes; other events 30 days; pruned through the `by-at` index (only events
 * older than 30 days are visited); de-duplication reads a time window from the same index.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { account, freshIndexedDB } from './fresh.ts';
import * as repo from '../../src/shared/db/repo.ts';
import { caseHold } from '../../src/shared/db/progress.ts';
import type { ProgressEvent } from '../../src/shared/model.ts';

const NOW = new Date('2026-06-01T00:00:00.000Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();

beforeEach(freshIndexedDB);

async function event(at: string, accountKey?: string, step = 'reached-mfa-code'): Promise<ProgressEvent> {
  return repo.recordProgress({ at, source: 'signin-page', step, ...(accountKey ? { accountKey } : {}) });
}

/** Every cursor opened on an index, and every whole-store read of the progress log. */
let cursors: { index: string; upper: unknown }[] = [];
let fullReads = 0;
const realOpenCursor = IDBIndex.prototype.openCursor;
const realGetAll = IDBObjectStore.prototype.getAll;
beforeEach(() => {
  cursors = [];
  fullReads = 0;
  IDBIndex.prototype.openCursor = function (this: IDBIndex, ...a: Parameters<IDBIndex['openCursor']>) {
    cursors.push({ index: this.name, upper: a[0] instanceof IDBKeyRange ? a[0].upper : undefined });
    return realOpenCursor.apply(this, a);
  };
  IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...a: Parameters<IDBObjectStore['getAll']>) {
    if (this.name === 'progress') fullReads++;
    return realGetAll.apply(this, a);
  };
});
afterEach(() => {
  IDBIndex.prototype.openCursor = realOpenCursor;
  IDBObjectStore.prototype.getAll = realGetAll;
});

describe('progress retention', () => {
  it('keeps what an open or recent case needs and drops the rest after 30 days', async () => {
    for (const k of ['open', 'recent', 'old', 'none']) await repo.putAccount(account(k));
    await repo.putCase({ id: 'c-open', accountKey: 'open', path: 'support-documents', startedAt: daysAgo(300), steps: {} });
    await repo.putCase({ id: 'c-recent', accountKey: 'recent', path: 'alt-factors', startedAt: daysAgo(300), steps: {}, closedAt: daysAgo(100) });
    await repo.putCase({ id: 'c-old', accountKey: 'old', path: 'alt-factors', startedAt: daysAgo(400), steps: {}, closedAt: daysAgo(200) });

    const keep = [
      await event(daysAgo(290), 'open'),
      await event(daysAgo(250), 'recent'),
      await event(daysAgo(29), 'old'),
      await event(daysAgo(29), 'none'),
      // The page could not tell the account: kept as long as any case needs it (one is open).
      await event(daysAgo(120)),
    ];
    const drop = [await event(daysAgo(210), 'old'), await event(daysAgo(31), 'none'), await event(daysAgo(365), 'none')];

    expect(await repo.pruneProgress(NOW)).toBe(drop.length);
    expect((await repo.listProgress()).map((e) => e.id).sort()).toEqual(keep.map((e) => e.id).sort());
  });

  it('drops unassigned events after 30 days once no case needs them', async () => {
    await repo.putCase({ id: 'c', accountKey: 'x', path: 'alt-factors', startedAt: daysAgo(900), steps: {}, closedAt: daysAgo(800) });
    const kept = await event(daysAgo(10));
    await event(daysAgo(40));
    await repo.pruneProgress(NOW);
    expect((await repo.listProgress()).map((e) => e.id)).toEqual([kept.id]);
  });

  it('visits only the events older than 30 days (a by-at index range), never the whole log', async () => {
    for (let i = 0; i < 200; i++) await event(daysAgo(i % 25), undefined, `step-${i}`);
    for (let i = 0; i < 5; i++) await event(daysAgo(40 + i));
    cursors = [];
    fullReads = 0;
    expect(await repo.pruneProgress(NOW)).toBe(5);
    // One cursor on the time index, stopping at the 30-day line; the log itself is never read whole.
    expect(cursors).toEqual([{ index: 'by-at', upper: daysAgo(30) }]);
    expect(fullReads).toBe(0);
    expect(await repo.listProgress()).toHaveLength(200);
  });

  it('caseHold: open case holds forever, closed holds 180 days, none holds nothing', () => {
    const c = (over: object) => ({ id: 'c', accountKey: 'a', path: 'alt-factors' as const, startedAt: daysAgo(10), steps: {}, ...over });
    expect(caseHold([c({})], 'a')).toBe(Infinity);
    expect(caseHold([c({ closedAt: daysAgo(10) })], 'a')).toBe(Date.parse(daysAgo(10)) + 180 * 86_400_000);
    expect(caseHold([c({})], 'b')).toBe(-Infinity);
  });
});

describe('de-duplication window', () => {
  it('reads only the events inside the window, from the by-at index', async () => {
    await event(daysAgo(1));
    const inside = await event(new Date(NOW.getTime() - 60_000).toISOString());
    await event(new Date(NOW.getTime() + 10 * 60_000).toISOString());
    const got = await repo.listProgressBetween(new Date(NOW.getTime() - 5 * 60_000).toISOString(), new Date(NOW.getTime() + 5 * 60_000).toISOString());
    expect(got.map((e) => e.id)).toEqual([inside.id]);
  });
});
