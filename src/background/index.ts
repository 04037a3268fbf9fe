/**
 * Service-worker entry (Firefox: event page). Registration only: every listener is attached
 * synchronously at the top level so a wake-up event is never missed; handlers wait for `ready`.
 */
import { browser } from '../shared/browser.ts';
import { createRouter } from './router.ts';
import { handlers } from './handlers.ts';
import { ensureReady, rederive } from './lifecycle.ts';
import { isReminderAlarm } from './alarms.ts';
import { notificationButtonsSupported } from './notifications.ts';
import { openReminder, reminderButton } from './reminder-actions.ts';

// Started at once; a failed open is retried by the next message or event (lifecycle.ts).
ensureReady().catch((e: unknown) => console.error('MFA Lifeline: database not ready', e));

/** Runs `job` once the database is ready; failures are logged (a listener has no one to tell). */
function whenReady(job: () => Promise<void>): void {
  ensureReady().then(job).catch((e: unknown) => console.error('MFA Lifeline:', e));
}

browser.runtime.onMessage.addListener(
  createRouter({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL(''),
    ready: ensureReady,
    handlers,
  }),
);

// Unpacked extensions see "install" on every launch, and alarms may be gone after any of these.
browser.runtime.onInstalled.addListener(() => whenReady(rederive));
browser.runtime.onStartup.addListener(() => whenReady(rederive));
browser.alarms.onAlarm.addListener((alarm) => {
  if (isReminderAlarm(alarm.name)) whenReady(rederive);
});
browser.notifications.onClicked.addListener((id) => whenReady(() => openReminder(id)));
// Firefox has no notification buttons (its notifications carry the same text, and a click opens).
if (notificationButtonsSupported()) {
  browser.notifications.onButtonClicked.addListener((id, index) => whenReady(() => reminderButton(id, index)));
}
