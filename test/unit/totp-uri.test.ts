import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseOtpauthUri } from '../../src/domain/totp/otpauth-uri.ts';
import { parseBackup } from '../../src/domain/totp/backup.ts';
import { backupNotes, awsAccountIdInLabel } from '../../src/domain/totp/messages.ts';
import { toBase32 } from './totp-reference.ts';
import { anyText } from './totp-arbitraries.ts';

const AWS_BYTES = Uint8Array.from({ length: 40 }, (_, i) => (i * 53 + 7) & 0xff);
const AWS_SECRET = toBase32(AWS_BYTES);
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

function ok(input: string) {
  const r = parseOtpauthUri(input);
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.error)}`);
  return r.uri;
}

describe('AWS-style otpauth URIs', () => {
  it('reads the AWS virtual MFA QR: issuer, account, SHA-1, 6 digits, 30 s', () => {
    const u = ok(`otpauth://totp/Amazon%20Web%20Services:root-account-mfa-device@123456789012?secret=${AWS_SECRET}&issuer=Amazon%20Web%20Services`);
    expect(u.issuer).toBe('Amazon Web Services');
    expect(u.account).toBe('root-account-mfa-device@123456789012');
    expect(u.params).toMatchObject({ algorithm: 'sha1', digits: 6, period: 30 });
    expect(hex(u.params.secret)).toBe(hex(AWS_BYTES));
    expect(u.base32).toBe(AWS_SECRET);
    expect(u.issuerMismatch).toBe(false);
    expect(awsAccountIdInLabel(u.account)).toBe('123456789012');
  });

  it('reads an IAM-user label with an alias, explicit defaults, lowercase values and + for spaces', () => {
    const u = ok(`OTPAUTH://TOTP/Amazon+Web+Services%3Aalice@my-alias?issuer=Amazon+Web+Services&secret=${AWS_SECRET.toLowerCase()}&algorithm=sha1&digits=6&period=30`);
    // In the path "+" is literal; the issuer parameter decides.
    expect(u.issuer).toBe('Amazon Web Services');
    expect(u.account).toBe('alice@my-alias');
    expect(u.issuerMismatch).toBe(true);
    expect(awsAccountIdInLabel(u.account)).toBeUndefined();
  });

  it('takes the issuer from the label when there is no issuer parameter, and allows a space after the colon', () => {
    const u = ok(`otpauth://totp/ACME%20Co:%20john@example.com?secret=${AWS_SECRET}`);
    expect(u.issuer).toBe('ACME Co');
    expect(u.account).toBe('john@example.com');
  });

  it('reads SHA256/SHA512, 8 digits and other periods', () => {
    expect(ok(`otpauth://totp/x?secret=${AWS_SECRET}&algorithm=SHA256&digits=8&period=60`).params).toMatchObject({ algorithm: 'sha256', digits: 8, period: 60 });
    expect(ok(`otpauth://totp/x?secret=${AWS_SECRET}&algorithm=SHA-512`).params.algorithm).toBe('sha512');
  });

  it('has no label parts when the label is empty, and ignores unknown parameters and a fragment', () => {
    const u = ok(`otpauth://totp/?secret=${AWS_SECRET}&image=https%3A%2F%2Fexample.com%2Fx.png#frag`);
    expect(u.issuer).toBeUndefined();
    expect(u.account).toBeUndefined();
  });

  it('strips control and bidi-override characters from labels shown to the user', () => {
    const u = ok(`otpauth://totp/Evil%E2%80%AE%00Corp:bob?secret=${AWS_SECRET}`);
    expect(u.issuer).toBe('EvilCorp');
  });
});

describe('otpauth URIs that are refused, each with its own code', () => {
  it.each([
    [`otpauth://hotp/x?secret=${AWS_SECRET}&counter=1`, { code: 'hotp' }],
    [`otpauth://steam/x?secret=${AWS_SECRET}`, { code: 'bad-type', value: 'steam' }],
    ['otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8', { code: 'migration' }],
    ['otpauth://totp/x?issuer=AWS', { code: 'missing-secret' }],
    ['otpauth://totp/x?secret=', { code: 'missing-secret' }],
    [`otpauth://totp/x%E0%A4%A?secret=${AWS_SECRET}`, { code: 'bad-encoding' }],
    [`otpauth://totp/x?secret=${AWS_SECRET}&issuer=%ZZ`, { code: 'bad-encoding' }],
    [`otpauth://totp/x?secret=${AWS_SECRET}&algorithm=MD5`, { code: 'bad-algorithm', value: 'MD5' }],
    [`otpauth://totp/x?secret=${AWS_SECRET}&digits=7`, { code: 'bad-digits', value: '7' }],
    [`otpauth://totp/x?secret=${AWS_SECRET}&digits=six`, { code: 'bad-digits', value: 'six' }],
    [`otpauth://totp/x?secret=${AWS_SECRET}&period=0`, { code: 'bad-period', value: '0' }],
    [`otpauth://totp/x?secret=${AWS_SECRET}&period=3601`, { code: 'bad-period', value: '3601' }],
    [`otpauth://totp/x?secret=${AWS_SECRET}&period=30.5`, { code: 'bad-period', value: '30.5' }],
    [`otpauth://totp/x?secret=${AWS_SECRET}&secret=JBSWY3DPEHPK3PXP`, { code: 'duplicate-param', name: 'secret' }],
    ['otpauth://totp/x?secret=JBSWY3DPEHPK3PX0', { code: 'invalid-char', char: '0', position: 16, suggestion: 'O' }],
    ['otpauth://totp/x?secret=JBSWY3DP', { code: 'too-short', bytes: 5 }],
    ['otpauth:totp/x', { code: 'bad-uri' }],
  ])('%s', (input, error) => {
    expect(parseOtpauthUri(input)).toEqual({ ok: false, error });
  });

  it('echoes hostile parameter values short and printable', () => {
    const r = parseOtpauthUri(`otpauth://totp/x?secret=${AWS_SECRET}&algorithm=${'%E2%80%AE'.repeat(3)}${'A'.repeat(100)}`);
    expect(r.ok).toBe(false);
    if (!r.ok && r.error.code === 'bad-algorithm') {
      expect(r.error.value.startsWith('U+202EU+202EU+202E')).toBe(true);
      expect(Array.from(r.error.value).length).toBeLessThanOrEqual(33);
    } else throw new Error('expected bad-algorithm');
  });
});

