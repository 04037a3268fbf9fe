import { render } from 'preact';
import { App } from './App.tsx';
import { applyLanguage } from '../ui/lang.ts';
import { getSettings } from '../shared/db/repo.ts';
import './popup.css';

async function start(): Promise<void> {
  const settings = await getSettings().catch(() => null);
  await applyLanguage(settings?.lang ?? 'auto');
  render(<App />, document.getElementById('app')!);
}

void start();
