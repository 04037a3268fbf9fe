import { render } from 'preact';
import { App } from './App.tsx';
import { applyLanguage } from '../ui/lang.ts';
import type { FirstScreen } from '../shared/db/first-screen.ts';
import { installFocusRescue } from './focus-rescue.ts';
import { preloadHome } from './Home.tsx';
import './style.ts';

/** Draws the popup from the read boot.ts began (null: it failed, and the popup reads again). */
export async function start(firstRead: Promise<FirstScreen | null>): Promise<void> {
  performance.mark('mfa:code');
  const first = await firstRead;
  // With a case open, the home's cards need the recovery code: fetched now, so the first screen is drawn whole.
  await Promise.all([applyLanguage(first?.settings.lang ?? 'auto'), preloadHome(first?.state)]);
  render(<App first={first} />, document.getElementById('app')!);
  performance.mark('mfa:rendered');
  installFocusRescue();
}
