/**
 * Which country's options to show first (notaries, support language, the phone's country),
 * from what the user told us, best first: the country of the account's phone number (its
 * calling code says it), the country picked for that phone, the UI language (Japanese → Japan),
 * and only then the browser's region. An English browser in Tokyo with a +81 phone gets Japan.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

export interface CountryHints {
  phoneE164?: string | undefined;
  phoneCountry?: string | undefined;
  /** The language the UI speaks ('en' | 'ja'). */
  uiLang: string;
  /** The browser's locale, e.g. 'en-GB'. */
  browserLocale?: string | undefined;
}

/** Countries whose language the UI speaks, so the UI language alone names one. */
const LANG_COUNTRY: Record<string, string> = { ja: 'JP' };

/** The country an international number (+…) belongs to, or undefined while it is not one yet. */
export function phoneCountryOf(typed: string): string | undefined {
  const compact = typed.replace(/[\s().-]/g, '');
  // Stryker disable next-line ConditionalExpression,StringLiteral: libphonenumber gives no country for a national number without one either; the check only skips the parse
  if (!compact.startsWith('+')) return undefined;
  return parsePhoneNumberFromString(compact)?.country;
}

export function preferredCountry(h: CountryHints, known: readonly string[], fallback = 'US'): string {
  const ok = (c: string | undefined): c is string => !!c && known.includes(c);
  const fromPhone = h.phoneE164 ? phoneCountryOf(h.phoneE164) : undefined;
  if (ok(fromPhone)) return fromPhone;
  if (ok(h.phoneCountry)) return h.phoneCountry;
  const fromLang = LANG_COUNTRY[h.uiLang];
  if (ok(fromLang)) return fromLang;
  const region = h.browserLocale ? /-([A-Z]{2})\b/.exec(h.browserLocale)?.[1] : undefined;
  if (ok(region)) return region;
  return known.includes(fallback) ? fallback : (known[0] ?? fallback);
}
