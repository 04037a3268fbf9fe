/**
 * Reports of the rows the filter shows (all of them, drawn or not): a CSV with e-mails and phones
 * masked unless the user asks for them in full, and the extension's own export of those accounts.
 * Each file is built whole before it is saved: all or nothing. Neither holds a secret.
 */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { StoredState } from '../shared/model.ts';
import type { OverviewRow } from '../domain/overview-rows.ts';
import type { toCsv as ToCsv, exportSubset as ExportSubset } from '../domain/overview-report.ts';
import { loadPhoneMask } from '../ui/phone-mask.ts';
import { PATHS } from '../domain/recovery-tree.ts';
import { saveFile } from '../ui/download.ts';
import { isoToDay, todayDay } from '../ui/format.ts';
import { deviceKindKey } from '../ui/device-kinds.ts';
import { levelName } from '../ui/ReadinessBadge.tsx';

const HEADER_KEYS = [
  'overviewColLabel',
  'overviewColAccountId',
  'overviewColEmail',
  'overviewColPhone',
  'overviewCsvPhoneVerified',
  'overviewCsvDeviceCount',
  'overviewColDevices',
  'overviewColDrill',
  'overviewCsvDrillResult',
  'overviewColKit',
  'overviewCsvKitStale',
  'overviewColCase',
  'overviewColLevel',
  'overviewCsvDone',
  'overviewCsvOrg',
  'overviewCsvReminders',
];

const day = (iso: string | undefined) => (iso ? isoToDay(iso) : '');
const yes = (b: boolean) => t(b ? 'commonYes' : 'commonNo');

/** The CSV's cells for the rows, in the user's language (dates as YYYY-MM-DD, which every spreadsheet reads). */
export function reportTable(rows: readonly OverviewRow[], full: boolean, maskPhone: (e164: string) => string): string[][] {
  const table = [HEADER_KEYS.map((k) => t(k))];
  for (const r of rows) {
    table.push([
      r.label,
      r.accountId ?? '',
      (full ? r.rootEmail : r.emailMasked) ?? '',
      r.phoneE164 ? (full ? r.phoneE164 : maskPhone(r.phoneE164)) : '',
      day(r.phoneVerifiedAt),
      String(r.deviceCount),
      r.deviceKinds.map((k) => t(deviceKindKey(k))).join(' / '),
      day(r.lastDrill?.at),
      r.lastDrill ? t(r.lastDrill.passed ? 'overviewDrillPassed' : 'overviewDrillFailed') : '',
      day(r.kitPrintedAt),
      r.kitPrintedAt ? yes(r.kitStale) : '',
      r.openCase ? t(PATHS[r.openCase.path].titleKey) : '',
      levelName(r.level),
      `${r.done}/${r.total}`,
      [r.orgRole ? t(r.orgRole === 'management' ? 'overviewManagement' : 'overviewMember') : '', r.orgStatus ?? ''].filter(Boolean).join(' '),
      t(r.remindersOff ? 'overviewRemindersOffShort' : 'overviewRemindersOnShort'),
    ]);
  }
  return table;
}

export function Reports({ state, rows }: { state: StoredState; rows: OverviewRow[] }) {
  const [full, setFull] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  type File = { name: string; text: string; type: string };
  const save = async (build: (m: { toCsv: typeof ToCsv; exportSubset: typeof ExportSubset }) => File | Promise<File>) => {
    try {
      // The report's code (with the export schema) is fetched when a report is asked for, not before the table is drawn.
      const f = await build(await import('../domain/overview-report.ts'));
      saveFile(f.name, f.text, f.type);
      setMessage({ ok: true, text: t('overviewReportSaved', String(rows.length)) });
    } catch {
      setMessage({ ok: false, text: t('overviewReportFailed') });
    }
  };
  // libphonenumber too: fetched for a masked CSV only.
  const csv = () =>
    save(async ({ toCsv }) => {
      const maskPhone = full ? (e164: string) => e164 : await loadPhoneMask();
      return { name: `mfa-lifeline-overview-${todayDay()}.csv`, text: toCsv(reportTable(rows, full, maskPhone)), type: 'text/csv' };
    });
  const json = () =>
    save(({ exportSubset }) => ({
      name: `mfa-lifeline-${todayDay()}-${rows.length}.json`,
      text: JSON.stringify(exportSubset(state, new Set(rows.map((r) => r.key)), new Date().toISOString()), null, 1),
      type: 'application/json',
    }));
  return (
    <section class="card" aria-labelledby="reports-title">
      <h2 id="reports-title">{t('overviewReportsTitle')}</h2>
      <p class="notice warn small" id="report-warning">{t('exportWarning')}</p>
      <label class="inline">
        <input type="checkbox" checked={full} onChange={(e) => setFull(e.currentTarget.checked)} />
        {t('overviewReportFull')}
      </label>
      <div class="row">
        <button type="button" aria-describedby="report-warning" onClick={() => void csv()}>{t('overviewReportCsv', String(rows.length))}</button>
        <button type="button" aria-describedby="report-warning" onClick={() => void json()}>{t('overviewReportJson', String(rows.length))}</button>
      </div>
      {message && <p class={`notice ${message.ok ? 'ok' : 'bad'} small`} role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
    </section>
  );
}
