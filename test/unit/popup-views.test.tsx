// @vitest-environment happy-dom
/**
 * Popup views against the real repo on fake-indexeddb, with the packaged English strings:
 * the account form saves nothing until valid, the decision tree starts a case whose steps carry
 * dates, "Stay safe" ticks are stored, and a bad import file writes nothing.
 */
import { describe, expect, it, vi } from 'vitest';
import { render, type JSX } from 'preact';
import { act } from 'preact/test-utils';
import { usePageRoot } from './page-root.ts';
import { freshIndexedDB } from '../db/fresh.ts';
import * as repo from '../../src/shared/db/repo.ts';
import { t } from '../../src/shared/i18n.ts';
import { AccountForm } from '../../src/popup/AccountForm.tsx';
import { RecoverView } from '../../src/popup/RecoverView.tsx';
import { SafeView } from '../../src/popup/SafeView.tsx';
import { ImportPicker } from '../../src/popup/DataTransfer.tsx';
import type { Account, StoredState } from '../../src/shared/model.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('./worker-fake-browser.ts')).fakeBrowser }));
const sent: string[] = [];
vi.mock('../../src/shared/send.ts', () => ({ send: vi.fn(async (type: string) => (sent.push(type), { ok: true })) }));

let root: HTMLElement;

type ViewComponent = (p: { state: StoredState; write: (fn: () => Promise<unknown>) => Promise<boolean>; account: Account }) => JSX.Element | null;

/** Mounts a view as App does: state as read, and a write that reloads and re-renders. */
async function mount(View: ViewComponent, accountKey?: string) {
  const draw = async () => {
    const state = await repo.loadState();
    const account = state.accounts.find((a) => a.key === accountKey)!;
    const write = async (fn: () => Promise<unknown>) => {
      await fn();
      await draw();
      return true;
    };
    await act(() => render(<View state={state} write={write} account={account} />, root));
  };
  await draw();
}

async function settle() {
  for (let i = 0; i < 10; i++) await act(() => new Promise((r) => setTimeout(r, 5)));
}
const input = (label: string) => {
  const l = [...root.querySelectorAll('label')].find((x) => x.textContent?.trim() === label);
  if (!l) throw new Error(`no label ${label}`);
  return (l.htmlFor ? root.querySelector(`#${l.htmlFor}`) : l.querySelector('input')) as HTMLInputElement;
};
const button = (text: string) => {
  const b = [...root.querySelectorAll('button')].find((x) => x.textContent?.trim() === text);
  if (!b) throw new Error(`no button ${text}`);
  return b;
};
async function type(el: HTMLInputElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
}
async function click(el: HTMLElement) {
  el.click();
  await settle();
}

usePageRoot((el) => (root = el), async () => {
  await freshIndexedDB();
  sent.length = 0;
  location.hash = '';
});

describe('AccountForm', () => {
  it('shows a message per bad field and saves nothing; saves once valid, phone in E.164', async () => {
    await mount(AccountForm as ViewComponent);
    await type(input(t('popupFieldLabel')), 'Personal');
    await type(input(t('popupFieldAccountId')), '1234');
    await type(input(t('popupFieldRootEmail')), 'nope');
    const country = input(t('popupFieldCountry')) as unknown as HTMLSelectElement;
    country.value = 'JP';
    country.dispatchEvent(new Event('change', { bubbles: true }));
    await type(input(t('popupFieldPhone')), '090-1234-5678');
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    expect(root.textContent).toContain(t('popupErrAccountId'));
    expect(root.textContent).toContain(t('popupErrEmail'));
    expect(input(t('popupFieldAccountId')).getAttribute('aria-invalid')).toBe('true');
    expect(await repo.listAccounts()).toEqual([]);

    await type(input(t('popupFieldAccountId')), '123456789012');
    await type(input(t('popupFieldRootEmail')), 'root@example.com');
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    const [saved] = await repo.listAccounts();
    expect(saved).toMatchObject({ label: 'Personal', accountId: '123456789012', rootEmail: 'root@example.com', phoneE164: '+819012345678', phoneCountry: 'JP' });
    expect(location.hash).toBe(`#/account/${saved!.key}`);
  });
});

