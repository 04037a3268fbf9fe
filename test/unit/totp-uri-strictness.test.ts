/**
 * What the drill says about a pasted or scanned setup link: a link that could mean two different
 * codes is refused with the parameter named; a link with spaces around it is still read; a text
 * that is no otpauth link at all is told apart from a broken one.
 */
import { describe, expect, it } from 'vitest';
import { displayValue, isOtpauthUri, parseOtpauthUri } from '../../src/domain/totp/otpauth-uri.ts';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const ok = (input: string) => {
  const r = parseOtpauthUri(input);
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.error)}`);
  return r.uri;
};
const error = (input: unknown) => {
  const r = parseOtpauthUri(input);
  if (r.ok) throw new Error('accepted');
  return r.error;
};

describe('a link that could mean two different codes', () => {
  it.each([
    ['digits', 'digits=6&digits=8'],
    ['algorithm', 'algorithm=SHA1&algorithm=SHA256'],
    ['issuer', 'issuer=AWS&issuer=Evil'],
    ['period', 'period=30&period=60'],
    ['secret', `secret=${SECRET}`],
  ])('is refused, naming %s, when it is given twice', (name, extra) => {
    expect(error(`otpauth://totp/x?secret=${SECRET}&${extra}`)).toEqual({ code: 'duplicate-param', name });
  });

  it('is refused whatever the case or spacing of the second name', () => {
    expect(error(`otpauth://totp/x?secret=${SECRET}&digits=6&%20DIGITS=8`)).toEqual({ code: 'duplicate-param', name: 'digits' });
  });

  it('is read when a parameter that does not change the code repeats, and the first copy counts', () => {
    expect(ok(`otpauth://totp/x?secret=${SECRET}&image=a&image=b`).params.digits).toBe(6);
  });
});

describe('a link with spaces or line breaks around it', () => {
  it('is read, as copied from an e-mail or a password manager', () => {
    expect(ok(`  otpauth://totp/AWS:me?secret=${SECRET}\n`).account).toBe('me');
    expect(isOtpauthUri('  otpauth://totp/x')).toBe(true);
  });

  it('takes parameter names and values with spaces around them', () => {
    const u = ok(`otpauth://totp/x?%20secret%20=${SECRET}&digits=%208%20&period=+60+&algorithm=%20sha-256%20`);
    expect(u.params).toMatchObject({ digits: 8, period: 60, algorithm: 'sha256' });
  });

  it('reads parameter names in any case', () => {
    expect(ok(`otpauth://totp/x?SECRET=${SECRET}&Digits=8`).params.digits).toBe(8);
  });
});

describe('telling what was pasted', () => {
  it('says "not an otpauth link" for other text and other links', () => {
    expect(error('https://example.com/otpauth://totp/x')).toEqual({ code: 'not-otpauth' });
    expect(error(`xotpauth://totp/x?secret=${SECRET}`)).toEqual({ code: 'not-otpauth' });
    expect(error(42)).toEqual({ code: 'not-otpauth' });
    expect(isOtpauthUri('see otpauth://totp/x')).toBe(false);
  });

  it('says "broken link" for an otpauth link without its two slashes', () => {
    expect(error(`otpauth:totp/x?secret=${SECRET}`)).toEqual({ code: 'bad-uri' });
  });

  it('says "too long" before reading a huge paste', () => {
    expect(error(`otpauth://totp/x?secret=${SECRET}&x=${'a'.repeat(10_000)}`)).toEqual({ code: 'input-too-long' });
  });

  it('reads a link without a label or query separators it does not need', () => {
    expect(ok(`otpauth://totp?secret=${SECRET}`).account).toBeUndefined();
    expect(ok(`otpauth://TOTP/x?&&secret=${SECRET}&`).account).toBe('x');
  });

  it('says the secret is missing when it is only spaces or has no value', () => {
    expect(error('otpauth://totp/x?secret=%20%20')).toEqual({ code: 'missing-secret' });
    expect(error('otpauth://totp/x?secret')).toEqual({ code: 'missing-secret' });
    expect(error('otpauth://totp/x')).toEqual({ code: 'missing-secret' });
  });

  it('shows the type it does not know as decoded text, or as written when it cannot be decoded', () => {
    expect(error(`otpauth://%73team/x?secret=${SECRET}`)).toEqual({ code: 'bad-type', value: 'steam' });
    expect(error(`otpauth://st%ZZ/x?secret=${SECRET}`)).toEqual({ code: 'bad-type', value: 'st%ZZ' });
  });

  it('says the encoding is broken in a parameter name too', () => {
    expect(error(`otpauth://totp/x?secret=${SECRET}&%ZZ=1`)).toEqual({ code: 'bad-encoding' });
  });
});

