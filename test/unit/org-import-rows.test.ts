import { describe, expect, it } from 'vitest';
import { LIST_ACCOUNTS_COMMAND, looksLikeOrganizations, parseOrganizations } from '../../src/domain/org-import.ts';
import { LIMITS } from '../../src/domain/limits.ts';
import type { SourceResult } from '../../src/domain/import-source.ts';
import { MGMT, orgAccount } from './import-fixtures.ts';

const ID = '222222222222';
function read(r: SourceResult) {
  if (!r.ok || r.source.kind === 'export') throw new Error('expected an account list');
  return r.source;
}
const one = (row: unknown) => read(parseOrganizations('org.json', { Accounts: [row] }));
const refusal = (row: unknown) => one(row).refused.map((x) => [x.where.path, x.errorKey, ...(x.subs ?? [])]);

describe('an Organizations listing: what it reads from each account', () => {
  it('only the id when the row has nothing else, and a numeric id as its digits', () => {
    expect(one({ Id: ID }).accounts).toEqual([{ accountId: ID, where: { file: 'org.json', path: 'Accounts[0]' } }]);
    expect(one({ Id: 222222222222 }).accounts.map((a) => a.accountId)).toEqual([ID]);
    expect(one({ Id: ` ${ID} ` }).accounts.map((a) => a.accountId)).toEqual([ID]);
  });

  it('name and e-mail trimmed; a blank name is no name', () => {
    expect(one({ Id: ID, Name: '  Shop  ', Email: ' ops@example.com ' }).accounts[0]).toMatchObject({ name: 'Shop', rootEmail: 'ops@example.com' });
    expect(one({ Id: ID, Name: '   ' }).accounts[0]).not.toHaveProperty('name');
  });

  it('every state and status AWS prints; State wins over Status; an unknown one is left out', () => {
    const states = ['ACTIVE', 'PENDING_ACTIVATION', 'SUSPENDED', 'PENDING_CLOSURE', 'CLOSED'].map((State) => one({ Id: ID, State }).accounts[0]!.orgStatus);
    expect(states).toEqual(['active', 'pending-activation', 'suspended', 'pending-closure', 'closed']);
    expect(one({ Id: ID, Status: 'SUSPENDED' }).accounts[0]!.orgStatus).toBe('suspended');
    expect(one({ Id: ID, State: 'CLOSED', Status: 'ACTIVE' }).accounts[0]!.orgStatus).toBe('closed');
    expect(one({ Id: ID, State: 'active' }).accounts[0]).not.toHaveProperty('orgStatus');
    expect(one({ Id: ID, State: 7, Status: 'ACTIVE' }).accounts[0]!.orgStatus).toBe('active');
    // Only text: a hostile list holding a state name is no state.
    expect(one({ Id: ID, Status: ['ACTIVE'] }).accounts[0]).not.toHaveProperty('orgStatus');
  });

  it('the management account from the ARN, in any AWS partition', () => {
    expect(one({ Id: ID, Arn: `arn:aws-us-gov:organizations::${MGMT}:account/o-abcdefghij/${ID}` }).accounts[0]).toMatchObject({ managementAccountId: MGMT, orgRole: 'member' });
    expect(one({ Id: MGMT, Arn: `arn:aws-cn:organizations::${MGMT}:account/o-abcdefghij/${MGMT}` }).accounts[0]).toMatchObject({ managementAccountId: MGMT, orgRole: 'management' });
  });
});

