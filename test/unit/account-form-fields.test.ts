/**
 * What the account form accepts and what it stores: each field's edge, the error shown next to
 * the right field, and what is kept when an account is edited.
 */
import { describe, expect, it } from 'vitest';
import { validateAccount, validateEmail, validateLabel, validateAccountId, type AccountInput } from '../../src/domain/account-validation.ts';
import type { Account } from '../../src/shared/model.ts';

const NOW = '2026-03-01T00:00:00.000Z';
const base: AccountInput = { label: 'Personal', accountId: '', rootEmail: '', phone: '', phoneCountry: 'JP', orgMember: false, mfaDevices: [] };
const run = (over: Partial<AccountInput>, previous?: Account) => validateAccount({ ...base, ...over }, { now: NOW, newKey: () => 'new-key', ...(previous ? { previous } : {}) });
const stored = (over: Partial<AccountInput>, previous?: Account) => {
  const r = run(over, previous);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.account;
};
const errors = (over: Partial<AccountInput>) => {
  const r = run(over);
  if (r.ok) throw new Error('accepted');
  return r.errors;
};

describe('the root e-mail field', () => {
  it('refuses an address with a space, a second @, or a domain starting with a dot', () => {
    expect(validateEmail('my root@example.com')).toBe('popupErrEmail');
    expect(validateEmail('root@example.com and more')).toBe('popupErrEmail');
    expect(validateEmail('root@mail@example.com')).toBe('popupErrEmail');
    expect(validateEmail('root@.example.com')).toBe('popupErrEmail');
  });

  it('refuses hidden direction-changing characters that a valid-looking address could carry', () => {
    expect(validateEmail('root\u202e@example.com')).toBe('popupErrEmail');
  });

  it('accepts an address at the longest length allowed, with spaces around it, and stores it trimmed', () => {
    expect(validateEmail(`${'a'.repeat(244)}@b.example`)).toBeNull();
    expect(validateEmail(`${'a'.repeat(245)}@b.example`)).toBe('popupErrEmail');
    expect(stored({ rootEmail: '  root@example.com ' }).rootEmail).toBe('root@example.com');
  });

  it('is optional', () => {
    expect(validateEmail('   ')).toBeNull();
    expect(stored({ rootEmail: '  ' })).not.toHaveProperty('rootEmail');
  });
});

describe('the label field', () => {
  it('takes 60 characters, counted without the spaces around them', () => {
    expect(validateLabel(`  ${'x'.repeat(60)}  `)).toBeNull();
    expect(validateLabel('x'.repeat(61))).toBe('popupErrLabelLong');
    expect(validateLabel('   ')).toBe('popupErrLabelEmpty');
  });

  it('refuses control characters', () => {
    expect(validateLabel('a\u0007b')).toBe('popupErrLabelChars');
  });
});

describe('the account id field', () => {
  it('is optional, and stored as 12 digits without the console’s dashes', () => {
    expect(validateAccountId(' ')).toBeNull();
    expect(stored({ accountId: '' })).not.toHaveProperty('accountId');
    expect(stored({ accountId: '1234 5678 9012' }).accountId).toBe('123456789012');
  });
});

describe('the phone field', () => {
  it('is optional: spaces alone store no phone and raise no error', () => {
    const a = stored({ phone: '   ' });
    expect(a).not.toHaveProperty('phoneE164');
    expect(a).not.toHaveProperty('phoneCountry');
  });

  it('stores the chosen country, in capitals, for a number that belongs to no country', () => {
    expect(stored({ phone: '+800 1234 5678', phoneCountry: ' jp ' })).toMatchObject({ phoneE164: '+80012345678', phoneCountry: 'JP' });
    expect(stored({ phone: '+800 1234 5678', phoneCountry: '  ' })).not.toHaveProperty('phoneCountry');
  });

  it('asks for the country when only spaces were chosen and the number has no +', () => {
    expect(errors({ phone: '090-1234-5678', phoneCountry: '  ' })).toEqual({ phone: 'phoneErrorNoCountry' });
  });
});

describe('the device list', () => {
  const dev = (i: number, kind = 'passkey', where = 'iCloud') => ({ id: `d${i}`, kind, where });

  it('takes eight devices, and places of 200 characters', () => {
    expect(stored({ mfaDevices: Array.from({ length: 8 }, (_, i) => dev(i)) }).mfaDevices).toHaveLength(8);
    expect(stored({ mfaDevices: [dev(0, 'hardware-totp', 'y'.repeat(200))] }).mfaDevices[0]!.where).toHaveLength(200);
  });

  it('shows the error next to the device that has it', () => {
    expect(errors({ mfaDevices: [dev(0), dev(1, 'sms'), dev(2, 'passkey', 'a\u0000b')] })).toEqual({ 'device-1-kind': 'popupErrDeviceKind', 'device-2-where': 'popupErrDeviceWhere' });
  });

  it('accepts each kind AWS offers', () => {
    for (const kind of ['authenticator-app', 'passkey', 'security-key', 'hardware-totp']) expect(stored({ mfaDevices: [dev(0, kind)] }).mfaDevices[0]!.kind).toBe(kind);
  });
});

describe('editing an account', () => {
  const prev: Account = {
    key: 'k1', label: 'Old', phoneE164: '+819012345678', phoneCountry: 'JP',
    mfaDevices: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
  };

  it('has no verification date to keep when the number was never verified', () => {
    expect(stored({ phone: '+819012345678' }, prev)).not.toHaveProperty('phoneVerifiedAt');
  });

  it('stores whether the account belongs to an organization', () => {
    expect(stored({ orgMember: true }).orgMember).toBe(true);
  });
});
