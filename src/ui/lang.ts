import { loadMessages, resolveLang, useMessages, type LangPref } from '../shared/i18n.ts';

/**
 * Makes t() speak the language the user chose (browser.i18n can only speak the browser's),
 * before anything renders, and marks the document with it for screen readers and fonts.
 */
export async function applyLanguage(pref: LangPref): Promise<void> {
  const lang = resolveLang(pref);
  let messages = null;
  try {
    messages = await loadMessages(lang);
  } catch {
    // Unreadable table: fall back to the browser's language rather than render nothing.
  }
  useMessages(messages ? lang : resolveLang('auto'), messages);
  document.documentElement.lang = messages ? lang : resolveLang('auto');
}
