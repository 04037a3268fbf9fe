/**
 * The popup's first screen when there are more accounts than a list can hold: counts by
 * readiness, a search that lists only the matches (at most a few), and the way to the overview.
 * What it draws does not grow with the number of accounts.
 */
import { userTimeZone } from '../shared/time-zone.ts';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { StoredState } from '../shared/model.ts';
import type { OverviewRow } from '../domain/overview-rows.ts';
import { ReadinessBadge } from '../ui/ReadinessBadge.tsx';
import { overviewUrl } from '../ui/pages.ts';
import { href } from './route.ts';

/** Up to this many accounts the popup lists them all; above, it shows this summary. */
export { HANDFUL } from './handful.ts';
const MATCHES_SHOWN = 8;

type RowsLib = typeof import('../domain/overview-rows.ts');
let rowsLib: Promise<RowsLib> | null = null;
const loadRowsLib = () => (rowsLib ??= import('../domain/overview-rows.ts'));

export function OverviewLink({ filter }: { filter?: 'due' }) {
  return (
    <a class="button" href={overviewUrl(filter)} target="_blank" rel="noopener">{t('overviewOpen')}</a>
  );
}

/** `state` null: only the number of accounts is known yet (the first paint); the rest follows. */
export function HomeSummary({ state, count }: { state: StoredState | null; count: number }) {
  const [query, setQuery] = useState('');
  // Readiness of every account is worked out after the first screen is drawn, so the popup opens
  // as fast with a thousand accounts as with one; the counts follow a moment later.
  // The rows' code too is fetched then (issue #14): it is not needed to draw the first screen.
  const [worked, setWorked] = useState<{ rows: OverviewRow[]; lib: RowsLib } | null>(null);
  useEffect(() => {
    if (!state) return;
    let live = true;
    const timer = setTimeout(() => {
      loadRowsLib().then(
        (lib) => live && setWorked({ rows: lib.overviewRows(state, new Date(), userTimeZone()), lib }),
        () => undefined,
      );
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [state]);
  const rows = worked?.rows ?? null;
  const counts = useMemo(() => (worked ? worked.lib.summarize(worked.rows) : null), [worked]);
  const matches = useMemo(() => {
    if (!worked || !query.trim()) return [];
    const { filterRows, sortRows, NO_FILTER, DEFAULT_SORT } = worked.lib;
    return sortRows(filterRows(worked.rows, { ...NO_FILTER, text: query }), DEFAULT_SORT);
  }, [worked, query]);
  return (
    <div>
      <p role="status">
        {counts
          ? t('overviewSummary', [String(counts.total), String(counts['at-risk']), String(counts.partial), String(counts.ready), String(counts.inactive), String(counts.due)])
          : t('overviewAccountCount', String(count))}
      </p>
      <p class="row">
        <OverviewLink />
        {counts && counts.due > 0 && <a class="button" href={overviewUrl('due')} target="_blank" rel="noopener">{t('overviewOpenDue', String(counts.due))}</a>}
      </p>
      {rows && rows.some((r) => r.openCase) && (
        <>
          <h3>{t('overviewOpenCases')}</h3>
          <ul class="plain">
            {rows
              .filter((r) => r.openCase)
              .slice(0, MATCHES_SHOWN)
              .map((r) => (
                <li key={r.key}>
                  <a href={href({ name: 'recover', key: r.key })}>{r.label}</a>
                </li>
              ))}
          </ul>
        </>
      )}
      <label for="home-search">{t('overviewSearch')}</label>
      <input id="home-search" type="text" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      {query.trim() && rows && (
        <>
          <p class="small" role="status">{t('overviewMatches', String(matches.length))}</p>
          <ul class="plain">
            {matches.slice(0, MATCHES_SHOWN).map((r) => (
              <li key={r.key} class="row" style="justify-content: space-between">
                <a href={href({ name: 'account', key: r.key })}>{r.label}</a>
                <ReadinessBadge level={r.level} done={r.done} total={r.total} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
