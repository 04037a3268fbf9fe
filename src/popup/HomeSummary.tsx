/**
 * The popup's first screen when there are more accounts than a list can hold: counts by
 * readiness, a search that lists only the matches (at most a few), and the way to the overview.
 * What it draws does not grow with the number of accounts.
 */
import { useMemo, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { StoredState } from '../shared/model.ts';
import { filterRows, NO_FILTER, overviewRows, sortRows, summarize, DEFAULT_SORT } from '../domain/overview-rows.ts';
import { ReadinessBadge } from '../ui/ReadinessBadge.tsx';
import { overviewUrl } from '../ui/pages.ts';
import { href } from './route.ts';

/** Up to this many accounts the popup lists them all; above, it shows this summary. */
export const HANDFUL = 5;
const MATCHES_SHOWN = 8;

export function OverviewLink({ filter }: { filter?: 'due' }) {
  return (
    <a class="button" href={overviewUrl(filter)} target="_blank" rel="noopener">{t('overviewOpen')}</a>
  );
}

export function HomeSummary({ state }: { state: StoredState }) {
  const [query, setQuery] = useState('');
  const rows = useMemo(() => overviewRows(state, new Date()), [state]);
  const counts = useMemo(() => summarize(rows), [rows]);
  const matches = useMemo(() => (query.trim() ? sortRows(filterRows(rows, { ...NO_FILTER, text: query }), DEFAULT_SORT) : []), [rows, query]);
  return (
    <div>
      <p>{t('overviewSummary', [String(counts.total), String(counts['at-risk']), String(counts.partial), String(counts.ready), String(counts.inactive), String(counts.due)])}</p>
      <p class="row">
        <OverviewLink />
        {counts.due > 0 && <a class="button" href={overviewUrl('due')} target="_blank" rel="noopener">{t('overviewOpenDue', String(counts.due))}</a>}
      </p>
      <label for="home-search">{t('overviewSearch')}</label>
      <input id="home-search" type="text" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      {query.trim() && (
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
