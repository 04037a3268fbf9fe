import { render } from 'preact';
import { getSettings } from '../shared/db/repo.ts';
import { t } from '../shared/i18n.ts';
import { applyLanguage } from '../ui/lang.ts';
import { OverviewPage } from './OverviewPage.tsx';
import './overview.css';

async function start(): Promise<void> {
  const settings = await getSettings().catch(() => null);
  await applyLanguage(settings?.lang ?? 'auto');
  document.title = t('overviewTitle');
  render(<OverviewPage initialHash={location.hash} />, document.getElementById('app')!);
}

void start();
