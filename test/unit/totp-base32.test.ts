import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeBase32, MAX_INPUT_CHARS } from '../../src/domain/totp/base32.ts';
import { parseBackup } from '../../src/domain/totp/backup.ts';
import { toBase32 } from './totp-reference.ts';
import { anyText } from './totp-arbitraries.ts';

const HEX = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('normalizeBase32: what people copy from a printout', () => {
  it.each([
    ['JBSWY3DPEHPK3PXP'],
    ['jbswy3dpehpk3pxp'],
    ['JBSW Y3DP EHPK 3PXP'],
    ['  jbsw y3dp\nehpk\t3pxp  '],
    ['JBSW-Y3DP-EHPK-3PXP'],
    ['ＪＢＳＷ　Ｙ３ＤＰ　ＥＨＰＫ　３ＰＸＰ'], // typed with a Japanese IME: full-width letters and spaces
  ])('accepts %j', (input) => {
    const r = normalizeBase32(input);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.base32).toBe('JBSWY3DPEHPK3PXP');
      expect(HEX(r.bytes)).toBe('48656c6c6f21deadbeef');
    }
  });

  it('accepts missing and correct padding alike, and refuses wrong padding', () => {
    const bytes = Uint8Array.from({ length: 11 }, (_, i) => i + 1); // 11 bytes -> 18 chars + 6 '='
    const bare = toBase32(bytes);
    expect(bare).toHaveLength(18);
    for (const input of [bare, `${bare}======`, bare.toLowerCase()]) {
      const r = normalizeBase32(input);
      expect(r.ok && HEX(r.bytes)).toBe(HEX(bytes));
    }
    expect(normalizeBase32(`${bare}===`)).toEqual({ ok: false, error: { code: 'bad-padding' } });
    expect(normalizeBase32(`${bare.slice(0, 8)}=${bare.slice(8)}`)).toEqual({ ok: false, error: { code: 'bad-padding' } });
  });

  it('names the first character outside the alphabet, its position, and the letter it resembles', () => {
    expect(normalizeBase32('JBSW Y3DP EHPK 3PX0')).toEqual({
      ok: false,
      error: { code: 'invalid-char', char: '0', position: 16, suggestion: 'O' },
    });
    expect(normalizeBase32('1BSWY3DPEHPK3PXP')).toMatchObject({ error: { code: 'invalid-char', position: 1, suggestion: 'I' } });
    expect(normalizeBase32('JBSWY3DPEHPK3PX8')).toMatchObject({ error: { suggestion: 'B' } });
    const nine = normalizeBase32('JBSWY3DPEHPK3PX9');
    expect(nine).toEqual({ ok: false, error: { code: 'invalid-char', char: '9', position: 16 } });
    expect(normalizeBase32('JBSWY3DP!HPK3PXP')).toMatchObject({ error: { code: 'invalid-char', char: '!', position: 9 } });
    // Invisible or look-alike Unicode is shown by code point, never as itself.
    expect(normalizeBase32('JBSWY3DP\u200bEHPK3PXP')).toMatchObject({ error: { code: 'invalid-char', char: 'U+200B' } });
    expect(normalizeBase32('JBSWY3DPEHPK3PXß')).toMatchObject({ error: { code: 'invalid-char', char: 'U+00DF' } });
  });

  it('refuses lengths no whole number of bytes encodes to', () => {
    for (const n of [17, 19, 22]) {
      expect(normalizeBase32('A'.repeat(n))).toEqual({ ok: false, error: { code: 'bad-length', length: n } });
    }
  });

  it('refuses secrets too short to be real and too long for any authenticator', () => {
    expect(normalizeBase32('JBSWY3DPEHPK3')).toEqual({ ok: false, error: { code: 'too-short', bytes: 8 } });
    expect(normalizeBase32('A'.repeat(104))).toEqual({ ok: false, error: { code: 'too-long', bytes: 65 } });
    expect(normalizeBase32('A'.repeat(103)).ok).toBe(true); // 64 bytes
  });

  it('refuses empty and oversized input before doing any work', () => {
    expect(normalizeBase32('')).toEqual({ ok: false, error: { code: 'empty' } });
    expect(normalizeBase32('  - \n')).toEqual({ ok: false, error: { code: 'empty' } });
    expect(normalizeBase32('====')).toEqual({ ok: false, error: { code: 'empty' } });
    expect(normalizeBase32(undefined)).toEqual({ ok: false, error: { code: 'empty' } });
    expect(normalizeBase32('A'.repeat(MAX_INPUT_CHARS + 1))).toEqual({ ok: false, error: { code: 'input-too-long' } });
  });

  it('round-trips any secret of 10..64 bytes, however it is spaced and cased', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 10, maxLength: 64 }),
        fc.integer({ min: 1, max: 8 }),
        fc.boolean(),
        (bytes, group, lower) => {
          const b32 = toBase32(bytes);
          const spaced = (b32.match(new RegExp(`.{1,${group}}`, 'g')) ?? []).join(' ');
          const r = normalizeBase32(lower ? spaced.toLowerCase() : spaced);
          expect(r.ok).toBe(true);
          if (r.ok) {
            expect(HEX(r.bytes)).toBe(HEX(bytes));
            expect(r.base32).toBe(b32);
          }
        },
      ),
    );
  });

  it('never throws on arbitrary strings and always answers ok or a known error code', () => {
    const codes = ['empty', 'input-too-long', 'invalid-char', 'bad-length', 'bad-padding', 'too-short', 'too-long'];
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), anyText(200), fc.stringMatching(/^[A-Za-z2-7 =-]{0,120}$/)), (s) => {
        const r = normalizeBase32(s);
        if (!r.ok) expect(codes).toContain(r.error.code);
        const b = parseBackup(s);
        expect(typeof b.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts non-strings without throwing', () => {
    for (const v of [null, 42, {}, [], Symbol('x')]) expect(normalizeBase32(v).ok).toBe(false);
  });
});
