/**
 * What the worker needs before any handler runs, and what it re-derives on every start.
 * Alarms can vanish (browser restart, update, and every launch of an unpacked extension), so
 * they are never trusted to persist: each worker start, install, update and browser start
 * recomputes them, the badge and due notifications from the database, and prunes the progress
 * log (issue #9: kept 30 days, or while a case is open and 180 days after).
 *
 * Opening the database is retried (a few tries, then the error), and a failure is not kept:
 * the next message or event tries again, so one bad start does not fail every later message.
 */
import { openDatabaseWithRetry } from '../shared/db/open.ts';
import { pruneProgress } from '../shared/db/progress.ts';
import { refreshReminders } from './reminder-run.ts';

/** Re-derives reminders and prunes the log; a failure is logged, never thrown at a listener. */
export async function rederive(now: () => Date = () => new Date()): Promise<void> {
  try {
    await pruneProgress(now());
  } catch (e) {
    console.error('MFA Lifeline: could not prune the progress log', e);
  }
  try {
    await refreshReminders(now);
  } catch (e) {
    console.error('MFA Lifeline: could not refresh reminders', e);
  }
}

let starting: Promise<void> | null = null;

/**
 * Resolves once the database is open and migrated and reminders were re-derived (once per
 * worker life). Rejects when the database cannot be opened; the next call tries again.
 */
export function ensureReady(): Promise<void> {
  if (starting) return starting;
  const p = (async () => {
    await openDatabaseWithRetry();
    await rederive();
  })();
  starting = p;
  p.catch(() => {
    if (starting === p) starting = null;
  });
  return p;
}

/** The worker's start: same as ensureReady (kept for the entry point's wording). */
export function start(): Promise<void> {
  return ensureReady();
}
