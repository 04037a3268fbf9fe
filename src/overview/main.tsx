import { render } from 'preact';
import { loadFirstScreen } from '../shared/db/first-screen.ts';
import { t } from '../shared/i18n.ts';
import { applyLanguage } from '../ui/lang.ts';
import { OverviewPage } from './OverviewPage.tsx';
import './overview.css';

async function start(): Promise<void> {
  // The settings (for the language) and every account in one transaction, begun at once: the
  // table is drawn from it without a second read (issue #13, first render).
  const first = await loadFirstScreen(Number.POSITIVE_INFINITY).catch(() => null);
  await applyLanguage(first?.settings.lang ?? 'auto');
  document.title = t('overviewTitle');
  render(
    <OverviewPage initialHash={location.hash} {...(first?.state ? { initialState: first.state, changedSince: first.changedSince } : {})} />,
    document.getElementById('app')!,
  );
}

void start();
