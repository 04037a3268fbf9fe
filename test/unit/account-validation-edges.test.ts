import { describe, expect, it } from 'vitest';
import { MFA_DEVICE_KINDS, validateAccount, validateAccountId, validateEmail, validateLabel, type AccountInput } from '../../src/domain/account-validation.ts';

const NOW = '2026-03-01T00:00:00.000Z';
const base: AccountInput = { label: 'Personal', accountId: '', rootEmail: '', phone: '', phoneCountry: 'JP', orgMember: false, mfaDevices: [] };
const run = (over: Partial<AccountInput>) => validateAccount({ ...base, ...over }, { now: NOW, newKey: () => 'new-key' });
const dev = (i: number, where = 'drawer', kind = 'passkey') => ({ id: `d${i}`, kind, where });

describe('the account form accepts what a user types', () => {
  it('a root e-mail, trimmed, and an optional account id as the console shows it', () => {
    const r = run({ rootEmail: '  root+aws@mail.example.co.jp ', accountId: '1234 5678 9012', orgMember: true });
    expect(r).toEqual({ ok: true, account: { key: 'new-key', label: 'Personal', accountId: '123456789012', rootEmail: 'root+aws@mail.example.co.jp', orgMember: true, mfaDevices: [], createdAt: NOW, updatedAt: NOW } });
  });

  it('fields exactly at their limits: a 60-character label, a 254-character e-mail, 200 characters of "where", eight devices', () => {
    expect(validateLabel('x'.repeat(60))).toBeNull();
    expect(validateEmail(`${'a'.repeat(248)}@b.com`)).toBeNull();
    expect(validateEmail(`${'a'.repeat(249)}@b.com`)).toBe('popupErrEmail');
    expect(run({ mfaDevices: [dev(0, 'w'.repeat(200))] }).ok).toBe(true);
    expect(run({ mfaDevices: Array.from({ length: 8 }, (_, i) => dev(i)) }).ok).toBe(true);
  });

  it('every kind of device AWS lets a user register', () => {
    expect(MFA_DEVICE_KINDS).toEqual(['authenticator-app', 'passkey', 'security-key', 'hardware-totp']);
    const r = run({ mfaDevices: MFA_DEVICE_KINDS.map((kind, i) => dev(i, '', kind)) });
    expect(r.ok && r.account.mfaDevices.map((d) => d.kind)).toEqual(MFA_DEVICE_KINDS);
  });

  it('a phone in international form with no country chosen takes the number\'s country', () => {
    const r = run({ phone: '+81 90-1234-5678', phoneCountry: ' ' });
    expect(r.ok && [r.account.phoneE164, r.account.phoneCountry]).toEqual(['+819012345678', 'JP']);
  });

  it('a blank account id or e-mail is simply not stored', () => {
    expect(validateAccountId('  - ')).toBeNull();
    expect(validateEmail('   ')).toBeNull();
    const r = run({ accountId: ' ', rootEmail: ' ' });
    expect(r.ok && r.account).not.toHaveProperty('accountId');
    expect(r.ok && r.account).not.toHaveProperty('rootEmail');
  });
});

describe('the account form refuses, naming the field and why', () => {
  it.each([
    ['a space inside', 'root @example.com'],
    ['nothing before the @', '@example.com'],
    ['two @', 'a@b@example.com'],
    ['a domain starting with a dot', 'a@.example.com'],
    ['no dot in the domain', 'a@example'],
    ['nothing after the last dot', 'a@example.'],
    ['a control character', 'a\u0007b@example.com'],
    ['text before the address', 'mail: a@example.com'],
    ['text after the address', 'a@example.com x'],
  ])('an e-mail with %s', (_, email) => {
    expect(run({ rootEmail: email })).toEqual({ ok: false, errors: { rootEmail: 'popupErrEmail' } });
  });

  it.each([
    ['a bell (C0)', 'a\u0007b'],
    ['a delete', 'a\u007fb'],
    ['a C1 control', 'a\u009fb'],
    ['a left-to-right embedding', 'a\u202ab'],
    ['a first-strong isolate', 'a\u2068b'],
    ['a pop-directional isolate', 'a\u2069b'],
    ['a NUL', 'a\u0000b'],
    ['a unit separator', 'a\u001fb'],
  ])('a label with %s, which could disguise it', (_, label) => {
    expect(run({ label })).toEqual({ ok: false, errors: { label: 'popupErrLabelChars' } });
  });

  it('a label of spaces only as empty (spaces around a 60-character label are not counted)', () => {
    expect(validateLabel('   ')).toBe('popupErrLabelEmpty');
    expect(validateLabel(` ${'x'.repeat(60)} `)).toBeNull();
  });

  it('"where" with a control character, on the device it belongs to', () => {
    expect(run({ mfaDevices: [dev(0), dev(1, 'desk\u202edrawer')] })).toEqual({ ok: false, errors: { 'device-1-where': 'popupErrDeviceWhere' } });
  });

  it('an account id with letters hidden among the digits', () => {
    expect(validateAccountId('1234-5678-901x')).toBe('popupErrAccountId');
    expect(validateAccountId('x123456789012')).toBe('popupErrAccountId');
    expect(validateAccountId('123456789012x')).toBe('popupErrAccountId');
  });
});
