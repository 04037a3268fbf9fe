/**
 * The usual set-up of a Chromium-only e2e file: one Chromium with the built extension for the
 * file's tests, every request outside the fixtures refused and counted, closed at the end. Read
 * `.b` (Playwright's context, worker, extension id) and `.offline` inside tests, and `.e2e` for
 * the browser-neutral harness (test/e2e/harness/). Tests that apply to Firefox too use
 * `useE2E()` from ./harness/index.ts instead.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Launched, LaunchOptions } from '../harness/launch.ts';
import type { FixtureResolver, Offline } from '../harness/offline.ts';
import { launchChromium, type ChromiumE2E } from './harness/chromium-driver.ts';

export function useBrowser(options: LaunchOptions = {}, resolver?: FixtureResolver): { b: Launched; offline: Offline; e2e: ChromiumE2E } {
  const state = {} as { b: Launched; offline: Offline; e2e: ChromiumE2E };
  beforeAll(async () => {
    state.e2e = await launchChromium({ ...options, resolver });
    state.b = state.e2e.launched;
    state.offline = state.e2e.offline;
  });
  afterAll(async () => {
    await state.e2e?.close();
  });
  return state;
}
