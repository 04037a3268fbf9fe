/**
 * The user's own export always imports back, whatever they chose in the app: every recovery
 * path, prevention item, device kind, page, source, language and cadence. The values are listed
 * here literally, so dropping one from the schema (or from the app's lists) fails a test.
 */
import { describe, expect, it } from 'vitest';
import { parseExportFile } from '../../src/domain/export-schema.ts';
import type { ExportFile } from '../../src/shared/model.ts';
import { exportSample, json, withData } from './export-sample.ts';

const accepted = (file: unknown) => expect(parseExportFile(file)).toMatchObject({ ok: true });

describe('an export of any choice the app offers imports back', () => {
  it.each(['other-device', 'iam-admin', 'org-management', 'alt-factors', 'support-documents'])('a case on the %s path', (path) => {
    accepted(withData((d) => { d.cases[0]!.path = path as ExportFile['data']['cases'][0]['path']; }));
  });

  it.each(['second-mfa', 'phone-verified', 'alternate-contact', 'root-email-independent', 'backup-drill', 'recovery-kit'])('the prevention item %s ticked', (item) => {
    accepted(withData((d) => { d.prevention[0]!.done = { [item]: '2026-02-02T00:00:00.000Z' }; }));
  });

  it.each(['authenticator-app', 'passkey', 'security-key', 'hardware-totp'])('a %s device', (kind) => {
    accepted(withData((d) => { d.accounts[0]!.mfaDevices[0]!.kind = kind as 'passkey'; }));
  });

  it.each(['mfa-code', 'mfa-device-choice', 'troubleshoot', 'alt-factors', 'support-form', 'account-contact', 'security-credentials'])('progress seen on the %s page', (page) => {
    accepted(withData((d) => { d.progress[0]!.page = page as 'mfa-code'; }));
  });

  it.each(['signin-page', 'support-form', 'console-page', 'popup'])('progress recorded from the %s', (source) => {
    accepted(withData((d) => { d.progress[0]!.source = source as 'popup'; }));
  });

  it.each(['auto', 'en', 'ja'])('the language %s', (lang) => {
    accepted(withData((d) => { d.settings.lang = lang as 'en'; }));
  });

  it.each([30, 90, 180, 'never'])('reminders every %s days', (every) => {
    accepted(withData((d) => { d.settings.reminders.phoneVerifyEvery = every as 90; d.settings.reminders.drillEvery = every as 90; }));
  });

  it('every optional field left out', () => {
    accepted(withData((d) => {
      d.accounts[0] = { key: 'k1', label: 'A', mfaDevices: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
      d.cases[0] = { id: 'c1', accountKey: 'k1', path: 'iam-admin', startedAt: '2026-01-01T00:00:00.000Z', steps: {} };
      d.progress = [{ id: 'e1', at: '2026-01-01T00:00:00.000Z', source: 'popup', step: 's' }];
      d.drills = [{ id: 'r1', accountKey: 'k1', at: '2026-01-01T00:00:00.000Z', passed: false }];
      d.reminderLogs = [{ id: 'backup-drill:k1' }];
    }));
  });

  it('dates with an offset instead of Z, and a drill clock a whole day off either way', () => {
    accepted(withData((d) => {
      d.accounts[0]!.createdAt = '2026-01-01T09:00:00+09:00';
      d.drills[0]!.driftSeconds = 86_400;
      d.drills.push({ id: 'r2', accountKey: 'k1', at: '2026-02-04T00:00:00-05:00', passed: true, driftSeconds: -86_400 });
    }));
  });

  it('a case with 50 ticked steps, and labels and places at their longest', () => {
    accepted(withData((d) => {
      d.cases[0]!.steps = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`step-${i}`, '2026-01-01T00:00:00.000Z']));
      d.accounts[0]!.label = 'x'.repeat(60);
      d.accounts[0]!.mfaDevices[0]!.where = 'y'.repeat(200);
    }));
  });

  it('the sample itself, unchanged', () => {
    expect(parseExportFile(json(exportSample()))).toEqual({ ok: true, file: exportSample() });
  });
});
