/**
 * Each refused phone number says why (the reason is what the form shows), including numbers a
 * little too long for their country, pastes padded with spaces, and values that are not text at
 * all (messages from a page); the country may come with spaces around it.
 */
import { describe, expect, it } from 'vitest';
import { checkPhone, normalizePhoneInput } from '../../src/domain/phone.ts';

const refused = (input: unknown, country?: unknown) => checkPhone(input as string, country as string);

describe('why a phone number is refused', () => {
  it('"too long" for an American number with one digit too many', () => {
    expect(refused('+1 202 555 01234')).toEqual({ ok: false, error: 'too-long' });
  });

  it('"too long" for a Japanese mobile number typed with four digits too many', () => {
    expect(refused('090-1234-5678-0123', 'JP')).toEqual({ ok: false, error: 'too-long' });
  });

  it('"too long" for a short number drowned in more than 64 characters of dashes', () => {
    expect(refused(`0${'-'.repeat(60)}90-1234-5678`, 'JP')).toEqual({ ok: false, error: 'too-long' });
  });

  it('"invalid", not "too short", for punctuation without any digit', () => {
    expect(refused('()-', 'JP')).toEqual({ ok: false, error: 'invalid' });
  });

  it('"empty" for a value that is not text, and "no country" for a country that is not text', () => {
    expect(refused(undefined)).toEqual({ ok: false, error: 'empty' });
    expect(refused(819012345678, 'JP')).toEqual({ ok: false, error: 'empty' });
    expect(refused('090-1234-5678', 81)).toEqual({ ok: false, error: 'no-country' });
  });
});

describe('a pasted number with spaces around it', () => {
  const number = '090-1234-5678';

  it('is read up to 256 characters in all', () => {
    expect(refused(number.padStart(256), 'JP')).toMatchObject({ ok: true, e164: '+819012345678' });
  });

  it('is "too long" past 256 characters, even if most of them are spaces', () => {
    expect(refused(number.padStart(257), 'JP')).toEqual({ ok: false, error: 'too-long' });
  });

  it('is read with the country written in lower case and spaces around it', () => {
    expect(refused(number, ' jp ')).toMatchObject({ ok: true, e164: '+819012345678', country: 'JP' });
  });
});

describe('what people type, before it is checked', () => {
  it('becomes ASCII digits and plain hyphens, without the spaces around', () => {
    expect(normalizePhoneInput(' ０９０ー１２３４−５６７８ ')).toBe('090-1234-5678');
    expect(normalizePhoneInput('090〜1234～5678')).toBe('090-1234-5678');
  });
});
