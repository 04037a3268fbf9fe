/**
 * A file the import refuses says which field was refused and why (a locale key for the reason,
 * the path in the file for the place), so the user can find the problem; nothing is half-imported.
 */
import { describe, expect, it } from 'vitest';
import { parseExportFile } from '../../src/domain/export-schema.ts';
import { exportSample, json, withData } from './export-sample.ts';

const refused = (file: unknown, errorKey: string, path?: string) =>
  expect(parseExportFile(file)).toEqual({ ok: false, errorKey, ...(path === undefined ? {} : { path }) });

describe('refusing a file that is not an export of this app', () => {
  it('says it is not an export, at the format field, for another app’s file', () => {
    refused({ format: 'something-else', version: 1 }, 'popupImportNotExport', 'format');
    refused('hello', 'popupImportNotExport');
  });

  it('says the version is newer only for a whole number above ours; other versions are wrong', () => {
    refused(json({ ...exportSample(), version: 2 }), 'popupImportNewerVersion', 'version');
    refused(json({ ...exportSample(), version: 1.5 }), 'popupImportWrongVersion', 'version');
    refused(json({ ...exportSample(), version: '2' }), 'popupImportWrongVersion', 'version');
    refused(json({ ...exportSample(), version: 0 }), 'popupImportWrongVersion', 'version');
  });
});

describe('refusing records that clash', () => {
  it.each([
    ['two cases with one id', 'cases', 'data.cases[1].id'],
    ['two progress entries with one id', 'progress', 'data.progress[2].id'],
    ['two drills with one id', 'drills', 'data.drills[1].id'],
    ['two reminder logs with one id', 'reminderLogs', 'data.reminderLogs[1].id'],
  ] as const)('%s: a duplicate, at the second one', (_name, list, path) => {
    refused(withData((d) => { (d[list] as unknown[]).push({ ...(d[list][0] as object) }); }), 'popupImportDuplicate', path);
  });

  it('two prevention records for one account: a duplicate, at the second one', () => {
    refused(withData((d) => { d.prevention.push({ accountKey: 'k1', done: {} }); }), 'popupImportDuplicate', 'data.prevention[1].accountKey');
  });

  it('two accounts with one key: a duplicate, at the second one', () => {
    refused(withData((d) => { d.accounts.push({ ...d.accounts[0]!, label: 'Other' }); }), 'popupImportDuplicate', 'data.accounts[1].key');
  });

  it('distinct ids in every list are fine', () => {
    expect(parseExportFile(withData((d) => {
      d.cases.push({ ...d.cases[0]!, id: 'c2' });
      d.drills.push({ ...d.drills[0]!, id: 'r2' });
      d.reminderLogs.push({ id: 'backup-drill:k1' });
      d.accounts.push({ ...d.accounts[0]!, key: 'k2' });
      d.prevention.push({ accountKey: 'k2', done: {} });
    }))).toMatchObject({ ok: true });
  });
});

describe('refusing records of an account that is not in the file', () => {
  it.each([
    ['prevention', (d: ReturnType<typeof exportSample>['data']) => { d.prevention[0]!.accountKey = 'ghost'; }, 'data.prevention[0].accountKey'],
    ['a case', (d: ReturnType<typeof exportSample>['data']) => { d.cases[0]!.accountKey = 'ghost'; }, 'data.cases[0].accountKey'],
    ['a drill', (d: ReturnType<typeof exportSample>['data']) => { d.drills[0]!.accountKey = 'ghost'; }, 'data.drills[0].accountKey'],
    ['progress', (d: ReturnType<typeof exportSample>['data']) => { d.progress[0]!.accountKey = 'ghost'; }, 'data.progress[0].accountKey'],
  ])('%s naming a missing account: dangling, at its account key', (_name, change, path) => {
    refused(withData(change), 'popupImportDangling', path);
  });
});

describe('refusing hostile input before reading it', () => {
  it('finds a prototype key in any element of a list, not only the first', () => {
    const text = JSON.stringify(exportSample()).replace('"id":"e2"', '"__proto__":{},"id":"e2"');
    refused(JSON.parse(text), 'popupImportForbiddenKey', 'data.progress[1].__proto__');
  });

  it('refuses nesting deeper than any export has, and says where it got too deep', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 9; i++) deep = { a: deep };
    refused({ ...json(exportSample()) as object, deep }, 'popupImportTooDeep', 'deep.a.a.a.a.a.a.a.a');
    let lists: unknown = 1;
    for (let i = 0; i < 9; i++) lists = [lists];
    refused({ ...json(exportSample()) as object, lists }, 'popupImportTooDeep', 'lists[0][0][0][0][0][0][0][0]');
  });

  it('lets nesting up to eight levels reach the field checks', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 8; i++) deep = { a: deep };
    refused({ ...json(exportSample()) as object, deep }, 'popupImportInvalid', 'deep');
  });

  it('treats a null value as a wrong value, not as a crash', () => {
    refused(withData((d) => { (d.accounts[0] as unknown as Record<string, unknown>).orgMember = null; }), 'popupImportInvalid', 'data.accounts[0].orgMember');
    refused(withData((d) => { (d.cases as unknown[]).push(null); }), 'popupImportInvalid', 'data.cases[1]');
  });
});

