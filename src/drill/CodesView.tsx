import { t } from '../shared/i18n.ts';
import type { CurrentCodes } from '../domain/totp/codes.ts';
import { groupCode } from './tx.ts';

/** The backup's current and next codes with a countdown. Codes are not the secret; they expire. */
export function CodesView({ codes, period }: { codes: CurrentCodes; period: number }) {
  return (
    <div class="codes">
      <div>
        <span class="code-label">{t('drillCodeNow')}</span>
        <output class="code" data-testid="drill-code-now">
          {groupCode(codes.current)}
        </output>
      </div>
      <div>
        <span class="code-label">{t('drillCodeNext')}</span>
        <output class="code next" data-testid="drill-code-next">
          {groupCode(codes.next)}
        </output>
      </div>
      <div class="countdown">
        {/* Announcing every second would drown a screen reader; the bar carries the same value. */}
        <progress max={period} value={codes.secondsRemaining} aria-hidden="true" />
        <span>{t('drillCountdown', String(codes.secondsRemaining))}</span>
      </div>
    </div>
  );
}
