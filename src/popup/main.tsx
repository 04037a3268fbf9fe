import { render } from 'preact';
import { App } from './App.tsx';
import { applyLanguage } from '../ui/lang.ts';
import { loadFirstScreen, type FirstScreen } from '../shared/db/first-screen.ts';
import { installFocusRescue } from './focus-rescue.ts';
import { HANDFUL } from './handful.ts';
import { preloadHome } from './Home.tsx';
import './popup.css';

async function start(): Promise<void> {
  // One read for the settings and the first screen, begun before anything else (issue #14): with
  // a handful of accounts it is the whole state; above that only their number (issue #13).
  const first: FirstScreen | null = await loadFirstScreen(HANDFUL).catch(() => null);
  // With a case open, the home's cards need the recovery code: fetched now, so the first screen is drawn whole.
  await Promise.all([applyLanguage(first?.settings.lang ?? 'auto'), preloadHome(first?.state)]);
  render(<App first={first} />, document.getElementById('app')!);
  installFocusRescue();
}

void start();
