// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { PhoneFormatView } from '../../src/link/PhoneFormatView.tsx';
import type { StoredState } from '../../src/shared/model.ts';
import { button, cleanup, click, flush, mount, type } from './panel-harness.tsx';

const m = vi.hoisted(() => ({ lang: 'en' as 'en' | 'ja', savePhone: vi.fn(), recordCopiedPhone: vi.fn() }));
vi.mock('../../src/shared/i18n.ts', async () => (await import('./panel-harness.tsx')).fakeI18n(() => m.lang));
vi.mock('../../src/link/writes.ts', () => ({ savePhone: m.savePhone, recordCopiedPhone: m.recordCopiedPhone }));

const writeText = vi.fn((_: string) => Promise.resolve());
beforeEach(() => {
  m.lang = 'en';
  m.savePhone.mockResolvedValue({ key: 'a', changed: true });
  m.recordCopiedPhone.mockReset().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  Object.defineProperty(navigator, 'language', { value: 'en-US', configurable: true });
});
afterEach(cleanup);

const at = '2026-01-01T00:00:00.000Z';
const acct = (key: string, label: string, phoneE164?: string) => ({ key, label, mfaDevices: [], createdAt: at, updatedAt: at, ...(phoneE164 ? { phoneE164 } : {}) });
const state = (accounts: ReturnType<typeof acct>[]) => ({ accounts, cases: [], progress: [], settings: {} }) as unknown as StoredState;

async function view(accounts: ReturnType<typeof acct>[] = []) {
  const root = await mount(h(PhoneFormatView, { ticket: { purpose: 'phone-format' }, state: state(accounts), reload: async () => {} }));
  // The phone tools load lazily (libphonenumber's metadata).
  for (let i = 0; i < 20 && !root.querySelector('#link-phone-input'); i++) await flush();
  return root;
}
const field = (root: HTMLElement) => root.querySelector<HTMLInputElement>('#link-phone-input')!;
const country = (root: HTMLElement) => root.querySelector<HTMLSelectElement>('#link-phone-country')!;
const copyIn = (el: Element | null) => el?.querySelector('button');

describe("the link page's phone-format mode (the support form's helper)", () => {
  it("lists the saved accounts' numbers in E.164, each with its own copy button", async () => {
    const root = await view([acct('a', 'Household', '+819077771234'), acct('b', 'No phone'), acct('c', 'Side', '+14155550199')]);
    expect([...root.querySelectorAll('li [data-e164]')].map((e) => e.getAttribute('data-e164'))).toEqual(['+819077771234', '+14155550199']);
    expect(root.textContent).toContain('Household');
    await click(copyIn(root.querySelector('[data-e164="+14155550199"]')));
    expect(writeText).toHaveBeenCalledWith('+14155550199');
    expect(root.querySelector('[data-e164="+14155550199"]')?.textContent).toContain('commonCopied');
  });

  it('says so when no account has a phone', async () => {
    expect((await view([acct('b', 'No phone')])).textContent).toContain('linkPhoneNoneSaved');
  });

  it("starts with the browser's region, or Japan for a Japanese UI", async () => {
    expect(country(await view()).value).toBe('US');
    cleanup();
    m.lang = 'ja';
    const root = await view();
    expect(country(root).value).toBe('JP');
    expect(country(root).selectedOptions[0]!.textContent).toContain('日本');
  });

  it('turns a number written at home into its international form, following the country', async () => {
    const root = await view();
    await type(country(root), 'JP');
    await type(field(root), '０９０－１２３４－５６７８');
    expect(root.querySelector('[role=status] [data-e164]')?.getAttribute('data-e164')).toBe('+819012345678');
    await type(field(root), '07911 123456');
    await type(country(root), 'GB');
    expect(root.querySelector('[role=status] .big')?.textContent).toBe('+447911123456');
    await click(copyIn(root.querySelector('[role=status] [data-e164]')));
    expect(writeText).toHaveBeenLastCalledWith('+447911123456');
  });

  it.each([
    ['letters', 'call me', 'phoneErrorLetters'],
    ['30 digits', '1'.repeat(30), 'phoneErrorTooLong'],
  ])('answers %s with a clear message, never an exception', async (_, input, key) => {
    const root = await view();
    await type(field(root), input);
    expect(root.querySelector('[role=status]')?.textContent).toBe(key);
    expect(root.querySelector('[role=status] .big')).toBeNull();
  });

  it("notes a copied stored number once in that account's timeline, and a typed one in none", async () => {
    const root = await view([acct('a', 'Household', '+819077771234'), acct('c', 'Side', '+14155550199')]);
    await click(copyIn(root.querySelector('[data-e164="+14155550199"]')));
    await click(copyIn(root.querySelector('[data-e164="+14155550199"]')));
    expect(m.recordCopiedPhone.mock.calls).toEqual([['c']]);
    await type(field(root), '+44 7911 123456');
    await click(copyIn(root.querySelector('[role=status] [data-e164]')));
    expect(m.recordCopiedPhone.mock.calls).toEqual([['c']]);
    expect(root.textContent).not.toContain('linkPhoneTimelineFailed');
  });

  it('says so when the timeline cannot note the copy, and tries again on the next copy', async () => {
    m.recordCopiedPhone.mockRejectedValueOnce(new Error('QuotaExceededError'));
    const root = await view([acct('a', 'Household', '+819077771234')]);
    await click(copyIn(root.querySelector('[data-e164]')));
    await flush();
    expect(root.textContent).toContain('commonCopied');
    expect(root.textContent).toContain('linkPhoneTimelineFailed');
    await click(copyIn(root.querySelector('[data-e164]')));
    await flush();
    expect(m.recordCopiedPhone).toHaveBeenCalledTimes(2);
    expect(root.textContent).not.toContain('linkPhoneTimelineFailed');
  });

  it('says so when the clipboard refuses', async () => {
    writeText.mockImplementationOnce(() => Promise.reject(new Error('denied')));
    const root = await view([acct('a', 'Household', '+819077771234')]);
    await click(copyIn(root.querySelector('[data-e164]')));
    expect(root.textContent).toContain('linkPhoneCopyFailed');
  });

  it('stores nothing typed unless the user saves it to an account they pick', async () => {
    const root = await view([acct('a', 'Household', '+819077771234'), acct('b', 'Side')]);
    await type(country(root), 'GB');
    await type(field(root), '07911 123456');
    expect(m.savePhone).not.toHaveBeenCalled();
    await click(button(root, 'linkPhoneKeep'));
    await click(button(root, 'linkPhoneKeepSave'));
    // No account picked yet: said, nothing written.
    expect(root.textContent).toContain('linkWhichAccount');
    expect(m.savePhone).not.toHaveBeenCalled();
    await click(root.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]);
    await click(button(root, 'linkPhoneKeepSave'));
    expect(m.savePhone).toHaveBeenCalledWith({ key: 'b' }, { e164: '+447911123456', country: 'GB' });
    expect(root.textContent).toContain('linkSaved');
  });

  it('says so when the save fails', async () => {
    m.savePhone.mockRejectedValue(new Error('QuotaExceededError'));
    const root = await view([acct('a', 'Household')]);
    await type(field(root), '+1 415 555 0199');
    await click(button(root, 'linkPhoneKeep'));
    await click(root.querySelector<HTMLInputElement>('input[type=radio]'));
    await click(button(root, 'linkPhoneKeepSave'));
    expect(root.textContent).toContain('linkSaveFailed');
  });
});
