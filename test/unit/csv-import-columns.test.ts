import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvAccounts } from '../../src/domain/csv-import.ts';
import { LIMITS } from '../../src/domain/limits.ts';
import type { SourceResult } from '../../src/domain/import-source.ts';

const ID = '123456789012';
function read(r: SourceResult) {
  if (!r.ok || r.source.kind === 'export') throw new Error('expected an account list');
  return r.source;
}

describe('a CSV account list: which columns it reads', () => {
  it.each([
    ['Id', 'Name', 'Email', 'Status'],
    ['Account ID', 'Account Name', 'Root Email', 'State'],
    ['aws_account_id', 'label', 'account-email', 'STATUS'],
    ['  ACCOUNT  ', 'accountname', 'rootemail', 'state'],
    ['AccountId', 'Name', 'Email', 'Status'],
  ])('headers %s, %s, %s, %s', (id, name, email, status) => {
    const r = parseCsvAccounts('a.csv', `${id},${name},${email},${status}\n${ID},Shop,root@example.com,Active\n`);
    expect(read(r).accounts).toEqual([{ accountId: ID, name: 'Shop', rootEmail: 'root@example.com', orgStatus: 'active', where: { file: 'a.csv', line: 2 } }]);
  });

  it('takes the first of two columns that fill the same field, and ignores columns it does not know', () => {
    const r = parseCsvAccounts('a.csv', `Notes,Id,Account,Name,Label\nx,${ID},999999999999,First,Second\n`);
    expect(read(r).accounts).toEqual([{ accountId: ID, name: 'First', where: { file: 'a.csv', line: 2 } }]);
  });

  it('maps every Organizations state, in any case or spelling with spaces or dashes', () => {
    const rows = ['ACTIVE', 'pending activation', 'Suspended', 'PENDING-CLOSURE', 'closed', 'retired'].map((s, i) => `${String(100000000000 + i)},${s}`);
    const r = parseCsvAccounts('a.csv', `id,status\n${rows.join('\n')}\n`);
    expect(read(r).accounts.map((a) => a.orgStatus)).toEqual(['active', 'pending-activation', 'suspended', 'pending-closure', 'closed', undefined]);
  });

  it('reads a row with missing trailing cells as blank fields, and skips rows of blanks', () => {
    const r = parseCsvAccounts('a.csv', `id,name,email\n${ID}\n , ,\n`);
    expect(read(r)).toStrictEqual({ kind: 'csv', file: 'a.csv', accounts: [{ accountId: ID, where: { file: 'a.csv', line: 2 } }], refused: [] });
  });
});

describe('a CSV account list: cells as spreadsheets leave them', () => {
  it('trims spaces around each cell, and reads a row with a blank cell between filled ones', () => {
    const r = parseCsvAccounts('a.csv', `id,name,email\n ${ID} ,  Shop ,\n${ID.replace('1', '9')},,x@example.com\n`);
    expect(read(r).accounts).toEqual([
      { accountId: ID, name: 'Shop', where: { file: 'a.csv', line: 2 } },
      { accountId: ID.replace('1', '9'), rootEmail: 'x@example.com', where: { file: 'a.csv', line: 3 } },
    ]);
  });
});

