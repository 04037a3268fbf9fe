/**
 * Calendar days as the user lives them: in their own time zone, not 24-hour blocks since an
 * instant. "Day 1" of a case is the day it started, whatever the hour; the next day is day 2 from
 * its midnight. Pure: the time zone is a parameter (the popup passes the browser's own).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) an instant falls on in `timeZone`. */
export function dayIn(at: string | Date, timeZone: string): string {
  let f = formatters.get(timeZone);
  // Stryker disable next-line ConditionalExpression: a cache; a new formatter gives the same day
  if (!f) {
    // en-CA formats dates as YYYY-MM-DD.
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  // Stryker disable next-line ConditionalExpression: a Date copied through new Date() is the same instant
  const d = typeof at === 'string' ? new Date(at) : at;
  const parts = f.formatToParts(d);
  // Stryker disable next-line OptionalChaining,StringLiteral: formatToParts always gives year, month and day for these options
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Whole days from calendar day `a` to calendar day `b` (YYYY-MM-DD each; negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  const utc = (d: string) => {
    const [y, m, dd] = d.split('-').map(Number);
    return Date.UTC(y!, m! - 1, dd!);
  };
  return Math.round((utc(b) - utc(a)) / 86_400_000);
}

/**
 * Which day of a case `at` is, counting the day it started as day 1. `at` is an instant (ISO) or,
 * for all-day entries such as an appointment, a calendar day (YYYY-MM-DD). 0 or less: before the case.
 */
export function caseDay(startedAt: string, at: string, timeZone: string): number {
  // Stryker disable next-line Regex: the `^` only matters for text before a day, and no date has any (toISOString wrote it, or it passed export-schema's anchored ISO or DAY pattern); the line's other regex mutants are killed
  const day = /^\d{4}-\d{2}-\d{2}$/.test(at) ? at : dayIn(at, timeZone);
  return daysBetween(dayIn(startedAt, timeZone), day) + 1;
}