describe('refusing a field that is not what the app writes, at that field', () => {
  const field = (set: (d: ReturnType<typeof exportSample>['data']) => void, path: string) => refused(withData(set), 'popupImportInvalid', path);

  it('an AWS account id that is not exactly 12 digits', () => {
    field((d) => { d.accounts[0]!.accountId = '1234567890123'; }, 'data.accounts[0].accountId');
    field((d) => { d.accounts[0]!.accountId = '123456789012x'; }, 'data.accounts[0].accountId');
  });

  it('a phone number not in international form, or with anything around it', () => {
    field((d) => { d.accounts[0]!.phoneE164 = 'tel:+819012345678'; }, 'data.accounts[0].phoneE164');
    field((d) => { d.accounts[0]!.phoneE164 = '+819012345678 ext'; }, 'data.accounts[0].phoneE164');
    field((d) => { d.accounts[0]!.phoneE164 = '+0819012345'; }, 'data.accounts[0].phoneE164');
  });

  it('a country that is not two capital letters', () => {
    field((d) => { d.accounts[0]!.phoneCountry = 'JPN'; }, 'data.accounts[0].phoneCountry');
    field((d) => { d.accounts[0]!.phoneCountry = 'xJP'; }, 'data.accounts[0].phoneCountry');
  });

  it('an id or key with characters the app never writes, anywhere in it', () => {
    field((d) => { d.accounts[0]!.key = 'k 1'; }, 'data.accounts[0].key');
    field((d) => { d.accounts[0]!.key = 'k1/'; }, 'data.accounts[0].key');
    field((d) => { d.cases[0]!.steps = { 'a step': '2026-01-01T00:00:00.000Z' }; }, 'data.cases[0].steps.a step');
    field((d) => { d.reminderLogs[0]!.id = 'x phone-verify:k1'; }, 'data.reminderLogs[0].id');
    field((d) => { d.reminderLogs[0]!.id = 'phone-verify:k1 x'; }, 'data.reminderLogs[0].id');
  });

  it('an appointment day that is not a plain date', () => {
    field((d) => { d.cases[0]!.appointmentDay = '2025-12-19 '; }, 'data.cases[0].appointmentDay');
    field((d) => { d.cases[0]!.appointmentDay = '12025-12-19'; }, 'data.cases[0].appointmentDay');
    field((d) => { d.cases[0]!.appointmentDay = '2025-13-45'; }, 'data.cases[0].appointmentDay');
  });

  it('a time that is not an ISO date, or not a real one', () => {
    field((d) => { d.accounts[0]!.createdAt = '2026-01-01'; }, 'data.accounts[0].createdAt');
    field((d) => { d.accounts[0]!.createdAt = '2026-02-31T25:00:00Z'; }, 'data.accounts[0].createdAt');
  });

  it('an e-mail address with a space or without a domain', () => {
    field((d) => { d.accounts[0]!.rootEmail = 'my root@example.com'; }, 'data.accounts[0].rootEmail');
    field((d) => { d.accounts[0]!.rootEmail = 'root@example.com me'; }, 'data.accounts[0].rootEmail');
    field((d) => { d.accounts[0]!.rootEmail = 'root@example'; }, 'data.accounts[0].rootEmail');
  });

  it('an empty label or support case id', () => {
    field((d) => { d.accounts[0]!.label = ''; }, 'data.accounts[0].label');
    field((d) => { d.cases[0]!.supportCaseId = ''; }, 'data.cases[0].supportCaseId');
  });

  it('text that hides characters: controls and direction overrides', () => {
    field((d) => { d.accounts[0]!.label = 'Prod\u202euction'; }, 'data.accounts[0].label');
    field((d) => { d.cases[0]!.supportCaseId = '123\u0085'; }, 'data.cases[0].supportCaseId');
  });

  it('a drill clock more than a day off, or not in whole seconds', () => {
    field((d) => { d.drills[0]!.driftSeconds = 86_401; }, 'data.drills[0].driftSeconds');
    field((d) => { d.drills[0]!.driftSeconds = -86_401; }, 'data.drills[0].driftSeconds');
    field((d) => { d.drills[0]!.driftSeconds = 1.5; }, 'data.drills[0].driftSeconds');
  });

  it('a case with more than 50 ticked steps', () => {
    field((d) => { d.cases[0]!.steps = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`s${i}`, '2026-01-01T00:00:00.000Z'])); }, 'data.cases[0].steps');
  });
});

describe('refusing what is too long, saying so', () => {
  it('a too long label, device place, step id or id is "too long", at that field', () => {
    refused(withData((d) => { d.accounts[0]!.label = 'x'.repeat(61); }), 'popupImportTooLong', 'data.accounts[0].label');
    refused(withData((d) => { d.accounts[0]!.mfaDevices[0]!.where = 'y'.repeat(201); }), 'popupImportTooLong', 'data.accounts[0].mfaDevices[0].where');
    refused(withData((d) => { d.progress[1]!.step = 's'.repeat(81); }), 'popupImportTooLong', 'data.progress[1].step');
    refused(withData((d) => { d.drills[0]!.id = 'r'.repeat(101); }), 'popupImportTooLong', 'data.drills[0].id');
  });

  it('more than eight devices on one account is "too long", at the device list', () => {
    refused(withData((d) => { d.accounts[0]!.mfaDevices = Array.from({ length: 9 }, (_, i) => ({ id: `d${i}`, kind: 'passkey' as const, where: '' })); }), 'popupImportTooLong', 'data.accounts[0].mfaDevices');
  });
});
