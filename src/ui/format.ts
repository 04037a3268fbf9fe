/** Dates for people, in the language the page speaks (Intl with currentLang()). */
import { currentLang } from '../shared/i18n.ts';

/**
 * One formatter per language and style: building an Intl.DateTimeFormat costs far more than
 * using one, and a table of a thousand accounts formats thousands of dates.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(style: 'date' | 'dateTime'): Intl.DateTimeFormat {
  const lang = currentLang();
  const id = `${lang}:${style}`;
  let f = formatters.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, style === 'date' ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(id, f);
  }
  return f;
}

export function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : formatter('date').format(d);
}

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : formatter('dateTime').format(d);
}

/** A calendar day (YYYY-MM-DD), shown as that day wherever the user is. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(currentLang(), { dateStyle: 'medium' }).format(new Date(y, m - 1, d));
}

/** "2022-01" -> "January 2022" / "2022年1月". */
export function formatMonth(ym: string): string {
  const [y, m] = ym.split('-').map(Number);
  if (!y || !m) return ym;
  return new Intl.DateTimeFormat(currentLang(), { year: 'numeric', month: 'long' }).format(new Date(y, m - 1, 1));
}

/** "3 days ago", "today". */
export function formatAgo(iso: string, now = new Date()): string {
  const days = Math.round((new Date(iso).getTime() - now.getTime()) / 86_400_000);
  return new Intl.RelativeTimeFormat(currentLang(), { numeric: 'auto' }).format(days, 'day');
}

/** Today as YYYY-MM-DD in local time (the value of an <input type=date>). */
export function todayDay(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** A local date input value as an ISO instant at local noon (so it never slips a day in UTC). */
export function dayToIso(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 12).toISOString();
}

/** An ISO instant back to the local YYYY-MM-DD, for a date input. */
export function isoToDay(iso: string): string {
  return todayDay(new Date(iso));
}
