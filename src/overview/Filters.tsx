import { t } from '../shared/i18n.ts';
import { ROW_LEVELS, type RowFilter, type RowLevel } from '../domain/overview-rows.ts';
import { levelName } from '../ui/ReadinessBadge.tsx';

export function Filters({ filter, onFilter, shown, total }: { filter: RowFilter; onFilter: (f: RowFilter) => void; shown: number; total: number }) {
  return (
    <section class="filters" aria-label={t('overviewFiltersLabel')}>
      <div>
        <label for="ov-search">{t('overviewSearch')}</label>
        <input id="ov-search" type="search" value={filter.text} onInput={(e) => onFilter({ ...filter, text: e.currentTarget.value })} />
      </div>
      <div>
        <label for="ov-level">{t('overviewLevelFilter')}</label>
        <select id="ov-level" value={filter.levels[0] ?? ''} onChange={(e) => onFilter({ ...filter, levels: e.currentTarget.value ? [e.currentTarget.value as RowLevel] : [] })}>
          <option value="">{t('overviewLevelAll')}</option>
          {ROW_LEVELS.map((l) => (
            <option key={l} value={l}>{levelName(l)}</option>
          ))}
        </select>
      </div>
      <label class="inline">
        <input type="checkbox" checked={filter.dueOnly} onChange={(e) => onFilter({ ...filter, dueOnly: e.currentTarget.checked })} />
        {t('overviewDueOnly')}
      </label>
      <p class="small" role="status">{t('overviewShowing', [String(shown), String(total)])}</p>
    </section>
  );
}
