import { render } from 'preact';
import { App } from './App.tsx';
import { applyLanguage } from '../ui/lang.ts';
import { getSettings } from '../shared/db/repo.ts';
import { installFocusRescue } from './focus-rescue.ts';
import './popup.css';

async function start(): Promise<void> {
  const settings = await getSettings().catch(() => null);
  await applyLanguage(settings?.lang ?? 'auto');
  render(<App />, document.getElementById('app')!);
  installFocusRescue();
}

void start();
