/**
 * The usual set-up of an e2e file: one Chromium with the built extension for the file's tests,
 * every request outside the fixtures refused and counted, closed at the end. Read `.b` and
 * `.offline` inside tests (they exist once beforeAll has run).
 */
import { afterAll, beforeAll } from 'vitest';
import { launch, type Launched, type LaunchOptions } from '../harness/launch.ts';
import { goOffline, type FixtureResolver, type Offline } from '../harness/offline.ts';

export function useBrowser(options: LaunchOptions = {}, resolver?: FixtureResolver): { b: Launched; offline: Offline } {
  const state = {} as { b: Launched; offline: Offline };
  beforeAll(async () => {
    state.b = await launch(options);
    state.offline = await goOffline(state.b.context, resolver);
  });
  afterAll(async () => {
    await state.b?.context.close();
  });
  return state;
}
