// @vitest-environment happy-dom
/**
 * The console panels (issue #9): statuses only, no account list, no text field; the worker
 * compares, and anything needing stored data opens the link page, on trusted clicks only.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { Panel } from '../../src/content/panel/Panel.tsx';
import { phoneHandlers } from '../../src/background/phone-handlers.ts';
import type { Runtime } from '../../src/shared/browser.ts';
import type { AccountStatus, PhoneVerdict } from '../../src/shared/messages.ts';
import { button, cleanup, click, fakeCtx, mount } from './panel-harness.tsx';

const m = vi.hoisted(() => ({ send: vi.fn() }));
vi.mock('../../src/shared/i18n.ts', async () => (await import('./panel-harness.tsx')).fakeI18n(() => 'en'));
vi.mock('../../src/shared/send.ts', () => ({ send: m.send }));

/** A worker: the real phone format check, console answers given by the test. */
function worker(account: AccountStatus, phone?: PhoneVerdict) {
  return async (kind: string, payload: Record<string, unknown>) => {
    switch (kind) {
      case 'cs→bg/phone:format':
        return phoneHandlers['cs→bg/phone:format']!(payload as { input: string }, {} as Runtime.MessageSender);
      case 'cs→bg/console:status':
        return { account };
      case 'cs→bg/console:confirm-contact':
        return { account, ...(phone ? { phone } : {}), recorded: account === 'in-list' && phone === 'same' };
      case 'cs→bg/link:open':
        return { opened: true };
    }
    throw new Error(`unexpected ${kind}`);
  };
}

beforeEach(() => {
  m.send.mockImplementation(worker('in-list', 'same'));
});
afterEach(cleanup);

const calls = (kind: string) => m.send.mock.calls.filter(([k]) => k === kind).map(([, p]) => p);

