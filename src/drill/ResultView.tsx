import { t } from '../shared/i18n.ts';
import { clockAdviceText, driftText } from '../domain/totp/clock.ts';
import { tx } from './tx.ts';
import { formatDateTime } from './format-date.ts';

export type DrillVerdict = { kind: 'match'; driftSeconds: number } | { kind: 'no-match'; windowMinutes: number };
export type SaveState = { kind: 'saving' } | { kind: 'saved'; account: string; at: string } | { kind: 'no-account' } | { kind: 'failed'; /** What happened and what to do (store.json). */ reason?: string };

/** The drill's answer in plain words, and whether it was recorded. */
export function ResultView({ verdict, save }: { verdict: DrillVerdict; save: SaveState }) {
  return (
    <div class={verdict.kind === 'match' ? 'result pass' : 'result fail'} data-testid="drill-result" data-result={verdict.kind}>
      {verdict.kind === 'match' ? (
        <>
          <p class="result-title">{t('drillResultMatch')}</p>
          <p>{t('drillResultMatchDetail')}</p>
          <p data-testid="drill-drift" data-drift={verdict.driftSeconds}>
            {tx(driftText(verdict.driftSeconds))} {tx(clockAdviceText(verdict.driftSeconds))}
          </p>
        </>
      ) : (
        <>
          <p class="result-title">{t('drillResultNoMatch')}</p>
          <p>{t('drillResultNoMatchDetail', String(verdict.windowMinutes))}</p>
        </>
      )}
      <p class="hint" data-testid="drill-saved" data-save={save.kind}>
        {save.kind === 'saved' && t('drillSaved', [save.account, formatDateTime(save.at)])}
        {save.kind === 'no-account' && t('drillNotSaved')}
        {save.kind === 'failed' && (save.reason ?? t('drillSaveFailed'))}
      </p>
    </div>
  );
}