describe('code parameters at their limits', () => {
  it('takes periods from 1 second to one hour, in whole seconds of at most five digits', () => {
    expect(ok(`otpauth://totp/x?secret=${SECRET}&period=1`).params.period).toBe(1);
    expect(ok(`otpauth://totp/x?secret=${SECRET}&period=3600`).params.period).toBe(3600);
    expect(error(`otpauth://totp/x?secret=${SECRET}&period=-30`)).toEqual({ code: 'bad-period', value: '-30' });
    expect(error(`otpauth://totp/x?secret=${SECRET}&period=000030`)).toEqual({ code: 'bad-period', value: '000030' });
    expect(error(`otpauth://totp/x?secret=${SECRET}&period=30s`)).toEqual({ code: 'bad-period', value: '30s' });
    expect(error(`otpauth://totp/x?secret=${SECRET}&period=`)).toEqual({ code: 'bad-period', value: '' });
  });

  it('takes 6 or 8 digits only, and SHA1, SHA256 or SHA512 only', () => {
    expect(ok(`otpauth://totp/x?secret=${SECRET}&digits=6`).params.digits).toBe(6);
    expect(error(`otpauth://totp/x?secret=${SECRET}&digits=68`)).toEqual({ code: 'bad-digits', value: '68' });
    expect(ok(`otpauth://totp/x?secret=${SECRET}&algorithm=sha1`).params.algorithm).toBe('sha1');
    expect(error(`otpauth://totp/x?secret=${SECRET}&algorithm=`)).toEqual({ code: 'bad-algorithm', value: '' });
  });
});

describe('the label shown to the user', () => {
  it('keeps a + in the label as written, and trims spaces around issuer and account', () => {
    const u = ok(`otpauth://totp/%20A+B%20:%20me%20?secret=${SECRET}`);
    expect(u).toMatchObject({ issuer: 'A+B', account: 'me' });
  });

  it('bounds a long label to 100 characters', () => {
    expect(ok(`otpauth://totp/${'a'.repeat(150)}?secret=${SECRET}`).account).toBe('a'.repeat(100));
  });

  it('has no issuer when the label prefix is empty, and no account when only an issuer is given', () => {
    expect(ok(`otpauth://totp/:me?secret=${SECRET}`)).not.toHaveProperty('issuer');
    expect(ok(`otpauth://totp/AWS:?secret=${SECRET}`)).not.toHaveProperty('account');
  });

  it('does not call an issuer that differs only in case a mismatch, nor a missing one', () => {
    expect(ok(`otpauth://totp/aws:me?secret=${SECRET}&issuer=AWS`).issuerMismatch).toBe(false);
    expect(ok(`otpauth://totp/me?secret=${SECRET}&issuer=AWS`)).toMatchObject({ issuerMismatch: false, issuer: 'AWS', account: 'me' });
    expect(ok(`otpauth://totp/AWS:me?secret=${SECRET}&issuer=GitHub`)).toMatchObject({ issuerMismatch: true, issuer: 'GitHub' });
  });
});

describe('values echoed back in an error', () => {
  it('are shown whole up to 32 characters, and cut with an ellipsis after', () => {
    expect(displayValue('a'.repeat(32))).toBe('a'.repeat(32));
    expect(displayValue('a'.repeat(33))).toBe(`${'a'.repeat(32)}…`);
  });

  it('show letters, digits, punctuation, symbols and spaces as they are, others as code points', () => {
    expect(displayValue('Ab 1-+é')).toBe('Ab 1-+é');
    expect(displayValue('a\u0000b')).toBe('aU+0000b');
  });
});
