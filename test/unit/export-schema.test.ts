import { describe, expect, it } from 'vitest';
import { parseExportFile } from '../../src/domain/export-schema.ts';
import type { ExportFile } from '../../src/shared/model.ts';

function sample(): ExportFile {
  return {
    format: 'mfa-lifeline-export',
    version: 1,
    exportedAt: '2026-03-01T00:00:00.000Z',
    data: {
      accounts: [{
        key: 'k1', label: '個人', accountId: '123456789012', rootEmail: 'root@example.com', phoneE164: '+819012345678', phoneCountry: 'JP',
        orgMember: false, mfaDevices: [{ id: 'd1', kind: 'passkey', where: 'iCloud' }], phoneVerifiedAt: '2026-02-01T00:00:00.000Z',
        createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z',
      }],
      prevention: [{ accountKey: 'k1', done: { 'recovery-kit': '2026-02-02T00:00:00.000Z' } }],
      cases: [{ id: 'c1', accountKey: 'k1', path: 'support-documents', startedAt: '2025-12-16T09:00:00.000Z', steps: { 'doc-form': '2025-12-17T00:00:00.000Z' }, appointmentDay: '2025-12-19', supportCaseId: '1234567890' }],
      progress: [{ id: 'e1', at: '2025-12-16T09:00:00.000Z', source: 'signin-page', page: 'mfa-code', step: 'reached-mfa-code', accountKey: 'k1' }, { id: 'e2', at: '2025-12-16T09:01:00.000Z', source: 'signin-page', step: 'x' }],
      drills: [{ id: 'r1', accountKey: 'k1', at: '2026-02-03T00:00:00.000Z', passed: true, driftSeconds: -2 }],
      settings: { lang: 'ja', reminders: { chosen: true, phoneVerifyEvery: 90, drillEvery: 'never', documentsFollowUp: true, objectionEmail: false } },
      reminderLogs: [{ id: 'phone-verify:k1', lastShownDue: '2026-05-01T00:00:00.000Z' }],
    },
  };
}
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
