/**
 * The user's time zone, read once here from the browser, so the domain never reads the process's
 * zone itself: every domain function that counts calendar days or local mornings takes it.
 */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
