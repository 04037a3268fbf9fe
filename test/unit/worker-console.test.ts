import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, servePackagedMessages } from './worker-fake-browser.ts';
import { freshIndexedDB } from '../db/fresh.ts';
import * as repo from '../../src/shared/db/repo.ts';
import { consoleHandlers } from '../../src/background/console-handlers.ts';
import { stateHandlers } from '../../src/background/state-handlers.ts';
import { createRouter } from '../../src/background/router.ts';
import { handlers } from '../../src/background/handlers.ts';
import { refreshReminders } from '../../src/background/reminder-run.ts';
import type { Runtime } from '../../src/shared/browser.ts';
import type { Account } from '../../src/shared/model.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('./worker-fake-browser.ts')).fakeBrowser }));

const sender = {} as Runtime.MessageSender;
const accounts = consoleHandlers['cs→bg/console:accounts']!;
const confirm = consoleHandlers['cs→bg/console:confirm-contact']!;
const recordMfa = consoleHandlers['cs→bg/console:record-mfa']!;

function acct(key: string, over: Partial<Account> = {}): Account {
  return {
    key,
    label: `Label ${key}`,
    accountId: undefined,
    rootEmail: `${key}@example.com`,
    phoneE164: '+819012345678',
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
  await repo.putAccount(acct('b', { accountId: '2109-8765-4321', createdAt: '2026-02-01T00:00:00.000Z' }));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('console:accounts', () => {
  it('answers labels only, never the stored e-mail, phone or account id', async () => {
    const r = await accounts({}, sender);
    expect(r).toEqual({ accounts: [{ key: 'a', label: 'Label a' }, { key: 'b', label: 'Label b' }] });
    expect(JSON.stringify(r)).not.toMatch(/example\.com|\+81|123456789012/);
  });

  it('matches the 12-digit id shown on the page, however it is grouped', async () => {
    expect((await accounts({ accountIdOnPage: '1234-5678-9012' }, sender)).matched).toBe('a');
    expect((await accounts({ accountIdOnPage: '210987654321' }, sender)).matched).toBe('b');
    expect((await accounts({ accountIdOnPage: '999999999999' }, sender)).matched).toBeUndefined();
    expect((await accounts({ accountIdOnPage: '12345' }, sender)).matched).toBeUndefined();
    expect((await accounts({ accountIdOnPage: 42 as unknown as string }, sender)).matched).toBeUndefined();
  });
});

describe('console:confirm-contact', () => {
  it('records the date for the chosen account and checks the number shown', async () => {
    vi.useFakeTimers({ now: new Date('2026-06-01T12:00:00Z'), toFake: ['Date'] });
    const r = await confirm({ accountKey: 'b', phoneShown: '+81 90-1234-5678' }, sender);
    expect(r).toEqual({ recorded: true, phone: expect.objectContaining({ ok: true, e164: '+819012345678' }) });
    expect((await repo.getAccount('b'))?.phoneVerifiedAt).toBe('2026-06-01T12:00:00.000Z');
    expect((await repo.getAccount('a'))?.phoneVerifiedAt).toBeUndefined();
  });

  it('says when the number shown is not in international form (and still records the confirmation)', async () => {
    const r = await confirm({ accountKey: 'a', phoneShown: '090-1234-5678' }, sender);
    expect(r).toEqual({ recorded: true, phone: { ok: false, error: 'not-international' } });
  });

  it('records nothing for an unknown or malformed account key', async () => {
    expect(await confirm({ accountKey: 'zzz' }, sender)).toEqual({ recorded: false });
    expect(await confirm({ accountKey: { evil: 1 } as unknown as string }, sender)).toEqual({ recorded: false });
    expect((await repo.listAccounts()).every((a) => !a.phoneVerifiedAt)).toBe(true);
  });

  it('takes the phone reminder off the screen and the badge', async () => {
    const s = await repo.getSettings();
    await repo.putSettings({ ...s, reminders: { ...s.reminders, chosen: true, drillEvery: 'never' } });
    vi.useFakeTimers({ now: new Date('2026-06-01T12:00:00Z'), toFake: ['Date'] });
    await refreshReminders();
    expect([...fake.notifications.keys()].sort()).toEqual(['phone-verify:a', 'phone-verify:b']);
    expect(fake.badge.text).toBe('2');
    await confirm({ accountKey: 'a', phoneShown: '+819012345678' }, sender);
    expect([...fake.notifications.keys()]).toEqual(['phone-verify:b']);
    expect(fake.badge.text).toBe('1');
  });
});

describe('console:record-mfa', () => {
  it('stores the devices the user listed, keeping the ids of ones already known', async () => {
    await repo.setMfaDevices('a', [{ id: 'keep', kind: 'passkey', where: 'iCloud Keychain' }]);
    const r = await recordMfa({ accountKey: 'a', devices: [{ kind: 'passkey', where: 'iCloud Keychain' }, { kind: 'security-key', where: ' desk drawer ' }] }, sender);
    expect(r).toEqual({ recorded: true });
    const devices = (await repo.getAccount('a'))!.mfaDevices;
    expect(devices.map((d) => [d.kind, d.where])).toEqual([['passkey', 'iCloud Keychain'], ['security-key', 'desk drawer']]);
    expect(devices[0]!.id).toBe('keep');
    expect(devices[1]!.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each([
    ['an unknown kind', [{ kind: 'sms', where: 'x' }]],
    ['a where that is not text', [{ kind: 'passkey', where: 5 }]],
    ['more devices than AWS allows', Array.from({ length: 9 }, () => ({ kind: 'passkey', where: 'x' }))],
    ['no list', 'passkey'],
  ])('refuses %s and changes nothing', async (_what, devices) => {
    const r = await recordMfa({ accountKey: 'a', devices: devices as never }, sender);
    expect(r).toEqual({ recorded: false });
    expect((await repo.getAccount('a'))!.mfaDevices).toEqual([]);
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
    await expect(route({ type: 'cs→bg/console:accounts', payload: {} }, fromConsole)).resolves.toMatchObject({ accounts: expect.any(Array) });
    expect(route({ type: 'cs→bg/console:accounts', payload: {} }, { ...fromConsole, url: 'https://evil.example/billing' })).toBeUndefined();
    expect(route({ type: 'cs→bg/console:accounts', payload: {} }, { ...fromConsole, frameId: 3 })).toBeUndefined();
    expect(route({ type: 'cs→bg/console:confirm-contact', payload: { accountKey: 'a' } }, { ...fromConsole, id: 'other-extension' })).toBeUndefined();
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
