import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/domain/import-read.ts';
import { parseCsv } from '../../src/domain/csv-import.ts';
import { LIMITS } from '../../src/domain/limits.ts';
import type { IncomingAccount, ParsedSource, SourceResult } from '../../src/domain/import-source.ts';
import { orgAccount, orgFile, MGMT } from './import-fixtures.ts';
import { loadSourceLocales } from './locale-source.ts';

function source(r: SourceResult): ParsedSource {
  if (!r.ok) throw new Error(`expected a source, got ${r.error.errorKey}`);
  return r.source;
}
function accounts(r: SourceResult): IncomingAccount[] {
  const s = source(r);
  if (s.kind === 'export') throw new Error('export');
  return s.accounts;
}
function refused(r: SourceResult) {
  const s = source(r);
  if (s.kind === 'export') throw new Error('export');
  return s.refused;
}
function error(r: SourceResult) {
  if (r.ok) throw new Error('expected an error');
  return r.error;
}

const tables = loadSourceLocales() as Record<'en' | 'ja', Record<string, { message: string }>>;
/** Every error key the parsers give must exist in both languages (a clear, localized message). */
function localized(key: string): void {
  for (const lang of ['en', 'ja'] as const) expect(tables[lang][key]?.message, `${lang}:${key}`).toBeTruthy();
}

