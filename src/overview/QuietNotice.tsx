/** Imported accounts start quiet; one click turns reminders on for all of them. */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { StoredState } from '../shared/model.ts';
import { patchAccounts } from '../shared/db/bulk.ts';
import { send } from '../shared/send.ts';

export function QuietNotice({ state, onDone }: { state: StoredState; onDone: () => Promise<void> }) {
  const [failed, setFailed] = useState(false);
  const quiet = state.accounts.filter((a) => a.remindersOff);
  if (quiet.length === 0) return null;
  const turnOn = async () => {
    try {
      await patchAccounts(quiet.map((a) => a.key), { remindersOff: false });
      send('ui→bg/state:changed', {}).catch(() => undefined);
      setFailed(false);
      await onDone();
    } catch {
      setFailed(true);
    }
  };
  return (
    <div class="notice warn">
      <p>{t('overviewQuietNote', String(quiet.length))}</p>
      <button type="button" onClick={() => void turnOn()}>{t('overviewQuietTurnOn', String(quiet.length))}</button>
      {failed && <p role="alert">{t('overviewWriteFailed')}</p>}
    </div>
  );
}