describe('parseBackup dispatch', () => {
  it('tells a bare secret, an otpauth URI and another link apart', () => {
    const bare = parseBackup(AWS_SECRET);
    expect(bare.ok && bare.backup.source).toBe('base32');
    expect(bare.ok && bare.backup.params).toMatchObject({ algorithm: 'sha1', digits: 6, period: 30 });
    const uri = parseBackup(`  otpauth://totp/AWS:x?secret=${AWS_SECRET}\n`);
    expect(uri.ok && uri.backup.source).toBe('uri');
    expect(parseBackup(`https://example.com/?secret=${AWS_SECRET}`)).toEqual({ ok: false, error: { code: 'not-otpauth' } });
    expect(parseBackup('')).toEqual({ ok: false, error: { code: 'empty' } });
  });
});

describe('notes about a backup that parsed but may not be the right one', () => {
  const keys = (input: string, id?: string) => {
    const r = parseBackup(input);
    if (!r.ok) throw new Error(r.error.code);
    return backupNotes(r.backup, id).map((n) => `${n.key}:${n.subs.join('|')}`);
  };
  it('says nothing for a plain AWS backup of the right account', () => {
    expect(keys(`otpauth://totp/Amazon%20Web%20Services:root@123456789012?secret=${AWS_SECRET}&issuer=Amazon%20Web%20Services`, '1234-5678-9012')).toEqual([]);
    expect(keys(AWS_SECRET)).toEqual([]);
  });
  it('points out another issuer, another AWS account, other parameters and an unusual length', () => {
    expect(keys(`otpauth://totp/GitHub:me?secret=${AWS_SECRET}&issuer=GitHub`)).toEqual(['drillNoteNotAws:GitHub']);
    expect(keys(`otpauth://totp/Amazon%20Web%20Services:root@210987654321?secret=${AWS_SECRET}`, '123456789012')).toEqual([
      'drillNoteOtherAccount:210987654321|123456789012',
    ]);
    expect(keys(`otpauth://totp/x?secret=${AWS_SECRET}&digits=8`)).toEqual(['drillNoteNotAwsParams:SHA1|8|30']);
    expect(keys('JBSWY3DPEHPK3PXP')).toEqual(['drillNoteUnusualLength:16']);
  });
});

describe('fuzzed URIs', () => {
  const part = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom('%', '%Z', '%E0%A4%A', '%00', '&', '=', '?', '#', ':', '/', '+', 'secret=', 'digits=', 'period=', 'algorithm=', 'issuer=', AWS_SECRET, 'totp', 'hotp', '\u202e', '\ud800'),
  );
  const uri = fc.tuple(fc.constantFrom('otpauth://', 'OTPAUTH://', 'otpauth:', 'otpauth-migration://'), fc.array(part, { maxLength: 12 })).map(([s, parts]) => s + parts.join(''));

  it('never throw, and every refusal carries a code', () => {
    fc.assert(
      fc.property(fc.oneof(uri, anyText(300)), (s) => {
        const a = parseOtpauthUri(s);
        const b = parseBackup(s);
        for (const r of [a, b]) {
          if (r.ok) expect(r).toBeTruthy();
          else expect(typeof r.error.code).toBe('string');
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('accept any valid secret with any issuer and account text, and give back those bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 10, maxLength: 64 }), fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (bytes, issuer, account) => {
        const u = parseOtpauthUri(`otpauth://totp/${encodeURIComponent(issuer.replace(/:/g, ''))}:${encodeURIComponent(account)}?secret=${toBase32(bytes)}&issuer=${encodeURIComponent(issuer)}`);
        expect(u.ok).toBe(true);
        if (u.ok) expect(hex(u.uri.params.secret)).toBe(hex(bytes));
      }),
    );
  });
});
