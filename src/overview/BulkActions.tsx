/**
 * Acting on the selected accounts together: their reminder cadences (overriding the global ones),
 * reminders on or off, an export. Each action is one transaction (src/shared/db/bulk.ts).
 */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { ReminderCadenceDays, StoredState } from '../shared/model.ts';
import type { OverviewRow } from '../domain/overview-rows.ts';
import { CADENCE_CHOICES } from '../domain/reminders.ts';
import { patchAccounts, type AccountPatch } from '../shared/db/bulk.ts';
import { send } from '../shared/send.ts';
import { saveFile } from '../ui/download.ts';
import { todayDay } from '../ui/format.ts';

const CADENCE_KEYS: Record<string, string> = { '30': 'remindEvery30', '90': 'remindEvery90', '180': 'remindEvery180', never: 'remindNever' };

/** '' keeps what each account has; 'global' removes the override; otherwise a cadence. */
type CadenceChoice = '' | 'global' | `${ReminderCadenceDays}`;

function cadencePatch(c: CadenceChoice): ReminderCadenceDays | null | undefined {
  if (c === '') return undefined;
  if (c === 'global') return null;
  return c === 'never' ? 'never' : (Number(c) as ReminderCadenceDays);
}

function CadencePick({ id, label, value, onChange }: { id: string; label: string; value: CadenceChoice; onChange: (c: CadenceChoice) => void }) {
  return (
    <div>
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as CadenceChoice)}>
        <option value="">{t('overviewCadenceKeep')}</option>
        <option value="global">{t('overviewCadenceGlobal')}</option>
        {CADENCE_CHOICES.map((c) => (
          <option key={c} value={String(c)}>{t(CADENCE_KEYS[String(c)]!)}</option>
        ))}
      </select>
    </div>
  );
}

export function BulkActions({ state, shown, selected, onSelect, onDone }: { state: StoredState; shown: OverviewRow[]; selected: string[]; onSelect: (s: ReadonlySet<string>) => void; onDone: () => Promise<void> }) {
  const [phone, setPhone] = useState<CadenceChoice>('');
  const [drill, setDrill] = useState<CadenceChoice>('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const none = selected.length === 0;

  const run = async (patch: AccountPatch, doneKey: string) => {
    setMessage(null);
    try {
      const n = await patchAccounts(selected, patch);
      send('ui→bg/state:changed', {}).catch(() => undefined);
      await onDone();
      setMessage({ ok: true, text: t(doneKey, String(n)) });
    } catch {
      setMessage({ ok: false, text: t('overviewWriteFailed') });
    }
  };
  const applyCadence = () => {
    const patch: AccountPatch = {};
    const p = cadencePatch(phone);
    const d = cadencePatch(drill);
    if (p !== undefined) patch.phoneVerifyEvery = p;
    if (d !== undefined) patch.drillEvery = d;
    if (p === undefined && d === undefined) return;
    void run(patch, 'overviewCadenceDone');
  };
  const exportSelected = async () => {
    try {
      // The export's code (with its schema) is fetched when asked for, not before the table is drawn.
      const { exportSubset } = await import('../domain/overview-report.ts');
      const file = exportSubset(state, new Set(selected), new Date().toISOString());
      saveFile(`mfa-lifeline-${todayDay()}-${selected.length}.json`, JSON.stringify(file, null, 1), 'application/json');
      setMessage({ ok: true, text: t('overviewExported', String(selected.length)) });
    } catch {
      setMessage({ ok: false, text: t('overviewReportFailed') });
    }
  };
  const shownKeys = new Set(shown.map((r) => r.key));
  const hiddenSelected = selected.filter((k) => !shownKeys.has(k)).length;

  return (
    <section class="card bulk" aria-labelledby="bulk-title">
      <h2 id="bulk-title">{t('overviewBulkTitle')}</h2>
      <p class="small" role="status">
        {t('overviewSelectedCount', String(selected.length))}
        {hiddenSelected > 0 && ` ${t('overviewSelectedHidden', String(hiddenSelected))}`}
      </p>
      <div class="row">
        <CadencePick id="bulk-phone" label={t('overviewCadencePhone')} value={phone} onChange={setPhone} />
        <CadencePick id="bulk-drill" label={t('overviewCadenceDrill')} value={drill} onChange={setDrill} />
        <button type="button" disabled={none || (phone === '' && drill === '')} onClick={applyCadence}>{t('overviewCadenceApply')}</button>
      </div>
      <div class="row">
        <button type="button" disabled={none} onClick={() => void run({ remindersOff: false }, 'overviewRemindersOnDone')}>{t('overviewRemindersOn')}</button>
        <button type="button" disabled={none} onClick={() => void run({ remindersOff: true }, 'overviewRemindersOffDone')}>{t('overviewRemindersOff')}</button>
        <button type="button" disabled={none} onClick={() => void exportSelected()}>{t('overviewExportSelected')}</button>
        <button type="button" disabled={none} onClick={() => onSelect(new Set())}>{t('overviewClearSelection')}</button>
      </div>
      {message && <p class={`notice ${message.ok ? 'ok' : 'bad'} small`} role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
    </section>
  );
}
