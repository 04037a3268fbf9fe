/**
 * Issue #9: the worker stopped between runs (as Chromium does after 30 idle seconds) and started
 * again loses nothing and shows nothing twice. The worker is stopped through DevTools
 * (ServiceWorker.stopAllWorkers); what the user did meanwhile (dismissed the reminder, edited
 * the account in the popup) stays, and the next start does not show the same reminder again.
 */
import { userTimeZone } from '../../src/shared/time-zone.ts';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { extensionUrl } from '../harness/launch.ts';
import { morningAfter } from '../../src/domain/reminders-calendar.ts';
import { useBrowser } from './use-browser.ts';
import { stateChanged, until } from './worker-helpers.ts';

const DAY = 86_400_000;
const OLD_VERIFIED = new Date(Date.now() - 200 * DAY).toISOString();
const OLD_DUE = morningAfter(new Date(OLD_VERIFIED), 90, userTimeZone()).toISOString();
const ACCOUNT = {
  key: 'acct-old',
  label: 'Old phone',
  phoneE164: '+819012345678',
  phoneCountry: 'JP',
  mfaDevices: [{ id: 'd1', kind: 'authenticator-app', where: 'old phone' }],
  phoneVerifiedAt: OLD_VERIFIED,
  createdAt: OLD_VERIFIED,
  updatedAt: OLD_VERIFIED,
  contentAt: OLD_VERIFIED,
};
const SETTINGS = { lang: 'en', reminders: { chosen: true, phoneVerifyEvery: 90, drillEvery: 'never', documentsFollowUp: true, objectionEmail: true } };
const ID = 'phone-verify:acct-old';

/** Writes records the way the repo stores them (plain IndexedDB, from an extension page). */
async function seed(page: Page): Promise<void> {
  await page.evaluate(
    async ({ account, settings }) => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open('mfa-lifeline');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      await new Promise<void>((res, rej) => {
        const tx = db.transaction(['accounts', 'settings'], 'readwrite');
        tx.objectStore('accounts').put(account);
        tx.objectStore('settings').put(settings, 'settings');
        tx.oncomplete = () => res();
        tx.onerror = () => rej(tx.error);
      });
      db.close();
    },
    { account: ACCOUNT, settings: SETTINGS },
  );
}

/** One stored record (CDP evaluation: the pages' CSP forbids eval, so no generic helper). */
async function get<T>(page: Page, store: string, key: string): Promise<T | undefined> {
  return page.evaluate(
    async ([store, key]) => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open('mfa-lifeline');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const value = await new Promise<unknown>((res, rej) => {
        const r = db.transaction(store!).objectStore(store!).get(key!);
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      db.close();
      return value;
    },
    [store, key],
  ) as Promise<T | undefined>;
}

interface WorkerVersion {
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
  targetId?: string;
}

/**
 * Watches the extension's service worker through DevTools (a CDP session on a blank tab, which
 * no service worker controls): its running status and the DevTools target of each run.
 */
async function watchWorker(context: BrowserContext, extensionId: string) {
  const blank = await context.newPage();
  const cdp = await context.newCDPSession(blank);
  let last: WorkerVersion | undefined;
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    const mine = (e as { versions: WorkerVersion[] }).versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`));
    if (mine.length) last = mine.at(-1);
  });
  await cdp.send('ServiceWorker.enable');
  const status = () => Promise.resolve(last);
  return {
    status,
    /** Stops every service worker of the profile, as the browser does with an idle one. */
    async stop(): Promise<void> {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await until(status, (v) => v?.runningStatus === 'stopped', 'the worker to stop');
    },
  };
}

/** Notifications on screen, as the worker sees them (an extension page may see an older list). */
const notifications = (w: Worker) => w.evaluate(async () => Object.keys(await chrome.notifications.getAll()).sort());

describe('worker stopped and started again', () => {
  const env = useBrowser();

  it('loses nothing the popup saved meanwhile and does not show a dismissed reminder again', async () => {
    const { context, extensionId } = env.b;
    const page = await context.newPage();
    await page.goto(extensionUrl(extensionId, 'src/popup/index.html'));
    // The popup opened (and migrated) the database; seed it the way the repo stores records.
    await until(() => page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'mfa-lifeline')?.version ?? 0), (v) => v >= 3, 'the database');
    await seed(page);

    // Run 1: the worker shows the overdue phone check once and logs it.
    expect(await stateChanged(context, extensionId)).toEqual({ ok: true });
    const before = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`))!;
    await until(() => notifications(before), (n) => n.includes(ID), 'the reminder');
    expect((await get<{ lastShownDue?: string }>(page, 'reminderLogs', ID))?.lastShownDue).toBe(OLD_DUE);

    // The user dismisses it; then the browser stops the idle worker.
    await before.evaluate((id) => chrome.notifications.clear(id), ID);
    expect(await notifications(before)).toEqual([]);
    await page.close();
    const worker = await watchWorker(context, extensionId);
    await until(worker.status, (v) => v?.runningStatus === 'running', 'the worker running');
    await worker.stop();

    // While the worker is stopped, the user edits the account in the popup (only the label).
    const popup = await context.newPage();
    await popup.goto(extensionUrl(extensionId, 'src/popup/index.html#/account/acct-old/edit'));
    await popup.getByLabel('Name for this account').fill('Renamed while stopped');
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popup.waitForURL(/#\/account\/acct-old$/);

    // Run 2, in a new run of the worker (woken by the popup's message): nothing lost, nothing shown twice.
    // (It was seen stopped above; running again means a new run of it.)
    await until(worker.status, (v) => v?.runningStatus === 'running', 'the worker woken again');
    await stateChanged(context, extensionId);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await popup.evaluate(async () => Object.keys(await chrome.notifications.getAll()))).toEqual([]);
    const stored = await get<typeof ACCOUNT>(popup, 'accounts', 'acct-old');
    expect(stored).toMatchObject({ label: 'Renamed while stopped', phoneVerifiedAt: OLD_VERIFIED, phoneE164: '+819012345678', mfaDevices: ACCOUNT.mfaDevices });
    expect((await get<{ lastShownDue?: string }>(popup, 'reminderLogs', ID))?.lastShownDue).toBe(OLD_DUE);
    // The new run re-derived the badge from the database: the reminder is still due, just not shown again.
    expect(await popup.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
    expect(env.offline.refused).toEqual([]);
  });
});
