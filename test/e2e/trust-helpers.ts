/**
 * Helpers for the trust e2e tests (page isolation, takeover, confirm-contact, handoff): seeding
 * the extension's database behind the worker, reading it back, and the console/sign-in fixture
 * URLs. Seeded strings are chosen so that no fixture page shows them: whatever a page script
 * finds of them, it found through the extension.
 */
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { ROOT, type Launched } from '../harness/launch.ts';
import { readFixture, type Offline } from '../harness/offline.ts';
import type { Account, ProgressEvent, RecoveryCase } from '../../src/shared/model.ts';
import { waitForPanel, type E2EBrowser, type E2EPage } from './harness/index.ts';

export const LONG_AGO = '2025-01-01T00:00:00.000Z';

export const URLS = {
  account: 'https://us-east-1.console.aws.amazon.com/account/home#/',
  accountJa: 'https://console.aws.amazon.com/billing/home?#/account',
  security: 'https://us-east-1.console.aws.amazon.com/iam/home#/security_credentials',
  mfa: 'https://signin.aws.amazon.com/oauth?response_type=code&fixture=mfa-2024-root',
  support: 'https://aws.amazon.com/forms/aws-mfa-support',
} as const;

const FILES: Record<keyof typeof URLS, string> = {
  account: 'console/account-home-en.html',
  accountJa: 'console/billing-account-ja.html',
  security: 'console/security-credentials-en.html',
  mfa: 'signin/mfa-code-2024-root-en.html',
  support: 'support/aws-mfa-support-form-en.html',
};

export function fixtureHtml(which: keyof typeof URLS): string {
  return readFixture(join(ROOT, 'test/fixtures', FILES[which]));
}

export function serveAll(offline: Offline): void {
  for (const k of Object.keys(URLS) as (keyof typeof URLS)[]) offline.serve(URLS[k], fixtureHtml(k));
}

/** The extension's service worker as it runs now (it may have been restarted since launch). */
export function worker(b: Launched): Worker {
  return b.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${b.extensionId}/`)) ?? b.worker;
}

/** Waits for the worker's database to exist (migrated), then puts the records in it. */
export async function seed(w: Worker, records: { accounts?: Account[]; progress?: ProgressEvent[]; cases?: RecoveryCase[] }): Promise<void> {
  await w.evaluate(async (recs) => {
    for (let i = 0; i < 200 && !(await indexedDB.databases()).some((d) => d.name === 'mfa-lifeline'); i++) await new Promise((r) => setTimeout(r, 25));
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('mfa-lifeline');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    await new Promise<void>((res, rej) => {
      const tx = db.transaction(['accounts', 'progress', 'cases'], 'readwrite');
      for (const a of recs.accounts ?? []) tx.objectStore('accounts').put(a);
      for (const e of recs.progress ?? []) tx.objectStore('progress').put(e);
      for (const c of recs.cases ?? []) tx.objectStore('cases').put(c);
      tx.oncomplete = () => res();
      tx.onerror = () => rej(tx.error);
    });
    db.close();
  }, records);
}

export function readAll<T>(w: Worker, store: string): Promise<T[]> {
  return w.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('mfa-lifeline');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const all = await new Promise<unknown[]>((res, rej) => {
      const r = db.transaction(name).objectStore(name).getAll();
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    db.close();
    return all as T[];
  }, store) as Promise<T[]>;
}

export async function accountsByKey(w: Worker): Promise<Record<string, Account>> {
  return Object.fromEntries((await readAll<Account>(w, 'accounts')).map((a) => [a.key, a]));
}

export async function panelOn(page: Page, url: string, kind: string) {
  await page.goto(url);
  const panel = page.locator(`mfa-lifeline-panel[data-page="${kind}"]`);
  await panel.locator('section.panel').waitFor({ timeout: 10_000 });
  return panel;
}

/** The next tab the worker opens (the link page), loaded. */
export async function nextTab(context: BrowserContext, act: () => Promise<unknown>): Promise<Page> {
  const [tab] = await Promise.all([context.waitForEvent('page', { timeout: 10_000 }), act()]);
  await tab.waitForLoadState('domcontentloaded');
  return tab;
}

// ------------------------------------------------------------ the same, in any browser (harness)

/** Serves the trust fixtures at their URLs in the harness's browser (Chromium or Firefox). */
export function serveAllIn(b: E2EBrowser): void {
  for (const k of Object.keys(URLS) as (keyof typeof URLS)[]) b.serve(URLS[k], fixtureHtml(k));
}

/** Goes to `url` and waits for the panel of `kind` to render. */
export async function openPanelIn(page: E2EPage, url: string, kind: string): Promise<void> {
  await page.goto(url);
  await waitForPanel(page, kind, 10_000);
}

/** Waits until the panel's shadow root shows `text`. */
export function panelShows(page: E2EPage, text: string, timeoutMs = 5000): Promise<void> {
  return page.waitFor((s) => !!document.querySelector('mfa-lifeline-panel')?.shadowRoot?.textContent?.includes(s), text, timeoutMs);
}

/** A real click on the panel's button that says `text` (a visible one: the dock bar hides while the panel floats). */
export function clickPanelButton(page: E2EPage, text: string): Promise<void> {
  return page.click({ css: 'section.panel button', text });
}
