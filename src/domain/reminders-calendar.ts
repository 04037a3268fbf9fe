/**
 * Local-calendar arithmetic for reminders. A reminder is about the user's days, not about
 * 86,400-second blocks: "90 days after you checked" lands on the same wall-clock hour even when
 * daylight saving started in between, and "5 business days" skips the user's Saturday and Sunday.
 * Everything uses the Date local-time fields, i.e. the time zone of the browser (or of
 * process.env.TZ in tests). Pure: no clock is read here.
 */

/** Local hour at which a reminder falls due: a morning, never a midnight ping. */
export const DUE_HOUR = 9;

/** The same local wall-clock time `days` calendar days later (month ends and DST handled by Date). */
export function addLocalDays(instant: Date, days: number): Date {
  return new Date(
    instant.getFullYear(),
    instant.getMonth(),
    instant.getDate() + days,
    instant.getHours(),
    instant.getMinutes(),
    instant.getSeconds(),
    instant.getMilliseconds(),
  );
}

/** DUE_HOUR o'clock, local time, on the calendar day `days` after the local day of `instant`. */
export function morningAfter(instant: Date, days: number): Date {
  return new Date(instant.getFullYear(), instant.getMonth(), instant.getDate() + days, DUE_HOUR, 0, 0, 0);
}

export function isWeekend(instant: Date): boolean {
  const d = instant.getDay();
  return d === 0 || d === 6;
}

/**
 * DUE_HOUR o'clock on the `n`-th business day (Monday to Friday, local) after the local day of
 * `instant`. The day itself does not count, so documents sent on a Tuesday evening reach their
 * fifth business day on the next Tuesday. Public holidays are not known and count as business days.
 */
export function businessMorningAfter(instant: Date, n: number): Date {
  let day = morningAfter(instant, 0);
  let left = n;
  while (left > 0) {
    day = morningAfter(day, 1);
    if (!isWeekend(day)) left--;
  }
  return day;
}
