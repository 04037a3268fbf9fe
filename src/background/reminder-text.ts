/**
 * What a reminder notification says, in the user's chosen language (Settings.lang may differ
 * from the browser's, and browser.i18n only speaks the browser's).
 */
import type { ReminderItem } from '../domain/reminders.ts';
import { browser } from '../shared/browser.ts';
import { browserLang, currentLang, isLang, t, useMessages, type Lang, type LangPref } from '../shared/i18n.ts';
import type { Messages } from '../shared/locale-merge.ts';
import type { StoredState } from '../shared/model.ts';
import type { NotificationText } from './notifications.ts';

let speaking: Lang | null = null;

/**
 * The language the browser speaks, as the worker can tell. A Chromium service worker's
 * i18n.getUILanguage() (and "@@ui_locale") can say en-US while browser.i18n and the browser UI
 * are Japanese, so the messages themselves are asked first: "remindLang" holds each locale's own
 * code. It can answer "" just after a start, hence the fallbacks.
 */
export function workerBrowserLang(): Lang {
  const spoken = browser.i18n.getMessage('remindLang');
  if (isLang(spoken)) return spoken;
  const nav = typeof navigator === 'undefined' ? '' : navigator.language.toLowerCase();
  if (nav) return nav.startsWith('ja') ? 'ja' : 'en';
  return browserLang();
}

/**
 * Makes t() speak the user's language from the packaged table, loaded once per worker life.
 * The worker never relies on browser.i18n.getMessage for text: right after a (re)start
 * Chromium's service worker was seen answering "" for every key, and a reminder shown then
 * would be blank.
 */
export async function speakUserLanguage(pref: LangPref): Promise<void> {
  const lang = pref === 'auto' ? workerBrowserLang() : pref;
  if (speaking === lang) return;
  try {
    const res = await fetch(browser.runtime.getURL(`_locales/${lang}/messages.json`));
    useMessages(lang, (await res.json()) as Messages);
    speaking = lang;
  } catch (e) {
    // Should not happen (a packaged file); browser.i18n is the fallback, and the next run retries.
    console.warn('MFA Lifeline: could not load messages for', lang, e);
    useMessages(lang, null);
  }
}

function day(iso: string | undefined): string {
  const d = iso ? new Date(iso) : null;
  if (!d || Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(currentLang(), { dateStyle: 'medium' }).format(d);
}

export function reminderText(item: ReminderItem, state: StoredState): NotificationText {
  const account = state.accounts.find((a) => a.key === item.accountKey);
  const label = account?.label ?? '';
  const kase = item.caseId ? state.cases.find((c) => c.id === item.caseId) : undefined;
  const buttons = [t('remindSnooze7'), t('remindOpen')];
  switch (item.kind) {
    case 'phone-verify':
      return {
        title: t('remindPhoneTitle'),
        message: account?.phoneVerifiedAt ? t('remindPhoneMessage', [label, day(account.phoneVerifiedAt)]) : t('remindPhoneMessageNever', label),
        buttons,
      };
    case 'documents-follow-up':
      return {
        title: t('remindFollowUpTitle'),
        message: kase?.supportCaseId
          ? t('remindFollowUpMessage', [label, day(kase.documentsSentAt), kase.supportCaseId])
          : t('remindFollowUpMessageNoCase', [label, day(kase?.documentsSentAt)]),
        buttons,
      };
    case 'objection-email':
      return { title: t('remindObjectionTitle'), message: t('remindObjectionMessage', label), buttons };
    case 'backup-drill':
      return { title: t('remindDrillTitle'), message: t('remindDrillMessage', label), buttons };
  }
}
