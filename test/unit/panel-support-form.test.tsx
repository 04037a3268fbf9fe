// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { Panel } from '../../src/content/panel/Panel.tsx';
import { phoneHandlers } from '../../src/background/phone-handlers.ts';
import type { Runtime } from '../../src/shared/browser.ts';
import { button, cleanup, click, fakeCtx, flush, mount, type } from './panel-harness.tsx';

const m = vi.hoisted(() => ({ send: vi.fn(), lang: 'en' as 'en' | 'ja' }));
vi.mock('../../src/shared/i18n.ts', async () => (await import('./panel-harness.tsx')).fakeI18n(() => m.lang));
vi.mock('../../src/shared/send.ts', () => ({ send: m.send }));

/** The worker's real handler behind send(), as in the browser. */
const realWorker = (kind: string, payload: unknown) =>
  (phoneHandlers as Record<string, (p: unknown, s: Runtime.MessageSender) => Promise<unknown>>)[kind]!(payload, {} as Runtime.MessageSender);

const writeText = vi.fn(() => Promise.resolve());
beforeEach(() => {
  m.lang = 'en';
  m.send.mockImplementation(realWorker);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  Object.defineProperty(navigator, 'language', { value: 'en-US', configurable: true });
});
afterEach(cleanup);

async function helper() {
  const ctx = fakeCtx('support-form');
  const root = await mount(h(Panel, { ctx, onClose: () => {} }));
  return { root, ctx, phone: root.querySelector<HTMLInputElement>('#mfl-phone')!, country: root.querySelector<HTMLSelectElement>('#mfl-country')! };
}
const status = (root: HTMLElement) => root.querySelector('[role=status]')!.textContent;

describe('support-form phone helper', () => {
  it('preselects Japan for a Japanese UI and names countries in that language', async () => {
    m.lang = 'ja';
    const { country } = await helper();
    expect(country.value).toBe('JP');
    expect(country.selectedOptions[0]!.textContent).toBe('日本');
  });

  it("preselects the browser's region for an English UI", async () => {
    Object.defineProperty(navigator, 'language', { value: 'en-GB', configurable: true });
    expect((await helper()).country.value).toBe('GB');
  });

  it('labels its fields and says nothing before anything is typed', async () => {
    const { root, phone } = await helper();
    expect(root.querySelector('label[for=mfl-phone]')?.textContent).toBe('panelPhoneLabel');
    expect(root.querySelector('label[for=mfl-country]')?.textContent).toBe('panelCountryLabel');
    expect(phone.type).toBe('tel');
    expect(status(root)).toBe('');
    expect(m.send).not.toHaveBeenCalled();
  });

  it('shows the international form through the worker: 090-1234-5678 in Japan -> +819012345678', async () => {
    m.lang = 'ja';
    const { root, phone } = await helper();
    await type(phone, '090-1234-5678');
    expect(m.send).toHaveBeenLastCalledWith('cs→bg/phone:format', { input: '090-1234-5678', country: 'JP' });
    expect(root.querySelector('.big')?.textContent).toBe('+819012345678');
  });

  it('follows a change of country', async () => {
    const { root, phone, country } = await helper();
    await type(phone, '07911 123456');
    await type(country, 'GB');
    expect(m.send).toHaveBeenLastCalledWith('cs→bg/phone:format', { input: '07911 123456', country: 'GB' });
    expect(root.querySelector('.big')?.textContent).toBe('+447911123456');
  });

  it.each([
    ['letters', 'call me', 'phoneErrorLetters'],
    ['30 digits', '1'.repeat(30), 'phoneErrorTooLong'],
    ['an emptied field', '', 'phoneErrorEmpty'],
  ])('answers %s with a clear message, never an exception', async (_, input, key) => {
    const { root, phone } = await helper();
    await type(phone, '0');
    await type(phone, input);
    expect(status(root)).toBe(key);
    expect(root.querySelector('.big')).toBeNull();
  });

  it('normalizes full-width digits', async () => {
    m.lang = 'ja';
    const { root, phone } = await helper();
    await type(phone, '０９０－１２３４－５６７８');
    expect(root.querySelector('.big')?.textContent).toBe('+819012345678');
  });

  it('copies on the user\'s click only, and records it', async () => {
    const { root, ctx, phone } = await helper();
    await type(phone, '(415) 555-2671');
    await click(button(root, 'commonCopy'), false);
    expect(writeText).not.toHaveBeenCalled();
    await click(button(root, 'commonCopy'));
    expect(writeText).toHaveBeenCalledWith('+14155552671');
    expect(button(root, 'commonCopied')).toBeTruthy();
    expect(ctx.recorded).toEqual(['copied-phone-number']);
  });

  it('says so when the clipboard refuses', async () => {
    writeText.mockImplementationOnce(() => Promise.reject(new Error('denied')));
    const { root, phone, ctx } = await helper();
    await type(phone, '(415) 555-2671');
    await click(button(root, 'commonCopy'));
    expect(root.textContent).toContain('panelCopyFailed');
    expect(ctx.recorded).toEqual([]);
  });

  it('shows only the newest answer when answers arrive out of order', async () => {
    const pending: (() => void)[] = [];
    m.send.mockImplementation((kind: string, payload: unknown) => new Promise((resolve) => pending.push(() => resolve(realWorker(kind, payload)))));
    const { root, phone } = await helper();
    await type(phone, '415');
    await type(phone, '(415) 555-2671');
    expect(pending).toHaveLength(2);
    pending[1]!();
    await flush();
    pending[0]!();
    await flush();
    expect(root.querySelector('.big')?.textContent).toBe('+14155552671');
    expect(status(root)).not.toContain('phoneError');
  });

  it('says the check is unavailable when the worker does not answer', async () => {
    m.send.mockImplementation(() => Promise.reject(new Error('Extension context invalidated.')));
    const { root, phone } = await helper();
    await type(phone, '090');
    expect(status(root)).toBe('panelPhoneDown');
  });

  it('says what happens after submitting, with support hours and phrases for the call', async () => {
    const { root } = await helper();
    for (const k of ['panelAfter1', 'panelAfter2', 'panelAfter3', 'panelAfter4', 'panelPhrase1', 'panelPhrase5']) expect(root.textContent).toContain(k);
  });

  it('gives the Japanese-support tip for Japan or a Japanese UI, not to a US English user', async () => {
    const { root, country } = await helper();
    expect(country.value).toBe('US');
    expect(root.textContent).not.toContain('panelJaSupport');
    await type(country, 'JP');
    expect(root.textContent).toContain('panelJaSupport');
    cleanup();
    m.lang = 'ja';
    const ja = await helper();
    expect(ja.root.textContent).toContain('panelJaSupport');
  });
});
