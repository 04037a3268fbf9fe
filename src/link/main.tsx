/**
 * The link page: where the in-page panel sends the user for anything that needs stored data
 * (issue #9): which account an AWS page belongs to, comparing and updating the saved phone,
 * recording MFA devices, handing over a recovery the panel's questions started (issue #11). It
 * runs in the extension's origin, so nothing shown or typed here reaches an AWS page.
 */
import { render } from 'preact';
import { getSettings } from '../shared/db/repo.ts';
import { loadMessages, resolveLang, useMessages } from '../shared/i18n.ts';
import { LinkPage } from './LinkPage.tsx';
import '../popup/popup.css';
import './link.css';

async function start(): Promise<void> {
  const pref = (await getSettings().catch(() => null))?.lang ?? 'auto';
  const lang = resolveLang(pref);
  const messages = await loadMessages(lang).catch(() => null);
  useMessages(messages || lang === resolveLang('auto') ? lang : resolveLang('auto'), messages);
  document.documentElement.lang = messages || lang === resolveLang('auto') ? lang : resolveLang('auto');
  render(<LinkPage token={location.hash.slice(1)} />, document.getElementById('app')!);
}

void start();
