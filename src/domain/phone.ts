/**
 * Phone-number rules for AWS recovery: AWS calls or texts the account's primary contact phone,
 * which must be stored as "+<country code><number>" with no leading zero after the country code
 * (re:Post "reset-mfa-device": 07911 123456 -> +447911123456). Pure and total: every function
 * returns a value for any input and never throws, because the input is whatever a person typed
 * or whatever an AWS page showed.
 *
 * Uses libphonenumber-js with its 'min' metadata (about 80 KB raw): this module runs in the
 * worker and extension pages only, never in the content script.
 */
import { parsePhoneNumberFromString, validatePhoneNumberLength, isSupportedCountry, type CountryCode } from 'libphonenumber-js/min';
import type { PhoneCheck, PhoneErrorCode } from '../shared/messages.ts';

/** E.164 allows at most 15 digits after the "+". */
const E164_MAX_DIGITS = 15;
/** A typed number may carry an international prefix (010, 00, 011) and a trunk 0 on top. */
const TYPED_MAX_DIGITS = 19;
/** Longer than any real phone number, however it is punctuated; not worth parsing. */
const MAX_INPUT_CHARS = 64;

/** Dashes and minus signs a Japanese IME or a copy from a web page may produce. */
const DASHES = /[\u2010-\u2015\u2212\u30FC\uFF70\u301C\uFF5E~]/g;
/** What may separate digits in a phone number as people write it. */
const ALLOWED = /^\+?[0-9\s\-().\/]*$/;

/**
 * Normalizes what people type: full-width digits and "+" (０９０, ＋８１) become ASCII via NFKC,
 * dash look-alikes become "-", surrounding space goes.
 */
export function normalizePhoneInput(input: string): string {
  return input.normalize('NFKC').replace(DASHES, '-').trim();
}

function fail(error: PhoneErrorCode): PhoneCheck {
  return { ok: false, error };
}

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

/**
 * Checks a phone number.
 * - With `country` (ISO 3166 alpha-2): a number as written at home ("090-1234-5678", "JP"),
 *   or one already starting with "+" (then the country is ignored).
 * - Without `country`: a number shown on the AWS Account page, which must already be in the
 *   "+country" form AWS needs; anything else is `not-international`.
 * An empty `country` means the user has not picked one yet (`no-country`).
 */
export function checkPhone(input: string, country?: string): PhoneCheck {
  if (typeof input !== 'string') return fail('empty');
  if (input.length > MAX_INPUT_CHARS * 4) return fail('too-long');
  const text = normalizePhoneInput(input);
  if (text === '') return fail('empty');
  if (/\p{L}/u.test(text)) return fail('letters');
  if (!ALLOWED.test(text)) return fail('invalid');
  const digits = digitsOf(text);
  if (digits.length === 0) return fail('invalid');
  // Stryker disable next-line ConditionalExpression,EqualityOperator: past 19 typed digits libphonenumber says too long as well; counting only spares it the work
  if (digits.length > TYPED_MAX_DIGITS) return fail('too-long');
  if (text.length > MAX_INPUT_CHARS) return fail('too-long');

  const international = text.startsWith('+');
  // Stryker disable next-line ConditionalExpression: libphonenumber says too long for more than 15 digits after the + as well
  if (international && digits.length > E164_MAX_DIGITS) return fail('too-long');
  let region: CountryCode | undefined;
  if (!international) {
    if (country === undefined) return fail('not-international');
    // Stryker disable next-line StringLiteral: an empty code and any other unsupported one both end in no-country
    const cc = typeof country === 'string' ? country.trim().toUpperCase() : '';
    // Stryker disable next-line ConditionalExpression,LogicalOperator: without it libphonenumber answers INVALID_COUNTRY, which is no-country below too
    if (!cc || !isSupportedCountry(cc)) return fail('no-country');
    region = cc;
  }

  // Stryker disable BlockStatement: the catch is unreachable (libphonenumber throws only on inputs excluded above), kept so the check stays total
  try {
    const length = validatePhoneNumberLength(text, region);
    // Stryker disable next-line ConditionalExpression,StringLiteral: NOT_A_NUMBER comes only for text without digits, refused as invalid above
    if (length === 'TOO_SHORT' || length === 'NOT_A_NUMBER') return fail('too-short');
    if (length === 'TOO_LONG') return fail('too-long');
    // Stryker disable next-line ConditionalExpression,StringLiteral: an unknown calling code does not parse either (invalid below), and a national number's country was checked above
    if (length === 'INVALID_COUNTRY') return fail(international ? 'invalid' : 'no-country');
    const parsed = parsePhoneNumberFromString(text, region);
    // Stryker disable next-line ConditionalExpression,StringLiteral: a number of valid length parses; were it undefined, reading it would throw into the catch, invalid too
    if (!parsed) return fail('invalid');
    const e164 = parsed.number;
    if (digitsOf(e164).length > E164_MAX_DIGITS) return fail('too-long');
    if (!parsed.isValid()) return fail('invalid');
    // AWS wants no trunk zero after the country code: "+81 090…" parses, but is not how the
    // account page must show it. Digits that differ from E.164 mean the shown form is wrong.
    if (country === undefined && digitsOf(text) !== digitsOf(e164)) return fail('not-international');
    return { ok: true, e164, international: parsed.formatInternational(), ...(parsed.country ? { country: parsed.country } : {}) };
  } catch {
    // libphonenumber throws only on inputs the checks above already exclude; stay total anyway.
    // Stryker disable next-line StringLiteral: unreachable (see above)
    return fail('invalid');
  }
  // Stryker restore BlockStatement
}

/**
 * Masks a number for display ("+81 90 **** 5678"): the country code, the first two digits
 * and the last four stay, so the owner recognizes it and an onlooker learns little.
 */
export function maskPhone(e164: string): string {
  if (typeof e164 !== 'string') return '';
  // Stryker disable BlockStatement: parsePhoneNumberFromString does not throw on a string; the catch keeps masking total
  const parsed = (() => {
    try {
      return parsePhoneNumberFromString(normalizePhoneInput(e164));
    } catch {
      return undefined;
    }
  })();
  // Stryker restore BlockStatement
  if (!parsed) {
    const d = digitsOf(normalizePhoneInput(e164));
    return d.length <= 4 ? '*'.repeat(d.length) : '*'.repeat(d.length - 4) + d.slice(-4);
  }
  // Stryker disable next-line Regex: the international form is always '+<code> <rest>': one + at the start, one space after the code
  const national = parsed.formatInternational().replace(/^\+\d+\s*/, '');
  const total = digitsOf(national).length;
  const keepHead = total > 8 ? 2 : 0;
  const keepTail = total > 6 ? 4 : 2;
  let seen = 0;
  const masked = national.replace(/\d/g, (d) => {
    const i = seen++;
    return i < keepHead || i >= total - keepTail ? d : '*';
  });
  return `+${parsed.countryCallingCode} ${masked}`;
}

export { phoneErrorKey } from './phone-error-key.ts';
