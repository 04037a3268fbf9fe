import { t } from '../shared/i18n.ts';
import type { RowLevel } from '../domain/overview-rows.ts';

const LEVEL_KEYS: Record<RowLevel, string> = {
  'at-risk': 'overviewLevelAtRisk',
  partial: 'overviewLevelPartial',
  ready: 'overviewLevelReady',
  inactive: 'overviewLevelInactive',
};

export function levelName(level: RowLevel): string {
  return t(LEVEL_KEYS[level]);
}

/**
 * An account's readiness: the level in words (colour alone means nothing to a screen reader or
 * to someone who cannot tell red from green) and the items done.
 */
export function ReadinessBadge({ level, done, total }: { level: RowLevel; done: number; total: number }) {
  return (
    <span class={`badge ${level}`}>
      {level === 'inactive' ? levelName(level) : `${levelName(level)} ${t('popupReadyCount', [String(done), String(total)])}`}
    </span>
  );
}
