/**
 * Reminder settings (popup "Settings" view): how often to be reminded of the phone check and the
 * backup drill, whether to be reminded during a document review, and every reminder with its
 * state, to snooze (1, 7 or 14 days) or turn off one by one. Writes go through the popup's
 * `write`, which tells the worker so notifications, badge and alarms follow at once.
 */
import { userTimeZone } from '../../shared/time-zone.ts';
import { useState } from 'preact/hooks';
import { planReminders, snoozeEnd, SNOOZE_CHOICES, type ReminderItem, type SnoozeDays } from '../../domain/reminders.ts';
import { patchReminderLog, patchSettings } from '../../shared/db/repo.ts';
import { t } from '../../shared/i18n.ts';
import type { ReminderLog, ReminderSettings as Choices, StoredState } from '../../shared/model.ts';
import type { ViewProps } from '../types.ts';
import { formatDate } from '../../ui/format.ts';
import { CadenceSelect } from './CadenceSelect.tsx';
import { itemLabel } from './labels.ts';

const ORDER = { due: 0, snoozed: 1, upcoming: 2, off: 3 } as const;
const SNOOZE_KEY: Record<SnoozeDays, string> = { 1: 'remindSnooze1', 7: 'remindSnooze7', 14: 'remindSnooze14' };

type Saved = 'saved' | 'failed' | null;

export function ReminderSettings({ state, write, now }: ViewProps & { now?: Date }) {
  const [saved, setSaved] = useState<Saved>(null);
  const r = state.settings.reminders;
  const clock = now ?? new Date();
  // Due times fall on the mornings of the browser's time zone, as the worker computes them.
  const timeZone = userTimeZone();

  const save = async (fn: () => Promise<unknown>) => {
    setSaved(null);
    setSaved((await write(fn)) ? 'saved' : 'failed');
  };
  // Changing any setting is a choice: reminders start (or stay) on from here.
  // Patches: only what the user changed, applied to the record as stored now (the worker may
  // have logged a shown reminder since this view was drawn).
  const setChoices = (change: Partial<Choices>) => save(() => patchSettings({ reminders: { ...change, chosen: true } }));
  const setLog = (id: string, change: (l: ReminderLog) => ReminderLog) => save(() => patchReminderLog(id, change));

  const items = planReminders(state, clock, timeZone).items.sort((a, b) => ORDER[a.status] - ORDER[b.status]);

  return (
    <section aria-labelledby="remind-settings-title" class="stack">
      <h2 id="remind-settings-title">{t('remindSettingsTitle')}</h2>
      <p class="hint">{t('remindSettingsIntro')}</p>
      {!r.chosen && <p class="notice warn">{t('remindNotChosen')}</p>}
      <CadenceSelect id="remind-phone-every" label={t('remindPhoneLabel')} value={r.phoneVerifyEvery} onChange={(c) => setChoices({ phoneVerifyEvery: c })} />
      <CadenceSelect id="remind-drill-every" label={t('remindDrillLabel')} value={r.drillEvery} onChange={(c) => setChoices({ drillEvery: c })} />
      <label class="inline">
        <input type="checkbox" checked={r.documentsFollowUp} onChange={(e) => setChoices({ documentsFollowUp: e.currentTarget.checked })} />
        {t('remindFollowUpLabel')}
      </label>
      <label class="inline">
        <input type="checkbox" checked={r.objectionEmail} onChange={(e) => setChoices({ objectionEmail: e.currentTarget.checked })} />
        {t('remindObjectionLabel')}
      </label>
      <p role="status" class={saved === 'failed' ? 'error' : 'hint'}>
        {saved === 'saved' ? t('remindSaved') : saved === 'failed' ? t('remindSaveFailed') : ''}
      </p>

      <h3 id="remind-list-title">{t('remindListTitle')}</h3>
      {items.length === 0 ? (
        <p class="muted">{t('remindListEmpty')}</p>
      ) : (
        <ul class="plain" aria-labelledby="remind-list-title">
          {items.map((item) => (
            <ReminderRow key={item.id} item={item} state={state} now={clock} timeZone={timeZone} setLog={setLog} />
          ))}
        </ul>
      )}
    </section>
  );
}

function statusText(item: ReminderItem): string {
  const day = item.due ? formatDate(item.due) : '';
  switch (item.status) {
    case 'due':
      return t('remindStatusDue', day);
    case 'snoozed':
      return t('remindStatusSnoozed', day);
    case 'upcoming':
      return t('remindStatusUpcoming', day);
    case 'off':
      return t('remindStatusOff');
  }
}

function ReminderRow(props: {
  item: ReminderItem;
  state: StoredState;
  now: Date;
  timeZone: string;
  setLog: (id: string, change: (l: ReminderLog) => ReminderLog) => Promise<void>;
}) {
  const { item, setLog } = props;
  const titleId = `remind-item-${item.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const canSnooze = item.status === 'due' || item.status === 'snoozed';
  return (
    <li class="card">
      {/* A group named by its title, so "Snooze 7 days" is announced with what it snoozes. */}
      <div role="group" aria-labelledby={titleId}>
        <p id={titleId} style="font-weight: 600; margin-top: 0">
          {itemLabel(item, props.state)}
        </p>
        <p class={item.status === 'due' ? 'status-stale' : 'muted'}>{statusText(item)}</p>
        <div class="row">
          {canSnooze &&
            SNOOZE_CHOICES.map((d) => (
              <button key={d} type="button" onClick={() => setLog(item.id, (l) => ({ ...l, snoozedUntil: snoozeEnd(props.now, d, props.timeZone) }))}>
                {t(SNOOZE_KEY[d])}
              </button>
            ))}
          {item.status === 'off' ? (
            <button type="button" onClick={() => setLog(item.id, ({ off: _off, ...l }) => l)}>
              {t('remindTurnOn')}
            </button>
          ) : (
            <button type="button" onClick={() => setLog(item.id, (l) => ({ ...l, off: true }))}>
              {t('remindTurnOff')}
            </button>
          )}
        </div>
      </div>
    </li>
  );
}
