/**
 * The drill page's one entry for a backup (src/domain/totp/backup.ts): what the user pastes —
 * the printed Base32 secret, an otpauth:// link, the text a QR code decoded to — is read the way
 * the user meant it, and anything else gets the reason the drill page shows.
 */
import { describe, expect, it } from 'vitest';
import { parseBackup, wipeBackup } from '../../src/domain/totp/backup.ts';
import { MAX_INPUT_CHARS } from '../../src/domain/totp/base32.ts';

// RFC 6238's 20-byte test secret (AWS prints 40 bytes; the drill takes any length from 10 to 64).
const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const BYTES = new TextEncoder().encode('12345678901234567890');

describe('a backup the drill page is given', () => {
  it('reads a printed secret typed in lower case with spaces, with the parameters AWS uses', () => {
    const r = parseBackup('  gezd gnbv gy3t qojq gezd gnbv gy3t qojq \n');
    expect(r).toEqual({
      ok: true,
      backup: { source: 'base32', params: { secret: BYTES, algorithm: 'sha1', digits: 6, period: 30 }, base32: SECRET, issuerMismatch: false },
    });
  });

  it('reads an otpauth link with the issuer, account and parameters it names', () => {
    const r = parseBackup(`otpauth://totp/Amazon%20Web%20Services:root@123456789012?secret=${SECRET.toLowerCase()}&issuer=Amazon%20Web%20Services&digits=8&period=60&algorithm=SHA256`);
    expect(r).toEqual({
      ok: true,
      backup: {
        source: 'uri',
        params: { secret: BYTES, algorithm: 'sha256', digits: 8, period: 60 },
        base32: SECRET,
        issuer: 'Amazon Web Services',
        account: 'root@123456789012',
        issuerMismatch: false,
      },
    });
  });

  it('keeps no issuer or account the link does not name, and says when label and issuer disagree', () => {
    const bare = parseBackup(`otpauth://totp/?secret=${SECRET}`);
    expect(bare.ok && Object.keys(bare.backup).sort()).toEqual(['base32', 'issuerMismatch', 'params', 'source']);
    const mismatch = parseBackup(`OTPAUTH://totp/GitHub:me?secret=${SECRET}&issuer=Amazon`);
    expect(mismatch.ok && [mismatch.backup.source, mismatch.backup.issuerMismatch]).toEqual(['uri', true]);
  });

  it("gives the link's own reason when an otpauth link is wrong, not a Base32 one", () => {
    expect(parseBackup('otpauth://hotp/x?secret=' + SECRET)).toEqual({ ok: false, error: { code: 'hotp' } });
    expect(parseBackup('otpauth-migration://offline?data=AAAA')).toEqual({ ok: false, error: { code: 'migration' } });
    expect(parseBackup('otpauth://totp/x')).toEqual({ ok: false, error: { code: 'missing-secret' } });
  });

  it('refuses a link of another kind, whatever its case, as "not an authenticator link"', () => {
    for (const link of [`https://example.com/?secret=${SECRET}`, `HTTP://x/${SECRET}`, 'ftp://host/file', 'chrome-extension://abc/']) {
      expect(parseBackup(link)).toEqual({ ok: false, error: { code: 'not-otpauth' } });
    }
  });

  it('reads text with a colon but no link as a secret, and says which character is wrong', () => {
    const r = parseBackup('GEZD:GNBV');
    expect(r.ok ? null : r.error).toMatchObject({ code: 'invalid-char', char: ':', position: 5 });
  });

  it('reads a paste that only mentions a link later on as a secret, and names the first wrong character', () => {
    for (const text of ['GEZDGNBV see https://example.com', 'GEZDGNBV otpauth://totp/x?secret=GEZDGNBV']) {
      const r = parseBackup(text);
      expect(r.ok ? null : r.error, text).toMatchObject({ code: 'invalid-char' });
    }
  });

  it('says "empty" for nothing, only spaces, or something that is not text', () => {
    for (const x of ['', '   \n\t', undefined, null, 42, { secret: SECRET }]) expect(parseBackup(x)).toEqual({ ok: false, error: { code: 'empty' } });
  });

  it('refuses an overlong paste before reading it, even when it is only spaces', () => {
    expect(parseBackup(' '.repeat(MAX_INPUT_CHARS + 1))).toEqual({ ok: false, error: { code: 'input-too-long' } });
    expect(parseBackup(`otpauth://totp/x?secret=${SECRET}&x=${'a'.repeat(MAX_INPUT_CHARS)}`)).toEqual({ ok: false, error: { code: 'input-too-long' } });
    // At the limit itself it is read.
    expect(parseBackup(SECRET + ' '.repeat(MAX_INPUT_CHARS - SECRET.length)).ok).toBe(true);
  });
});

describe('forgetting a backup', () => {
  it("zero-fills the secret's bytes in place", () => {
    const r = parseBackup(SECRET);
    if (!r.ok) throw new Error(r.error.code);
    const secret = r.backup.params.secret;
    wipeBackup(r.backup);
    expect(secret).toBe(r.backup.params.secret);
    expect([...secret]).toEqual(new Array(20).fill(0));
  });
});
