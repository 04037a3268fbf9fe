import { t } from '../shared/i18n.ts';
import type { RecoveryCase } from '../shared/model.ts';
import type { TimelineEntry } from '../domain/recovery-checklist.ts';
import { caseDay } from '../domain/calendar-days.ts';
import { userTimeZone } from '../shared/time-zone.ts';
import { formatDateTime, formatDay } from '../ui/format.ts';

/** The case's own dates and what the in-page assistant recorded, oldest first. */
export function Timeline({ c, entries }: { c: RecoveryCase; entries: TimelineEntry[] }) {
  return (
    <ol class="timeline small" data-testid="timeline">
      {entries.map((e) => {
        const day = caseDay(c.startedAt, e.at, userTimeZone());
        return (
          <li key={e.id}>
            <time dateTime={e.at}>{e.allDay ? formatDay(e.at) : formatDateTime(e.at)}</time>
            {day >= 1 && <span class="muted"> ({t('popupDayN', String(day))})</span>}
            {' — '}
            {t(e.labelKey, e.subs)}
            {e.source !== 'case' && <span class="muted"> · {t(e.unassigned ? 'popupTlFromPageUnassigned' : 'popupTlFromPage')}</span>}
          </li>
        );
      })}
    </ol>
  );
}
