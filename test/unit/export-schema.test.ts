import { describe, expect, it } from 'vitest';
import { parseExportFile } from '../../src/domain/export-schema.ts';
import type { ExportFile } from '../../src/shared/model.ts';
import { exportSample } from './export-sample.ts';

/** A complete export file with one of everything (shared with the import tests). */
const sample = exportSample;
const json = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;
const withData = (f: (d: ExportFile['data']) => void) => {
  const s = sample();
  f(s.data);
  return json(s);
};

describe('parseExportFile', () => {
  it('accepts a complete file and returns the same data', () => {
    const r = parseExportFile(json(sample()));
    expect(r).toEqual({ ok: true, file: sample() });
  });

  it.each([
    ['not an object', 'hello', 'popupImportNotExport'],
    ['an array', [], 'popupImportNotExport'],
    ['null', null, 'popupImportNotExport'],
    ['another app\'s file', { format: 'something-else', version: 1 }, 'popupImportNotExport'],
    ['a newer version', { ...sample(), version: 2 }, 'popupImportNewerVersion'],
    ['a version as text', { ...sample(), version: '1' }, 'popupImportWrongVersion'],
    ['version 0', { ...sample(), version: 0 }, 'popupImportWrongVersion'],
  ])('refuses %s', (_name, input, key) => {
    expect(parseExportFile(json(input))).toMatchObject({ ok: false, errorKey: key });
  });

  it('refuses a truncated file (a part missing) and says where', () => {
    const s = json(sample()) as { data: Record<string, unknown> };
    delete s.data.cases;
    expect(parseExportFile(s)).toMatchObject({ ok: false, errorKey: 'popupImportInvalid', path: 'data.cases' });
  });

  it('refuses unknown fields (strict) and wrong values, naming the place', () => {
    expect(parseExportFile(withData((d) => Object.assign(d.accounts[0]!, { extra: 1 })))).toMatchObject({ ok: false, errorKey: 'popupImportInvalid', path: 'data.accounts[0].extra' });
    expect(parseExportFile(withData((d) => Object.assign(d.accounts[0]!, { accountId: '1234' })))).toMatchObject({ ok: false, path: 'data.accounts[0].accountId' });
    expect(parseExportFile(withData((d) => Object.assign(d.cases[0]!, { path: 'bribe-support' })))).toMatchObject({ ok: false, path: 'data.cases[0].path' });
    expect(parseExportFile(withData((d) => Object.assign(d.progress[0]!, { at: 'yesterday' })))).toMatchObject({ ok: false, path: 'data.progress[0].at' });
    expect(parseExportFile(withData((d) => Object.assign(d.settings, { lang: 'fr' })))).toMatchObject({ ok: false, path: 'data.settings.lang' });
    expect(parseExportFile(withData((d) => Object.assign(d.accounts[0]!, { label: 'a\u0000b' })))).toMatchObject({ ok: false, path: 'data.accounts[0].label' });
  });

  it('refuses huge strings and too many records', () => {
    expect(parseExportFile(withData((d) => Object.assign(d.accounts[0]!, { label: 'x'.repeat(1_000_000) })))).toMatchObject({ ok: false, errorKey: 'popupImportTooLong', path: 'data.accounts[0].label' });
    expect(parseExportFile(withData((d) => Object.assign(d.accounts[0]!.mfaDevices[0]!, { where: 'y'.repeat(201) })))).toMatchObject({ ok: false, errorKey: 'popupImportTooLong' });
    expect(parseExportFile(withData((d) => { d.accounts[0]!.mfaDevices = Array.from({ length: 9 }, (_, i) => ({ id: `d${i}`, kind: 'passkey', where: '' })); }))).toMatchObject({ ok: false, errorKey: 'popupImportTooLong' });
  });

  it.each([
    ['top level', '{"__proto__":{"polluted":true},"format":"mfa-lifeline-export","version":1}', '__proto__'],
    ['inside a record', JSON.stringify(sample()).replace('"doc-form"', '"__proto__"'), 'data.cases[0].steps.__proto__'],
    ['constructor', JSON.stringify(sample()).replace('"accounts":[{', '"accounts":[{"constructor":{"prototype":{"x":1}},'), 'data.accounts[0].constructor'],
    ['prototype', JSON.stringify(sample()).replace('"done":{', '"done":{"prototype":"2026-01-01T00:00:00.000Z",'), 'data.prevention[0].done.prototype'],
  ])('refuses prototype-pollution keys (%s) without polluting anything', (_name, text, path) => {
    const r = parseExportFile(JSON.parse(text));
    expect(r).toEqual({ ok: false, errorKey: 'popupImportForbiddenKey', path });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('refuses absurd nesting', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 50; i++) deep = { a: deep };
    expect(parseExportFile({ ...sample(), deep })).toMatchObject({ ok: false, errorKey: 'popupImportTooDeep' });
  });

  it('refuses references to accounts that are not in the file, and duplicates', () => {
    expect(parseExportFile(withData((d) => { d.cases[0]!.accountKey = 'ghost'; }))).toMatchObject({ ok: false, errorKey: 'popupImportDangling', path: 'data.cases[0].accountKey' });
    expect(parseExportFile(withData((d) => { d.progress[0]!.accountKey = 'ghost'; }))).toMatchObject({ ok: false, errorKey: 'popupImportDangling' });
    expect(parseExportFile(withData((d) => { d.accounts.push({ ...d.accounts[0]! }); }))).toMatchObject({ ok: false, errorKey: 'popupImportDuplicate', path: 'data.accounts[1].key' });
  });
});
