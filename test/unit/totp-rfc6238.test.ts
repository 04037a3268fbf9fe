import { describe, expect, it } from 'vitest';
import { generateSync } from 'otplib';
import { parseBackup } from '../../src/domain/totp/backup.ts';
import { codesAt } from '../../src/domain/totp/codes.ts';
import { referenceTotp, toBase32 } from './totp-reference.ts';

// RFC 6238 Appendix B: the seeds are ASCII "1234567890" repeated to the hash's key size.
const SEEDS = {
  sha1: '12345678901234567890',
  sha256: '12345678901234567890123456789012',
  sha512: '1234567890123456789012345678901234567890123456789012345678901234',
} as const;

const VECTORS: [number, string, string, string][] = [
  // T, SHA1, SHA256, SHA512 (8 digits)
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

function backupFor(algorithm: keyof typeof SEEDS) {
  const secret = toBase32(new TextEncoder().encode(SEEDS[algorithm]));
  const r = parseBackup(`otpauth://totp/RFC%206238?secret=${secret}&algorithm=${algorithm.toUpperCase()}&digits=8&period=30`);
  if (!r.ok) throw new Error(`vector backup refused: ${r.error.code}`);
  return r.backup;
}

describe('RFC 6238 test vectors, through otpauth parsing and codesAt', () => {
  for (const [T, ...codes] of VECTORS) {
    (['sha1', 'sha256', 'sha512'] as const).forEach((algorithm, i) => {
      it(`${algorithm.toUpperCase()} at T=${T} is ${codes[i]}`, () => {
        const b = backupFor(algorithm);
        expect(b.params).toMatchObject({ algorithm, digits: 8, period: 30 });
        expect(codesAt(b.params, T).current).toBe(codes[i]);
        // The independent node:crypto reference agrees, so the vectors test the domain, not a typo.
        expect(referenceTotp(b.params.secret, T, { algorithm, digits: 8 })).toBe(codes[i]);
      });
    });
  }

  it('gives the next step and the seconds left in the current one', () => {
    const b = backupFor('sha1');
    const at = codesAt(b.params, 1111111109);
    expect(at.next).toBe(referenceTotp(b.params.secret, 1111111109 + 30, { digits: 8 }));
    expect(at.secondsRemaining).toBe(30 - (1111111109 % 30));
    expect(codesAt(b.params, 1111111110).secondsRemaining).toBe(30);
    expect(codesAt(b.params, 1111111139.9).secondsRemaining).toBe(1);
  });
});

describe('a 10-byte secret and otplib 13\'s 16-byte guardrail', () => {
  it('TOTP(JBSWY3DPEHPK3PXP, 1700000000) = 324550 through the domain', () => {
    const r = parseBackup('JBSWY3DPEHPK3PXP');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.backup.params.secret.length).toBe(10);
    expect(codesAt(r.backup.params, 1_700_000_000).current).toBe('324550');
    expect(referenceTotp(r.backup.params.secret, 1_700_000_000)).toBe('324550');
  });

  it('would be refused by otplib\'s default guardrail, which is why the domain lowers it to 10 bytes', () => {
    expect(() => generateSync({ secret: 'JBSWY3DPEHPK3PXP', epoch: 1_700_000_000 })).toThrow(/at least 16 bytes/);
  });

  it('accepts an AWS-sized 40-byte secret (64 Base32 characters)', () => {
    const bytes = Uint8Array.from({ length: 40 }, (_, i) => (i * 37 + 11) & 0xff);
    const r = parseBackup(toBase32(bytes));
    expect(r.ok && r.backup.base32.length).toBe(64);
    if (!r.ok) return;
    expect(codesAt(r.backup.params, 1_700_000_000).current).toBe(referenceTotp(bytes, 1_700_000_000));
  });
});
