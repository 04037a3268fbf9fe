/** Helpers for e2e tests that drive the reminders worker. */
import type { BrowserContext } from 'playwright-core';
import { extensionUrl } from '../harness/launch.ts';

/** Polls `read` every 50 ms until `ok` holds (about `ms` in all), or fails saying what it waited for. */
export async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 10_000): Promise<T> {
  let last: T | undefined;
  for (let i = 0; i < ms / 50; i++) {
    last = await read();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
}

/**
 * Tells the worker that stored state changed, from an extension page, as the popup does after a
 * write, and resolves once the worker's run has finished. Tests that seed the database behind
 * the worker's back use it rather than a hand-made alarm: the worker's own start-up runs (worker
 * start, and onInstalled, which Chromium fires on every launch of an unpacked extension) may
 * still be arming 'remind:next' from the state they read before the seed, and would replace a
 * test's alarm. Runs are queued, so this one sees the seeded state and arms the alarms last.
 */
export async function stateChanged(context: BrowserContext, extensionId: string): Promise<unknown> {
  const page = await context.newPage();
  await page.goto(extensionUrl(extensionId, 'src/popup/index.html'));
  const answer = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ui→bg/state:changed', payload: {} }));
  await page.close();
  return answer;
}