describe('Organizations JSON', () => {
  it('reads accounts, tells the management account from members by the ARN, and maps State', () => {
    const text = JSON.stringify({ Accounts: [orgAccount(MGMT), orgAccount('222222222222', { State: 'SUSPENDED', Status: 'SUSPENDED' }), orgAccount('333333333333', { State: 'CLOSED', Status: undefined })] });
    const list = accounts(readSource('accounts.json', text));
    expect(list.map((a) => [a.accountId, a.orgRole, a.orgStatus, a.managementAccountId])).toEqual([
      [MGMT, 'management', 'active', MGMT],
      ['222222222222', 'member', 'suspended', MGMT],
      ['333333333333', 'member', 'closed', MGMT],
    ]);
    expect(list[1]).toMatchObject({ name: 'Account 222222222222', rootEmail: 'aws+222222222222@example.com', where: { file: 'accounts.json', path: 'Accounts[1]' } });
  });

  it('reads a paginated page with NextToken like any other', () => {
    const text = JSON.stringify({ Accounts: [orgAccount(MGMT)], NextToken: 'abc' });
    expect(accounts(readSource('p1.json', text))).toHaveLength(1);
  });

  it('refuses rows with a non-12-digit ID, a bad e-mail, an ARN for another account, saying where and why', () => {
    const text = JSON.stringify({ Accounts: [orgAccount('12345'), orgAccount('444444444444', { Email: 'not an address' }), orgAccount('555555555555', { Arn: `arn:aws:organizations::${MGMT}:account/o-exampleorgid/666666666666` }), 'text', orgAccount('777777777777')] });
    const r = readSource('a.json', text);
    expect(accounts(r).map((a) => a.accountId)).toEqual(['777777777777']);
    expect(refused(r)).toEqual([
      { where: { file: 'a.json', path: 'Accounts[0]' }, errorKey: 'importBadAccountId', subs: ['12345'] },
      { where: { file: 'a.json', path: 'Accounts[1]' }, errorKey: 'importBadEmail' },
      { where: { file: 'a.json', path: 'Accounts[2]' }, errorKey: 'importBadArn' },
      { where: { file: 'a.json', path: 'Accounts[3]' }, errorKey: 'importOrgNotAccount' },
    ]);
    for (const x of refused(r)) localized(x.errorKey);
  });

  it('says clearly what is wrong with malformed JSON, wrong shapes and unknown JSON', () => {
    const cases: [string, string][] = [
      ['{"Accounts": [', 'popupImportNotJson'],
      ['{"Accounts": {"Id": "111111111111"}}', 'importOrgNoAccounts'],
      ['{"Accounts": null}', 'importOrgNoAccounts'],
      ['[1,2,3]', 'importUnknownJson'],
      ['{"accounts": []}', 'importUnknownJson'],
      ['{"format": "something-else"}', 'popupImportNotExport'],
    ];
    for (const [text, key] of cases) {
      expect(error(readSource('x.json', text)).errorKey, text).toBe(key);
      localized(key);
    }
  });

  it('refuses a file larger than any export the store can make, before reading it', () => {
    // The cap is derived from the account cap (limits.ts), so the store's own export always fits.
    const over = LIMITS.fileBytes + 1;
    expect(error(readSource('huge.json', '', over))).toMatchObject({ errorKey: 'importFileTooBig', subs: [String(Math.round(LIMITS.fileBytes / 1024 / 1024))] });
    localized('importFileTooBig');
  });

  it('gives a 10 MB file that is not an account list a clear error', () => {
    const big = ' '.repeat(10 * 1024 * 1024);
    expect(error(readSource('huge.json', big, big.length)).errorKey).toBe('popupImportNotJson');
    const csv = 'x'.repeat(10 * 1024 * 1024);
    const e = error(readSource('huge.csv', csv, csv.length));
    expect(e.errorKey).toMatch(/^import/);
    localized(e.errorKey);
  });

  it('refuses more accounts than the store may hold', () => {
    const text = JSON.stringify({ Accounts: Array.from({ length: LIMITS.accounts + 1 }, () => ({})) });
    expect(error(readSource('many.json', text))).toMatchObject({ errorKey: 'importTooManyAccounts', subs: [String(LIMITS.accounts)] });
    localized('importTooManyAccounts');
  });

  it('reads only the named fields, so a hostile key reaches nothing', () => {
    const text = `{"__proto__": {"polluted": true}, "Accounts": [{"Id": "111111111111", "__proto__": {"orgRole": "management"}, "constructor": {}}]}`;
    const list = accounts(readSource('evil.json', text));
    expect(list).toEqual([{ accountId: '111111111111', where: { file: 'evil.json', path: 'Accounts[0]' } }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a listing as large as the store may hold (1,000 once the cap allows)', () => {
    const n = Math.min(1000, LIMITS.accounts);
    expect(accounts(readSource('org.json', orgFile(n)))).toHaveLength(n);
  });
});

describe('CSV', () => {
  it('takes the columns by name in any order, with quotes, a BOM and CRLF', () => {
    const text = '\uFEFFEmail,"Name",Account ID,Status\r\n"ops+prod@example.com","Shop, ""prod""",123456789012,ACTIVE\r\nx@example.com,"Two\nlines",210987654321,SUSPENDED\r\n';
    const r = readSource('accounts.csv', text);
    expect(accounts(r)).toEqual([
      { accountId: '123456789012', name: 'Shop, "prod"', rootEmail: 'ops+prod@example.com', orgStatus: 'active', where: { file: 'accounts.csv', line: 2 } },
    ]);
    // A line break inside a quoted name is a control character in a label: refused at its line.
    expect(refused(r)).toEqual([{ where: { file: 'accounts.csv', line: 3 }, errorKey: 'importControlChars' }]);
  });

  it('counts lines across quoted line breaks, so a refusal names the right line', () => {
    const text = 'id,name\n"123456789012","a"\n"bad","multi\nline"\n999\n';
    const r = readSource('a.csv', text);
    expect(refused(r)).toEqual([
      { where: { file: 'a.csv', line: 3 }, errorKey: 'importBadAccountId', subs: ['bad'] },
      { where: { file: 'a.csv', line: 5 }, errorKey: 'importBadAccountId', subs: ['999'] },
    ]);
  });

  it('says when there is no ID column, an open quote, or no header at all', () => {
    expect(error(readSource('a.csv', 'Name,Email\nx,y@z.io\n'))).toMatchObject({ errorKey: 'importCsvNoIdColumn', line: 1 });
    expect(error(readSource('a.csv', 'Id,Name\n123456789012,"open\n'))).toMatchObject({ errorKey: 'importCsvOpenQuote', line: 2 });
    expect(error(readSource('a.csv', '\uFEFF'))).toMatchObject({ errorKey: 'importCsvEmpty' });
    for (const k of ['importCsvNoIdColumn', 'importCsvOpenQuote', 'importCsvEmpty', 'importBadAccountId', 'importControlChars']) localized(k);
  });

  it('parses RFC 4180 edge cases', () => {
    const r = parseCsv('a,"",c\r\n"x""y",,\n\n');
    expect(r).toEqual({ ok: true, records: [{ line: 1, cells: ['a', '', 'c'] }, { line: 2, cells: ['x"y', '', ''] }] });
  });
});

describe("the extension's own export", () => {
  it('is recognized and validated whole', () => {
    const file = { format: 'mfa-lifeline-export', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', data: { accounts: [], prevention: [], cases: [], progress: [], drills: [], settings: { lang: 'auto', reminders: { chosen: false, phoneVerifyEvery: 90, drillEvery: 180, documentsFollowUp: true, objectionEmail: true } }, reminderLogs: [] } };
    expect(source(readSource('mine.json', JSON.stringify(file))).kind).toBe('export');
    const bad = { ...file, data: { ...file.data, accounts: [{ key: 'k', label: '' }] } };
    expect(error(readSource('mine.json', JSON.stringify(bad)))).toMatchObject({ errorKey: 'popupImportInvalid', path: 'data.accounts[0].label' });
  });
});
