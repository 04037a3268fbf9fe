/**
 * The line on an account's card while a recovery case is open: which path, which day, and the
 * next step as the case's state machine says (recovery-next.ts), not the first unticked item.
 * A module of its own: the recovery tree and checklist it needs are a fifth of the home
 * screen's code, and most people open the popup with no case open (issue #14). main.tsx loads
 * it before the first render when a case is open, so that screen is still drawn whole.
 */
import { t } from '../shared/i18n.ts';
import type { ProgressEvent, RecoveryCase } from '../shared/model.ts';
import { caseDay } from '../domain/calendar-days.ts';
import { userTimeZone } from '../shared/time-zone.ts';
import { nextFor, nextTitleKey } from '../domain/recovery-next.ts';
import { PATHS } from '../domain/recovery-tree.ts';

export function CaseNote({ open, progress, now }: { open: RecoveryCase; progress: ProgressEvent[]; now: Date }) {
  const next = nextTitleKey(open, nextFor(open, { now: now.toISOString(), events: progress, timeZone: userTimeZone() }));
  return (
    <p class="notice warn small">
      {t('popupCaseInProgress', [t(PATHS[open.path].titleKey), String(Math.max(1, caseDay(open.startedAt, now.toISOString(), userTimeZone())))])}
      {next && <><br />{t('popupNextStep', t(next))}</>}
    </p>
  );
}
