/** Helpers shared by the detection e2e tests. */
import type { Page, Worker } from 'playwright-core';
import { storeVia } from './harness/common.ts';

export const HOST = 'mfa-lifeline-panel';

/** The data-page of every host in the document (normally zero or one). */
export function hosts(page: Page): Promise<(string | null)[]> {
  return page.evaluate((tag) => Array.from(document.querySelectorAll(tag)).map((h) => h.getAttribute('data-page')), HOST);
}

/**
 * Starts watching, from the page itself, how many hosts exist after every DOM change and how
 * many times a host was inserted; read with `watched(page)`.
 */
export async function watchHosts(page: Page): Promise<void> {
  await page.evaluate((tag) => {
    const w = { max: document.querySelectorAll(tag).length, inserted: 0 };
    (window as unknown as { __hosts: typeof w }).__hosts = w;
    new MutationObserver((records) => {
      for (const r of records) for (const n of Array.from(r.addedNodes)) if ((n as Element).localName === tag) w.inserted++;
      w.max = Math.max(w.max, document.querySelectorAll(tag).length);
    }).observe(document.documentElement, { childList: true, subtree: true });
  }, HOST);
}

export function watched(page: Page): Promise<{ max: number; inserted: number }> {
  return page.evaluate(() => (window as unknown as { __hosts: { max: number; inserted: number } }).__hosts);
}

export function waitForHost(page: Page, kind: string, timeout = 5000) {
  return page.waitForSelector(`${HOST}[data-page="${kind}"]`, { state: 'attached', timeout });
}

/** The contract: the host is gone within a second after the page leaves every recognized state. */
export function waitForNoHost(page: Page, timeout = 1000) {
  return page.waitForFunction((tag) => document.querySelectorAll(tag).length === 0, HOST, { timeout, polling: 'raf' });
}

/** Reads a store of the extension's database from the worker (what the popup's timeline shows). */
export async function readStore<T>(worker: Worker, store: string): Promise<T[]> {
  return storeVia(worker).getAll<T>(store);
}
