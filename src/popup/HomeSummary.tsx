/**
 * The popup's first screen when there are more accounts than a list can hold: counts by
 * readiness, a search that lists only the matches (at most a few), and the way to the overview.
 * What it draws does not grow with the number of accounts.
 */
import { userTimeZone } from '../shared/time-zone.ts';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { StoredState } from '../shared/model.ts';
import { filterRows, NO_FILTER, overviewRows, sortRows, summarize, DEFAULT_SORT, type OverviewRow } from '../domain/overview-rows.ts';
import { ReadinessBadge } from '../ui/ReadinessBadge.tsx';
import { overviewUrl } from '../ui/pages.ts';
import { href } from './route.ts';

/** Up to this many accounts the popup lists them all; above, it shows this summary. */
export { HANDFUL } from './handful.ts';
const MATCHES_SHOWN = 8;

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
  const [rows, setRows] = useState<OverviewRow[] | null>(null);
  useEffect(() => {
    if (!state) return;
    const timer = setTimeout(() => setRows(overviewRows(state, new Date(), userTimeZone())), 0);
    return () => clearTimeout(timer);
  }, [state]);
  const counts = useMemo(() => (rows ? summarize(rows) : null), [rows]);
  const matches = useMemo(() => (rows && query.trim() ? sortRows(filterRows(rows, { ...NO_FILTER, text: query }), DEFAULT_SORT) : []), [rows, query]);
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