describe('an Organizations listing: what it refuses, where and why', () => {
  it('a name that is not text, too long, or with a control character', () => {
    expect(refusal({ Id: ID, Name: 42 })).toEqual([['Accounts[0]', 'importBadName']]);
    expect(refusal({ Id: ID, Name: 'n'.repeat(LIMITS.label + 1) })).toEqual([['Accounts[0]', 'importTooLong']]);
    expect(refusal({ Id: ID, Name: 'n'.repeat(LIMITS.label) })).toEqual([]);
    expect(refusal({ Id: ID, Name: `  ${'n'.repeat(LIMITS.label)}  ` })).toEqual([]);
    expect(refusal({ Id: ID, Name: 'a\u2066b' })).toEqual([['Accounts[0]', 'importControlChars']]);
  });

  it('an e-mail that is not text, not an address, too long, or with a control character', () => {
    for (const Email of [5, '', 'a@b', `${'a'.repeat(LIMITS.email)}@b.co`, 'a\u0085b@c.io']) expect(refusal({ Id: ID, Email }), String(Email)).toEqual([['Accounts[0]', 'importBadEmail']]);
  });

  it('an address with a name before it or a note after it, which is not the root e-mail AWS knows', () => {
    for (const Email of ['Ops <ops@example.com>', 'ops@example.com (old)']) expect(refusal({ Id: ID, Email }), Email).toEqual([['Accounts[0]', 'importBadEmail']]);
    expect(refusal({ Id: ID, Email: 'ops@example.com' })).toEqual([]);
  });

  it('an ARN that is not an Organizations account ARN, or names another account', () => {
    for (const Arn of [
      `arn:aws:organizations::${MGMT}:account/o-abc/${ID}`,
      `arn:aws:iam::${MGMT}:account/o-abcdefghij/${ID}`,
      `x arn:aws:organizations::${MGMT}:account/o-abcdefghij/${ID}`,
      `arn:aws:organizations::${MGMT}:account/o-abcdefghij/${ID}/x`,
      `arn:aws:organizations::${MGMT}:account/o-abcdefghij/333333333333`,
    ]) expect(refusal({ Id: ID, Arn }), Arn).toEqual([['Accounts[0]', 'importBadArn']]);
  });

  it('an id that is missing, not a number or text, or not twelve digits, quoting at most 20 characters of it', () => {
    expect(refusal({})).toEqual([['Accounts[0]', 'importBadAccountId', '']]);
    expect(refusal({ Id: true })).toEqual([['Accounts[0]', 'importBadAccountId', '']]);
    expect(refusal({ Id: '1'.repeat(25) })).toEqual([['Accounts[0]', 'importBadAccountId', '1'.repeat(20)]]);
    expect(refusal([ID])).toEqual([['Accounts[0]', 'importOrgNotAccount']]);
    expect(refusal(null)).toEqual([['Accounts[0]', 'importOrgNotAccount']]);
  });

  it('a listing of more accounts than the store may hold, as a whole; exactly that many is read', () => {
    const list = (n: number) => ({ Accounts: Array.from({ length: n }, (_, i) => ({ Id: String(100000000000 + i) })) });
    expect(parseOrganizations('org.json', list(LIMITS.accounts + 1))).toEqual({ ok: false, error: { file: 'org.json', errorKey: 'importTooManyAccounts', subs: [String(LIMITS.accounts)] } });
    expect(read(parseOrganizations('org.json', list(LIMITS.accounts))).accounts).toHaveLength(LIMITS.accounts);
  });

  it('anything but an object with an Accounts list', () => {
    for (const x of [null, [], 'Accounts', { Accounts: 'x' }]) expect(parseOrganizations('org.json', x)).toEqual({ ok: false, error: { file: 'org.json', errorKey: 'importOrgNoAccounts' } });
  });
});

describe('recognizing an Organizations listing', () => {
  it('by its own Accounts key only', () => {
    expect(looksLikeOrganizations({ Accounts: [] })).toBe(true);
    expect(looksLikeOrganizations(Object.create({ Accounts: [] }))).toBe(false);
    expect(looksLikeOrganizations([{ Accounts: [] }])).toBe(false);
    expect(looksLikeOrganizations(null)).toBe(false);
  });

  it('shows the command that prints it as JSON whatever the CLI defaults to', () => {
    expect(LIST_ACCOUNTS_COMMAND).toBe('aws organizations list-accounts --output json > accounts.json');
  });

  it('reads a row as the AWS CLI prints it', () => {
    expect(one(orgAccount(ID)).accounts[0]).toEqual({ accountId: ID, name: `Account ${ID}`, rootEmail: `aws+${ID}@example.com`, orgStatus: 'active', managementAccountId: MGMT, orgRole: 'member', where: { file: 'org.json', path: 'Accounts[0]' } });
  });
});
