import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, servePackagedMessages } from './worker-fake-browser.ts';
import { freshIndexedDB } from '../db/fresh.ts';
import * as repo from '../../src/shared/db/repo.ts';
import { refreshReminders, snoozeReminder } from '../../src/background/reminder-run.ts';
import { openReminder, reminderButton } from '../../src/background/reminder-actions.ts';
import { start } from '../../src/background/lifecycle.ts';
import { NEXT_ALARM, SAFETY_ALARM } from '../../src/background/alarms.ts';
import { badgeText } from '../../src/background/badge.ts';
import { AWS_ACCOUNT_PAGE } from '../../src/background/reminder-targets.ts';
import type { Account, Settings } from '../../src/shared/model.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('./worker-fake-browser.ts')).fakeBrowser }));

const NOW = new Date('2026-06-01T12:00:00.000Z');
const clock = () => NOW;
const PHONE = 'phone-verify:acc1';

function acct(over: Partial<Account> = {}): Account {
  return {
    key: 'acc1',
    label: 'Production',
    mfaDevices: [],
    phoneVerifiedAt: '2026-01-05T03:00:00.000Z',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}

async function choose(over: Partial<Settings['reminders']> = {}, lang: Settings['lang'] = 'auto') {
  const s = await repo.getSettings();
  await repo.putSettings({ lang, reminders: { ...s.reminders, chosen: true, ...over } });
}

async function log(id: string) {
  return (await repo.listReminderLogs()).find((l) => l.id === id);
}

beforeEach(async () => {
  await freshIndexedDB();
  fake.reset();
  process.env.TZ = 'UTC';
  servePackagedMessages();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('re-deriving reminders from stored state', () => {
  it('shows nothing and sets no badge before the user chose, even with an overdue account', async () => {
    await repo.putAccount(acct());
    const plan = await refreshReminders(clock);
    expect(plan.items).toEqual([]);
    expect(fake.created).toEqual([]);
    expect(fake.badge.text).toBe('');
    expect(fake.alarms.has(NEXT_ALARM)).toBe(false);
    // The safety net exists anyway: it costs nothing and re-derives after the user chooses.
    expect(fake.alarms.get(SAFETY_ALARM)?.periodInMinutes).toBe(720);
  });

  it('shows an overdue phone check once, with the badge, buttons and a localized text', async () => {
    await repo.putAccount(acct());
    await choose({ drillEvery: 'never' });
    await refreshReminders(clock);
    expect(fake.created).toHaveLength(1);
    const n = fake.created[0]!;
    expect(n.id).toBe(PHONE);
    expect(n.options).toMatchObject({
      type: 'basic',
      iconUrl: 'chrome-extension://fake-extension-id/icons/icon-128.png',
      title: 'Is the phone number on your AWS account still yours?',
      buttons: [{ title: 'Snooze 7 days' }, { title: 'Open' }],
    });
    expect(n.options.message).toContain('“Production”: last confirmed on Jan 5, 2026.');
    expect(fake.badge).toMatchObject({ text: '1', title: 'MFA Lifeline: a reminder is due for 1 account' });
    expect((await log(PHONE))?.lastShownDue).toBe('2026-04-05T09:00:00.000Z');

    // Any later wake-up (alarm, restart, state change) keeps the badge but does not show it again.
    await refreshReminders(clock);
    await refreshReminders(() => new Date('2026-06-20T00:00:00Z'));
    expect(fake.created).toHaveLength(1);
    expect(fake.badge.text).toBe('1');
  });

  it('does not show the same due time twice when two wake-ups race', async () => {
    await repo.putAccount(acct());
    await choose();
    await repo.putAccount(acct({ key: 'acc2', label: 'Two' }));
    await Promise.all([refreshReminders(clock), refreshReminders(clock), refreshReminders(clock)]);
    expect(fake.created.map((c) => c.id)).toEqual([PHONE, 'phone-verify:acc2']);
  });

  it('arms one alarm at the next due time and moves it when the phone is confirmed', async () => {
    await repo.putAccount(acct({ phoneVerifiedAt: '2026-05-20T10:00:00.000Z' }));
    await choose({ drillEvery: 'never' });
    await refreshReminders(clock);
    expect(fake.alarms.get(NEXT_ALARM)?.scheduledTime).toBe(Date.parse('2026-08-18T09:00:00.000Z'));
    await repo.markPhoneVerified('acc1', '2026-06-01T11:00:00.000Z');
    await refreshReminders(clock);
    expect(fake.alarms.get(NEXT_ALARM)?.scheduledTime).toBe(Date.parse('2026-08-30T09:00:00.000Z'));
  });

  it('takes the notification and the badge away once the reminder is dealt with', async () => {
    await repo.putAccount(acct());
    await choose({ drillEvery: 'never' });
    await refreshReminders(clock);
    expect(fake.notifications.has(PHONE)).toBe(true);
    await repo.markPhoneVerified('acc1', NOW.toISOString());
    await refreshReminders(clock);
    expect(fake.notifications.has(PHONE)).toBe(false);
    expect(fake.badge).toMatchObject({ text: '', title: 'MFA Lifeline: recovery and prevention checklist' });
  });

  it('clears the reminders of a deleted account and its cases', async () => {
    await repo.putAccount(acct());
    await repo.putCase({ id: 'case1', accountKey: 'acc1', path: 'support-documents', startedAt: '2026-05-01T00:00:00.000Z', steps: {}, documentsSentAt: '2026-05-20T00:00:00.000Z' });
    await choose({ drillEvery: 'never' });
    await refreshReminders(clock);
    expect([...fake.notifications.keys()].sort()).toEqual(['documents-follow-up:case1', 'objection-email:case1', PHONE]);
    await repo.deleteAccount('acc1');
    await refreshReminders(clock);
    expect([...fake.notifications.keys()]).toEqual([]);
    expect(fake.badge.text).toBe('');
    expect(fake.alarms.has(NEXT_ALARM)).toBe(false);
  });

  it('writes at most "99+" on the badge', () => {
    expect([0, 1, 99, 100, 250].map(badgeText)).toEqual(['', '1', '99', '99+', '99+']);
  });

  it('re-arms vanished alarms on start, without showing the same reminder again', async () => {
    await repo.putAccount(acct({ phoneVerifiedAt: '2026-05-20T10:00:00.000Z' }));
    await repo.putAccount(acct({ key: 'acc2', label: 'Old', phoneVerifiedAt: '2025-01-01T00:00:00.000Z', createdAt: '2025-01-01T00:00:00.000Z' }));
    await choose({ drillEvery: 'never' });
    await refreshReminders(clock);
    expect(fake.created.map((c) => c.id)).toEqual(['phone-verify:acc2']);
    // A browser restart: alarms gone, notifications gone from the screen, the database kept.
    fake.alarms.clear();
    fake.notifications.clear();
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    await start();
    vi.useRealTimers();
    expect([...fake.alarms.keys()].sort()).toEqual([NEXT_ALARM, SAFETY_ALARM]);
    expect(fake.created).toHaveLength(1);
    expect(fake.badge.text).toBe('1');
  });

  it('shows a reminder whose alarm was missed on the next wake-up', async () => {
    await repo.putAccount(acct({ phoneVerifiedAt: '2026-05-20T10:00:00.000Z' }));
    await choose({ drillEvery: 'never' });
    await refreshReminders(clock);
    expect(fake.created).toEqual([]);
    // The computer slept through 18 August; it wakes in September.
    await refreshReminders(() => new Date('2026-09-03T07:00:00Z'));
    expect(fake.created.map((c) => c.id)).toEqual([PHONE]);
  });

  it('gives Firefox the same notification without buttons', async () => {
    fake.reset({ buttons: false });
    await repo.putAccount(acct());
    await choose({ drillEvery: 'never' });
    await refreshReminders(clock);
    expect(fake.created).toHaveLength(1);
    expect(fake.created[0]!.options.buttons).toBeUndefined();
    expect(fake.created[0]!.options.title).toBe('Is the phone number on your AWS account still yours?');
  });

  it('speaks the language the user chose, not the browser’s', async () => {
    const fetched = servePackagedMessages();
    await repo.putAccount(acct());
    await choose({ drillEvery: 'never' }, 'ja');
    await refreshReminders(clock);
    expect(fetched).toEqual(['chrome-extension://fake-extension-id/_locales/ja/messages.json']);
    expect(fake.created[0]!.options.title).toBe('AWS アカウントの電話番号は今もお使いの番号ですか？');
    expect(fake.created[0]!.options.message).toContain('「Production」：最後の確認は 2026/01/05 です。');
    expect(fake.badge.title).toBe('MFA Lifeline：1 件のアカウントでリマインダーが対応待ちです');
    await choose({ drillEvery: 'never' }, 'en');
    await repo.putAccount(acct({ key: 'acc2', label: 'Two' }));
    await refreshReminders(clock);
    expect(fake.created[1]!.options.title).toBe('Is the phone number on your AWS account still yours?');
  });

  it('with "auto", speaks what browser.i18n speaks even when the worker reports another UI language', async () => {
    // Chromium under --lang=ja: the worker's getUILanguage() says en-US, its messages are Japanese.
    fake.reset({ uiLang: 'en-US', messagesLang: 'ja' });
    await repo.putAccount(acct());
    await choose({ drillEvery: 'never' }, 'auto');
    vi.resetModules();
    const fresh = await import('../../src/background/reminder-run.ts');
    await fresh.refreshReminders(clock);
    expect(fake.created[0]!.options.title).toBe('AWS アカウントの電話番号は今もお使いの番号ですか？');
  });

  it('does not depend on browser.i18n, which a freshly started worker may answer with ""', async () => {
    fake.reset({ uiLang: 'none' }); // getMessage now returns "" for every key
    await repo.putAccount(acct());
    await choose({ drillEvery: 'never' }, 'en');
    // A new worker: no table loaded yet.
    vi.resetModules();
    const fresh = await import('../../src/background/reminder-run.ts');
    await fresh.refreshReminders(clock);
    expect(fake.created[0]!.options.title).toBe('Is the phone number on your AWS account still yours?');
    expect(fake.badge.title).toBe('MFA Lifeline: a reminder is due for 1 account');
  });

  it('counts the accounts with a reminder due on the badge, and says how many', async () => {
    await repo.putAccount(acct());
    await repo.putCase({ id: 'case1', accountKey: 'acc1', path: 'support-documents', startedAt: '2026-05-01T00:00:00.000Z', steps: {}, documentsSentAt: '2026-05-20T00:00:00.000Z', supportCaseId: '17234' });
    await choose({ drillEvery: 'never' });
    await refreshReminders(clock);
    // Three reminders (phone, follow-up, objection e-mail), one account.
    expect((await refreshReminders(clock)).due).toHaveLength(3);
    expect(fake.badge).toMatchObject({ text: '1', title: 'MFA Lifeline: a reminder is due for 1 account' });
    const followUp = fake.notifications.get('documents-follow-up:case1');
    expect(followUp?.message).toBe('“Production”: documents sent on May 20, 2026. If you have not heard back, reply to support case 17234 and ask how it is going.');
  });
});

describe('clicking a reminder', () => {
  beforeEach(async () => {
    await repo.putAccount(acct());
    await repo.putAccount(acct({ key: 'k/2', label: 'Second' }));
    await repo.putCase({ id: 'case1', accountKey: 'acc1', path: 'support-documents', startedAt: '2026-05-01T00:00:00.000Z', steps: {}, documentsSentAt: '2026-05-20T00:00:00.000Z' });
    await choose();
    await refreshReminders(clock);
  });

  it('opens the AWS Account page for the phone, the recovery view for a case, the drill page for the drill', async () => {
    await openReminder(PHONE);
    await openReminder('documents-follow-up:case1');
    await openReminder('objection-email:case1');
    await openReminder('backup-drill:k/2');
    expect(fake.opened).toEqual([
      AWS_ACCOUNT_PAGE,
      'chrome-extension://fake-extension-id/src/popup/index.html#/account/acc1/recover',
      'chrome-extension://fake-extension-id/src/popup/index.html#/account/acc1/recover',
      'chrome-extension://fake-extension-id/src/drill/index.html#account=k%2F2',
    ]);
    expect(fake.notifications.has(PHONE)).toBe(false);
  });

  it('ignores notifications that are not reminders, and cases that no longer exist', async () => {
    await openReminder('something-else');
    await openReminder('documents-follow-up:gone');
    expect(fake.opened).toEqual([]);
  });

  it('snoozes 7 days from the first button and opens from the second', async () => {
    await reminderButton(PHONE, 0);
    expect((await log(PHONE))?.snoozedUntil).toBeDefined();
    const until = Date.parse((await log(PHONE))!.snoozedUntil!);
    expect(until - Date.now()).toBeGreaterThan(7 * 86_400_000 - 60_000);
    expect(until - Date.now()).toBeLessThan(7 * 86_400_000 + 3_600_000 + 60_000);
    expect(fake.notifications.has(PHONE)).toBe(false);
    await reminderButton('backup-drill:acc1', 1);
    expect(fake.opened).toEqual(['chrome-extension://fake-extension-id/src/drill/index.html#account=acc1']);
  });

  it('keeps a snoozed reminder off the badge and arms the alarm at the end of the snooze', async () => {
    // The second account's phone check is its only reminder due: snoozed, the account leaves the badge.
    const SECOND = 'phone-verify:k/2';
    const before = fake.badge.text;
    await snoozeReminder(SECOND, 14, clock);
    expect(Number(fake.badge.text)).toBe(Number(before) - 1);
    expect(fake.alarms.get(NEXT_ALARM)?.scheduledTime).toBeLessThanOrEqual(Date.parse('2026-06-15T12:00:00.000Z'));
    const atEnd = await refreshReminders(() => new Date('2026-06-15T12:00:00.000Z'));
    expect(atEnd.notify.map((i) => i.id)).toContain(SECOND);
    expect(fake.created.filter((c) => c.id === SECOND)).toHaveLength(2);
  });
});

