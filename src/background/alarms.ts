/**
 * Alarms wake the worker: one at the next due time, and a periodic safety net in case that one
 * is lost (a browser restart or an update can drop alarms; the due times live in the database,
 * so any wake-up re-derives them).
 */
import { browser } from '../shared/browser.ts';

export const NEXT_ALARM = 'remind:next';
export const SAFETY_ALARM = 'remind:safety';
/** Twice a day: often enough that a lost alarm costs at most half a day. */
export const SAFETY_PERIOD_MINUTES = 12 * 60;

export function isReminderAlarm(name: string): boolean {
  return name === NEXT_ALARM || name === SAFETY_ALARM;
}

/** Arms the next-due alarm at `nextAt` (or clears it when nothing is ahead) and makes sure the safety alarm exists. */
export async function armAlarms(nextAt: string | undefined): Promise<void> {
  if (nextAt === undefined) await browser.alarms.clear(NEXT_ALARM);
  else await browser.alarms.create(NEXT_ALARM, { when: Date.parse(nextAt) });
  // Re-creating the periodic alarm on every wake would keep pushing it into the future.
  if (!(await browser.alarms.get(SAFETY_ALARM))) {
    await browser.alarms.create(SAFETY_ALARM, { delayInMinutes: SAFETY_PERIOD_MINUTES, periodInMinutes: SAFETY_PERIOD_MINUTES });
  }
}
