/**
 * The reminders' one pipeline, run on every wake-up (worker start, alarm, state change):
 * read the stored state, plan, show what is newly due, log it, set the badge, arm the alarms.
 * Runs are queued one after another, so two wake-ups at once never show the same due time twice.
 */
import { userTimeZone } from '../shared/time-zone.ts';
import { parseReminderId, planReminders, snoozeEnd, type ReminderPlan, type SnoozeDays } from '../domain/reminders.ts';
import { loadState, patchReminderLog } from '../shared/db/repo.ts';
import type { ReminderLog } from '../shared/model.ts';
import { armAlarms } from './alarms.ts';
import { setBadge } from './badge.ts';
import { clearNotification, showNotification, shownNotificationIds } from './notifications.ts';
import { reminderText, speakUserLanguage } from './reminder-text.ts';
import { AGGREGATE_ABOVE, MANY_DUE_ID, manyDueText } from './reminder-many.ts';

let queue: Promise<unknown> = Promise.resolve();

/** Runs `job` after every job queued before it (a failure does not block the ones after). */
function enqueue<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Changes one log entry as stored at the moment of the write, in one transaction, so a snooze
 * the popup wrote a moment ago is kept (issue #9).
 */
async function updateLog(id: string, change: (l: ReminderLog) => ReminderLog): Promise<void> {
  await patchReminderLog(id, change);
}

/** The user's IANA time zone as the browser knows it, read at each run (the user may travel). */

async function run(now: Date, timeZone: string): Promise<ReminderPlan> {
  const state = await loadState();
  const plan = planReminders(state, now, timeZone);
  await speakUserLanguage(state.settings.lang);
  // Many accounts due at once: one notification that counts them, not one per account.
  const dueAccounts = new Set(plan.due.map((i) => i.accountKey)).size;
  const aggregate = dueAccounts > AGGREGATE_ABOVE;
  if (aggregate && plan.notify.length > 0) {
    try {
      await showNotification(MANY_DUE_ID, manyDueText(dueAccounts));
      for (const item of plan.notify) await updateLog(item.id, (l) => ({ ...l, lastShownDue: item.due }));
    } catch (e) {
      console.warn('MFA Lifeline: could not show reminders', e);
    }
  }
  for (const item of aggregate ? [] : plan.notify) {
    try {
      // Shown first, logged second: if the worker dies in between, the same id is shown again
      // (replacing, not duplicating, the notification) rather than lost.
      await showNotification(item.id, reminderText(item, state));
      await updateLog(item.id, (l) => ({ ...l, lastShownDue: item.due }));
    } catch (e) {
      console.warn('MFA Lifeline: could not show reminder', item.id, e);
    }
  }
  // A reminder that is no longer due (checked, snoozed, turned off, account deleted) leaves the screen.
  const due = new Set(plan.due.map((i) => i.id));
  for (const id of await shownNotificationIds()) {
    if (parseReminderId(id) && (aggregate || !due.has(id))) await clearNotification(id);
    if (id === MANY_DUE_ID && !aggregate) await clearNotification(id);
  }
  // The badge counts accounts with something due, as the aggregated notification does.
  await setBadge(dueAccounts);
  await armAlarms(plan.nextAt);
  return plan;
}

/** Re-derives notifications, badge and alarms from stored state. */
export function refreshReminders(now: () => Date = () => new Date(), timeZone: string = userTimeZone()): Promise<ReminderPlan> {
  return enqueue(() => run(now(), timeZone));
}

/** Snoozes one reminder (notification button) and refreshes. */
export function snoozeReminder(id: string, days: SnoozeDays, now: () => Date = () => new Date(), timeZone: string = userTimeZone()): Promise<ReminderPlan> {
  return enqueue(async () => {
    await updateLog(id, (l) => ({ ...l, snoozedUntil: snoozeEnd(now(), days, timeZone) }));
    return run(now(), timeZone);
  });
}
