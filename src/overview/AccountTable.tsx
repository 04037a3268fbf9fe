/**
 * The accounts table. At thousands of rows only those in view (plus a margin) are drawn; the
 * spacer rows keep the scroll height, aria-rowcount/rowindex tell assistive technology where
 * it is, and Tab still walks every row: focusing a row at the edge scrolls it into view, which
 * draws the next ones. Selection lives in the page, so "select all" covers every filtered row.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { OverviewRow, SortColumn, SortOrder } from '../domain/overview-rows.ts';
import { PATHS } from '../domain/recovery-tree.ts';
import { formatDate } from '../ui/format.ts';
import { deviceKindKey } from '../ui/device-kinds.ts';
import { usePhoneMask } from '../ui/phone-mask.ts';
import { ReadinessBadge } from '../ui/ReadinessBadge.tsx';
import { popupUrl } from '../ui/pages.ts';

/** Fixed row height (px, see overview.css): what makes drawing only the rows in view possible. */
export const ROW_HEIGHT = 40;
/** Rows drawn above and below the view, so Tab and short scrolls never reach an undrawn row. */
const MARGIN = 10;

const COLUMNS: { id: SortColumn; key: string }[] = [
  { id: 'label', key: 'overviewColLabel' },
  { id: 'accountId', key: 'overviewColAccountId' },
  { id: 'email', key: 'overviewColEmail' },
  { id: 'phone', key: 'overviewColPhone' },
  { id: 'devices', key: 'overviewColDevices' },
  { id: 'drill', key: 'overviewColDrill' },
  { id: 'kit', key: 'overviewColKit' },
  { id: 'case', key: 'overviewColCase' },
  { id: 'level', key: 'overviewColLevel' },
];

function Row({ r, index, checked, onToggle, maskPhone, now }: { r: OverviewRow; index: number; checked: boolean; onToggle: (key: string, on: boolean) => void; maskPhone: (e164: string) => string; now: number }) {
  return (
    <tr class={`row-${r.level}`} aria-rowindex={index}>
      <td class="sel">
        <input type="checkbox" checked={checked} aria-label={t('overviewSelectRow', r.label)} onChange={(e) => onToggle(r.key, e.currentTarget.checked)} />
      </td>
      <td class="label" title={r.label}>
        <a href={popupUrl(`#/account/${encodeURIComponent(r.key)}`)} target="_blank" rel="noopener">{r.label}</a>
        {r.orgRole && <span class="tag">{t(r.orgRole === 'management' ? 'overviewManagement' : 'overviewMember')}</span>}
        {r.remindersOff && <span class="tag muted">{t('overviewQuiet')}</span>}
        {!r.remindersOff && (r.phoneVerifyEvery || r.drillEvery) && <span class="tag">{t('overviewOwnCadence')}</span>}
        {r.due && <span class="tag due">{t('overviewDue')}</span>}
      </td>
      <td class="mono">{r.accountId ?? '—'}</td>
      <td>{r.emailMasked ?? '—'}</td>
      <td>
        {r.phoneE164 ? <span class="masked">{maskPhone(r.phoneE164)}</span> : '—'}
        {r.phoneE164 && <span class="small muted"> {r.phoneVerifiedAt ? t('overviewVerifiedOn', formatDate(r.phoneVerifiedAt)) : t('overviewNeverVerified')}</span>}
      </td>
      <td>{r.deviceCount === 0 ? '0' : `${r.deviceCount} (${r.deviceKinds.map((k) => t(deviceKindKey(k))).join(', ')})`}</td>
      <td>{r.lastDrill ? `${formatDate(r.lastDrill.at)} ${t(r.lastDrill.passed ? 'overviewDrillPassed' : 'overviewDrillFailed')}` : '—'}</td>
      <td>{r.kitPrintedAt ? `${formatDate(r.kitPrintedAt)}${r.kitStale ? ` ${t('overviewKitStale')}` : ''}` : '—'}</td>
      <td>{r.openCase ? t('overviewCaseDay', [t(PATHS[r.openCase.path].titleKey), String(Math.max(1, Math.floor((now - Date.parse(r.openCase.startedAt)) / 86_400_000) + 1))]) : '—'}</td>
      <td>
        <ReadinessBadge level={r.level} done={r.done} total={r.total} />
      </td>
    </tr>
  );
}

