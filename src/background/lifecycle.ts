/**
 * What the worker needs before any handler runs, and what it re-derives on every start.
 * Alarms can vanish (browser restart, update, and every launch of an unpacked extension), so
 * they are never trusted to persist: each worker start, install, update and browser start
 * recomputes them, the badge and due notifications from the database.
 */
import { openDatabase } from '../shared/db/open.ts';
import { refreshReminders } from './reminder-run.ts';

/** Re-derives reminders; a failure is logged, never thrown at a listener. */
export async function rederive(): Promise<void> {
  try {
    await refreshReminders();
  } catch (e) {
    console.error('MFA Lifeline: could not refresh reminders', e);
  }
}

/** Resolves once the database is open and migrated and reminders were re-derived. */
export async function start(): Promise<void> {
  await openDatabase();
  await rederive();
}