describe('a CSV account list: which rows it refuses, where and why', () => {
  it('a name longer than a label may be, or with a control character', () => {
    const r = parseCsvAccounts('a.csv', `id,name\n${ID},${'n'.repeat(LIMITS.label)}\n${ID},${'n'.repeat(LIMITS.label + 1)}\n${ID},a\u202eb\n`);
    expect(read(r).accounts.map((a) => a.where.line)).toEqual([2]);
    expect(read(r).refused).toEqual([
      { where: { file: 'a.csv', line: 3 }, errorKey: 'importTooLong' },
      { where: { file: 'a.csv', line: 4 }, errorKey: 'importControlChars' },
    ]);
  });

  it('an e-mail that is not one, too long, or with a control character', () => {
    const long = `${'a'.repeat(LIMITS.email - 6)}@b.com`;
    const r = parseCsvAccounts('a.csv', `id,email\n${ID},not-mail\n${ID},${long}x\n${ID},a\u0085b@c.io\n${ID},${long}\n`);
    expect(read(r).refused.map((x) => [x.where.line, x.errorKey])).toEqual([
      [2, 'importBadEmail'],
      [3, 'importBadEmail'],
      [4, 'importBadEmail'],
    ]);
    expect(read(r).accounts.map((a) => a.rootEmail)).toEqual([long]);
  });

  it('an account id that is not twelve digits, quoting at most its first 20 characters', () => {
    const r = parseCsvAccounts('a.csv', `id\n${'9'.repeat(30)}\n`);
    expect(read(r).refused).toEqual([{ where: { file: 'a.csv', line: 2 }, errorKey: 'importBadAccountId', subs: ['9'.repeat(20)] }]);
  });

  it('a file with more rows than the store may hold accounts, as a whole; exactly that many is read', () => {
    const rows = (n: number) => `id\n${Array.from({ length: n }, (_, i) => String(100000000000 + i)).join('\n')}\n`;
    expect(parseCsvAccounts('big.csv', rows(LIMITS.accounts + 1))).toEqual({ ok: false, error: { file: 'big.csv', errorKey: 'importTooManyAccounts', subs: [String(LIMITS.accounts)] } });
    expect(read(parseCsvAccounts('big.csv', rows(LIMITS.accounts))).accounts).toHaveLength(LIMITS.accounts);
  });

  it('a file without an id column names the header line; an open quote names the line it opened', () => {
    expect(parseCsvAccounts('a.csv', '\n\nname\nx\n')).toEqual({ ok: false, error: { file: 'a.csv', errorKey: 'importCsvNoIdColumn', line: 3 } });
    expect(parseCsvAccounts('a.csv', 'id\n"1\n2\n')).toEqual({ ok: false, error: { file: 'a.csv', errorKey: 'importCsvOpenQuote', line: 2 } });
    expect(parseCsvAccounts('a.csv', '')).toEqual({ ok: false, error: { file: 'a.csv', errorKey: 'importCsvEmpty' } });
  });
});

describe('CSV text as spreadsheets write it', () => {
  it('a quote inside an unquoted cell is text; a quoted cell may follow spaces', () => {
    expect(parseCsv('5" disk,  "a,b"\n')).toEqual({ ok: true, records: [{ line: 1, cells: ['5" disk', 'a,b'] }] });
  });

  it('keeps a record whose first cell is empty, so such a row is refused at its line, not dropped', () => {
    expect(parseCsv(',x\n')).toEqual({ ok: true, records: [{ line: 1, cells: ['', 'x'] }] });
    const r = parseCsvAccounts('a.csv', 'id,name\n,Shop\n');
    expect(read(r).refused).toEqual([{ where: { file: 'a.csv', line: 2 }, errorKey: 'importBadAccountId', subs: [''] }]);
  });

  it('a lone carriage return ends a line as CRLF and LF do, and a last line needs no line break', () => {
    expect(parseCsv('a\rb\r\nc\nd')).toEqual({ ok: true, records: [{ line: 1, cells: ['a'] }, { line: 2, cells: ['b'] }, { line: 3, cells: ['c'] }, { line: 4, cells: ['d'] }] });
    expect(parseCsv('a,')).toEqual({ ok: true, records: [{ line: 1, cells: ['a', ''] }] });
  });

  it('a quoted line break and a doubled quote stay in the cell, and the next record starts on the right line', () => {
    expect(parseCsv('"x\ny""z"\nnext')).toEqual({ ok: true, records: [{ line: 1, cells: ['x\ny"z'] }, { line: 3, cells: ['next'] }] });
    expect(parseCsv('"ab')).toEqual({ ok: false, errorKey: 'importCsvOpenQuote', line: 1 });
  });

  it('keeps a byte-order mark only where it is not the first character', () => {
    expect(parseCsv('\uFEFFa')).toEqual({ ok: true, records: [{ line: 1, cells: ['a'] }] });
    expect(parseCsv('a\uFEFF')).toEqual({ ok: true, records: [{ line: 1, cells: ['a\uFEFF'] }] });
  });

  it('stops reading once it holds more records than asked for', () => {
    const r = parseCsv('1\n2\n3\n4\n5\n', 2);
    expect(r.ok && r.records.map((x) => x.cells[0])).toEqual(['1', '2', '3']);
  });
});
