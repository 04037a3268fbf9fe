// @vitest-environment happy-dom
/**
 * Issue #9 items 4 and 5 in the popup: a failed save says what happened and what to do, keeps
 * what the user typed and stores nothing; a save sends only what the user changed, so what the
 * worker wrote while the form was open (phone confirmed, a device recorded) stays.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fake, fakeBrowser, servePackagedMessages } from './worker-fake-browser.ts';
import { freshIndexedDB } from '../db/fresh.ts';
import { injectFault } from '../db/fault.ts';
import * as repo from '../../src/shared/db/repo.ts';
import { t } from '../../src/shared/i18n.ts';
import { useStore } from '../../src/popup/store.ts';
import { AccountForm } from '../../src/popup/AccountForm.tsx';
import { StoreFailure } from '../../src/popup/StoreFailure.tsx';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('./worker-fake-browser.ts')).fakeBrowser }));
vi.mock('../../src/shared/send.ts', () => ({ send: vi.fn(async () => ({ ok: true })) }));

let root: HTMLElement;
let reload: () => Promise<void> = async () => undefined;

function Popup() {
  const store = useStore();
  reload = store.reload;
  if (!store.state) return null;
  const account = store.state.accounts.find((a) => a.key === 'k');
  return (
    <div>
      {store.failure && <StoreFailure text={store.failure} onDismiss={store.dismissFailure} />}
      <AccountForm state={store.state} write={store.write} {...(account ? { account } : {})} />
    </div>
  );
}

async function settle() {
  for (let i = 0; i < 10; i++) await act(() => new Promise((r) => setTimeout(r, 5)));
}
const field = (label: string) => {
  const l = [...root.querySelectorAll('label')].find((x) => x.textContent?.trim() === label)!;
  return root.querySelector(`#${l.htmlFor}`) as HTMLInputElement;
};
async function type(el: HTMLInputElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
}
async function submit() {
  root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  await settle();
}

beforeEach(async () => {
  vi.stubGlobal('chrome', fakeBrowser);
  await freshIndexedDB();
  fake.reset();
  servePackagedMessages();
  location.hash = '#/edit/k';
  await repo.putAccount({ key: 'k', label: 'Prod', phoneE164: '+819012345678', phoneCountry: 'JP', mfaDevices: [{ id: 'd1', kind: 'authenticator-app', where: 'old phone' }], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<Popup />, root));
  await settle();
});
afterEach(() => {
  injectFault(0);
  vi.unstubAllGlobals();
  render(null, root);
  root.remove();
});

describe('account form against a failing store', () => {
  it.each([
    ['quota', 'storeErrQuota'],
    ['abort', 'storeErrAborted'],
  ] as const)('%s: says what happened and what to do, keeps the typed text, stores nothing', async (kind, key) => {
    await type(field(t('popupFieldLabel')), 'Production (new)');
    injectFault(1, kind);
    await submit();
    injectFault(0);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(t(key));
    expect(field(t('popupFieldLabel')).value).toBe('Production (new)');
    expect(location.hash).toBe('#/edit/k');
    expect((await repo.getAccount('k'))?.label).toBe('Prod');

    // Saving again once the store works: saved, the message goes.
    await submit();
    expect((await repo.getAccount('k'))?.label).toBe('Production (new)');
    expect(root.querySelector('[data-testid="store-failure"]')).toBeNull();
  });
});

describe('account form while the worker writes', () => {
  it('keeps the phone confirmation and a device recorded meanwhile; sends only the changed label', async () => {
    await type(field(t('popupFieldLabel')), 'Renamed');
    // The worker, while the form is open: the console page confirmed the phone and recorded a device.
    await repo.markPhoneVerified('k', '2026-03-01T00:00:00.000Z');
    await repo.updateMfaDevices('k', (l) => [...l, { id: 'd2', kind: 'passkey', where: 'iCloud Keychain' }]);
    await act(() => reload());
    await settle();
    expect(root.textContent).toContain(t('storeChangedElsewhere'));
    await submit();
    const a = await repo.getAccount('k');
    expect(a).toMatchObject({ label: 'Renamed', phoneVerifiedAt: '2026-03-01T00:00:00.000Z', phoneE164: '+819012345678' });
    expect(a?.mfaDevices.map((d) => d.id)).toEqual(['d1', 'd2']);
  });
});
