/**
 * Firefox runs the background as an event page and unloads it when idle (here after 2 s, through
 * extensions.background.idle.timeout). Everything must survive that: the panel comes back on an
 * AWS page (the content script's message starts the page cold), the accounts, the timeline and
 * the reminder log are all still there, and a reminder already shown is not shown again.
 * Chromium keeps its worker alive while a driver is attached (toolchain.md G12), so this file
 * runs in Firefox only.
 */
import { describe, expect, it } from 'vitest';
import { PAGES, fixtureResolver } from '../fixtures/pages.ts';
import { useE2E, waitForPanel } from './harness/index.ts';
import { until } from './worker-helpers.ts';
import type { ProgressEvent } from '../../src/shared/model.ts';

const DAY = 86_400_000;
const OLD = new Date(Date.now() - 200 * DAY).toISOString();
const ACCOUNT = { key: 'acct-restart', label: 'Before the restart', accountId: '111122223333', mfaDevices: [], createdAt: OLD, updatedAt: OLD, phoneVerifiedAt: OLD };
const SETTINGS = { lang: 'auto', reminders: { chosen: true, phoneVerifyEvery: 90, drillEvery: 'never', documentsFollowUp: true, objectionEmail: true } };
const ID = 'phone-verify:acct-restart';
const MFA = PAGES.find((p) => p.expectedPage === 'mfa-code' && p.lang === 'en')!;
const TROUBLESHOOT = PAGES.find((p) => p.expectedPage === 'troubleshoot' && p.lang === 'en')!;

interface Bg {
  loaded: boolean;
}

describe('the event page unloaded when idle and started again', () => {
  const e = useE2E({ resolver: fixtureResolver(), idleTimeoutMs: 2000 });
  /** Whether the event page is loaded now (asking does not wake it, unlike getBackgroundPage()). */
  const background = () =>
    e.b.extension((): Bg => ({ loaded: (globalThis as unknown as { browser: { extension: { getViews(): Window[] } } }).browser.extension.getViews().some((w) => w.location.pathname.includes('background')) }));
  /** The start time of the running event page (waking it if needed). */
  const startedAt = () =>
    e.b.extension(async () => (await (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } }).browser.runtime.getBackgroundPage()).performance.timeOrigin);
  const notifications = () => e.b.extension(async () => Object.keys(await chrome.notifications.getAll()).sort());
  let firstStart = 0;
  let shown = '';

  it('records, stores and reminds before the unload', async () => {
    await e.b.store.ready();
    await e.b.store.put([
      { store: 'accounts', value: ACCOUNT },
      { store: 'settings', key: 'settings', value: SETTINGS },
    ]);
    await e.b.extension(() => chrome.runtime.sendMessage({ type: 'ui→bg/state:changed', payload: {} }));
    shown = (await until(() => e.b.store.get<{ lastShownDue?: string }>('reminderLogs', ID), (l) => !!l?.lastShownDue, 'the reminder shown'))!.lastShownDue!;
    const page = await e.b.newPage(MFA.url);
    await waitForPanel(page, 'mfa-code');
    await page.close();
    await expect.poll(async () => (await e.b.store.getAll<ProgressEvent>('progress')).length).toBeGreaterThan(0);
    firstStart = await startedAt();
  });

  it('unloads the idle event page', async () => {
    expect(await until(background, (b) => !b.loaded, 'the event page to unload', 20_000)).toEqual({ loaded: false });
  });

  it('starts again cold from an AWS page and has lost nothing', async () => {
    const page = await e.b.newPage(TROUBLESHOOT.url);
    // The panel needs the background's answer (its language) to render.
    await waitForPanel(page, 'troubleshoot');
    await page.close();
    expect((await background()).loaded).toBe(true);
    expect(await startedAt()).toBeGreaterThan(firstStart);
    expect(await e.b.store.get('accounts', ACCOUNT.key)).toMatchObject({ label: ACCOUNT.label, accountId: ACCOUNT.accountId });
    const steps = async () => (await e.b.store.getAll<ProgressEvent>('progress')).map((x) => x.step);
    await expect.poll(steps).toContain('reached-troubleshoot');
    expect(await steps()).toContain('reached-mfa-code');
    // The reminder shown before the unload is remembered, and not shown again.
    expect(await e.b.extension(() => chrome.runtime.sendMessage({ type: 'ui→bg/state:changed', payload: {} }))).toEqual({ ok: true });
    expect(await e.b.extension(() => chrome.action.getBadgeText({}))).toBe('1');
    // Not shown again: the log still holds the due time shown before, and nothing is on screen.
    expect(await e.b.store.get('reminderLogs', ID)).toMatchObject({ lastShownDue: shown });
    expect(await notifications()).toEqual([]);
    expect(await e.b.extension(async () => (await chrome.alarms.getAll()).map((a) => a.name))).toContain('remind:safety');
  });

  it('sent no request anywhere', () => {
    expect(e.b.refused).toEqual([]);
  });
});
