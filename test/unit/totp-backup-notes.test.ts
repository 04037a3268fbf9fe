/**
 * What the drill page says above a refused backup, and the warnings about a backup that parsed
 * but may not be the chosen AWS account's, and what it says about a code typed in the drill
 * (src/domain/totp/messages.ts).
 */
import { describe, expect, it } from 'vitest';
import { awsAccountIdInLabel, backupErrorHeading, backupNotes, codeErrorText } from '../../src/domain/totp/messages.ts';
import type { Backup, BackupError } from '../../src/domain/totp/backup.ts';

describe('the heading above a refused backup', () => {
  const heading = (code: BackupError['code']) => backupErrorHeading({ code } as BackupError)?.key ?? null;
  it('calls each fault of the secret itself "malformed secret"', () => {
    for (const code of ['invalid-char', 'bad-length', 'bad-padding', 'too-short', 'too-long'] as const) expect(heading(code), code).toBe('drillMalformedSecret');
  });
  it('calls each fault of the link around it "malformed link"', () => {
    for (const code of ['bad-type', 'bad-uri', 'bad-encoding', 'missing-secret', 'bad-algorithm', 'bad-digits', 'bad-period', 'duplicate-param'] as const) {
      expect(heading(code), code).toBe('drillMalformedLink');
    }
  });
});

describe('the AWS account id at the end of a backup label', () => {
  it('is read after the @, with spaces around it', () => {
    expect(awsAccountIdInLabel('root@123456789012')).toBe('123456789012');
    expect(awsAccountIdInLabel('root @ 123456789012 ')).toBe('123456789012');
  });
  it('is not read from 11 or 13 digits, from digits followed by more text, or without an @', () => {
    for (const label of ['root@12345678901', 'root@1234567890123', 'root@123456789012x', '123456789012', undefined]) expect(awsAccountIdInLabel(label), String(label)).toBeUndefined();
  });
});

describe('warnings about a backup that may be the wrong one', () => {
  const AWS_BYTES = new Uint8Array(40);
  const backup = (over: Partial<Omit<Backup, 'params'>> & { params?: Partial<Backup['params']> } = {}): Backup => ({
    source: 'uri',
    base32: 'A'.repeat(64),
    issuerMismatch: false,
    ...over,
    params: { secret: AWS_BYTES, algorithm: 'sha1', digits: 6, period: 30, ...over.params },
  });
  const keys = (b: Backup, id?: string) => backupNotes(b, id).map((n) => [n.key, ...n.subs].join(':'));

  it('say nothing for an AWS backup of the chosen account', () => {
    expect(keys(backup({ issuer: 'AWS', account: 'root@123456789012' }), '1234-5678-9012')).toEqual([]);
    expect(keys(backup({ issuer: 'Amazon Web Services' }))).toEqual([]);
  });

  it('name an issuer that is not AWS, even one with "aws" inside a word', () => {
    expect(keys(backup({ issuer: 'LAWSON' }))).toEqual(['drillNoteNotAws:LAWSON']);
    expect(keys(backup({ issuer: 'my aws' }))).toEqual([]);
  });

  it('say when the label and the issuer disagree', () => {
    expect(keys(backup({ issuerMismatch: true }))).toEqual(['drillNoteIssuerMismatch']);
  });

  it('name the other account only against a complete 12-digit id the user recorded', () => {
    const other = backup({ account: 'root@210987654321' });
    expect(keys(other, '1234 5678 9012')).toEqual(['drillNoteOtherAccount:210987654321:123456789012']);
    expect(keys(other, '12345678901')).toEqual([]);
    expect(keys(other)).toEqual([]);
  });

  it('name parameters AWS does not use, each on its own', () => {
    expect(keys(backup({ params: { algorithm: 'sha256' } }))).toEqual(['drillNoteNotAwsParams:SHA256:6:30']);
    expect(keys(backup({ params: { digits: 8 } }))).toEqual(['drillNoteNotAwsParams:SHA1:8:30']);
    expect(keys(backup({ params: { period: 60 } }))).toEqual(['drillNoteNotAwsParams:SHA1:6:60']);
  });

  it('point out a secret of another length than the 40 bytes AWS prints, by its Base32 length', () => {
    expect(keys(backup({ base32: 'A'.repeat(32), params: { secret: new Uint8Array(20) } }))).toEqual(['drillNoteUnusualLength:32']);
  });
});

describe('what the drill says about the code the user typed', () => {
  it('has its own words for no code, a code with other characters, and a code of the wrong length', () => {
    expect(codeErrorText('empty', 6)).toEqual({ key: 'drillCodeEmpty', subs: ['6'] });
    expect(codeErrorText('not-digits', 6)).toEqual({ key: 'drillCodeNotDigits', subs: [] });
    expect(codeErrorText('wrong-length', 8)).toEqual({ key: 'drillCodeWrongLength', subs: ['8'] });
  });
});
