/**
 * The e2e harness: one interface (./types.ts), two drivers. A test file calls `useE2E()` and
 * gets the browser named by E2E_BROWSER (the vitest project sets it: `e2e` runs Chromium,
 * `e2e-firefox` runs Firefox), launched once for the whole file with the built extension,
 * fixtures served at their AWS URLs and every other request refused and counted.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium-driver.ts';
import { launchFirefox } from './firefox-driver.ts';
import type { BrowserName, E2EBrowser, E2ELaunchOptions } from './types.ts';

export type * from './types.ts';
export { launchChromium, type ChromiumE2E } from './chromium-driver.ts';
export { launchFirefox, type FirefoxE2E } from './firefox-driver.ts';
export * from './panel.ts';
export { storeVia } from './common.ts';

/** The browser this run drives. */
export const BROWSER: BrowserName = process.env.E2E_BROWSER === 'firefox' ? 'firefox' : 'chromium';

export function launchE2E(opts: E2ELaunchOptions = {}, browser: BrowserName = BROWSER): Promise<E2EBrowser> {
  return browser === 'firefox' ? launchFirefox(opts) : launchChromium(opts);
}

/**
 * One browser for the file's tests, closed at the end. Read `.b` inside tests. When the file is
 * done, any error the extension printed fails it (Firefox prints them on stdout; Chromium reports
 * the worker's and extension pages' console errors).
 */
export function useE2E(opts: E2ELaunchOptions = {}): { b: E2EBrowser } {
  const state = {} as { b: E2EBrowser };
  beforeAll(async () => {
    state.b = await launchE2E(opts);
  });
  afterAll(async () => {
    const errors = [...(state.b?.extensionErrors ?? [])];
    await state.b?.close();
    if (errors.length) throw new Error(`the extension logged errors in ${state.b.name}:\n${errors.join('\n')}`);
  });
  return state;
}
