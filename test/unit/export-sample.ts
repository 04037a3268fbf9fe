/** A complete export file with one of everything, for the import tests. */
import type { ExportFile } from '../../src/shared/model.ts';

export function exportSample(): ExportFile {
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

/** What the import sees: the file after a JSON round trip. */
export const json = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

/** The sample with `change` applied to its data, as parsed JSON. */
export function withData(change: (d: ExportFile['data']) => void): unknown {
  const s = exportSample();
  change(s.data);
  return json(s);
}
