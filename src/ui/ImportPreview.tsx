/**
 * What an import would do, before it does it: accounts added, updated (with what changes) and
 * already up to date; rows refused with the file, line and reason; what happens to settings.
 * The only button that writes is named "Import …"; nothing changes before it is pressed.
 */
import { t } from '../shared/i18n.ts';
import type { ImportPlan, PlannedAccount } from '../domain/import-plan.ts';
import type { SourceError, Where } from '../domain/import-source.ts';
import type { ImportState } from './use-import.ts';

/** Long lists are cut here; the counts above them stay exact. */
const SHOWN = 50;

const FIELD_KEYS: Record<string, string> = {
  label: 'importFieldLabel',
  accountId: 'importFieldAccountId',
  rootEmail: 'importFieldEmail',
  phoneE164: 'importFieldPhone',
  phoneCountry: 'importFieldPhone',
  phoneVerifiedAt: 'importFieldPhoneVerified',
  mfaDevices: 'importFieldDevices',
  orgStatus: 'importFieldOrgStatus',
  orgRole: 'importFieldOrgRole',
  orgMember: 'importFieldOrgRole',
  managementAccountId: 'importFieldOrgRole',
  remindersOff: 'importFieldReminders',
  phoneVerifyEvery: 'importFieldCadence',
  drillEvery: 'importFieldCadence',
};

export function whereText(w: Where): string {
  if (w.line !== undefined) return t('importWhereLine', [w.file, String(w.line)]);
  if (w.path) return t('importWherePath', [w.file, w.path]);
  return w.file;
}

export function errorText(e: SourceError): string {
  const why = t(e.errorKey, e.subs) || t('popupImportInvalid');
  const at = e.line !== undefined ? t('importWhereLine', [e.file, String(e.line)]) : e.path ? t('importWherePath', [e.file, e.path]) : e.file;
  return t('importFileError', [at, why]);
}

function changeText(a: PlannedAccount): string {
  const names = [...new Set(a.changes.map((c) => t(FIELD_KEYS[c] ?? 'importFieldOther')))];
  return names.join(t('importListSeparator'));
}

function AccountList({ rows, withChanges }: { rows: PlannedAccount[]; withChanges?: boolean }) {
  return (
    <ul class="import-list">
      {rows.slice(0, SHOWN).map((a) => (
        <li key={`${a.key}`}>
          <span>{a.label}</span> {a.accountId && a.accountId !== a.label && <span class="muted">{a.accountId}</span>}
          {withChanges && a.changes.length > 0 && <span class="small"> — {changeText(a)}</span>}
        </li>
      ))}
      {rows.length > SHOWN && <li class="muted">{t('importMoreRows', String(rows.length - SHOWN))}</li>}
    </ul>
  );
}

function Group({ title, count, children, open }: { title: string; count: number; children: preact.ComponentChildren; open?: boolean }) {
  if (count === 0) return null;
  return (
    <details open={open}>
      <summary>{title}</summary>
      {children}
    </details>
  );
}

export function PlanSummary({ plan }: { plan: ImportPlan }) {
  return (
    <>
      <ul class="import-counts">
        <li>{t('importPreviewAdded', String(plan.added.length))}</li>
        <li>{t('importPreviewChanged', String(plan.changed.length))}</li>
        <li>{t('importPreviewUnchanged', String(plan.unchanged.length))}</li>
        <li>{t('importPreviewRefused', String(plan.refused.length))}</li>
        {plan.records > 0 && <li>{t('importPreviewRecords', String(plan.records))}</li>}
      </ul>
      <Group title={t('importPreviewAdded', String(plan.added.length))} count={plan.added.length}>
        <AccountList rows={plan.added} />
      </Group>
      <Group title={t('importPreviewChanged', String(plan.changed.length))} count={plan.changed.length} open>
        <AccountList rows={plan.changed} withChanges />
      </Group>
      <Group title={t('importPreviewUnchanged', String(plan.unchanged.length))} count={plan.unchanged.length}>
        <AccountList rows={plan.unchanged} />
      </Group>
      <Group title={t('importPreviewRefused', String(plan.refused.length))} count={plan.refused.length} open>
        <ul class="import-list">
          {plan.refused.slice(0, SHOWN).map((r, i) => (
            <li key={i}>
              <strong>{whereText(r.where)}</strong>: {r.errorKey === 'importDuplicateId' && r.other ? t('importDuplicateId', [r.subs?.[0] ?? '', whereText(r.other)]) : t(r.errorKey, r.subs)}
            </li>
          ))}
          {plan.refused.length > SHOWN && <li class="muted">{t('importMoreRows', String(plan.refused.length - SHOWN))}</li>}
        </ul>
      </Group>
      {plan.settings === 'kept' && <p class="small">{t('importSettingsKept')}</p>}
      {plan.settings === 'taken' && <p class="small">{t('importSettingsTaken')}</p>}
      {plan.added.length > 0 && <p class="small">{t('importQuietNote')}</p>}
    </>
  );
}

/** The preview, the confirm and cancel buttons, and the outcome, for any page's import. */
export function ImportPreview({ state, onConfirm, onCancel, doneText }: { state: ImportState; onConfirm: () => void; onCancel: () => void; doneText: (plan: ImportPlan) => string }) {
  switch (state.step) {
    case 'idle':
      return null;
    case 'reading':
      return <p class="muted" role="status">{t('importReading')}</p>;
    case 'failed':
      return (
        <div class="notice bad" role="alert">
          {state.errors.map((e, i) => (
            <p key={i}>{errorText(e)}</p>
          ))}
          <p>{t('popupImportNothingChanged')}</p>
        </div>
      );
    case 'write-failed':
      return (
        <p class="notice bad" role="alert">
          {t(state.errorKey)} {t('popupImportNothingChanged')}
        </p>
      );
    case 'done':
      return <p class="notice ok" role="status">{doneText(state.plan)}</p>;
    case 'preview':
    case 'applying': {
      const { plan } = state;
      const writes = plan.added.length + plan.changed.length + plan.records > 0 || plan.settings === 'taken';
      return (
        <section class="card import-preview" aria-labelledby="import-preview-title">
          <h3 id="import-preview-title">{t('importPreviewTitle')}</h3>
          {state.step === 'preview' && state.stale && <p class="notice warn" role="alert">{t('importStale')}</p>}
          <PlanSummary plan={plan} />
          {!writes && <p role="status">{t('importNothingToDo')}</p>}
          <div class="row">
            {writes && (
              <button type="button" class="primary" disabled={state.step === 'applying'} onClick={onConfirm}>
                {t('importConfirm', [String(plan.added.length), String(plan.changed.length)])}
              </button>
            )}
            <button type="button" onClick={onCancel} disabled={state.step === 'applying'}>{writes ? t('commonCancel') : t('commonClose')}</button>
          </div>
        </section>
      );
    }
  }
}
