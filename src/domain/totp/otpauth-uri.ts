/**
 * otpauth:// URIs (Google's Key URI format), as a QR code or a copied setup link holds them:
 *   otpauth://totp/Issuer:account?secret=BASE32&issuer=Issuer&algorithm=SHA1&digits=6&period=30
 * Validated strictly enough to say what is wrong, leniently enough to take what real apps emit
 * (lowercase values, `+` for spaces, an encoded `%3A` label separator). Pure: never throws,
 * whatever the input.
 */
import { displayChar, MAX_INPUT_CHARS, normalizeBase32, type Base32Error } from './base32.ts';
import { AWS_TOTP, MAX_PERIOD, MIN_PERIOD, type TotpAlgorithm, type TotpDigits, type TotpParams } from './params.ts';

export type UriError =
  | { code: 'not-otpauth' }
  /** Google Authenticator's "export accounts" QR: a protobuf batch, not one account's secret. */
  | { code: 'migration' }
  | { code: 'hotp' }
  | { code: 'bad-type'; value: string }
  | { code: 'bad-uri' }
  | { code: 'bad-encoding' }
  | { code: 'missing-secret' }
  | { code: 'bad-algorithm'; value: string }
  | { code: 'bad-digits'; value: string }
  | { code: 'bad-period'; value: string }
  | { code: 'duplicate-param'; name: string };

export interface ParsedUri {
  params: TotpParams;
  /** The secret as canonical Base32 (uppercase, no padding); stays in memory with `params`. */
  base32: string;
  /** `issuer=` when present, else the label's "Issuer:" prefix. */
  issuer?: string;
  /** The label's account part ("root-account-mfa-device@123456789012"). */
  account?: string;
  /** The label prefix and the issuer parameter disagree (the Key URI format says they should not). */
  issuerMismatch: boolean;
}

export type UriResult = { ok: true; uri: ParsedUri } | { ok: false; error: UriError | Base32Error };

