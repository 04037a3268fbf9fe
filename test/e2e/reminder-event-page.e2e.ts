/**
 * A reminder through the extension's background (Chromium's service worker, Firefox's event
 * page): an account whose phone was last confirmed 200 days ago gets one notification and the
 * badge once state changes, the alarms are armed, and the reminder log remembers what was shown.
 * (reminders.e2e.ts covers snoozes, browser restarts and languages in Chromium.)
 */
import { userTimeZone } from '../../src/shared/time-zone.ts';
import { describe, expect, it } from 'vitest';
import { useE2E } from './harness/index.ts';
import { until } from './worker-helpers.ts';
import { morningAfter } from '../../src/domain/reminders-calendar.ts';

const DAY = 86_400_000;
const OLD = new Date(Date.now() - 200 * DAY).toISOString();
const ACCOUNT = { key: 'acct-overdue', label: 'Old phone', accountId: '111122223333', mfaDevices: [], createdAt: OLD, updatedAt: OLD, phoneVerifiedAt: OLD };
const SETTINGS = { lang: 'auto', reminders: { chosen: true, phoneVerifyEvery: 90, drillEvery: 'never', documentsFollowUp: true, objectionEmail: true } };
const ID = 'phone-verify:acct-overdue';

describe('a reminder through the background', () => {
  const e = useE2E();
  const notifications = () => e.b.extension(async () => Object.keys(await chrome.notifications.getAll()).sort());
  const badge = () => e.b.extension(() => chrome.action.getBadgeText({}));

  it('shows an overdue phone check as a notification and on the badge, and logs it', async () => {
    await e.b.store.ready();
    await e.b.store.put([
      { store: 'accounts', value: ACCOUNT },
      { store: 'settings', key: 'settings', value: SETTINGS },
    ]);
    // What an extension page says after a write; the background re-reads and decides.
    expect(await e.b.extension(() => chrome.runtime.sendMessage({ type: 'ui→bg/state:changed', payload: {} }))).toEqual({ ok: true });
    // The background logs a reminder as shown once the browser accepted the notification.
    const log = await until(() => e.b.store.get<{ lastShownDue?: string }>('reminderLogs', ID), (l) => !!l?.lastShownDue, 'the reminder log');
    expect(log?.lastShownDue).toBe(morningAfter(new Date(OLD), 90, userTimeZone()).toISOString());
    // Headless Firefox closes a notification at once (no notification server), so only
    // Chromium still lists it.
    if (e.b.name === 'chromium') expect(await until(notifications, (n) => n.includes(ID), 'the notification')).toEqual([ID]);
    expect(await until(badge, (t) => t === '1', 'the badge')).toBe('1');
    expect(await e.b.extension(() => chrome.action.getTitle({}))).toBe('MFA Lifeline: a reminder is due for 1 account');
    const alarms = await e.b.extension(async () => (await chrome.alarms.getAll()).map((a) => a.name).sort());
    expect(alarms).toContain('remind:safety');
  });

  it('takes it off the badge when the phone check is recorded', async () => {
    const at = new Date().toISOString();
    await e.b.store.patch('accounts', ACCOUNT.key, { phoneVerifiedAt: at, updatedAt: at });
    await e.b.extension(() => chrome.runtime.sendMessage({ type: 'ui→bg/state:changed', payload: {} }));
    expect(await until(badge, (t) => t === '', 'the badge to clear')).toBe('');
  });

  it('sent no request anywhere', () => {
    expect(e.b.refused).toEqual([]);
  });
});
