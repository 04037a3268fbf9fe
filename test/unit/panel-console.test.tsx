// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { Panel } from '../../src/content/panel/Panel.tsx';
import { phoneHandlers } from '../../src/background/phone-handlers.ts';
import type { Runtime } from '../../src/shared/browser.ts';
import type { AccountChoice } from '../../src/shared/messages.ts';
import { button, cleanup, click, fakeCtx, mount, type } from './panel-harness.tsx';

const m = vi.hoisted(() => ({ send: vi.fn() }));
vi.mock('../../src/shared/i18n.ts', async () => (await import('./panel-harness.tsx')).fakeI18n(() => 'en'));
vi.mock('../../src/shared/send.ts', () => ({ send: m.send }));

const ACCOUNTS: AccountChoice[] = [
  { key: 'k-prod', label: 'Production' },
  { key: 'k-home', label: 'Home lab' },
];

/** A worker: the real phone check, console answers from a small table. */
function worker(accounts: AccountChoice[], matchId?: string) {
  return async (kind: string, payload: Record<string, unknown>) => {
    switch (kind) {
      case 'cs→bg/phone:format':
        return phoneHandlers['cs→bg/phone:format']!(payload as { input: string; country: string }, {} as Runtime.MessageSender);
      case 'cs→bg/console:accounts':
        return { accounts, ...(matchId && payload.accountIdOnPage === matchId ? { matched: 'k-home' } : {}) };
      case 'cs→bg/console:confirm-contact': {
        const phone = payload.phoneShown ? await phoneHandlers['cs→bg/phone:format']!({ input: payload.phoneShown as string, country: '' }, {} as Runtime.MessageSender) : undefined;
        return { recorded: true, ...(phone ? { phone } : {}) };
      }
      case 'cs→bg/console:record-mfa':
        return { recorded: true };
    }
    throw new Error(`unexpected ${kind}`);
  };
}

beforeEach(() => {
  m.send.mockImplementation(worker(ACCOUNTS, '123456789012'));
});
afterEach(cleanup);

const calls = (kind: string) => m.send.mock.calls.filter(([k]) => k === kind).map(([, p]) => p);

