/**
 * Locale keys for everything the TOTP domain can report: why a backup was refused, why a typed
 * code was, and notes about a backup that parsed but may not be the AWS one the user meant.
 */
import type { BackupError, Backup } from './backup.ts';
import type { CodeError } from './codes.ts';
import type { LocaleText } from './locale-text.ts';
import { AWS_SECRET_BYTES } from './base32.ts';
import { AWS_TOTP } from './params.ts';

const lt = (key: string, ...subs: (string | number)[]): LocaleText => ({ key, subs: subs.map(String) });

export function backupErrorText(e: BackupError): LocaleText {
  switch (e.code) {
    case 'empty':
      return lt('drillErrEmpty');
    case 'input-too-long':
      return lt('drillErrInputTooLong');
    case 'invalid-char':
      return e.suggestion
        ? lt('drillErrInvalidCharLookalike', e.position, e.char, e.suggestion)
        : lt('drillErrInvalidChar', e.position, e.char);
    case 'bad-length':
      return lt('drillErrBadLength', e.length);
    case 'bad-padding':
      return lt('drillErrBadPadding');
    case 'too-short':
      return lt('drillErrTooShort', e.bytes);
    case 'too-long':
      return lt('drillErrTooLong', e.bytes);
    case 'not-otpauth':
      return lt('drillErrNotOtpauth');
    case 'migration':
      return lt('drillErrMigration');
    case 'hotp':
      return lt('drillErrHotp');
    case 'bad-type':
      return lt('drillErrBadType', e.value);
    case 'bad-uri':
      return lt('drillErrBadUri');
    case 'bad-encoding':
      return lt('drillErrBadEncoding');
    case 'missing-secret':
      return lt('drillErrMissingSecret');
    case 'bad-algorithm':
      return lt('drillErrBadAlgorithm', e.value);
    case 'bad-digits':
      return lt('drillErrBadDigits', e.value);
    case 'bad-period':
      return lt('drillErrBadPeriod', e.value);
    case 'duplicate-param':
      return lt('drillErrDuplicateParam', e.name);
  }
}

const SECRET_ERRORS: readonly BackupError['code'][] = ['invalid-char', 'bad-length', 'bad-padding', 'too-short', 'too-long'];
const LINK_ERRORS: readonly BackupError['code'][] = ['bad-type', 'bad-uri', 'bad-encoding', 'missing-secret', 'bad-algorithm', 'bad-digits', 'bad-period', 'duplicate-param'];

/**
 * The plain-words verdict above the detail: the secret itself is malformed, or the link around
 * it is; none when the detail says it all (nothing given, not a backup, HOTP, a Google export).
 */
export function backupErrorHeading(e: BackupError): LocaleText | null {
  if (SECRET_ERRORS.includes(e.code)) return lt('drillMalformedSecret');
  if (LINK_ERRORS.includes(e.code)) return lt('drillMalformedLink');
  return null;
}

export function codeErrorText(e: CodeError, digits: number): LocaleText {
  switch (e) {
    case 'empty':
      return lt('drillCodeEmpty', digits);
    case 'not-digits':
      return lt('drillCodeNotDigits');
    case 'wrong-length':
      return lt('drillCodeWrongLength', digits);
  }
}

/** The 12-digit AWS account id an AWS label ends with ("…@123456789012"), if any. */
export function awsAccountIdInLabel(account: string | undefined): string | undefined {
  return account?.match(/@\s*(\d{12})\s*$/)?.[1];
}

function looksLikeAws(issuer: string): boolean {
  return /amazon|\baws\b/i.test(issuer);
}

/**
 * Warnings about a backup that parsed fine but may not be the one for the chosen AWS account.
 * `expectedAccountId` is the chosen account's 12-digit id, when the user recorded it.
 */
export function backupNotes(b: Backup, expectedAccountId?: string): LocaleText[] {
  const notes: LocaleText[] = [];
  if (b.issuer && !looksLikeAws(b.issuer)) notes.push(lt('drillNoteNotAws', b.issuer));
  if (b.issuerMismatch) notes.push(lt('drillNoteIssuerMismatch'));
  const found = awsAccountIdInLabel(b.account);
  const expected = expectedAccountId?.replace(/\D/g, '');
  if (found && expected && expected.length === 12 && found !== expected) notes.push(lt('drillNoteOtherAccount', found, expected));
  const p = b.params;
  if (p.algorithm !== AWS_TOTP.algorithm || p.digits !== AWS_TOTP.digits || p.period !== AWS_TOTP.period) {
    notes.push(lt('drillNoteNotAwsParams', p.algorithm.toUpperCase(), p.digits, p.period));
  } else if (p.secret.length !== AWS_SECRET_BYTES) {
    notes.push(lt('drillNoteUnusualLength', b.base32.length));
  }
  return notes;
}
