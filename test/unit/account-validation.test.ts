import { describe, expect, it } from 'vitest';
import { validateAccount, normalizeAccountId, type AccountInput } from '../../src/domain/account-validation.ts';
import type { Account } from '../../src/shared/model.ts';

const NOW = '2026-03-01T00:00:00.000Z';
const base: AccountInput = { label: 'Personal', accountId: '', rootEmail: '', phone: '', phoneCountry: 'JP', orgMember: false, mfaDevices: [] };
const run = (over: Partial<AccountInput>, previous?: Account) => validateAccount({ ...base, ...over }, { now: NOW, newKey: () => 'new-key', ...(previous ? { previous } : {}) });

describe('validateAccount', () => {
  it('accepts a label alone and fills key and dates', () => {
    const r = run({ label: '  Personal  ' });
    expect(r).toEqual({ ok: true, account: { key: 'new-key', label: 'Personal', orgMember: false, mfaDevices: [], createdAt: NOW, updatedAt: NOW } });
  });

  it('stores a phone typed at home in international form with its country', () => {
    const r = run({ phone: '090-1234-5678', phoneCountry: 'JP' });
    expect(r.ok && r.account.phoneE164).toBe('+819012345678');
    expect(r.ok && r.account.phoneCountry).toBe('JP');
  });

  it('accepts full-width digits and the console\'s dashed account id', () => {
    expect(normalizeAccountId('1234-5678-9012')).toBe('123456789012');
    const r = run({ accountId: '１２３４ ５６７８ ９０１２', phone: '０９０１２３４５６７８' });
    expect(r.ok && r.account.accountId).toBe('123456789012');
    expect(r.ok && r.account.phoneE164).toBe('+819012345678');
  });

  it.each([
    [{ label: '' }, 'label', 'popupErrLabelEmpty'],
    [{ label: 'x'.repeat(61) }, 'label', 'popupErrLabelLong'],
    [{ label: 'evil\u202eliam' }, 'label', 'popupErrLabelChars'],
    [{ accountId: '12345678901' }, 'accountId', 'popupErrAccountId'],
    [{ accountId: '1234567890123' }, 'accountId', 'popupErrAccountId'],
    [{ accountId: '12345678901a' }, 'accountId', 'popupErrAccountId'],
    [{ rootEmail: 'not-an-email' }, 'rootEmail', 'popupErrEmail'],
    [{ rootEmail: 'a@b' }, 'rootEmail', 'popupErrEmail'],
    [{ rootEmail: `${'a'.repeat(250)}@b.co` }, 'rootEmail', 'popupErrEmail'],
    [{ phone: '090-abcd-5678' }, 'phone', 'phoneErrorLetters'],
    [{ phone: '090-1234-5678', phoneCountry: '' }, 'phone', 'phoneErrorNoCountry'],
    [{ phone: '12' }, 'phone', 'phoneErrorTooShort'],
  ] as [Partial<AccountInput>, string, string][])('refuses %j with %s: %s', (over, field, key) => {
    const r = run(over);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[field]).toBe(key);
  });

  it('reports every bad field at once', () => {
    const r = run({ label: '', accountId: '1', rootEmail: 'x' });
    expect(!r.ok && Object.keys(r.errors).sort()).toEqual(['accountId', 'label', 'rootEmail']);
  });

  it('checks devices: known kinds, bounded "where", at most eight', () => {
    const dev = (i: number, kind = 'passkey', where = 'iCloud') => ({ id: `d${i}`, kind, where });
    expect(run({ mfaDevices: [dev(0, 'sms')] })).toMatchObject({ ok: false, errors: { 'device-0-kind': 'popupErrDeviceKind' } });
    expect(run({ mfaDevices: [dev(0, 'passkey', 'x'.repeat(201))] })).toMatchObject({ ok: false, errors: { 'device-0-where': 'popupErrDeviceWhere' } });
    expect(run({ mfaDevices: Array.from({ length: 9 }, (_, i) => dev(i)) })).toMatchObject({ ok: false, errors: { devices: 'popupErrTooManyDevices' } });
    const ok = run({ mfaDevices: [dev(0, 'security-key', '  safe at home ')] });
    expect(ok.ok && ok.account.mfaDevices).toEqual([{ id: 'd0', kind: 'security-key', where: 'safe at home' }]);
  });

  it('editing keeps key and creation date, and the verification only while the number is the same', () => {
    const prev: Account = {
      key: 'k1', label: 'Old', phoneE164: '+819012345678', phoneCountry: 'JP', phoneVerifiedAt: '2026-02-01T00:00:00.000Z',
      mfaDevices: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const same = run({ label: 'New', phone: '+81 90-1234-5678' }, prev);
    expect(same.ok && same.account).toMatchObject({ key: 'k1', label: 'New', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: NOW, phoneVerifiedAt: '2026-02-01T00:00:00.000Z' });
    const changed = run({ label: 'New', phone: '080-1111-2222' }, prev);
    expect(changed.ok && changed.account.phoneVerifiedAt).toBeUndefined();
    const removed = run({ label: 'New', phone: '' }, prev);
    expect(removed.ok && removed.account.phoneE164).toBeUndefined();
  });
});
