/**
 * Reminders end to end in Chromium: an account whose phone was last confirmed long ago, the
 * worker's alarm handling shows one notification and a badge; a browser restart with the same
 * profile (alarms are gone, toolchain.md G6) re-arms the alarms from the database and does not
 * show the same due time again; a state change from an extension page takes the reminder away.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { extensionUrl, type Launched } from '../harness/launch.ts';
import { goOffline, type Offline } from '../harness/offline.ts';
import { morningAfter } from '../../src/domain/reminders-calendar.ts';
import { stateChanged, until } from './worker-helpers.ts';
import { storeVia } from './harness/index.ts';
import { launchChromium } from './harness/index.ts';

const DAY = 86_400_000;
const now = Date.now();
// The browser runs in this process's time zone, so the local-morning due times agree.
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const OLD_VERIFIED = new Date(now - 200 * DAY).toISOString();
const FRESH_VERIFIED = new Date(now - 2 * DAY).toISOString();
const OLD_DUE = morningAfter(new Date(OLD_VERIFIED), 90, ZONE).toISOString();
const FRESH_DUE = morningAfter(new Date(FRESH_VERIFIED), 90, ZONE).getTime();

const base = { mfaDevices: [], createdAt: OLD_VERIFIED, updatedAt: OLD_VERIFIED };
const ACCOUNTS = [
  { ...base, key: 'acct-old', label: 'Old phone', accountId: '111122223333', phoneVerifiedAt: OLD_VERIFIED },
  { ...base, key: 'acct-snoozed', label: 'Snoozed', phoneVerifiedAt: OLD_VERIFIED },
  { ...base, key: 'acct-fresh', label: 'Fresh phone', phoneVerifiedAt: FRESH_VERIFIED },
];
const SETTINGS = { lang: 'auto', reminders: { chosen: true, phoneVerifyEvery: 90, drillEvery: 'never', documentsFollowUp: true, objectionEmail: true } };
const OLD_ID = 'phone-verify:acct-old';
const SNOOZED_ID = 'phone-verify:acct-snoozed';
/**
 * Shown before and snoozed until a few seconds from now: only an alarm the worker arms for the
 * end of the snooze can bring it back (nothing else wakes the worker at that moment).
 */
const SNOOZE_END = new Date(now + 6000).toISOString();
const LOGS = [{ id: SNOOZED_ID, lastShownDue: OLD_DUE, snoozedUntil: SNOOZE_END }];

/** Writes records the way repo.ts stores them, once the worker has opened and migrated the database. */
async function seed(worker: Worker): Promise<void> {
  await storeVia(worker).put([
    ...ACCOUNTS.map((value) => ({ store: 'accounts', value })),
    ...LOGS.map((value) => ({ store: 'reminderLogs', value })),
    { store: 'settings', key: 'settings', value: SETTINGS },
  ]);
}

function reminderLog(worker: Worker, id: string): Promise<{ lastShownDue?: string } | undefined> {
  return storeVia(worker).get<{ lastShownDue?: string }>('reminderLogs', id);
}

const notifications = (w: Worker) => w.evaluate(async () => Object.keys(await chrome.notifications.getAll()).sort());
const badge = (w: Worker) => w.evaluate(() => chrome.action.getBadgeText({}));
const alarms = (w: Worker) =>
  w.evaluate(async () => (await chrome.alarms.getAll()).map((a) => ({ name: a.name, scheduledTime: a.scheduledTime, periodInMinutes: a.periodInMinutes })).sort((a, b) => a.name.localeCompare(b.name)));

/** Polls `read` in node until `ok` holds (the worker works asynchronously after each event). */

