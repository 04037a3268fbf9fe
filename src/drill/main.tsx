import { render } from 'preact';
import { browserLang, loadMessages, resolveLang, t, useMessages, type LangPref } from '../shared/i18n.ts';
import { getSettings } from '../shared/db/repo.ts';
import { DrillPage } from './DrillPage.tsx';
import { accountFromHash } from './account-hash.ts';
import './drill.css';

/** Speaks the language chosen in Settings (like the popup), then renders the drill. */
async function boot(): Promise<void> {
  let pref: LangPref = 'auto';
  try {
    pref = (await getSettings()).lang;
  } catch {
    // No database yet (or it failed to open): the browser's language is a fine default.
  }
  const lang = resolveLang(pref);
  try {
    useMessages(lang, await loadMessages(lang));
  } catch {
    useMessages(browserLang(), null);
  }
  document.documentElement.lang = lang;
  document.title = `${t('drillTitle')} – ${t('extName')}`;
  render(<DrillPage initialAccount={accountFromHash(location.hash)} />, document.getElementById('app')!);
}

void boot();
