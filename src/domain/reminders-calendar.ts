/**
 * Local-calendar arithmetic for reminders. A reminder is about the user's days, not about
 * 86,400-second blocks: "90 days after you checked" lands on the same wall-clock hour even when
 * daylight saving started in between, and "5 business days" skips the user's Saturday and Sunday.
 * Every function takes the user's IANA time zone (e.g. "Asia/Tokyo") and never reads the
 * process's own zone, so the answer does not depend on where or in which thread it is computed.
 * Pure: no clock is read here.
 */

/** Local hour at which a reminder falls due: a morning, never a midnight ping. */
export const DUE_HOUR = 9;

const DAY_MS = 86_400_000;

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  // Stryker disable next-line ConditionalExpression: a fresh formatter gives the same answer, only slower
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Wall-clock times already worked out: planning walks the same due times again on every wake-up
 * (and a test walks them thousands of times), and formatting is the slow part.
 */
const seen = new Map<string, number>();
const SEEN_MAX = 10_000;

/**
 * The wall-clock time of `t` (ms since the epoch) in `timeZone`, written as if it were UTC:
 * 09:30 in Tokyo comes back as 09:30Z. Zone offsets are whole seconds, so milliseconds carry over.
 * Read from `format`, which is several times faster than `formatToParts` (the planner calls
 * this thousands of times when it walks a series).
 */
function wallClock(t: number, timeZone: string): number {
  const key = `${timeZone} ${t}`;
  let wall = seen.get(key);
  // Stryker disable next-line ConditionalExpression: working it out again gives the same answer, only slower
  if (wall === undefined) {
    // "12/31/2026, 23:59:59" from the en-US formatter: month, day, year, hour, minute, second.
    const [mo, d, y, h, mi, s] = formatter(timeZone).format(t).split(/\D+/).map(Number);
    wall = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!, t - Math.floor(t / 1000) * 1000);
    // Bounded: a worker lives for minutes, but nothing here should grow without end.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: forgetting sooner or later changes speed, not answers
    if (seen.size >= SEEN_MAX) seen.clear();
    seen.set(key, wall);
  }
  return wall;
}

/**
 * The instant at which the clocks of `timeZone` show `wall` (a wall-clock time written as UTC),
 * resolved as Date's own local-time constructor does: a time that occurs twice (clocks set back)
 * is the earlier one; a time skipped by clocks set forward moves on by the length of the gap.
 */
function instantOf(wall: number, timeZone: string): number {
  const before = wall - (wallClock(wall - DAY_MS, timeZone) - (wall - DAY_MS));
  if (wallClock(before, timeZone) === wall) return before;
  const after = wall - (wallClock(wall + DAY_MS, timeZone) - (wall + DAY_MS));
  if (wallClock(after, timeZone) === wall) return after;
  return before;
}

/** Local calendar date and time of `instant` in `timeZone`, as fields of a UTC Date. */
function local(instant: Date, timeZone: string): Date {
  return new Date(wallClock(instant.getTime(), timeZone));
}

/** The same local wall-clock time `days` calendar days later (month ends and DST handled). */
export function addLocalDays(instant: Date, days: number, timeZone: string): Date {
  const l = local(instant, timeZone);
  l.setUTCDate(l.getUTCDate() + days);
  return new Date(instantOf(l.getTime(), timeZone));
}

/** DUE_HOUR o'clock, local time, on the calendar day `days` after the local day of `instant`. */
export function morningAfter(instant: Date, days: number, timeZone: string): Date {
  const l = local(instant, timeZone);
  return new Date(instantOf(Date.UTC(l.getUTCFullYear(), l.getUTCMonth(), l.getUTCDate() + days, DUE_HOUR), timeZone));
}

/** Whether `instant` falls on a Saturday or Sunday in `timeZone`. */
export function isWeekend(instant: Date, timeZone: string): boolean {
  const d = local(instant, timeZone).getUTCDay();
  return d === 0 || d === 6;
}

/**
 * DUE_HOUR o'clock on the `n`-th business day (Monday to Friday, local) after the local day of
 * `instant`. The day itself does not count, so documents sent on a Tuesday evening reach their
 * fifth business day on the next Tuesday. Public holidays are not known and count as business days.
 */
export function businessMorningAfter(instant: Date, n: number, timeZone: string): Date {
  let day = morningAfter(instant, 0, timeZone);
  let left = n;
  while (left > 0) {
    day = morningAfter(day, 1, timeZone);
    if (!isWeekend(day, timeZone)) left--;
  }
  return day;
}
