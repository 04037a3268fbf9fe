import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, servePackagedMessages } from './worker-fake-browser.ts';
import { freshIndexedDB } from '../db/fresh.ts';
import * as repo from '../../src/shared/db/repo.ts';
import { consoleHandlers } from '../../src/background/console-handlers.ts';
import { linkHandlers } from '../../src/background/link-handlers.ts';
import { stateHandlers } from '../../src/background/state-handlers.ts';
import { createRouter } from '../../src/background/router.ts';
import { handlers } from '../../src/background/handlers.ts';
import { refreshReminders } from '../../src/background/reminder-run.ts';
import type { Runtime } from '../../src/shared/browser.ts';
import type { Account } from '../../src/shared/model.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('./worker-fake-browser.ts')).fakeBrowser }));

const sender = {} as Runtime.MessageSender;
const status = consoleHandlers['cs→bg/console:status']!;
const confirm = consoleHandlers['cs→bg/console:confirm-contact']!;
const openLink = linkHandlers['cs→bg/link:open']!;
const redeem = linkHandlers['ui→bg/link:ticket']!;

function acct(key: string, over: Partial<Account> = {}): Account {
  return {
    key,
    label: `Label ${key}`,
    accountId: undefined,
    rootEmail: `${key}@example.com`,
    phoneE164: '+819012345678',
    phoneCountry: 'JP',
    mfaDevices: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}

beforeEach(async () => {
  await freshIndexedDB();
  fake.reset();
  servePackagedMessages();
  await repo.putAccount(acct('a', { accountId: '123456789012' }));
  await repo.putAccount(acct('b', { accountId: '210987654321', phoneE164: '+12065550100', phoneCountry: 'US', createdAt: '2026-02-01T00:00:00.000Z' }));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Nothing stored may appear in an answer to a content script. */
const PRIVATE = /Label|example\.com|\+81|123456789012|210987654321|"a"|"b"/;

describe('console:status', () => {
  it('says whether the id the page shows is in the list, and nothing else', async () => {
    expect(await status({ accountIdOnPage: '1234-5678-9012' }, sender)).toEqual({ account: 'in-list' });
    expect(await status({ accountIdOnPage: '999999999999' }, sender)).toEqual({ account: 'not-in-list' });
    expect(await status({}, sender)).toEqual({ account: 'no-id' });
    expect(await status({ accountIdOnPage: { evil: 1 } as unknown as string }, sender)).toEqual({ account: 'no-id' });
  });
});

describe('console:confirm-contact', () => {
  it('marks verified only the account the page shows, when the page shows its number', async () => {
    vi.useFakeTimers({ now: new Date('2026-06-01T12:00:00Z'), toFake: ['Date'] });
    const r = await confirm({ accountIdOnPage: '2109-8765-4321', phoneShown: '+1 206-555-0100' }, sender);
    expect(r).toEqual({ account: 'in-list', phone: 'same', recorded: true, format: expect.objectContaining({ ok: true }) });
    expect(JSON.stringify(r)).not.toMatch(PRIVATE);
    expect((await repo.getAccount('b'))?.phoneVerifiedAt).toBe('2026-06-01T12:00:00.000Z');
    expect((await repo.getAccount('a'))?.phoneVerifiedAt).toBeUndefined();
  });

  it('marks nothing when the number differs, and says so without saying the stored one', async () => {
    const r = await confirm({ accountIdOnPage: '123456789012', phoneShown: '+1 206-555-0100' }, sender);
    expect(r).toEqual({ account: 'in-list', phone: 'differs', recorded: false, format: expect.objectContaining({ ok: true }) });
    expect(JSON.stringify(r)).not.toMatch(/\+81/);
    expect((await repo.listAccounts()).every((a) => !a.phoneVerifiedAt)).toBe(true);
  });

  it('reads a national number in the stored country, and still says AWS needs the international form', async () => {
    const r = await confirm({ accountIdOnPage: '123456789012', phoneShown: '090-1234-5678' }, sender);
    expect(r).toEqual({ account: 'in-list', phone: 'same', recorded: true, format: { ok: false, error: 'not-international' } });
  });

  it.each([
    ['an id nobody stored', { accountIdOnPage: '000011112222', phoneShown: '+81 90-1234-5678' }, { account: 'not-in-list' }],
    ['no id on the page', { phoneShown: '+81 90-1234-5678' }, { account: 'no-id' }],
    ['a malformed phone', { accountIdOnPage: '123456789012', phoneShown: '+81 90-12ab' }, { account: 'in-list', phone: 'unreadable' }],
    ['an absurdly long phone', { accountIdOnPage: '123456789012', phoneShown: '+81'.repeat(40) }, { account: 'in-list', phone: 'none-shown' }],
    ['no phone', { accountIdOnPage: '123456789012' }, { account: 'in-list', phone: 'none-shown' }],
  ])('marks nothing for %s', async (_what, req, want) => {
    const r = await confirm(req, sender);
    expect(r).toMatchObject({ ...want, recorded: false });
    expect(JSON.stringify(r)).not.toMatch(/Label|example\.com/);
    expect((await repo.listAccounts()).every((a) => !a.phoneVerifiedAt)).toBe(true);
  });

  it('takes the phone reminder off the screen and the badge', async () => {
    const s = await repo.getSettings();
    await repo.putSettings({ ...s, reminders: { ...s.reminders, chosen: true, drillEvery: 'never' } });
    vi.useFakeTimers({ now: new Date('2026-06-01T12:00:00Z'), toFake: ['Date'] });
    await refreshReminders();
    expect([...fake.notifications.keys()].sort()).toEqual(['phone-verify:a', 'phone-verify:b']);
    expect(fake.badge.text).toBe('2');
    await confirm({ accountIdOnPage: '123456789012', phoneShown: '+819012345678' }, sender);
    expect([...fake.notifications.keys()]).toEqual(['phone-verify:b']);
    expect(fake.badge.text).toBe('1');
  });

  it('answers correctly with 500 accounts stored', async () => {
    for (let i = 0; i < 500; i++) await repo.putAccount(acct(`m${i}`, { accountId: String(300000000000 + i), phoneE164: '+442079460000', phoneCountry: 'GB' }));
    expect(await confirm({ accountIdOnPage: '300000000499', phoneShown: '+44 20 7946 0000' }, sender)).toMatchObject({ account: 'in-list', phone: 'same', recorded: true });
    expect(await confirm({ accountIdOnPage: '300000000007', phoneShown: '+44 20 7946 0001' }, sender)).toMatchObject({ account: 'in-list', phone: 'differs', recorded: false });
    expect(await status({ accountIdOnPage: '300000000500' }, sender)).toEqual({ account: 'not-in-list' });
    expect((await repo.getAccount('m499'))?.phoneVerifiedAt).toBeDefined();
    expect((await repo.getAccount('m7'))?.phoneVerifiedAt).toBeUndefined();
  });
});

describe('link:open and link:ticket', () => {
  const tabSender = { tab: { id: 7, index: 2 } } as unknown as Runtime.MessageSender;

  it('opens the link page behind a one-time token that carries only what the page showed', async () => {
    expect(await openLink({ purpose: 'contact', accountIdOnPage: '1234-5678-9012', phoneShown: ' +1 206-555-0100 ' }, tabSender)).toEqual({ opened: true });
    expect(fake.opened).toHaveLength(1);
    const url = new URL(fake.opened[0]!);
    expect(url.href).toMatch(/^chrome-extension:\/\/fake-extension-id\/src\/link\/index\.html#[0-9a-f-]{36}$/);
    const token = url.hash.slice(1);
    expect(await redeem({ token }, sender)).toEqual({ ticket: { purpose: 'contact', accountIdOnPage: '123456789012', phoneShown: '+1 206-555-0100' } });
    expect(await redeem({ token }, sender)).toEqual({ ticket: null });
    expect(await redeem({ token: 'guess' }, sender)).toEqual({ ticket: null });
  });

  it('drops what a purpose does not need, and refuses unknown purposes', async () => {
    await openLink({ purpose: 'recovery', accountIdOnPage: '123456789012', phoneShown: '+1 206-555-0100' }, tabSender);
    await openLink({ purpose: 'devices', accountIdOnPage: 'nonsense', phoneShown: '+1 206-555-0100' }, tabSender);
    // The support form's phone helper works from the user's own data only: nothing of the page rides along.
    await openLink({ purpose: 'phone-format', accountIdOnPage: '123456789012', phoneShown: '+1 206-555-0100' }, tabSender);
    const [a, b, c] = await Promise.all(fake.opened.map((u) => redeem({ token: new URL(u).hash.slice(1) }, sender)));
    expect(a).toEqual({ ticket: { purpose: 'recovery' } });
    expect(b).toEqual({ ticket: { purpose: 'devices' } });
    expect(c).toEqual({ ticket: { purpose: 'phone-format' } });
    expect(await openLink({ purpose: 'delete-everything' } as never, tabSender)).toEqual({ opened: false });
    expect(fake.opened).toHaveLength(3);
  });

  it('forgets a token after ten minutes', async () => {
    vi.useFakeTimers({ now: new Date('2026-06-01T12:00:00Z'), toFake: ['Date'] });
    await openLink({ purpose: 'devices' }, tabSender);
    vi.setSystemTime(new Date('2026-06-01T12:10:01Z'));
    expect(await redeem({ token: new URL(fake.opened[0]!).hash.slice(1) }, sender)).toEqual({ ticket: null });
  });
});

describe('who may send what (router)', () => {
  const route = createRouter({
    extensionId: 'fake-extension-id',
    extensionOrigin: 'chrome-extension://fake-extension-id/',
    ready: () => Promise.resolve(),
    handlers,
  });
  const tab = { id: 1 } as Runtime.MessageSender['tab'];
  const fromConsole: Runtime.MessageSender = { id: 'fake-extension-id', tab, frameId: 0, url: 'https://console.aws.amazon.com/billing/home#/account' };
  const fromPopup: Runtime.MessageSender = { id: 'fake-extension-id', url: 'chrome-extension://fake-extension-id/src/popup/index.html' };

  it('answers console messages from the AWS console only', async () => {
    await expect(route({ type: 'cs→bg/console:status', payload: {} }, fromConsole)).resolves.toEqual({ account: 'no-id' });
    expect(route({ type: 'cs→bg/console:status', payload: {} }, { ...fromConsole, url: 'https://evil.example/billing' })).toBeUndefined();
    expect(route({ type: 'cs→bg/console:status', payload: {} }, { ...fromConsole, frameId: 3 })).toBeUndefined();
    expect(route({ type: 'cs→bg/console:confirm-contact', payload: {} }, { ...fromConsole, id: 'other-extension' })).toBeUndefined();
  });

  it('takes state changes from extension pages only, never from a content script', async () => {
    await expect(route({ type: 'ui→bg/state:changed', payload: {} }, fromPopup)).resolves.toEqual({ ok: true });
    expect(route({ type: 'ui→bg/state:changed', payload: {} }, fromConsole)).toBeUndefined();
  });

  it('state:changed re-derives the badge', async () => {
    const s = await repo.getSettings();
    await repo.putSettings({ ...s, reminders: { ...s.reminders, chosen: true, drillEvery: 'never' } });
    vi.useFakeTimers({ now: new Date('2026-06-01T12:00:00Z'), toFake: ['Date'] });
    await stateHandlers['ui→bg/state:changed']!({}, fromPopup);
    expect(fake.badge.text).toBe('2');
  });
});
