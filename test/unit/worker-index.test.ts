import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, servePackagedMessages, fakeBrowser, type FakeEvent } from './worker-fake-browser.ts';
import { freshIndexedDB } from '../db/fresh.ts';
import * as repo from '../../src/shared/db/repo.ts';
import { NEXT_ALARM, SAFETY_ALARM } from '../../src/background/alarms.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('./worker-fake-browser.ts')).fakeBrowser }));

const events = () => ({
  onMessage: fakeBrowser.runtime.onMessage,
  onInstalled: fakeBrowser.runtime.onInstalled,
  onStartup: fakeBrowser.runtime.onStartup,
  onAlarm: fakeBrowser.alarms.onAlarm,
  onClicked: fakeBrowser.notifications.onClicked,
});
const counts = () => Object.fromEntries(Object.entries(events()).map(([k, e]) => [k, e.listeners.length]));

/** Lets queued IndexedDB work and promise chains run. */
async function settle() {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 5));
}

beforeEach(async () => {
  await freshIndexedDB();
  fake.reset();
  servePackagedMessages();
  process.env.TZ = 'UTC';
  vi.resetModules();
  vi.useFakeTimers({ now: new Date('2026-06-01T12:00:00Z'), toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the worker entry', () => {
  it('registers every listener synchronously while the module is evaluated', async () => {
    const before = counts();
    const buttons = (fakeBrowser.notifications.onButtonClicked as FakeEvent).listeners.length;
    // Nothing awaited between import and the check: registration cannot depend on the database.
    await import('../../src/background/index.ts');
    const after = counts();
    for (const k of Object.keys(before)) expect(after[k], k).toBe(before[k]! + 1);
    expect((fakeBrowser.notifications.onButtonClicked as FakeEvent).listeners.length).toBe(buttons + 1);
    await settle();
  });

  it('re-derives on start, on an alarm, and opens a reminder on click', async () => {
    await repo.putAccount({ key: 'a', label: 'Prod', mfaDevices: [], phoneVerifiedAt: '2026-01-01T00:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });
    const s = await repo.getSettings();
    await repo.putSettings({ ...s, reminders: { ...s.reminders, chosen: true } });
    await import('../../src/background/index.ts');
    await settle();
    expect(fake.created.map((c) => c.id)).toEqual(['phone-verify:a']);
    expect(fake.alarms.has(SAFETY_ALARM)).toBe(true);
    expect(fake.badge.text).toBe('1');

    // Alarms and the screen are wiped (browser restart); the next alarm or start-up event restores them.
    fake.alarms.clear();
    fake.notifications.clear();
    events().onAlarm.fire({ name: NEXT_ALARM, scheduledTime: Date.now() });
    await settle();
    expect(fake.alarms.has(SAFETY_ALARM)).toBe(true);
    events().onAlarm.fire({ name: 'someone-elses-alarm', scheduledTime: Date.now() });
    events().onStartup.fire();
    events().onInstalled.fire({ reason: 'update' });
    await settle();
    expect(fake.created).toHaveLength(1);

    events().onClicked.fire('phone-verify:a');
    await settle();
    expect(fake.opened).toEqual(['https://console.aws.amazon.com/billing/home#/account']);
  });

  it('registers no button listener where notifications have no buttons (Firefox), and still loads', async () => {
    fake.reset({ buttons: false });
    const before = counts();
    await import('../../src/background/index.ts');
    expect(counts().onClicked).toBe(before.onClicked! + 1);
    expect(fakeBrowser.notifications.onButtonClicked).toBeUndefined();
    await settle();
  });
});
