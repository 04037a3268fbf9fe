/**
 * What the measured drift means for the user. One code gives the drift only to the nearest
 * period, and a code typed just as it rolled over reads as one step off, so a single step is
 * "close enough"; beyond 30 s the phone's clock needs fixing (AWS accepts little drift).
 */
import type { LocaleText } from './locale-text.ts';

export const DRIFT_WARN_SECONDS = 30;

export type ClockVerdict = 'in-sync' | 'close' | 'drifting';

export function clockVerdict(driftSeconds: number): ClockVerdict {
  const d = Math.abs(driftSeconds);
  if (d === 0) return 'in-sync';
  return d > DRIFT_WARN_SECONDS ? 'drifting' : 'close';
}

/** "The phone's clock is N seconds ahead/behind" (or matches), for a measured drift. */
export function driftText(driftSeconds: number): LocaleText {
  const n = String(Math.abs(driftSeconds));
  if (driftSeconds > 0) return { key: 'drillDriftAhead', subs: [n] };
  if (driftSeconds < 0) return { key: 'drillDriftBehind', subs: [n] };
  return { key: 'drillDriftNone', subs: [] };
}

/** The advice that goes with a verdict. */
export function clockAdviceText(driftSeconds: number): LocaleText {
  switch (clockVerdict(driftSeconds)) {
    case 'in-sync':
      return { key: 'drillClockInSync', subs: [] };
    case 'close':
      return { key: 'drillClockClose', subs: [] };
    case 'drifting':
      return { key: 'drillClockDrifting', subs: [String(Math.abs(driftSeconds))] };
  }
}
