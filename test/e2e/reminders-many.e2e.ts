/**
 * Reminders at scale through the extension's background (issue #13, item 4), in Chromium and
 * Firefox: with more than three accounts due at once the background shows ONE notification that
 * counts them (not one per account), logs every due time as shown, and the badge counts the
 * accounts; the overview that notification opens (#due) lists exactly those accounts; when few
 * are due again the aggregated notification goes.
 */
import { describe, expect, it } from 'vitest';
import { userTimeZone } from '../../src/shared/time-zone.ts';
import { morningAfter } from '../../src/domain/reminders-calendar.ts';
import { useE2E, type ChromiumE2E } from './harness/index.ts';
import { until } from './worker-helpers.ts';

const DAY = 86_400_000;
const OLD = new Date(Date.now() - 200 * DAY).toISOString();
const FRESH = new Date(Date.now() - 2 * DAY).toISOString();
const account = (n: number, verified: string) => ({
  key: `acct-${n}`,
  label: `Account ${n}`,
  accountId: `11112222000${n}`,
  mfaDevices: [],
  createdAt: OLD,
  updatedAt: OLD,
  phoneE164: '+819012345678',
  phoneVerifiedAt: verified,
});
/** Four accounts whose phone check is overdue, one checked two days ago. */
const DUE = [1, 2, 3, 4].map((n) => account(n, OLD));
const ACCOUNTS = [...DUE, account(5, FRESH)];
const SETTINGS = { lang: 'en', reminders: { chosen: true, phoneVerifyEvery: 90, drillEvery: 'never', documentsFollowUp: true, objectionEmail: true } };
const idOf = (a: { key: string }) => `phone-verify:${a.key}`;
/** MANY_DUE_ID of src/background/reminder-many.ts (that module needs the extension's APIs to load). */
const MANY_DUE_ID = 'reminders-many-due';

describe('many reminders due at once', () => {
  const e = useE2E();
  const notifications = () => e.b.extension(async () => Object.keys(await chrome.notifications.getAll()).sort());
  const badge = () => e.b.extension(() => chrome.action.getBadgeText({}));
  const stateChanged = () => e.b.extension(() => chrome.runtime.sendMessage({ type: 'ui→bg/state:changed', payload: {} }));
  /** Chromium: what the worker passed to notifications.create (the texts a notification shows cannot be read back). */
  const spyOnNotifications = async () => {
    if (e.b.name !== 'chromium') return;
    await (e.b as ChromiumE2E).launched.worker.evaluate(() => {
      const g = globalThis as unknown as { __created?: unknown[][] };
      g.__created = [];
      // The polyfill looks the method up on chrome.notifications at each call.
      chrome.notifications.create = new Proxy(chrome.notifications.create, {
        apply: (target, self, args: unknown[]) => {
          g.__created!.push(args.filter((a) => typeof a !== 'function'));
          return Reflect.apply(target, self, args);
        },
      });
    });
  };
  const created = () => (e.b as ChromiumE2E).launched.worker.evaluate(() => (globalThis as unknown as { __created: [string, { title: string; message: string }][] }).__created);

  it('shows one notification counting the four due accounts, logs each, and the badge counts them', async () => {
    await e.b.store.ready();
    await spyOnNotifications();
    await e.b.store.put([...ACCOUNTS.map((value) => ({ store: 'accounts', value })), { store: 'settings', key: 'settings', value: SETTINGS }]);
    expect(await stateChanged()).toEqual({ ok: true });

    // Every due time is logged as shown, so none of them is announced again one by one.
    const expected = morningAfter(new Date(OLD), 90, userTimeZone()).toISOString();
    for (const a of DUE) {
      const log = await until(() => e.b.store.get<{ lastShownDue?: string }>('reminderLogs', idOf(a)), (l) => !!l?.lastShownDue, `the log of ${a.key}`);
      expect(log?.lastShownDue).toBe(expected);
    }
    expect(await e.b.store.get('reminderLogs', idOf(ACCOUNTS[4]!))).toBeUndefined();
    expect(await until(badge, (t) => t === '4', 'the badge')).toBe('4');
    expect(await e.b.extension(() => chrome.action.getTitle({}))).toBe('MFA Lifeline: reminders are due for 4 accounts');

    // Headless Firefox closes a notification at once (no notification server): only Chromium
    // still lists it, and only there can the test see what was asked to be shown.
    if (e.b.name === 'chromium') {
      expect(await until(notifications, (n) => n.includes(MANY_DUE_ID), 'the aggregated notification')).toEqual([MANY_DUE_ID]);
      const shown = await created();
      expect(shown.map(([id]) => id)).toEqual([MANY_DUE_ID]);
      expect(shown[0]![1].title).toContain('4');
      expect(`${shown[0]![1].title} ${shown[0]![1].message}`).not.toMatch(/Account \d/);
    }
  });

  it('the overview it opens (#due) lists exactly the accounts with a reminder due', async () => {
    const page = await e.b.openExtensionPage('src/overview/index.html#due');
    await page.waitFor(() => document.querySelector('.filters [role=status]')?.textContent === 'Showing 4 of 5 accounts.', undefined, 15_000);
    const shown = await page.evaluate(() => ({
      labels: [...document.querySelectorAll('table.accounts tbody tr:not(.spacer) td.label a')].map((a) => a.textContent).sort(),
      dueOnly: [...document.querySelectorAll<HTMLInputElement>('.filters input[type=checkbox]')].some((c) => c.checked),
    }));
    expect(shown).toEqual({ labels: ['Account 1', 'Account 2', 'Account 3', 'Account 4'], dueOnly: true });
    await page.close();
  });

  it('when only three are due again, the aggregated notification goes and the badge says 3', async () => {
    const at = new Date().toISOString();
    await e.b.store.patch('accounts', DUE[0]!.key, { phoneVerifiedAt: at, updatedAt: at });
    await stateChanged();
    expect(await until(badge, (t) => t === '3', 'the badge to say 3')).toBe('3');
    if (e.b.name === 'chromium') {
      expect(await until(notifications, (n) => !n.includes(MANY_DUE_ID), 'the aggregated notification to go')).toEqual([]);
      // The three still due were shown already (in the count): not announced again one by one.
      expect((await created()).map(([id]) => id)).toEqual([MANY_DUE_ID]);
    }
  });

  it('sent no request anywhere', () => {
    expect(e.b.refused).toEqual([]);
  });
});