describe('RecoverView', () => {
  it('the decision tree starts a case; a ticked step carries its date', async () => {
    const a: Account = { key: 'k', label: 'L', mfaDevices: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
    await repo.putAccount(a);
    await mount(RecoverView as ViewComponent, 'k');
    await click(button(t('commonNo'))); // other device
    await click(button(t('recoveryASignInRoot'))); // the root user
    await click(button(t('commonNo'))); // Organizations
    await click(button(t('commonYes'))); // the root e-mail works
    await click(button(t('commonYes'))); // the account phone works
    expect(root.textContent).toContain(t('recoveryPathAltFactors'));
    await click(button(t('popupStartChecklist')));
    const [c] = await repo.listCases('k');
    expect(c).toMatchObject({ accountKey: 'k', path: 'alt-factors', steps: {} });

    // The first open step is marked as today's step.
    const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.includes(t('recoveryStep_openTroubleshoot')))!;
    expect(label.textContent).toContain(t('popupNext'));
    await click(label.querySelector('input')!);
    const [after] = await repo.listCases('k');
    expect(Object.keys(after!.steps)).toEqual(['open-troubleshoot']);
    expect(Date.parse(after!.steps['open-troubleshoot']!)).not.toBeNaN();
    expect(root.textContent).toContain(t('popupDoneOn', ['']).trim());
  });
});

describe('SafeView', () => {
  it('stores hand ticks and the phone confirmation', async () => {
    await repo.putAccount({ key: 'k', label: 'L', phoneE164: '+819012345678', mfaDevices: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });
    await mount(SafeView as ViewComponent, 'k');
    expect(root.textContent).toContain(t('popupSafeSecondMfaWhy'));
    const links = [...root.querySelectorAll('a')].map((l) => l.getAttribute('href'));
    expect(links).toContain('https://console.aws.amazon.com/billing/home#/account');
    expect(links).toContain('https://console.aws.amazon.com/iam/home#/security_credentials');
    expect(links).toContain('chrome-extension://fake-extension-id/src/drill/index.html#account=k');

    const ticks = [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    await click(ticks[1]!); // alternate contact (second-mfa is first)
    expect(Object.keys((await repo.getPrevention('k')).done)).toEqual(['alternate-contact']);
    await click(button(t('popupPhoneCheckedToday')));
    expect((await repo.getAccount('k'))?.phoneVerifiedAt).toBeDefined();
    expect(root.textContent).toContain(t('popupReadyCount', ['2', '6']));
  });
});

describe('ImportPicker', () => {
  it('a hostile file is refused with its message and writes nothing', async () => {
    let imported = 0;
    await act(() => render(<ImportPicker onImported={async () => void imported++} />, root));
    const picker = root.querySelector<HTMLInputElement>('input[type=file]')!;
    const file = new File(['{"__proto__":{"x":1},"format":"mfa-lifeline-export","version":1}'], 'evil.json', { type: 'application/json' });
    Object.defineProperty(picker, 'files', { value: [file], configurable: true });
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    // The parsers are fetched when a file is chosen (use-import.ts): wait for the outcome.
    await vi.waitFor(async () => {
      await settle();
      expect(root.querySelector('[role=alert]')).not.toBeNull();
    });
    expect(root.querySelector('[role=alert]')?.textContent).toContain(t('popupImportForbiddenKey'));
    expect(root.querySelector('[role=alert]')?.textContent).toContain(t('popupImportNothingChanged'));
    expect(imported).toBe(0);
    expect(sent).toEqual([]);
    expect(await repo.listAccounts()).toEqual([]);
  });
});

describe('useStore', () => {
  it('after every write tells the worker and reloads', async () => {
    const { useStore } = await import('../../src/popup/store.ts');
    let store: ReturnType<typeof useStore> | null = null;
    function Probe() {
      store = useStore();
      return <p>{store.state?.accounts.map((a) => a.label).join(',') ?? 'loading'}</p>;
    }
    await act(() => render(<Probe />, root));
    await settle();
    expect(root.textContent).toBe('');
    await act(async () => void await store!.write(() => repo.putAccount({ key: 'k', label: 'Written', mfaDevices: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' })));
    await settle();
    expect(root.textContent).toBe('Written');
    expect(sent).toEqual(['ui→bg/state:changed']);
  });
});