// Stryker disable next-line Regex: the `$` adds nothing, `(?:#.*)?` with the s flag already runs to the end; the line's other regex mutants are killed
const SHAPE = /^otpauth:\/\/([^/?#]*)\/?([^?#]*)(?:\?([^#]*))?(?:#.*)?$/is;
const ALGORITHMS: Record<string, TotpAlgorithm> = { SHA1: 'sha1', SHA256: 'sha256', SHA512: 'sha512' };
/** Parameters that change the code; a second copy of one makes the backup ambiguous. */
const SINGLE = ['secret', 'issuer', 'algorithm', 'digits', 'period'];

/** A value echoed back in an error message: printable (others as U+XXXX) and at most 32 characters. */
export function displayValue(v: string): string {
  // Stryker disable next-line MethodExpression: the cut to 64 only bounds the work on a huge value; the text shown is cut at 32 anyway
  const shown = Array.from(v.slice(0, 64), (c) => (/[\p{L}\p{N}\p{P}\p{S} ]/u.test(c) ? c : displayChar(c))).join('');
  return shown.length > 32 ? `${Array.from(shown).slice(0, 32).join('')}…` : shown;
}

/** Label text for display: no control or bidi-override characters, bounded length. */
function cleanLabel(v: string | undefined): string | undefined {
  const out = v?.replace(/[\p{Cc}\p{Cf}]/gu, '').trim().slice(0, 100);
  return out || undefined;
}

function decode(part: string, plusIsSpace: boolean): string | null {
  try {
    return decodeURIComponent(plusIsSpace ? part.replace(/\+/g, ' ') : part);
  } catch {
    return null;
  }
}

export function isOtpauthUri(text: string): boolean {
  return /^otpauth:/i.test(text.trim());
}

export function parseOtpauthUri(input: unknown): UriResult {
  if (typeof input !== 'string') return { ok: false, error: { code: 'not-otpauth' } };
  if (input.length > MAX_INPUT_CHARS) return { ok: false, error: { code: 'input-too-long' } };
  const text = input.trim();
  if (/^otpauth-migration:/i.test(text)) return { ok: false, error: { code: 'migration' } };
  if (!/^otpauth:/i.test(text)) return { ok: false, error: { code: 'not-otpauth' } };
  const m = SHAPE.exec(text);
  if (!m) return { ok: false, error: { code: 'bad-uri' } };
  // Stryker disable next-line StringLiteral: the type and label groups always match (maybe empty), and a link without a query has no secret whatever the default
  const [, rawType = '', rawLabel = '', rawQuery = ''] = m;

  const type = rawType.toLowerCase();
  if (type === 'hotp') return { ok: false, error: { code: 'hotp' } };
  if (type !== 'totp') return { ok: false, error: { code: 'bad-type', value: displayValue(decode(rawType, false) ?? rawType) } };

  const label = decode(rawLabel, false);
  if (label === null) return { ok: false, error: { code: 'bad-encoding' } };

  const query = new Map<string, string>();
  for (const pair of rawQuery.split('&')) {
    // Stryker disable next-line ConditionalExpression: an empty pair would only store a value under the empty name, which nothing reads
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const name = decode(eq === -1 ? pair : pair.slice(0, eq), true);
    const value = decode(eq === -1 ? '' : pair.slice(eq + 1), true);
    if (name === null || value === null) return { ok: false, error: { code: 'bad-encoding' } };
    const key = name.trim().toLowerCase();
    if (SINGLE.includes(key) && query.has(key)) return { ok: false, error: { code: 'duplicate-param', name: key } };
    // Stryker disable next-line ConditionalExpression: only the SINGLE names are read, and a second copy of those was refused above
    if (!query.has(key)) query.set(key, value);
  }

  const secretText = query.get('secret');
  if (secretText === undefined || secretText.trim() === '') return { ok: false, error: { code: 'missing-secret' } };
  const secret = normalizeBase32(secretText);
  if (!secret.ok) return { ok: false, error: secret.error };

  const algorithmText = query.get('algorithm');
  const algorithm = algorithmText === undefined ? AWS_TOTP.algorithm : ALGORITHMS[algorithmText.trim().toUpperCase().replace(/-/g, '')];
  // Stryker disable next-line StringLiteral: algorithmText is defined here (an absent one takes the default), so the fallback is never used
  if (!algorithm) return { ok: false, error: { code: 'bad-algorithm', value: displayValue(algorithmText ?? '') } };

  const digitsText = query.get('digits');
  let digits: TotpDigits = AWS_TOTP.digits;
  if (digitsText !== undefined) {
    const t = digitsText.trim();
    if (t !== '6' && t !== '8') return { ok: false, error: { code: 'bad-digits', value: displayValue(digitsText) } };
    digits = t === '6' ? 6 : 8;
  }

  const periodText = query.get('period');
  let period: number = AWS_TOTP.period;
  if (periodText !== undefined) {
    const t = periodText.trim();
    const n = /^\d{1,5}$/.test(t) ? Number(t) : NaN;
    if (!(n >= MIN_PERIOD && n <= MAX_PERIOD)) return { ok: false, error: { code: 'bad-period', value: displayValue(periodText) } };
    period = n;
  }

  // Label: "Issuer:account" or just "account"; the colon may arrive encoded (%3A), so split after decoding.
  const colon = label.indexOf(':');
  const prefix = colon === -1 ? undefined : cleanLabel(label.slice(0, colon));
  // Stryker disable next-line ConditionalExpression: without a colon, slice(colon + 1) is slice(0), the whole label, too
  const account = cleanLabel(colon === -1 ? label : label.slice(colon + 1));
  const issuerParam = cleanLabel(query.get('issuer'));
  const issuer = issuerParam ?? prefix;
  const issuerMismatch = !!(issuerParam && prefix && issuerParam.toLowerCase() !== prefix.toLowerCase());

  return {
    ok: true,
    uri: {
      params: { secret: secret.bytes, algorithm, digits, period },
      base32: secret.base32,
      ...(issuer ? { issuer } : {}),
      ...(account ? { account } : {}),
      issuerMismatch,
    },
  };
}
