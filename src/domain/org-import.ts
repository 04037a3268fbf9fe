/**
 * Reads what `aws organizations list-accounts` prints: {"Accounts": [{Id, Arn, Email, Name,
 * Status | State, JoinedMethod, JoinedTimestamp}], "NextToken"?}. Each page of a paginated
 * listing is one file; several are read together by the plan. Only the fields named here are
 * read (as strings), so a hostile key in the file reaches nothing. Pure.
 */
import type { OrgStatus } from '../shared/model.ts';
import { ACCOUNT_ID, EMAIL, type IncomingAccount, type Refusal, type SourceResult } from './import-source.ts';
import { LIMITS } from './limits.ts';

/** The command shown next to the file input. `--output json` because a user's CLI may default to text or table. */
export const LIST_ACCOUNTS_COMMAND = 'aws organizations list-accounts --output json > accounts.json';

/** arn:aws:organizations::<management-id>:account/o-<org>/<account-id> (other partitions too). */
const ACCOUNT_ARN = /^arn:aws[a-z-]*:organizations::(\d{12}):account\/o-[a-z0-9]{10,32}\/(\d{12})$/;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Status (older field: ACTIVE | SUSPENDED | PENDING_CLOSURE) and State (newer, adds CLOSED, PENDING_ACTIVATION). */
const STATES: Record<string, OrgStatus> = {
  ACTIVE: 'active',
  PENDING_ACTIVATION: 'pending-activation',
  SUSPENDED: 'suspended',
  PENDING_CLOSURE: 'pending-closure',
  CLOSED: 'closed',
};

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Whether a parsed JSON value looks like a list-accounts page (has an "Accounts" list). */
export function looksLikeOrganizations(x: unknown): boolean {
  return isObject(x) && Object.hasOwn(x, 'Accounts');
}

/** Checks a Name or Email string; returns a refusal key or null. */
function badText(s: string, max: number): string | null {
  if (s.length > max) return 'importTooLong';
  if (CONTROL.test(s)) return 'importControlChars';
  return null;
}

export function parseOrganizations(file: string, input: unknown): SourceResult {
  if (!isObject(input) || !Array.isArray(input.Accounts)) return { ok: false, error: { file, errorKey: 'importOrgNoAccounts' } };
  const list = input.Accounts as unknown[];
  if (list.length > LIMITS.accounts) return { ok: false, error: { file, errorKey: 'importTooManyAccounts', subs: [String(LIMITS.accounts)] } };
  const accounts: IncomingAccount[] = [];
  const refused: Refusal[] = [];
  for (const [i, x] of list.entries()) {
    const where = { file, path: `Accounts[${i}]` };
    const refuse = (errorKey: string, subs?: string[]) => refused.push(subs ? { where, errorKey, subs } : { where, errorKey });
    if (!isObject(x)) {
      refuse('importOrgNotAccount');
      continue;
    }
    const id = typeof x.Id === 'string' ? x.Id.trim() : typeof x.Id === 'number' ? String(x.Id) : '';
    if (!ACCOUNT_ID.test(id)) {
      refuse('importBadAccountId', [id.slice(0, 20)]);
      continue;
    }
    const a: IncomingAccount = { accountId: id, where };
    if (x.Name !== undefined) {
      if (typeof x.Name !== 'string') {
        refuse('importBadName');
        continue;
      }
      const bad = badText(x.Name.trim(), LIMITS.label);
      if (bad) {
        refuse(bad);
        continue;
      }
      if (x.Name.trim()) a.name = x.Name.trim();
    }
    if (x.Email !== undefined) {
      // Stryker disable next-line StringLiteral: any stand-in for a non-text e-mail fails the e-mail pattern the same way
      const email = typeof x.Email === 'string' ? x.Email.trim() : '';
      if (!EMAIL.test(email) || badText(email, LIMITS.email)) {
        refuse('importBadEmail');
        continue;
      }
      a.rootEmail = email;
    }
    // State supersedes Status where both are present (AWS is retiring Status).
    const state = typeof x.State === 'string' ? x.State : typeof x.Status === 'string' ? x.Status : undefined;
    // Stryker disable next-line ConditionalExpression: STATES has no entry for undefined either
    if (state !== undefined && STATES[state]) a.orgStatus = STATES[state];
    if (typeof x.Arn === 'string') {
      const m = ACCOUNT_ARN.exec(x.Arn);
      if (!m || m[2] !== id) {
        refuse('importBadArn');
        continue;
      }
      a.managementAccountId = m[1]!;
      a.orgRole = m[1] === id ? 'management' : 'member';
    }
    accounts.push(a);
  }
  return { ok: true, source: { kind: 'organizations', file, accounts, refused } };
}
