import { describe, expect, it } from 'vitest';
import { phoneCountryOf, preferredCountry } from '../../src/domain/preferred-country.ts';

const KNOWN = ['JP', 'US', 'GB', 'DE'];

describe('preferredCountry', () => {
  it('follows the phone number over the browser language (an English browser in Tokyo)', () => {
    expect(preferredCountry({ phoneE164: '+819012345678', uiLang: 'en', browserLocale: 'en-US' }, KNOWN)).toBe('JP');
  });
  it('follows the phone number over a country picked wrongly for it', () => {
    expect(preferredCountry({ phoneE164: '+819012345678', phoneCountry: 'US', uiLang: 'en' }, KNOWN)).toBe('JP');
  });
  it('uses the picked country when there is no phone', () => {
    expect(preferredCountry({ phoneCountry: 'GB', uiLang: 'ja', browserLocale: 'ja-JP' }, KNOWN)).toBe('GB');
  });
  it('then the UI language: Japanese means Japan even in an en-US browser', () => {
    expect(preferredCountry({ uiLang: 'ja', browserLocale: 'en-US' }, KNOWN)).toBe('JP');
  });
  it('then the browser region, then the fallback', () => {
    expect(preferredCountry({ uiLang: 'en', browserLocale: 'en-GB' }, KNOWN)).toBe('GB');
    expect(preferredCountry({ uiLang: 'en', browserLocale: 'en' }, KNOWN)).toBe('US');
    expect(preferredCountry({ uiLang: 'en', browserLocale: 'fr-FR' }, KNOWN)).toBe('US');
  });
});

describe('phoneCountryOf', () => {
  it('reads the country of an international number as typed', () => {
    expect(phoneCountryOf('+81 90-1234-5678')).toBe('JP');
    expect(phoneCountryOf('+1 (202) 555-0143')).toBe('US');
  });
  it('says nothing for a national number or an unfinished one', () => {
    expect(phoneCountryOf('090-1234-5678')).toBeUndefined();
    expect(phoneCountryOf('+8')).toBeUndefined();
  });
});
