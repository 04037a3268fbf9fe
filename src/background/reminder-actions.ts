/** What happens when the user clicks a reminder notification or one of its buttons. */
import { browser } from '../shared/browser.ts';
import { parseReminderId } from '../domain/reminders.ts';
import { listCases } from '../shared/db/repo.ts';
import { clearNotification } from './notifications.ts';
import { snoozeReminder } from './reminder-run.ts';
import { reminderTarget } from './reminder-targets.ts';
import { MANY_DUE_ID, openManyDue } from './reminder-many.ts';

/** Button order as created in reminder-text.ts. */
export const BUTTON_SNOOZE_7 = 0;
export const BUTTON_OPEN = 1;

/** Opens the page where the reminder can be acted on, in a new tab. Ignores notifications that are not reminders. */
export async function openReminder(id: string): Promise<void> {
  if (id === MANY_DUE_ID) return openManyDue();
  const r = parseReminderId(id);
  if (!r) return;
  await clearNotification(id);
  const accountKey =
    r.kind === 'documents-follow-up' || r.kind === 'objection-email' ? (await listCases()).find((c) => c.id === r.subject)?.accountKey : r.subject;
  if (!accountKey) return;
  await browser.tabs.create({ url: reminderTarget(r.kind, accountKey) });
}

export async function reminderButton(id: string, index: number): Promise<void> {
  if (!parseReminderId(id)) return;
  if (index === BUTTON_SNOOZE_7) {
    await clearNotification(id);
    await snoozeReminder(id, 7);
  } else if (index === BUTTON_OPEN) {
    await openReminder(id);
  }
}
