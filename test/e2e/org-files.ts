/**
 * An Organization's account list as `aws organizations list-accounts` prints it, over two pages
 * (the first with a NextToken): the management account and 11 members (the first suspended), and
 * one entry whose ID is not 12 digits, refused. Written to a temporary folder for a file input.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { orgAccount, MGMT } from '../unit/import-fixtures.ts';

export { MGMT };
export const MEMBER_IDS = Array.from({ length: 11 }, (_, i) => String(300000000000 + i));

export function orgListFiles(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'mfa-org-'));
  const page1 = { Accounts: [orgAccount(MGMT, { Name: 'Management' }), ...MEMBER_IDS.slice(0, 6).map((id, i) => orgAccount(id, i === 0 ? { State: 'SUSPENDED', Status: 'SUSPENDED' } : {}))], NextToken: 'next-page' };
  const page2 = { Accounts: [...MEMBER_IDS.slice(6).map((id) => orgAccount(id)), orgAccount('12345')] };
  const paths = [join(dir, 'page-1.json'), join(dir, 'page-2.json')];
  writeFileSync(paths[0]!, JSON.stringify(page1, null, 4));
  writeFileSync(paths[1]!, JSON.stringify(page2, null, 4));
  return paths;
}
