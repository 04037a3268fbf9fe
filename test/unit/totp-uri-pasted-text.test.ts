/**
 * More of what the drill makes of a pasted setup link: the longest paste it takes, a stray
 * "otpauth:" before the link, a repeated parameter written without a value, and the label split
 * after a one-letter issuer.
 */
import { describe, expect, it } from 'vitest';
import { parseOtpauthUri } from '../../src/domain/totp/otpauth-uri.ts';
import { MAX_INPUT_CHARS } from '../../src/domain/totp/base32.ts';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const LINK = `otpauth://totp/AWS:me?secret=${SECRET}`;
const result = (input: string) => parseOtpauthUri(input);

describe('how much pasted text the drill reads', () => {
  it('reads a link padded with spaces up to exactly the longest paste it takes, and refuses one character more', () => {
    const padded = LINK + ' '.repeat(MAX_INPUT_CHARS - LINK.length);
    expect(padded).toHaveLength(MAX_INPUT_CHARS);
    expect(result(padded)).toMatchObject({ ok: true, uri: { account: 'me' } });
    expect(result(`${padded} `)).toEqual({ ok: false, error: { code: 'input-too-long' } });
  });
});

describe('text around or before the link', () => {
  it('says "broken link" when a stray "otpauth:" comes before the link, instead of reading the rest', () => {
    expect(result(`otpauth: ${LINK}`)).toEqual({ ok: false, error: { code: 'bad-uri' } });
  });

  it('does not take a normal link for a Google Authenticator export because a value mentions one', () => {
    expect(result(`${LINK}&image=otpauth-migration://offline`)).toMatchObject({ ok: true });
  });

  it('shows a type it does not know with a + as written, since + is no space outside the query', () => {
    expect(result(`otpauth://to+tp/x?secret=${SECRET}`)).toEqual({ ok: false, error: { code: 'bad-type', value: 'to+tp' } });
  });
});

describe('parameters written in unusual ways', () => {
  it('counts a second secret written without a value as a second copy, and refuses the link', () => {
    expect(result(`${LINK}&secret`)).toEqual({ ok: false, error: { code: 'duplicate-param', name: 'secret' } });
  });

  it('reads a + around a parameter name as a space, as in any form-encoded query', () => {
    expect(result(`otpauth://totp/x?+secret+=${SECRET}&+digits=8`)).toMatchObject({ ok: true, uri: { params: { digits: 8 } } });
  });
});

describe('the label shown to the user', () => {
  it('splits a one-letter issuer from the account', () => {
    expect(result(`otpauth://totp/X:alice?secret=${SECRET}`)).toMatchObject({ ok: true, uri: { issuer: 'X', account: 'alice' } });
  });
});