/**
 * The view's height as overview.css sets it (70vh, at least 320px), so the first render draws the
 * right rows without reading the layout: a forced layout before the first paint, and a second
 * render after it, cost more than the whole table at a thousand accounts.
 */
function firstViewHeight(): number {
  return Math.max(320, Math.round((globalThis.innerHeight || 800) * 0.7));
}

/** How many rows the first render draws (those in view, no margin): all the page must have in order by then. */
export function rowsInFirstView(): number {
  return Math.ceil(firstViewHeight() / ROW_HEIGHT);
}

/**
 * `rows`: every row the filter matches. `head`: while `rows` is not in order yet (the page's
 * first render), the first of them in their final order; only those are drawn.
 */
export function AccountTable({ rows, head, sort, onSort, selected, onSelect }: { rows: OverviewRow[]; head?: readonly OverviewRow[]; sort: SortOrder; onSort: (s: SortOrder) => void; selected: ReadonlySet<string>; onSelect: (s: ReadonlySet<string>) => void }) {
  const wrap = useRef<HTMLDivElement>(null);
  // libphonenumber arrives after the first paint; until then numbers show their last four digits.
  const maskPhone = usePhoneMask();
  const now = Date.now();
  const [view, setView] = useState(() => ({ top: 0, height: firstViewHeight() }));
  // The first render draws only the rows in view; the margin follows right after the first paint.
  const [margin, setMargin] = useState(0);
  const frame = useRef(0);
  const measure = () => {
    const el = wrap.current;
    if (el) setView((v) => (v.top === el.scrollTop && v.height === el.clientHeight ? v : { top: el.scrollTop, height: el.clientHeight || 800 }));
  };
  useEffect(() => {
    measure();
    setMargin(MARGIN);
  }, []);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  const onScroll = () => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(measure);
  };

  // Clamped: after a filter shrinks the list, the last scroll position may lie past its end.
  const start = Math.max(0, Math.min(rows.length - 1, Math.floor(view.top / ROW_HEIGHT) - margin));
  const drawable = head ?? rows;
  // Never before start: a view scrolled past the rows in order draws none of them (for the moment until they are).
  const end = Math.max(start, Math.min(drawable.length, Math.ceil((view.top + view.height) / ROW_HEIGHT) + margin));
  const allChecked = rows.length > 0 && rows.every((r) => selected.has(r.key));
  const toggle = (key: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(key);
    else next.delete(key);
    onSelect(next);
  };
  const toggleAll = (on: boolean) => {
    const next = new Set(selected);
    for (const r of rows) {
      if (on) next.add(r.key);
      else next.delete(r.key);
    }
    onSelect(next);
  };
  const header = (c: (typeof COLUMNS)[number]) => {
    const active = sort.column === c.id;
    return (
      <th key={c.id} scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button type="button" class="sort" onClick={() => onSort({ column: c.id, descending: active ? !sort.descending : false })}>
          {t(c.key)}
          <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <div class="table-wrap" ref={wrap} onScroll={onScroll} tabIndex={-1}>
      <table class="accounts" aria-rowcount={rows.length + 1} aria-label={t('overviewTableLabel')}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" class="sel">
              <input type="checkbox" checked={allChecked} aria-label={t('overviewSelectAll', String(rows.length))} onChange={(e) => toggleAll(e.currentTarget.checked)} />
            </th>
            {COLUMNS.map(header)}
          </tr>
        </thead>
        <tbody>
          {start > 0 && (
            <tr class="spacer" aria-hidden="true" style={{ height: `${start * ROW_HEIGHT}px` }}>
              <td colSpan={COLUMNS.length + 1} />
            </tr>
          )}
          {drawable.slice(start, end).map((r, i) => (
            <Row key={r.key} r={r} index={start + i + 2} checked={selected.has(r.key)} onToggle={toggle} maskPhone={maskPhone} now={now} />
          ))}
          {end < rows.length && (
            <tr class="spacer" aria-hidden="true" style={{ height: `${(rows.length - end) * ROW_HEIGHT}px` }}>
              <td colSpan={COLUMNS.length + 1} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
