import { describe, expect, it } from 'vitest';
import { maxImportBytes, readSource } from '../../src/domain/import-read.ts';
import { LIMITS } from '../../src/domain/limits.ts';

const kind = (file: string, text: string) => {
  const r = readSource(file, text);
  return r.ok ? r.source.kind : r.error.errorKey;
};

describe('which reader a chosen file goes to', () => {
  it('JSON by its first character, after a byte-order mark and spaces, whatever the file is called', () => {
    expect(kind('accounts.txt', '\uFEFF  \n{"Accounts": []}')).toBe('organizations');
    expect(kind('accounts.csv', '[]')).toBe('importUnknownJson');
  });

  it('JSON by a .json name (any case) even when the text does not look like it', () => {
    expect(kind('accounts.JSON', 'id\n123456789012\n')).toBe('popupImportNotJson');
    expect(kind('accounts.json.csv', 'id\n123456789012\n')).toBe('csv');
    expect(kind('json', 'id\n123456789012\n')).toBe('csv');
  });

  it('an object with a "format" to the export reader, which says what and where is wrong', () => {
    const r = readSource('backup.json', '{"format": "mfa-lifeline-export"}');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.file).toBe('backup.json');
      expect(r.error.errorKey).toMatch(/^popupImport/);
    }
    expect(kind('x.json', '{"format": 1, "Accounts": []}')).toBe('organizations');
    expect(kind('x.json', '"format"')).toBe('importUnknownJson');
    expect(kind('x.json', 'null')).toBe('importUnknownJson');
    expect(kind('x.json', '[{"format": 1}]')).toBe('importUnknownJson');
  });

  it('a CSV after its byte-order mark is gone, so the first header is read by name', () => {
    const r = readSource('a.csv', '\uFEFFId\n123456789012\n');
    expect(r.ok && r.source.kind !== 'export' && r.source.accounts.map((a) => a.accountId)).toEqual(['123456789012']);
  });
});

describe('the size limit', () => {
  it('refuses a file over the limit by its reported size or by its text, naming the limit in MB; a file at the limit is read', () => {
    const mb = String(Math.round(LIMITS.fileBytes / 1024 / 1024));
    expect(maxImportBytes()).toBe(LIMITS.fileBytes);
    expect(readSource('a.csv', 'id\n', LIMITS.fileBytes + 1)).toEqual({ ok: false, error: { file: 'a.csv', errorKey: 'importFileTooBig', subs: [mb] } });
    expect(readSource('a.csv', 'id\n', LIMITS.fileBytes).ok).toBe(true);
  });
});