describe('account-contact (console Account page)', () => {
  async function page(texts: { accountIdShown?: string; contactPhoneShown?: string }) {
    const ctx = fakeCtx('account-contact', { texts });
    const root = await mount(h(Panel, { ctx, onClose: () => {} }));
    return { root, ctx };
  }

  it('matches the account by the id the page shows and confirms in one trusted click', async () => {
    const { root } = await page({ accountIdShown: '1234-5678-9012', contactPhoneShown: '+81-90-1234-5678' });
    expect(calls('cs→bg/console:accounts')).toEqual([{ accountIdOnPage: '123456789012' }]);
    expect(root.querySelector<HTMLSelectElement>('#mfl-account')!.value).toBe('k-home');
    expect(root.textContent).toContain('+81-90-1234-5678');
    expect(root.textContent).toContain('panelContactIntlOk');
    const confirm = button(root, 'panelContactConfirm')!;
    await click(confirm, false);
    expect(calls('cs→bg/console:confirm-contact')).toEqual([]);
    await click(confirm);
    expect(calls('cs→bg/console:confirm-contact')).toEqual([{ accountKey: 'k-home', phoneShown: '+81-90-1234-5678' }]);
    expect(root.textContent).toContain('panelContactDone');
    expect(confirm.disabled).toBe(true);
  });

  it('says clearly when the phone shown is not in international format', async () => {
    const { root } = await page({ contactPhoneShown: '090-1234-5678' });
    const warn = root.querySelector('.warn');
    expect(warn?.textContent).toContain('phoneErrorNotInternational');
    expect(warn?.textContent).toContain('panelContactFix');
    expect(root.textContent).not.toContain('panelContactIntlOk');
  });

  it('makes the user choose when the page does not say which account, then records the choice', async () => {
    const { root } = await page({ contactPhoneShown: '+1 415 555 2671' });
    expect(calls('cs→bg/console:accounts')).toEqual([{}]);
    const select = root.querySelector<HTMLSelectElement>('#mfl-account')!;
    expect(select.value).toBe('');
    expect(button(root, 'panelContactConfirm')!.disabled).toBe(true);
    await type(select, 'k-prod');
    expect(button(root, 'panelContactConfirm')!.disabled).toBe(false);
    await click(button(root, 'panelContactConfirm'));
    expect(calls('cs→bg/console:confirm-contact')).toEqual([{ accountKey: 'k-prod', phoneShown: '+1 415 555 2671' }]);
  });

  it('preselects the only account, and sends no phone when the page shows none', async () => {
    m.send.mockImplementation(worker([ACCOUNTS[0]!]));
    const { root } = await page({});
    expect(root.textContent).toContain('panelContactNoPhone');
    await click(button(root, 'panelContactConfirm'));
    expect(calls('cs→bg/console:confirm-contact')).toEqual([{ accountKey: 'k-prod' }]);
  });

  it('reads the phone again when confirming, since the console renders it late', async () => {
    const { root, ctx } = await page({ accountIdShown: '123456789012' });
    expect(root.textContent).toContain('panelContactNoPhone');
    ctx.texts.contactPhoneShown = '090-1234-5678';
    await click(button(root, 'panelContactConfirm'));
    expect(calls('cs→bg/console:confirm-contact')).toEqual([{ accountKey: 'k-home', phoneShown: '090-1234-5678' }]);
    expect(root.textContent).toContain('090-1234-5678');
    expect(root.querySelector('.warn')?.textContent).toContain('phoneErrorNotInternational');
  });

  it('tells the user to add an account first when there is none', async () => {
    m.send.mockImplementation(worker([]));
    const { root } = await page({ contactPhoneShown: '+81 90 1234 5678' });
    expect(root.textContent).toContain('panelNoAccounts');
    expect(button(root, 'panelContactConfirm')).toBeUndefined();
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
  async function page() {
    const ctx = fakeCtx('security-credentials', { texts: { accountIdShown: '123456789012' } });
    return mount(h(Panel, { ctx, onClose: () => {} }));
  }

  it('says AWS allows up to eight devices and records kind and place of each', async () => {
    const root = await page();
    expect(root.textContent).toContain('panelSecIntro');
    await type(root.querySelector('#mfl-where-0'), '  iPhone 15  ');
    await click(button(root, 'panelSecAdd'));
    await type(root.querySelector('#mfl-kind-1'), 'security-key');
    await type(root.querySelector('#mfl-where-1'), 'desk drawer');
    await click(button(root, 'panelSecSave'), false);
    expect(calls('cs→bg/console:record-mfa')).toEqual([]);
    await click(button(root, 'panelSecSave'));
    expect(calls('cs→bg/console:record-mfa')).toEqual([
      {
        accountKey: 'k-home',
        devices: [
          { kind: 'authenticator-app', where: 'iPhone 15' },
          { kind: 'security-key', where: 'desk drawer' },
        ],
      },
    ]);
    expect(root.textContent).toContain('panelSecSaved[2]');
  });

  it('offers no more than eight rows, and removes one', async () => {
    const root = await page();
    for (let i = 0; i < 10; i++) await click(button(root, 'panelSecAdd'));
    expect(root.querySelectorAll('select[id^=mfl-kind-]').length).toBe(8);
    expect(button(root, 'panelSecAdd')!.disabled).toBe(true);
    await click(button(root, 'panelSecRemove'));
    expect(root.querySelectorAll('select[id^=mfl-kind-]').length).toBe(7);
  });

  it('offers every device kind, each with its label', async () => {
    const root = await page();
    expect([...root.querySelectorAll('#mfl-kind-0 option')].map((o) => o.textContent)).toEqual([
      'panelKind_authenticator_app',
      'panelKind_passkey',
      'panelKind_security_key',
      'panelKind_hardware_totp',
    ]);
  });
});
