/**
 * The overview: every account in one table, for the person who looks after many. Reads the
 * store once, re-reads when another page or the worker announces a change, and derives rows,
 * order and filter in memory (pure functions in src/domain/overview-rows.ts).
 */
import { userTimeZone } from '../shared/time-zone.ts';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { loadState } from '../shared/db/read-state.ts';
import { onStoreChanged } from '../shared/db/changes.ts';
import type { StoredState } from '../shared/model.ts';
import { DEFAULT_SORT, filterRows, firstRows, NO_FILTER, overviewRows, sortRows, summarize, type RowFilter, type SortOrder } from '../domain/overview-rows.ts';
import { Heading } from '../ui/Heading.tsx';
import { AccountTable, rowsInFirstView } from './AccountTable.tsx';
import { Filters } from './Filters.tsx';

type Tools = typeof import('./page-tools.ts');
let loadedTools: Tools | null = null;

/**
 * The import, bulk actions, reports and notices: fetched once the first screen is painted, so
 * the first render loads, compiles and draws only the summary, the filters and the table.
 */
function useTools(onFailed: () => void): Tools | null {
  const [tools, setTools] = useState(loadedTools);
  useEffect(() => {
    if (tools) return;
    import('./page-tools.ts').then((m) => setTools((loadedTools = m)), onFailed);
  }, []);
  return tools;
}

/** "#due" (from the aggregated reminder notification): only accounts with a reminder due. */
export function filterFromHash(hash: string): RowFilter {
  return hash === '#due' ? { ...NO_FILTER, dueOnly: true } : NO_FILTER;
}

/**
 * `initialState`: the store as main.tsx read it before rendering; `changedSince` says whether
 * another page announced a change after that read (then it is read again at once).
 */
export function OverviewPage({ initialHash, initialState, changedSince }: { initialHash: string; initialState?: StoredState; changedSince?: () => boolean }) {
  const [state, setState] = useState<StoredState | null>(initialState ?? null);
  const [failed, setFailed] = useState(false);
  const [filter, setFilter] = useState<RowFilter>(() => filterFromHash(initialHash));
  const [sort, setSort] = useState<SortOrder>(DEFAULT_SORT);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const tools = useTools(() => setFailed(true));

  const reload = useCallback(async () => {
    try {
      setState(await loadState());
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, []);
  // On mount only: the first state is used once.
  useEffect(() => {
    // Every write of this page is followed by its own reload (onDone, onImported).
    const off = onStoreChanged(() => void reload(), { ignoreOwn: true });
    // Asked after our own listener exists, so no change falls between the two.
    const changed = changedSince?.() ?? false;
    if (!initialState || changed) void reload();
    return off;
  }, [reload]);

  // The first render orders only the rows it draws (those in view); every row is put in order
  // right after the first paint. At a thousand accounts, ranking every label before anything was
  // drawn took longer than drawing the table (issue #13, first render).
  const [ordered, setOrdered] = useState(false);
  useEffect(() => setOrdered(true), []);
  const rows = useMemo(() => (state ? overviewRows(state, new Date(), userTimeZone()) : []), [state]);
  const sorted = useMemo(() => (ordered ? sortRows(rows, sort) : null), [rows, sort, ordered]);
  // Filtering keeps the order it is given, so before the sort it finds the same rows, unordered.
  const shown = useMemo(() => filterRows(sorted ?? rows, filter), [sorted, rows, filter]);
  const head = useMemo(() => (sorted ? undefined : firstRows(shown, sort, rowsInFirstView())), [sorted, shown, sort]);
  const counts = useMemo(() => summarize(rows), [rows]);
  // Selection never holds accounts that no longer exist.
  const existing = useMemo(() => new Set(rows.map((r) => r.key)), [rows]);
  const chosen = useMemo(() => [...selected].filter((k) => existing.has(k)), [selected, existing]);

  return (
    <div class="overview">
      <header class="top">
        <Heading level={1}>{t('overviewTitle')}</Heading>
      </header>
      <main>
        {failed && <p class="notice bad" role="alert">{t('popupLoadFailed')}</p>}
        {!state ? (
          !failed && <p class="muted">{t('popupLoading')}</p>
        ) : (
          <>
            <p class="summary">
              {t('overviewSummary', [String(counts.total), String(counts['at-risk']), String(counts.partial), String(counts.ready), String(counts.inactive), String(counts.due)])}
            </p>
            {tools && (
              <>
                <tools.OrgNotice state={state} />
                <tools.QuietNotice state={state} onDone={reload} />
                <tools.ImportPanel onImported={reload} />
              </>
            )}
            {rows.length > 0 && (
              <>
                <Filters filter={filter} onFilter={setFilter} shown={shown.length} total={rows.length} />
                {tools && sorted && <tools.BulkActions state={state} shown={shown} selected={chosen} onSelect={setSelected} onDone={reload} />}
                <AccountTable rows={shown} {...(head ? { head } : {})} sort={sort} onSort={setSort} selected={selected} onSelect={setSelected} />
                {/* A report lists the rows in the table's order: only once they are all in it. */}
                {tools && sorted && <tools.Reports state={state} rows={shown} />}
              </>
            )}
          </>
        )}
      </main>
    </div>
  );
}
