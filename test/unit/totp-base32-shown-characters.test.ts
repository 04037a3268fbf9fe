/**
 * What a refused secret's message shows, and how much text is read: a character that would be
 * invisible in the message (a space, DEL, any control character) is named by its code point,
 * visible ASCII by itself; a pasted secret amid up to MAX_INPUT_CHARS characters of spacing is
 * still read, one character more is refused before any work.
 */
import { expect, it } from 'vitest';
import { displayChar, MAX_INPUT_CHARS, normalizeBase32 } from '../../src/domain/totp/base32.ts';

it('names a DEL pasted into a secret by its code point, at its position', () => {
  expect(normalizeBase32('JBSW\u007fY3DPEHPK3PXP')).toEqual({ ok: false, error: { code: 'invalid-char', char: 'U+007F', position: 5 } });
});

it('shows visible ASCII as itself, and a space or a control character by its code point', () => {
  expect(['!', '~', 'A', '0'].map(displayChar)).toEqual(['!', '~', 'A', '0']);
  expect([' ', '\u007f', '\u0000', '\u001f', '\u00a0'].map(displayChar)).toEqual(['U+0020', 'U+007F', 'U+0000', 'U+001F', 'U+00A0']);
});

it(`reads a secret amid spacing up to ${MAX_INPUT_CHARS} characters in all, and refuses one more`, () => {
  const secret = 'JBSW Y3DP EHPK 3PXP';
  const padded = (n: number) => secret + ' '.repeat(n - secret.length);
  expect(normalizeBase32(padded(MAX_INPUT_CHARS))).toMatchObject({ ok: true, base32: 'JBSWY3DPEHPK3PXP' });
  expect(normalizeBase32(padded(MAX_INPUT_CHARS + 1))).toEqual({ ok: false, error: { code: 'input-too-long' } });
});