describe('account-contact (console Account page)', () => {
  async function page(texts: { accountIdShown?: string; contactPhoneShown?: string }) {
    const ctx = fakeCtx('account-contact', { texts });
    const root = await mount(h(Panel, { ctx, onClose: () => {} }));
    return { root, ctx };
  }

  it('says the account is in the list and confirms in one trusted click, sending only what the page shows', async () => {
    const { root } = await page({ accountIdShown: '1234-5678-9012', contactPhoneShown: '+81-90-1234-5678' });
    expect(calls('cs→bg/console:status')).toEqual([{ accountIdOnPage: '1234-5678-9012' }]);
    expect(root.textContent).toContain('panelStatusInList');
    expect(root.textContent).toContain('panelContactIntlOk');
    expect(root.querySelectorAll('select, input, textarea').length).toBe(0);
    const confirm = button(root, 'panelContactConfirm')!;
    await click(confirm, false);
    expect(calls('cs→bg/console:confirm-contact')).toEqual([]);
    await click(confirm);
    expect(calls('cs→bg/console:confirm-contact')).toEqual([{ accountIdOnPage: '1234-5678-9012', phoneShown: '+81-90-1234-5678' }]);
    expect(root.textContent).toContain('panelContactDone');
    expect(confirm.disabled).toBe(true);
    expect(button(root, 'panelLinkCompare')).toBeUndefined();
  });

  it('on a differing number marks nothing, says so, and offers the link page with what the page shows', async () => {
    m.send.mockImplementation(worker('in-list', 'differs'));
    const { root } = await page({ accountIdShown: '123456789012', contactPhoneShown: '+1 206-555-0100' });
    await click(button(root, 'panelContactConfirm'));
    expect(root.textContent).toContain('panelContactDiffers');
    expect(root.textContent).not.toContain('panelContactDone');
    const link = button(root, 'panelLinkCompare')!;
    await click(link, false);
    expect(calls('cs→bg/link:open')).toEqual([]);
    await click(link);
    expect(calls('cs→bg/link:open')).toEqual([{ purpose: 'contact', accountIdOnPage: '123456789012', phoneShown: '+1 206-555-0100' }]);
    expect(root.textContent).toContain('panelLinkOpened');
  });

  it.each([
    ['not-in-list', undefined, 'panelStatusNotInList', 'panelContactNotListed', 'panelLinkChoose'],
    ['no-id', undefined, 'panelStatusNoId', 'panelContactNotListed', 'panelLinkChoose'],
    ['in-list', 'unreadable', 'panelStatusInList', 'panelContactUnreadable', 'panelLinkCompare'],
    ['in-list', 'none-stored', 'panelStatusInList', 'panelContactNoneStored', 'panelLinkCompare'],
  ] as const)('account %s, phone %s: says so and offers the link page', async (account, phone, statusKey, resultKey, linkKey) => {
    m.send.mockImplementation(worker(account, phone));
    const { root } = await page({ contactPhoneShown: '+81 90 1234 5678' });
    expect(root.textContent).toContain(statusKey);
    await click(button(root, 'panelContactConfirm'));
    expect(root.textContent).toContain(resultKey);
    expect(button(root, linkKey)).toBeDefined();
  });

  it('says clearly when the phone shown is not in international format', async () => {
    const { root } = await page({ contactPhoneShown: '090-1234-5678' });
    const warn = root.querySelector('.warn');
    expect(warn?.textContent).toContain('phoneErrorNotInternational');
    expect(warn?.textContent).toContain('panelContactFix');
    expect(root.textContent).not.toContain('panelContactIntlOk');
  });

  it('cannot confirm when the page shows no phone', async () => {
    const { root } = await page({ accountIdShown: '123456789012' });
    expect(root.textContent).toContain('panelContactNoPhone');
    expect(button(root, 'panelContactConfirm')!.disabled).toBe(true);
  });

  it('reads the page again when confirming (the console renders late; the user may have edited the number)', async () => {
    const { root, ctx } = await page({ accountIdShown: '123456789012', contactPhoneShown: '+81 90 1234 5678' });
    ctx.texts.contactPhoneShown = '090-1234-5678';
    ctx.texts.accountIdShown = '210987654321';
    await click(button(root, 'panelContactConfirm'));
    expect(calls('cs→bg/console:confirm-contact')).toEqual([{ accountIdOnPage: '210987654321', phoneShown: '090-1234-5678' }]);
    expect(root.textContent).toContain('090-1234-5678');
  });

  it('stores nothing in the page', async () => {
    const { root } = await page({ accountIdShown: '123456789012', contactPhoneShown: '+81 90 1234 5678' });
    await click(button(root, 'panelContactConfirm'));
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
  });
});

describe('security-credentials', () => {
  async function page(texts: { accountIdShown?: string } = { accountIdShown: '123456789012' }) {
    const ctx = fakeCtx('security-credentials', { texts });
    return mount(h(Panel, { ctx, onClose: () => {} }));
  }

  it('says AWS allows up to eight devices, whether the account is listed, and opens the link page to record them', async () => {
    const root = await page();
    expect(root.textContent).toContain('panelSecIntro');
    expect(root.textContent).toContain('panelStatusInList');
    expect(root.querySelectorAll('select, input, textarea').length).toBe(0);
    await click(button(root, 'panelLinkDevices'), false);
    expect(calls('cs→bg/link:open')).toEqual([]);
    await click(button(root, 'panelLinkDevices'));
    expect(calls('cs→bg/link:open')).toEqual([{ purpose: 'devices', accountIdOnPage: '123456789012' }]);
  });

  it('opens the link page without an id when the page shows none', async () => {
    m.send.mockImplementation(worker('no-id'));
    const root = await page({});
    expect(root.textContent).toContain('panelStatusNoId');
    await click(button(root, 'panelLinkDevices'));
    expect(calls('cs→bg/link:open')).toEqual([{ purpose: 'devices' }]);
  });

  it('says when the worker cannot be reached', async () => {
    m.send.mockImplementation(async () => {
      throw new Error('gone');
    });
    const root = await page();
    expect(root.textContent).toContain('panelWorkerDown');
  });
});
