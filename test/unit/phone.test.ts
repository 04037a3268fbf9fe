import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkPhone, maskPhone, normalizePhoneInput, phoneErrorKey } from '../../src/domain/phone.ts';
import type { PhoneErrorCode } from '../../src/shared/messages.ts';
import en from '../../src/locales/en/phone.json' with { type: 'json' };
import ja from '../../src/locales/ja/phone.json' with { type: 'json' };

describe('checkPhone: numbers as people write them at home', () => {
  it('formats a Japanese mobile number with the trunk zero dropped', () => {
    expect(checkPhone('090-1234-5678', 'JP')).toEqual({ ok: true, e164: '+819012345678', international: '+81 90 1234 5678', country: 'JP' });
  });

  it('formats the UK example AWS gives', () => {
    const r = checkPhone('07911 123456', 'GB');
    expect(r.ok && r.e164).toBe('+447911123456');
  });

  it('formats a US number with punctuation', () => {
    const r = checkPhone('(415) 555-2671', 'us');
    expect(r.ok && r.e164).toBe('+14155552671');
  });

  it('normalizes full-width digits, plus and IME dashes', () => {
    expect(checkPhone('０９０－１２３４－５６７８', 'JP')).toMatchObject({ ok: true, e164: '+819012345678' });
    expect(checkPhone('090ー1234ー5678', 'JP')).toMatchObject({ ok: true, e164: '+819012345678' });
    expect(checkPhone('＋８１ ９０ １２３４ ５６７８', 'JP')).toMatchObject({ ok: true, e164: '+819012345678' });
    expect(normalizePhoneInput(' ０９０ ')).toBe('090');
  });

  it('ignores the chosen country when the number already has a +country', () => {
    expect(checkPhone('+44 7911 123456', 'JP')).toMatchObject({ ok: true, e164: '+447911123456' });
  });

  it('corrects a typed trunk zero after the country code', () => {
    expect(checkPhone('+81 090 1234 5678', 'JP')).toMatchObject({ ok: true, e164: '+819012345678' });
  });

  it('rejects garbage with the matching error', () => {
    const cases: [string, string | undefined, PhoneErrorCode][] = [
      ['', 'JP', 'empty'],
      ['   ', 'JP', 'empty'],
      ['call me maybe', 'JP', 'letters'],
      ['090-1234-567８ｘ', 'JP', 'letters'],
      ['０９０-abcd', 'JP', 'letters'],
      ['1'.repeat(30), 'JP', 'too-long'],
      ['+' + '8'.repeat(30), undefined, 'too-long'],
      ['12', 'JP', 'too-short'],
      ['090#1234', 'JP', 'invalid'],
      ['+81 1234 5678 9012 34', undefined, 'too-long'],
      ['+81 1234 5678 9012 3', undefined, 'invalid'],
      ['090-1234-5678', '', 'no-country'],
      ['090-1234-5678', 'XX', 'no-country'],
    ];
    for (const [input, country, error] of cases) expect([input, checkPhone(input, country)]).toEqual([input, { ok: false, error }]);
  });
});

describe('checkPhone: a number shown on the AWS Account page (no country)', () => {
  it('accepts the +country form', () => {
    expect(checkPhone('+81-90-1234-5678')).toMatchObject({ ok: true, e164: '+819012345678', country: 'JP' });
    expect(checkPhone('+1 (415) 555-2671')).toMatchObject({ ok: true, e164: '+14155552671' });
  });

  it('flags a number without + as not international', () => {
    expect(checkPhone('090-1234-5678')).toEqual({ ok: false, error: 'not-international' });
    expect(checkPhone('0081 90 1234 5678')).toEqual({ ok: false, error: 'not-international' });
  });

  it('flags a leading zero after the country code, which AWS says to remove', () => {
    expect(checkPhone('+81-090-1234-5678')).toEqual({ ok: false, error: 'not-international' });
  });

  it('keeps a zero that belongs to the number (Italy)', () => {
    expect(checkPhone('+39 06 1234 5678')).toMatchObject({ ok: true, e164: '+390612345678' });
  });
});

describe('properties', () => {
  const countries = fc.constantFrom(undefined, '', 'JP', 'US', 'GB', 'DE', 'XX', 'jp', '🇯🇵');
  it('never throws and always answers ok or a known error', () => {
    const known = new Set(['empty', 'letters', 'too-long', 'too-short', 'invalid', 'no-country', 'not-international']);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[+＋]?[0-9０-９ \-ー()]{0,40}$/)), countries, (s, c) => {
        const r = checkPhone(s, c);
        if (r.ok) expect(r.e164).toMatch(/^\+[1-9]\d{1,14}$/);
        else expect(known.has(r.error)).toBe(true);
        expect(typeof maskPhone(s)).toBe('string');
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent: a formatted result checks to itself, with or without a country', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^0[1-9]0-?[0-9]{4}-?[0-9]{4}$/), (s) => {
        const r = checkPhone(s, 'JP');
        if (!r.ok) return;
        expect(checkPhone(r.e164)).toMatchObject({ ok: true, e164: r.e164 });
        expect(checkPhone(r.international, 'US')).toMatchObject({ ok: true, e164: r.e164 });
      }),
    );
  });

  it('never accepts input containing a letter', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('a', 'Z', 'ｘ', 'あ', '漢'), fc.string(), (a, letter, b) => {
        expect(checkPhone(a + letter + b, 'JP').ok).toBe(false);
      }),
    );
  });
});

describe('maskPhone', () => {
  it('keeps the country code, two leading and four trailing digits', () => {
    expect(maskPhone('+819012345678')).toBe('+81 90 **** 5678');
    expect(maskPhone('+447911123456')).toBe('+44 79** **3456');
  });
  it('masks something unparseable without throwing', () => {
    expect(maskPhone('12345678')).toBe('****5678');
    expect(maskPhone('')).toBe('');
  });
});

describe('phoneErrorKey', () => {
  it('names a message present in both languages for every error', () => {
    const codes: PhoneErrorCode[] = ['empty', 'letters', 'too-long', 'too-short', 'invalid', 'no-country', 'not-international'];
    for (const c of codes) {
      const key = phoneErrorKey(c);
      expect(key).toMatch(/^phone/);
      expect(en).toHaveProperty(key);
      expect(ja).toHaveProperty(key);
    }
  });
});
