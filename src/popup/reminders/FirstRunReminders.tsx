/**
 * The one-time question after the first account is added: which reminders the user wants.
 * Until it is answered no reminder is shown at all (peers learned that unasked-for nagging gets
 * extensions switched off). Renders nothing once answered, or before there is an account.
 */
import { useState } from 'preact/hooks';
import { patchSettings } from '../../shared/db/repo.ts';
import { t } from '../../shared/i18n.ts';
import type { ReminderSettings } from '../../shared/model.ts';
import type { ViewProps } from '../types.ts';
import { CadenceSelect } from './CadenceSelect.tsx';

const NONE: Omit<ReminderSettings, 'chosen'> = { phoneVerifyEvery: 'never', drillEvery: 'never', documentsFollowUp: false, objectionEmail: false };

export function FirstRunReminders({ state, write, onDone }: ViewProps & { onDone?: () => void }) {
  const r = state.settings.reminders;
  const [choice, setChoice] = useState<Omit<ReminderSettings, 'chosen'>>({
    phoneVerifyEvery: r.phoneVerifyEvery,
    drillEvery: r.drillEvery,
    documentsFollowUp: r.documentsFollowUp,
    objectionEmail: r.objectionEmail,
  });
  const [failed, setFailed] = useState(false);
  if (state.accounts.length === 0 || r.chosen) return null;

  const save = async (reminders: Omit<ReminderSettings, 'chosen'>) => {
    setFailed(false);
    if (await write(() => patchSettings({ reminders: { ...reminders, chosen: true } }))) onDone?.();
    else setFailed(true);
  };
  const set = (change: Partial<ReminderSettings>) => setChoice((c) => ({ ...c, ...change }));

  return (
    <section class="card" aria-labelledby="remind-first-title">
      <h2 id="remind-first-title">{t('remindFirstTitle')}</h2>
      <p>{t('remindFirstIntro')}</p>
      <CadenceSelect id="remind-first-phone" label={t('remindPhoneLabel')} value={choice.phoneVerifyEvery} onChange={(c) => set({ phoneVerifyEvery: c })} />
      <CadenceSelect id="remind-first-drill" label={t('remindDrillLabel')} value={choice.drillEvery} onChange={(c) => set({ drillEvery: c })} />
      <label class="inline">
        <input type="checkbox" checked={choice.documentsFollowUp} onChange={(e) => set({ documentsFollowUp: e.currentTarget.checked })} />
        {t('remindFollowUpLabel')}
      </label>
      <label class="inline">
        <input type="checkbox" checked={choice.objectionEmail} onChange={(e) => set({ objectionEmail: e.currentTarget.checked })} />
        {t('remindObjectionLabel')}
      </label>
      {failed && (
        <p class="error" role="alert">
          {t('remindSaveFailed')}
        </p>
      )}
      <div class="row">
        <button type="button" class="primary" onClick={() => save(choice)}>
          {t('remindFirstSave')}
        </button>
        <button type="button" onClick={() => save(NONE)}>
          {t('remindFirstNone')}
        </button>
      </div>
    </section>
  );
}
