/**
 * "Confirm contact" means checking: the account ID and the phone number an AWS console page shows
 * are compared with what the user stored, in the worker. Pure, so the rules are unit-tested: which
 * stored account the page belongs to (by its 12-digit id only) and whether the number on the page
 * is the one the user saved (both as E.164, via libphonenumber).
 */
import type { Account } from '../shared/model.ts';
import { checkPhone } from './phone.ts';
import { normalizeAccountId } from './account-validation.ts';

/** Longer "shown" texts are not a phone number a console page shows; they are refused unread. */
export const MAX_SHOWN = 64;

/** "1234-5678-9012" or "123456789012" as shown on the page -> the 12 digits, or undefined. */
export function accountIdDigits(shown: unknown): string | undefined {
  if (typeof shown !== 'string' || shown.length > 40) return undefined;
  const digits = normalizeAccountId(shown);
  return /^\d{12}$/.test(digits) ? digits : undefined;
}

/** Which stored account the page is about: matched by the id it shows, never guessed. */
export type AccountMatch = { status: 'in-list'; key: string } | { status: 'not-in-list' } | { status: 'no-id' };

export function matchAccount(accounts: readonly Pick<Account, 'key' | 'accountId'>[], idShown: unknown): AccountMatch {
  const id = accountIdDigits(idShown);
  if (!id) return { status: 'no-id' };
  const hit = accounts.find((a) => a.accountId?.replace(/\D/g, '') === id);
  return hit ? { status: 'in-list', key: hit.key } : { status: 'not-in-list' };
}

/**
 * same: the page shows the stored number. differs: another number. none-stored: the account has
 * no number saved. unreadable: the page's text is not a phone number. none-shown: the page shows none.
 */
export type PhoneVerdict = 'same' | 'differs' | 'none-stored' | 'unreadable' | 'none-shown';

export interface PhoneComparison {
  verdict: PhoneVerdict;
  /** The page's number as E.164, when it could be read. */
  shownE164?: string;
  /** Its country, when libphonenumber knows it. */
  shownCountry?: string;
}

/**
 * The page's number read as E.164: in "+country" form as AWS needs it, or else (a console that
 * shows "090-…") in the country of the stored number, so the same line still compares as same.
 */
export function readShownPhone(shown: unknown, storedCountry?: string): { e164: string; country?: string } | null {
  // Stryker disable next-line ConditionalExpression: checkPhone refuses anything not text as well (its own first check)
  if (typeof shown !== 'string' || shown.length > MAX_SHOWN) return null;
  let check = checkPhone(shown);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: reading again with the stored country changes only a national number's result (other errors fail again, an international number reads the same)
  if (!check.ok && check.error === 'not-international' && storedCountry) check = checkPhone(shown, storedCountry);
  return check.ok ? { e164: check.e164, ...(check.country ? { country: check.country } : {}) } : null;
}

export function comparePhone(stored: Pick<Account, 'phoneE164' | 'phoneCountry'>, shown: unknown): PhoneComparison {
  if (typeof shown !== 'string' || shown.trim() === '') return { verdict: 'none-shown' };
  const read = readShownPhone(shown, stored.phoneCountry);
  if (!read) return { verdict: 'unreadable' };
  const seen = { shownE164: read.e164, ...(read.country ? { shownCountry: read.country } : {}) };
  if (!stored.phoneE164) return { verdict: 'none-stored', ...seen };
  return { verdict: stored.phoneE164 === read.e164 ? 'same' : 'differs', ...seen };
}

export interface ContactCheck {
  account: AccountMatch['status'];
  /** Absent unless the account is in the list: the page learns nothing about other accounts' numbers. */
  phone?: PhoneVerdict;
  /** The key to mark verified: set only when the account matched AND the number is the same. */
  verifyKey?: string;
}

/** What "Confirm contact" does with what the page shows: verify only a matching account and number. */
export function checkContact(accounts: readonly Account[], shown: { accountId?: unknown; phone?: unknown }): ContactCheck {
  const match = matchAccount(accounts, shown.accountId);
  if (match.status !== 'in-list') return { account: match.status };
  const account = accounts.find((a) => a.key === match.key)!;
  const { verdict } = comparePhone(account, shown.phone);
  return { account: 'in-list', phone: verdict, ...(verdict === 'same' ? { verifyKey: account.key } : {}) };
}