describe('reminders in Chromium', () => {
  let b: Launched;
  let offline: Offline;
  let requestsRefused: string[] = [];

  beforeAll(async () => {
    ({ launched: b, offline } = await launchChromium());
  });
  afterAll(async () => {
    await b?.context.close();
  });

  it('shows an overdue phone check with the badge, and brings a snoozed one back by the alarm it armed itself', async () => {
    await seed(b.worker);
    // The first look at the seeded state; from here on the worker wakes only by its own alarms.
    expect(await stateChanged(b.context, b.extensionId)).toEqual({ ok: true });
    expect(await until(() => notifications(b.worker), (n) => n.includes(OLD_ID), 'the notification')).not.toContain('phone-verify:acct-fresh');
    expect((await reminderLog(b.worker, OLD_ID))?.lastShownDue).toBe(OLD_DUE);
    // The snoozed reminder comes back by the alarm the worker armed for the end of the snooze.
    const armed = await alarms(b.worker);
    if (Date.now() < Date.parse(SNOOZE_END)) expect(armed.find((a) => a.name === 'remind:next')?.scheduledTime).toBe(Date.parse(SNOOZE_END));
    expect(await until(() => notifications(b.worker), (n) => n.length === 2, 'the snoozed reminder')).toEqual([OLD_ID, SNOOZED_ID]);
    expect((await reminderLog(b.worker, SNOOZED_ID))?.lastShownDue).toBe(SNOOZE_END);
    expect(await until(() => badge(b.worker), (t) => t === '2', 'the badge')).toBe('2');
    expect(await b.worker.evaluate(() => chrome.action.getTitle({}))).toBe('MFA Lifeline: reminders are due for 2 accounts');
    // Then the next alarm is the fresh account's due morning, and the safety net is in place.
    const next = await until(() => alarms(b.worker), (a) => a.some((x) => x.name === 'remind:next' && x.scheduledTime === FRESH_DUE), 'the next alarm');
    expect(next.find((a) => a.name === 'remind:safety')?.periodInMinutes).toBe(720);
  });

  it('after a browser restart, re-arms the alarms and does not show the same due time again', async () => {
    // The user dismissed the notifications; if the worker showed one again, it would be back.
    await b.worker.evaluate((ids) => Promise.all(ids.map((id) => chrome.notifications.clear(id))), [OLD_ID, SNOOZED_ID]);
    expect(await notifications(b.worker)).toEqual([]);
    requestsRefused = [...offline.refused];
    const userDataDir = b.userDataDir;
    await b.context.close();

    ({ launched: b, offline } = await launchChromium({ userDataDir }));
    const rearmed = await until(() => alarms(b.worker), (a) => a.length === 2, 'the re-armed alarms');
    expect(rearmed.map((a) => a.name)).toEqual(['remind:next', 'remind:safety']);
    expect(rearmed[0]!.scheduledTime).toBe(FRESH_DUE);
    // Re-derived, still due (the badge says so), but not shown twice.
    expect(await until(() => badge(b.worker), (t) => t === '2', 'the badge after restart')).toBe('2');
    // Another wake-up, for good measure: the alarm fires again and still nothing is repeated.
    await b.worker.evaluate(() => chrome.alarms.create('remind:next', { when: Date.now() + 1000 }));
    await until(() => alarms(b.worker), (a) => a.find((x) => x.name === 'remind:next')?.scheduledTime === FRESH_DUE, 'the alarm to fire and be re-armed');
    expect(await notifications(b.worker)).toEqual([]);
    expect((await reminderLog(b.worker, OLD_ID))?.lastShownDue).toBe(OLD_DUE);
    expect((await reminderLog(b.worker, SNOOZED_ID))?.lastShownDue).toBe(SNOOZE_END);
  });

  it('takes one reminder off the badge when an extension page records the check and says state changed', async () => {
    const page = await b.context.newPage();
    await page.goto(extensionUrl(b.extensionId, 'src/popup/index.html'));
    const at = new Date().toISOString();
    await storeVia(page).patch('accounts', 'acct-old', { phoneVerifiedAt: at, updatedAt: at });
    const answer = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ui→bg/state:changed', payload: {} }));
    expect(answer).toEqual({ ok: true });
    expect(await badge(b.worker)).toBe('1');
    expect(await b.worker.evaluate(() => chrome.action.getTitle({}))).toBe('MFA Lifeline: a reminder is due for 1 account');
    await page.close();
  });

  it('speaks the language chosen in settings, not the browser’s', async () => {
    const page = await b.context.newPage();
    await page.goto(extensionUrl(b.extensionId, 'src/popup/index.html'));
    await storeVia(page).put([{ store: 'settings', key: 'settings', value: { ...SETTINGS, lang: 'ja' } }]);
    const answer = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ui→bg/state:changed', payload: {} }));
    expect(answer).toEqual({ ok: true });
    expect(await b.worker.evaluate(() => chrome.action.getTitle({}))).toBe('MFA Lifeline：1 件のアカウントでリマインダーが対応待ちです');
    await page.close();
    expect([...requestsRefused, ...offline.refused]).toEqual([]);
  });
});

describe('reminders in a Japanese Chromium, language "auto"', () => {
  let b: Launched;
  afterAll(async () => {
    await b?.context.close();
  });

  it('speaks Japanese although the worker’s getUILanguage() says en-US', async () => {
    ({ launched: b } = await launchChromium({ lang: 'ja' }));
    const offline = await goOffline(b.context);
    await seed(b.worker);
    expect(await stateChanged(b.context, b.extensionId)).toEqual({ ok: true });
    await until(() => notifications(b.worker), (n) => n.includes(OLD_ID), 'the notification');
    // The badge follows the notification in the same run: wait for it rather than race it.
    const title = (w: typeof b.worker) => w.evaluate(() => chrome.action.getTitle({}));
    const ja = /^MFA Lifeline：[12] 件のアカウントでリマインダーが対応待ちです$/;
    expect(await until(() => title(b.worker), (s) => ja.test(s), 'the Japanese badge title')).toMatch(ja);
    expect(offline.refused).toEqual([]);
  });
});
