/**
 * The reminders due now, on the popup's home, each with what to do about it: the same list the
 * worker counts for the toolbar badge (planReminders(...).due), so the badge's number and this
 * list always agree.
 */
import { userTimeZone } from '../shared/time-zone.ts';
import { planReminders, snoozeEnd, type ReminderItem } from '../domain/reminders.ts';
import { patchReminderLog } from '../shared/db/reminder-logs.ts';
import { t } from '../shared/i18n.ts';
import { href } from './route.ts';
import { drillUrl } from './pages.ts';
import { itemLabel } from './reminders/labels.ts';
import type { ViewProps } from './types.ts';
import { OverviewLink } from './HomeSummary.tsx';

/** The AWS console page with the account's contact information (as the notification opens). */
const AWS_ACCOUNT_PAGE = 'https://console.aws.amazon.com/billing/home#/account';

function Open({ item }: { item: ReminderItem }) {
  switch (item.kind) {
    case 'phone-verify':
      return <a class="button primary" href={AWS_ACCOUNT_PAGE} target="_blank" rel="noopener noreferrer">{t('calmDueOpenPhone')}</a>;
    case 'backup-drill':
      return <a class="button primary" href={drillUrl(item.accountKey)} target="_blank" rel="noopener">{t('calmDueOpenDrill')}</a>;
    default:
      return <a class="button primary" href={href({ name: 'recover', key: item.accountKey })}>{t('calmDueOpenCase')}</a>;
  }
}

/** `max`: list at most this many (the home above a handful of accounts); the rest are one link to the overview, filtered to them. */
export function DueReminders({ state, write, now, max }: ViewProps & { now: Date; max?: number }) {
  const due = planReminders(state, now, userTimeZone()).due;
  const shown = max !== undefined ? due.slice(0, max) : due;
  if (due.length === 0) return null;
  // A patch of the log as stored at the moment of the write, not the copy this screen loaded.
  const snooze = (id: string) => write(() => patchReminderLog(id, (l) => ({ ...l, snoozedUntil: snoozeEnd(now, 7, userTimeZone()) })));
  return (
    <section class="card" aria-labelledby="due-title" data-testid="due-reminders">
      <h2 id="due-title" style="margin-top: 0">{t('calmDueTitle', String(due.length))}</h2>
      <ul class="plain stack">
        {shown.map((item) => {
          const id = `due-${item.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
          return (
            // The <li> stays a list item (axe 'list'); the group named by its reminder sits inside it.
            <li key={item.id}>
              <div role="group" aria-labelledby={id}>
                <p id={id} style="margin: 0 0 4px; font-weight: 600">{itemLabel(item, state)}</p>
                <div class="row">
                  <Open item={item} />
                  <button type="button" onClick={() => void snooze(item.id)}>{t('remindSnooze7')}</button>
                </div>
              </div>
            </li>
          );
        })}
      </ul>
      {shown.length < due.length && (
        <p class="row">
          <span class="muted">{t('importMoreRows', String(due.length - shown.length))}</span>
          <OverviewLink filter="due" />
        </p>
      )}
    </section>
  );
}
