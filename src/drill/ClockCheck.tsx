import { t } from '../shared/i18n.ts';
import { useNow } from './use-now.ts';
import { formatClock } from './format-date.ts';

/** How to check the phone's clock without any backup, and AWS's own re-sync for a drifted device. */
export function ClockCheck() {
  const now = useNow();
  return (
    <section aria-labelledby="drill-clock-title">
      <h2 id="drill-clock-title">{t('drillClockTitle')}</h2>
      <p>{t('drillClockIntro')}</p>
      <ul>
        <li>{t('drillClockIphone')}</li>
        <li>{t('drillClockAndroid')}</li>
      </ul>
      <p>{t('drillClockCompareNow', formatClock(now))}</p>
      <p>{t('drillClockResync')}</p>
    </section>
  );
}
