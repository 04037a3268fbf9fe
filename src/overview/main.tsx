import { render } from 'preact';
import type { FirstScreen } from '../shared/db/first-screen.ts';
import { t } from '../shared/i18n.ts';
import { applyLanguage } from '../ui/lang.ts';
import { OverviewPage } from './OverviewPage.tsx';
import './overview.css';

/** Draws the page from the read boot.ts began (null: it failed, and the page reads again). */
export async function start(firstRead: Promise<FirstScreen | null>): Promise<void> {
  performance.mark('mfa:code');
  const first = await firstRead;
  await applyLanguage(first?.settings.lang ?? 'auto');
  document.title = t('overviewTitle');
  render(
    <OverviewPage initialHash={location.hash} {...(first?.state ? { initialState: first.state, changedSince: first.changedSince } : {})} />,
    document.getElementById('app')!,
  );
  performance.mark('mfa:rendered');
}
