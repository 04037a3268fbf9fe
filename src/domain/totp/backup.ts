/**
 * One entry point for whatever the user gives as their backup: the Base32 secret as printed,
 * an otpauth:// URI, or the text a QR code decoded to. Pure: never throws.
 */
import { MAX_INPUT_CHARS, normalizeBase32, type Base32Error } from './base32.ts';
import { parseOtpauthUri, type UriError } from './otpauth-uri.ts';
import { AWS_TOTP, type TotpParams } from './params.ts';

export type BackupError = Base32Error | UriError;

export interface Backup {
  source: 'base32' | 'uri';
  params: TotpParams;
  /** Canonical Base32 of the secret (uppercase, no padding). Memory only, like `params.secret`. */
  base32: string;
  issuer?: string;
  account?: string;
  issuerMismatch: boolean;
}

export type BackupResult = { ok: true; backup: Backup } | { ok: false; error: BackupError };

/** Anything with a URI scheme ("https://…", "otpauth-migration://…") that is not an otpauth URI. */
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

export function parseBackup(input: unknown): BackupResult {
  if (typeof input !== 'string') return { ok: false, error: { code: 'empty' } };
  if (input.length > MAX_INPUT_CHARS) return { ok: false, error: { code: 'input-too-long' } };
  const text = input.trim();
  // Stryker disable next-line ConditionalExpression,StringLiteral: normalizeBase32 answers 'empty' for '' too; this only says it sooner
  if (text === '') return { ok: false, error: { code: 'empty' } };
  if (/^otpauth(-migration)?:/i.test(text)) {
    const r = parseOtpauthUri(text);
    if (!r.ok) return r;
    const { params, base32, issuer, account, issuerMismatch } = r.uri;
    return {
      ok: true,
      backup: { source: 'uri', params, base32, ...(issuer ? { issuer } : {}), ...(account ? { account } : {}), issuerMismatch },
    };
  }
  if (OTHER_SCHEME.test(text)) return { ok: false, error: { code: 'not-otpauth' } };
  const s = normalizeBase32(text);
  if (!s.ok) return s;
  // A bare secret carries no parameters: assume what AWS virtual MFA uses.
  return { ok: true, backup: { source: 'base32', params: { secret: s.bytes, ...AWS_TOTP }, base32: s.base32, issuerMismatch: false } };
}

/** Zero-fills the secret bytes so a forgotten backup leaves no copy of them in this object. */
export function wipeBackup(b: Backup): void {
  b.params.secret.fill(0);
}
