/**
 * Base32 (RFC 4648) secrets as people copy them from a printout or a setup screen: grouped with
 * spaces, in lowercase, without the trailing `=` padding, sometimes typed with a Japanese IME
 * (full-width letters). Anything else is rejected with a specific code so the page can say
 * what is wrong. Pure: never throws.
 */

/** Google-era secrets are 10 bytes (16 characters); RFC 4226 asks for 16+. Below 10 is no real secret. */
export const MIN_SECRET_BYTES = 10;
/** otplib's own ceiling (SHA-512 block size is larger, but no authenticator issues more). */
export const MAX_SECRET_BYTES = 64;
/** AWS virtual MFA devices issue 40-byte secrets (64 Base32 characters). */
export const AWS_SECRET_BYTES = 40;
/** Longer input is not a secret someone copied; refuse before doing any work on it. */
export const MAX_INPUT_CHARS = 4096;

export type Base32Error =
  | { code: 'empty' }
  | { code: 'input-too-long' }
  /** `char` is printable (or U+XXXX); `position` is 1-based among the secret's characters. */
  | { code: 'invalid-char'; char: string; position: number; suggestion?: string }
  /** A length that no whole number of bytes encodes to (1, 3 or 6 characters after a multiple of 8). */
  | { code: 'bad-length'; length: number }
  | { code: 'bad-padding' }
  | { code: 'too-short'; bytes: number }
  | { code: 'too-long'; bytes: number };

export type Base32Result = { ok: true; base32: string; bytes: Uint8Array } | { ok: false; error: Base32Error };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** Characters that look like Base32 ones but are not in the alphabet: the usual misreadings of a printout. */
const LOOKALIKES: Record<string, string> = { '0': 'O', '1': 'I', '8': 'B' };

/** A character as the user can be told about it: itself when visible ASCII (not a space), else its code point. */
export function displayChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp > 0x20 && cp < 0x7f) return ch;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Only the secret's characters, uppercased; spaces, tabs, line breaks and hyphens are separators. */
function clean(input: string): string {
  // NFKC turns full-width Ａ-Ｚ/０-９ and the ideographic space into their ASCII forms.
  // Uppercase ASCII only: String#toUpperCase would turn "ß" into a valid-looking "SS".
  return input
    .normalize('NFKC')
    .replace(/[\s-]/g, '')
    .replace(/[a-z]/g, (c) => c.toUpperCase());
}

export function normalizeBase32(input: unknown): Base32Result {
  if (typeof input !== 'string') return { ok: false, error: { code: 'empty' } };
  if (input.length > MAX_INPUT_CHARS) return { ok: false, error: { code: 'input-too-long' } };
  const all = clean(input);
  // Stryker disable next-line ConditionalExpression: text of separators only leaves no data either, refused as empty below
  if (all.length === 0) return { ok: false, error: { code: 'empty' } };

  const firstPad = all.indexOf('=');
  const data = firstPad === -1 ? all : all.slice(0, firstPad);
  const padding = firstPad === -1 ? '' : all.slice(firstPad);

  let position = 0;
  for (const ch of data) {
    position += 1;
    if (!ALPHABET.includes(ch)) {
      const suggestion = LOOKALIKES[ch];
      return { ok: false, error: { code: 'invalid-char', char: displayChar(ch), position, ...(suggestion ? { suggestion } : {}) } };
    }
  }
  if (data.length === 0) return { ok: false, error: { code: 'empty' } };
  // Padding is optional, but when present it must be only `=` and complete the last 8-character block.
  if (padding && (/[^=]/.test(padding) || (data.length + padding.length) % 8 !== 0)) {
    return { ok: false, error: { code: 'bad-padding' } };
  }
  if ([1, 3, 6].includes(data.length % 8)) return { ok: false, error: { code: 'bad-length', length: data.length } };

  const byteCount = Math.floor((data.length * 5) / 8);
  if (byteCount < MIN_SECRET_BYTES) return { ok: false, error: { code: 'too-short', bytes: byteCount } };
  if (byteCount > MAX_SECRET_BYTES) return { ok: false, error: { code: 'too-long', bytes: byteCount } };

  const bytes = new Uint8Array(byteCount);
  let buffer = 0;
  let bits = 0;
  let out = 0;
  for (const ch of data) {
    buffer = ((buffer << 5) | ALPHABET.indexOf(ch)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[out++] = (buffer >> bits) & 0xff;
    }
  }
  // Leftover bits (under 8) are ignored, as authenticator apps do.
  return { ok: true, base32: data, bytes };
}
