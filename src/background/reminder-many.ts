/**
 * Reminders at scale: with more than a few accounts due at once, one notification counts them
 * and opens the overview filtered to them, instead of a wall of notifications. Its id has no
 * ":" so it is never taken for a single reminder (parseReminderId).
 */
import { browser } from '../shared/browser.ts';
import { t } from '../shared/i18n.ts';
import { clearNotification, type NotificationText } from './notifications.ts';

export const MANY_DUE_ID = 'reminders-many-due';
/** More accounts than this due at once are announced together. */
export const AGGREGATE_ABOVE = 3;

export function manyDueText(accounts: number): NotificationText {
  return { title: t('overviewRemindManyTitle', String(accounts)), message: t('overviewRemindManyMessage', String(accounts)) };
}

export async function openManyDue(): Promise<void> {
  await clearNotification(MANY_DUE_ID);
  await browser.tabs.create({ url: browser.runtime.getURL('src/overview/index.html#due') });
}
