import { describe, expect, it } from 'vitest';
import { accountIdDigits, checkContact, comparePhone, matchAccount } from '../../src/domain/contact-compare.ts';
import type { Account } from '../../src/shared/model.ts';

const acct = (key: string, over: Partial<Account> = {}): Account => ({
  key,
  label: key,
  mfaDevices: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

const ACCOUNTS = [
  acct('jp', { accountId: '111122223333', phoneE164: '+819012345678', phoneCountry: 'JP' }),
  acct('us', { accountId: '444455556666', phoneE164: '+12065550100', phoneCountry: 'US' }),
  acct('none', { accountId: '777788889999' }),
  acct('noid', { phoneE164: '+442079460000' }),
];

describe('accountIdDigits', () => {
  it.each([
    ['1111-2222-3333', '111122223333'],
    ['1111 2222 3333', '111122223333'],
    ['１１１１２２２２３３３３', '111122223333'],
    ['11112222333', undefined],
    ['1111222233334', undefined],
    ['abcd-efgh-ijkl', undefined],
    [42, undefined],
    ['1'.repeat(41), undefined],
  ])('%s -> %s', (shown, want) => expect(accountIdDigits(shown)).toBe(want));
});

describe('matchAccount', () => {
  it('matches the id the page shows, however grouped; never guesses without one', () => {
    expect(matchAccount(ACCOUNTS, '1111-2222-3333')).toEqual({ status: 'in-list', key: 'jp' });
    expect(matchAccount(ACCOUNTS, '999999999999')).toEqual({ status: 'not-in-list' });
    expect(matchAccount(ACCOUNTS, undefined)).toEqual({ status: 'no-id' });
    expect(matchAccount([ACCOUNTS[3]!], undefined)).toEqual({ status: 'no-id' });
  });
});

describe('comparePhone', () => {
  it('same number, in any grouping AWS shows', () => {
    expect(comparePhone(ACCOUNTS[0]!, '+81 90-1234-5678')).toMatchObject({ verdict: 'same', shownE164: '+819012345678' });
    expect(comparePhone(ACCOUNTS[0]!, '+81-90-1234-5678')).toMatchObject({ verdict: 'same' });
    // A console that shows the national form: read in the stored number's country.
    expect(comparePhone(ACCOUNTS[0]!, '090-1234-5678')).toMatchObject({ verdict: 'same', shownE164: '+819012345678' });
  });
  it('another number differs', () => {
    expect(comparePhone(ACCOUNTS[0]!, '+81 90-9999-0000')).toMatchObject({ verdict: 'differs', shownE164: '+819099990000' });
    expect(comparePhone(ACCOUNTS[1]!, '+1 206-555-0101')).toMatchObject({ verdict: 'differs' });
    // Same digits, other country.
    expect(comparePhone(ACCOUNTS[1]!, '+44 20 6555 0100').verdict).not.toBe('same');
  });
  it('nothing stored, nothing shown, or not a phone number', () => {
    expect(comparePhone(ACCOUNTS[2]!, '+1 206-555-0100')).toMatchObject({ verdict: 'none-stored', shownE164: '+12065550100' });
    expect(comparePhone(ACCOUNTS[0]!, '')).toEqual({ verdict: 'none-shown' });
    expect(comparePhone(ACCOUNTS[0]!, undefined)).toEqual({ verdict: 'none-shown' });
    for (const bad of ['call me maybe', '+81 90-1234-5678-9999-0000', '12', '+999 1234', '+'.repeat(65), { toString: () => '+819012345678' }]) {
      expect(comparePhone(ACCOUNTS[0]!, bad).verdict, String(bad)).toMatch(/unreadable|none-shown/);
    }
    // National form and no stored country: cannot be read as a number AWS can call.
    expect(comparePhone(ACCOUNTS[2]!, '090-1234-5678')).toEqual({ verdict: 'unreadable' });
  });
});

describe('checkContact', () => {
  it('verifies only the matching account with the same number', () => {
    expect(checkContact(ACCOUNTS, { accountId: '111122223333', phone: '+81 90-1234-5678' })).toEqual({ account: 'in-list', phone: 'same', verifyKey: 'jp' });
  });
  it('verifies nothing when the number differs, is malformed, or nothing is stored', () => {
    expect(checkContact(ACCOUNTS, { accountId: '111122223333', phone: '+1 206-555-0100' })).toEqual({ account: 'in-list', phone: 'differs' });
    expect(checkContact(ACCOUNTS, { accountId: '111122223333', phone: '090-xxxx' })).toEqual({ account: 'in-list', phone: 'unreadable' });
    expect(checkContact(ACCOUNTS, { accountId: '777788889999', phone: '+1 206-555-0100' })).toEqual({ account: 'in-list', phone: 'none-stored' });
  });
  it('says nothing about numbers of accounts the page does not match', () => {
    // The us account has this number, but the page shows an id nobody stored.
    expect(checkContact(ACCOUNTS, { accountId: '000011112222', phone: '+1 206-555-0100' })).toEqual({ account: 'not-in-list' });
    expect(checkContact(ACCOUNTS, { phone: '+44 20 7946 0000' })).toEqual({ account: 'no-id' });
  });
  it('stays correct with 500 accounts (the matching one last)', () => {
    const many = Array.from({ length: 499 }, (_, i) => acct(`k${i}`, { accountId: String(100000000000 + i), phoneE164: '+819011112222' }));
    many.push(acct('last', { accountId: '999999999999', phoneE164: '+12065550100' }));
    expect(checkContact(many, { accountId: '9999-9999-9999', phone: '+1 206-555-0100' })).toEqual({ account: 'in-list', phone: 'same', verifyKey: 'last' });
    expect(checkContact(many, { accountId: '100000000007', phone: '+1 206-555-0100' })).toEqual({ account: 'in-list', phone: 'differs' });
  });
});
