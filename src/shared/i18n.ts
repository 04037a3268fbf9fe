import { ext } from './ext.ts';
import { lookup } from './i18n-format.ts';
import type { Messages } from './locale-merge.ts';

/** The languages the extension ships. English is the default_locale. */
export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];
/** What the user chose in settings: follow the browser, or a fixed language. */
export type LangPref = 'auto' | Lang;

export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGS as readonly string[]).includes(x);
}

/** The browser UI language reduced to one we ship ("ja-JP" -> "ja"; anything else -> "en"). */
export function browserLang(): Lang {
  const ui = ext().i18n.getUILanguage().toLowerCase();
  return ui.startsWith('ja') ? 'ja' : 'en';
}

export function resolveLang(pref: LangPref): Lang {
  return pref === 'auto' ? browserLang() : pref;
}

let table: Messages | null = null;
let current: Lang | null = null;

/**
 * Installs an explicit message table (the user chose a language other than the browser's),
 * or clears it (null) so that t() goes back to browser.i18n.
 */
export function useMessages(lang: Lang, messages: Messages | null): void {
  table = messages;
  current = lang;
}

/** The language t() is speaking now; drives Intl date formats and the lang attribute. */
export function currentLang(): Lang {
  return current ?? browserLang();
}

export function t(key: string, subs?: string | readonly string[]): string {
  if (table) return lookup(table, key, subs);
  return ext().i18n.getMessage(key, subs as string | string[] | undefined);
}

/**
 * Loads the packaged messages of `lang` (extension pages and the worker only: a content script
 * cannot read extension files without web_accessible_resources, so it asks the worker).
 * Returns null when the browser already speaks `lang`, so browser.i18n is used directly.
 */
export async function loadMessages(lang: Lang): Promise<Messages | null> {
  if (lang === browserLang()) return null;
  const res = await fetch(ext().runtime.getURL(`_locales/${lang}/messages.json`));
  return (await res.json()) as Messages;
}
