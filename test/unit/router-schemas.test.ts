/** Issue #9 item 7: every message type's payload is checked at the router, before its handler. */
import { describe, expect, it, vi } from 'vitest';
import { createRouter, InvalidPayload, type AllHandlers } from '../../src/background/router.ts';
import { MESSAGE_SCHEMAS } from '../../src/background/message-schemas.ts';
import { MESSAGE_TYPES, type MessageType } from '../../src/shared/messages.ts';
import type { Runtime } from '../../src/shared/browser.ts';

const deps = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' };
const consoleTab: Runtime.MessageSender = { id: 'ext', url: 'https://us-east-1.console.aws.amazon.com/billing/home#/account', frameId: 0, tab: { url: 'x' } as Runtime.MessageSender['tab'] };
const popup: Runtime.MessageSender = { id: 'ext', url: 'chrome-extension://ext/src/popup/index.html' };
const signinTab: Runtime.MessageSender = { id: 'ext', url: 'https://signin.aws.amazon.com/signin', frameId: 0, tab: { url: 'x' } as Runtime.MessageSender['tab'] };
// The decision tree's messages come from the sign-in pages only (router.ts); the rest here from a console page.
const senderFor = (type: MessageType) => (type.startsWith('ui→') ? popup : type.startsWith('cs→bg/recovery:') ? signinTab : consoleTab);

/** One valid payload and several invalid ones per type. */
const CASES: { [K in MessageType]: { good: unknown; bad: unknown[] } } = {
  'cs→bg/panel:hello': { good: { page: 'mfa-code', uiLang: 'ja' }, bad: [{}, { page: 'nope' }, { page: 'mfa-code', uiLang: 'fr' }, { page: 42 }] },
  'cs→bg/panel:inject': { good: {}, bad: [{ file: 'src/content/panel.js' }, { tabId: 1 }] },
  'cs→bg/progress:record': { good: { page: 'mfa-code', step: 'reached-mfa-code' }, bad: [{ page: 'mfa-code' }, { page: 'mfa-code', step: 'Bad Step!' }, { page: 'x', step: 'reached-mfa-code' }, { page: 'mfa-code', step: 'a'.repeat(200) }] },
  'cs→bg/recovery:step': {
    good: { answers: [['otherDevice', false], ['signInAs', 'root']] },
    bad: [{}, { answers: [['otherDevice']] }, { answers: [[1, true]] }, { answers: [['otherDevice', 1]] }, { answers: Array.from({ length: 11 }, () => ['otherDevice', false]) }],
  },
  'cs→bg/phone:format': { good: { input: '+81 90-1234-5678' }, bad: [{ input: 1 }, { input: 'x'.repeat(65) }, {}] },
  'cs→bg/console:status': { good: { accountIdOnPage: '1234-5678-9012' }, bad: [{ accountIdOnPage: 123456789012 }, { accountIdOnPage: 'x'.repeat(41) }] },
  'cs→bg/console:confirm-contact': {
    good: { accountIdOnPage: '123456789012', phoneShown: '+81 90-1234-5678' },
    bad: [{ accountIdOnPage: 1 }, { phoneShown: 'x'.repeat(65) }, { accountIdOnPage: ['123456789012'] }],
  },
  'cs→bg/recovery:pending': {
    good: { page: 'mfa-code', answers: { q1: true, q2: false } },
    bad: [{ page: 'mfa-code' }, { page: 'mfa-code', answers: { q1: 7 } }, { page: 'mfa-code', answers: { q1: 'x'.repeat(41) } }, { page: 'nope', answers: {} }, { page: 'mfa-code', answers: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`q${i}`, true])) }],
  },
  'cs→bg/link:open': {
    good: { purpose: 'contact', accountIdOnPage: '123456789012', phoneShown: '+81 90-1234-5678' },
    bad: [{}, { purpose: 'steal' }, { purpose: 'contact', phoneShown: 'x'.repeat(65) }],
  },
  'ui→bg/link:ticket': { good: { token: 'f81d4fae-7dec-11d0-a765-00a0c91e6bf6' }, bad: [{}, { token: '' }, { token: 'x'.repeat(65) }, { token: 7 }] },
  'ui→bg/state:changed': { good: {}, bad: [{ stores: ['accounts'] }] },
};

function spies() {
  const calls: [MessageType, unknown][] = [];
  const handlers = Object.fromEntries(
    MESSAGE_TYPES.map((t) => [t, vi.fn(async (p: unknown) => (calls.push([t, p]), { ok: true }))]),
  ) as unknown as AllHandlers;
  return { calls, route: createRouter({ ...deps, ready: () => Promise.resolve(), handlers }) };
}

describe('router validation', () => {
  it('has a schema for every message type', () => {
    expect(Object.keys(MESSAGE_SCHEMAS).sort()).toEqual([...MESSAGE_TYPES].sort());
  });

  it.each(MESSAGE_TYPES.map((t) => [t]))('%s: bad payloads are refused before the handler runs', async (type) => {
    const { calls, route } = spies();
    for (const bad of CASES[type].bad) {
      await expect(route({ type, payload: bad }, senderFor(type))).rejects.toBeInstanceOf(InvalidPayload);
    }
    expect(calls).toEqual([]);
  });

  it.each(MESSAGE_TYPES.map((t) => [t]))('%s: a good payload reaches the handler, validated', async (type) => {
    const { calls, route } = spies();
    await expect(route({ type, payload: CASES[type].good }, senderFor(type))).resolves.toEqual({ ok: true });
    expect(calls).toEqual([[type, CASES[type].good]]);
  });

  it('drops keys a schema does not know before the handler sees the payload', async () => {
    const { calls, route } = spies();
    await route({ type: 'cs→bg/progress:record', payload: { page: 'mfa-code', step: 'reached-mfa-code', extra: '<script>' } }, consoleTab);
    expect(calls[0]![1]).toEqual({ page: 'mfa-code', step: 'reached-mfa-code' });
  });

  it('a failed start does not poison later messages: ready is asked again per message', async () => {
    let attempts = 0;
    const route = createRouter({
      ...deps,
      ready: () => (++attempts === 1 ? Promise.reject(new Error('open failed')) : Promise.resolve()),
      handlers: { 'ui→bg/state:changed': async () => ({ ok: true as const }) },
    });
    await expect(route({ type: 'ui→bg/state:changed', payload: {} }, popup)).rejects.toThrow('open failed');
    await expect(route({ type: 'ui→bg/state:changed', payload: {} }, popup)).resolves.toEqual({ ok: true });
  });
});
