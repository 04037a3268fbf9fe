/**
 * Reads a CSV account list: a header row naming the columns (Id, Name, Email, Status in any
 * order, matched by name, case and spacing ignored), RFC 4180 quoting (commas, quotes and line
 * breaks inside quoted fields), a UTF-8 byte-order mark as Excel writes it, CRLF or LF. Pure.
 */
import type { OrgStatus } from '../shared/model.ts';
import { ACCOUNT_ID, EMAIL, type IncomingAccount, type Refusal, type SourceResult } from './import-source.ts';
import { LIMITS } from './limits.ts';

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** What ends a run of plain text outside quotes, and inside them. */
const SPECIAL = /[",\r\n]/g;
const QUOTED_SPECIAL = /["\n]/g;

/** Header names (lower case, without spaces, "_" or "-") -> the field they fill. */
const COLUMNS: Record<string, 'id' | 'name' | 'email' | 'status'> = {
  id: 'id',
  accountid: 'id',
  awsaccountid: 'id',
  account: 'id',
  name: 'name',
  accountname: 'name',
  label: 'name',
  email: 'email',
  rootemail: 'email',
  accountemail: 'email',
  status: 'status',
  state: 'status',
};

const STATES: Record<string, OrgStatus> = {
  active: 'active',
  pending_activation: 'pending-activation',
  suspended: 'suspended',
  pending_closure: 'pending-closure',
  closed: 'closed',
};

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  cells: string[];
}

export type CsvParse = { ok: true; records: CsvRecord[] } | { ok: false; errorKey: string; line: number };

/**
 * Splits CSV text into records (RFC 4180). A quote left open is an error at the line it opened.
 * Stops once it holds more than `maxRecords`: the caller refuses such a file anyway.
 */
export function parseCsv(text: string, maxRecords = Number.POSITIVE_INFINITY): CsvParse {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let quoteLine = 0;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  // Runs between special characters are sliced, not appended a character at a time: a 10 MB
  // file is read in well under a second instead of many.
  // Stryker disable next-line EqualityOperator: one more turn at the very end finds nothing to read and stops
  while (i < s.length) {
    if (quoted) {
      QUOTED_SPECIAL.lastIndex = i;
      const m = QUOTED_SPECIAL.exec(s);
      const j = m ? m.index : s.length;
      cell += s.slice(i, j);
      i = j;
      if (!m) break;
      if (s[j] === '\n') {
        line++;
        cell += '\n';
        i++;
      } else if (s[j + 1] === '"') {
        cell += '"';
        i += 2;
      } else {
        quoted = false;
        i++;
      }
      continue;
    }
    SPECIAL.lastIndex = i;
    const m = SPECIAL.exec(s);
    const j = m ? m.index : s.length;
    cell += s.slice(i, j);
    i = j;
    // Stryker disable next-line ConditionalExpression: going on at the end of the text ends the last record inside the loop, as the lines after it would
    if (!m) break;
    const c = s[j];
    if (c === '"') {
      // A quote opens a quoted field only at its start (after spaces); elsewhere it is text.
      if (cell.trim() === '') {
        quoted = true;
        quoteLine = line;
        cell = '';
      } else {
        cell += '"';
      }
      i++;
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
      i++;
    } else {
      endRecord();
      if (records.length > maxRecords) return { ok: true, records };
      if (c === '\r' && s[i + 1] === '\n') i++;
      i++;
      line++;
      start = line;
    }
  }
  if (quoted) return { ok: false, errorKey: 'importCsvOpenQuote', line: quoteLine };
  // Stryker disable next-line ConditionalExpression,StringLiteral: ending a record of one empty cell adds nothing (endRecord drops it)
  if (cell !== '' || cells.length) endRecord();
  return { ok: true, records };
}

function normalizeHeader(h: string): string {
  // Stryker disable next-line MethodExpression: the replace removes every space too; the trim is only for the reader
  return h.trim().toLowerCase().replace(/[\s_-]/g, '');
}

export function parseCsvAccounts(file: string, text: string): SourceResult {
  // The header and one row more than the store may hold are enough to refuse a file.
  const parsed = parseCsv(text, LIMITS.accounts + 2);
  if (!parsed.ok) return { ok: false, error: { file, errorKey: parsed.errorKey, line: parsed.line } };
  const [header, ...rows] = parsed.records;
  if (!header) return { ok: false, error: { file, errorKey: 'importCsvEmpty' } };
  const index: Partial<Record<'id' | 'name' | 'email' | 'status', number>> = {};
  for (const [i, h] of header.cells.entries()) {
    const field = COLUMNS[normalizeHeader(h)];
    if (field && index[field] === undefined) index[field] = i;
  }
  if (index.id === undefined) return { ok: false, error: { file, errorKey: 'importCsvNoIdColumn', line: header.line } };
  if (rows.length > LIMITS.accounts) return { ok: false, error: { file, errorKey: 'importTooManyAccounts', subs: [String(LIMITS.accounts)] } };
  const accounts: IncomingAccount[] = [];
  const refused: Refusal[] = [];
  // Stryker disable next-line ConditionalExpression: a column that is not there reads as undefined, then '' as well
  const cell = (r: CsvRecord, f: 'id' | 'name' | 'email' | 'status') => (index[f] === undefined ? '' : (r.cells[index[f]!] ?? '').trim());
  for (const r of rows) {
    const where = { file, line: r.line };
    const refuse = (errorKey: string, subs?: string[]) => refused.push(subs ? { where, errorKey, subs } : { where, errorKey });
    if (r.cells.every((c) => c.trim() === '')) continue;
    const id = cell(r, 'id');
    if (!ACCOUNT_ID.test(id)) {
      refuse('importBadAccountId', [id.slice(0, 20)]);
      continue;
    }
    const a: IncomingAccount = { accountId: id, where };
    const name = cell(r, 'name');
    if (name) {
      if (name.length > LIMITS.label) {
        refuse('importTooLong');
        continue;
      }
      if (CONTROL.test(name)) {
        refuse('importControlChars');
        continue;
      }
      a.name = name;
    }
    const email = cell(r, 'email');
    if (email) {
      if (!EMAIL.test(email) || email.length > LIMITS.email || CONTROL.test(email)) {
        refuse('importBadEmail');
        continue;
      }
      a.rootEmail = email;
    }
    const status = STATES[cell(r, 'status').toLowerCase().replace(/[\s-]/g, '_')];
    if (status) a.orgStatus = status;
    accounts.push(a);
  }
  return { ok: true, source: { kind: 'csv', file, accounts, refused } };
}
