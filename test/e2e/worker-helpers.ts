/** Helpers for e2e tests that drive the reminders worker. */
import type { Worker } from 'playwright-core';

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
 * Wakes the worker the way the browser does, with its 'remind:next' alarm (unpacked extensions
 * may fire one after 0.5 s), until `ok` holds. The worker's own start-up runs (worker start and
 * onInstalled, which Chromium fires on every launch of an unpacked extension) may still be
 * re-arming that alarm from the state they read before the test seeded the database, which
 * replaces the test's alarm; so the alarm is set again while nothing has happened.
 */
export async function wakeByAlarmUntil<T>(worker: Worker, read: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  for (let attempt = 0; attempt < 4; attempt++) {
    await worker.evaluate(() => chrome.alarms.create('remind:next', { when: Date.now() + 500 }));
    try {
      return await until(read, ok, what, 2500);
    } catch {
      // Replaced by a start-up run: set it again.
    }
  }
  return until(read, ok, what, 2500);
}
