import { currentLang } from '../shared/i18n.ts';

export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(currentLang(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatClock(ms: number): string {
  return new Intl.DateTimeFormat(currentLang(), { timeStyle: 'medium' }).format(new Date(ms));
}
