/**
 * The user's own export imports back whatever they chose on an account or in a case, including
 * the recovery paths and organization details added after the first export tests; a refusal deep
 * in a long list still says where. The values are listed literally, so dropping one from the
 * schema fails a test.
 */
import { describe, expect, it } from 'vitest';
import { parseExportFile } from '../../src/domain/export-schema.ts';
import { LIMITS } from '../../src/domain/limits.ts';
import type { ExportFile } from '../../src/shared/model.ts';
import { exportSample, json, withData } from './export-sample.ts';

type Data = ExportFile['data'];
const accepted = (file: unknown) => expect(parseExportFile(file)).toMatchObject({ ok: true });

describe('an export imports back with any choice the app offers', () => {
  it.each(['other-device', 'iam-admin', 'org-management', 'alt-factors', 'support-documents', 'update-phone', 'recover-mailbox', 'identity-center'])(
    'a case on the %s path',
    (path) => accepted(withData((d) => { d.cases[0]!.path = path as Data['cases'][0]['path']; })),
  );

  it.each(['management', 'member'])('an account that is the %s account of an organization', (role) => {
    accepted(withData((d) => { Object.assign(d.accounts[0]!, { orgMember: true, orgRole: role, managementAccountId: '210987654321' }); }));
  });

  it.each(['active', 'pending-activation', 'suspended', 'pending-closure', 'closed'])('an account whose organization status is %s', (status) => {
    accepted(withData((d) => { Object.assign(d.accounts[0]!, { orgStatus: status }); }));
  });

  it.each([30, 90, 180, 'never'])('an account with its own phone and drill reminders every %s days', (every) => {
    accepted(withData((d) => { Object.assign(d.accounts[0]!, { phoneVerifyEvery: every, drillEvery: every }); }));
  });

  it.each(['root', 'iam', 'identity-center'])('progress answered "signed in as %s"', (signInAs) => {
    accepted(withData((d) => { Object.assign(d.progress[0]!, { answers: { otherDevice: false, signInAs } }); }));
  });

  it('a reminder about an account whose key is as long as keys may be', () => {
    const key = 'k'.repeat(LIMITS.id);
    accepted(withData((d) => {
      for (const x of [d.accounts[0]!, d.prevention[0]!, d.cases[0]!, d.progress[0]!, d.drills[0]!]) {
        if ('key' in x) x.key = key;
        else x.accountKey = key;
      }
      d.reminderLogs = [{ id: `phone-verify:${key}` }, { id: `documents-follow-up:${'c'.repeat(LIMITS.id)}` }];
    }));
  });
});

describe('a refused file says where, also far down a list', () => {
  it('names the eleventh account as data.accounts[10]', () => {
    const s = exportSample();
    const first = s.data.accounts[0]!;
    s.data.accounts = Array.from({ length: 11 }, (_, i) => ({ ...first, key: `k${i + 1}` }));
    s.data.accounts[10]!.label = '';
    expect(parseExportFile(json(s))).toEqual({ ok: false, errorKey: 'popupImportInvalid', path: 'data.accounts[10].label' });
  });

  it('refuses a management account id that is not exactly 12 digits, at that field', () => {
    for (const bad of ['21098765432', '2109876543210', 'x210987654321', '210987654321x', 'abcdefghijkl']) {
      expect(parseExportFile(withData((d) => { Object.assign(d.accounts[0]!, { managementAccountId: bad }); })), bad)
        .toEqual({ ok: false, errorKey: 'popupImportInvalid', path: 'data.accounts[0].managementAccountId' });
    }
  });

  it('refuses a time written with an expanded year (+002026-…), which the app never writes', () => {
    expect(Number.isNaN(Date.parse('+002026-01-01T00:00:00Z'))).toBe(false);
    expect(parseExportFile(withData((d) => { d.accounts[0]!.createdAt = '+002026-01-01T00:00:00Z'; })))
      .toEqual({ ok: false, errorKey: 'popupImportInvalid', path: 'data.accounts[0].createdAt' });
  });
});
