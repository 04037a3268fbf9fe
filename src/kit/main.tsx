import { render } from 'preact';
import { getSettings, loadState } from '../shared/db/repo.ts';
import { t } from '../shared/i18n.ts';
import { applyLanguage } from '../ui/lang.ts';
import { KitPage } from './KitPage.tsx';
import './kit.css';

async function start(): Promise<void> {
  const settings = await getSettings().catch(() => null);
  await applyLanguage(settings?.lang ?? 'auto');
  document.title = t('kitTitle');
  const key = new URLSearchParams(location.hash.slice(1)).get('account') ?? undefined;
  const state = await loadState();
  render(<KitPage state={state} accountKey={key} />, document.getElementById('app')!);
}

void start();
