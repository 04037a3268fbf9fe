/**
 * Checks a date the user types for a recovery case before it is saved: an appointment cannot be
 * before the case started; something that already happened (documents sent, the objection
 * e-mail received) cannot be in the future or before the case began. Days are calendar days
 * (YYYY-MM-DD) in the user's time zone. Returns a locale key for the message, or null.
 */
import type { DocumentField } from './documents.ts';
import { dayIn, daysBetween } from './calendar-days.ts';

export type CaseDateError = 'calmDateBeforeCase' | 'calmDateInFuture' | 'calmDateInvalid';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDay(day: string): boolean {
  const m = DAY.exec(day);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the year, month and day checks overlap (an impossible date fails at least two), so dropping one changes nothing
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export function checkCaseDate(
  field: Exclude<DocumentField, 'supportCaseId'>,
  day: string,
  ctx: { caseStartedAt: string; now: string; timeZone: string },
): CaseDateError | null {
  if (!isRealDay(day)) return 'calmDateInvalid';
  const start = dayIn(ctx.caseStartedAt, ctx.timeZone);
  const today = dayIn(ctx.now, ctx.timeZone);
  if (daysBetween(start, day) < 0) return 'calmDateBeforeCase';
  // An appointment is planned ahead; what was sent or received has already happened.
  if (field !== 'appointmentDay' && daysBetween(today, day) > 0) return 'calmDateInFuture';
  return null;
}
