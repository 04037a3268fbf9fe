/**
 * Every locale key the popup's domain modules can hand to t() exists in English and Japanese
 * (the locale test only sees literal t('…') calls; these keys travel as data).
 */
import { describe, expect, it } from 'vitest';
import { loadSourceLocales } from './locale-source.ts';
import { readiness, PREVENTION_ITEMS } from '../../src/domain/readiness.ts';
import { buildChecklist, buildTimeline, startCase, setCaseField } from '../../src/domain/recovery-checklist.ts';
import { PATHS } from '../../src/domain/recovery-tree.ts';
import { DOCUMENT_STEPS } from '../../src/domain/documents.ts';
import { notaryMessageKeys } from '../../src/domain/notaries.ts';
import type { Account, RecoveryPathId } from '../../src/shared/model.ts';

const { en, ja } = loadSourceLocales();
const has = (k: string) => !!en![k] && !!ja![k];

describe('locale keys used as data', () => {
  it('readiness: titles, reasons and every note', () => {
    const keys = new Set<string>(['popupLevel_ready', 'popupLevel_partial', 'popupLevel_atrisk']);
    const base: Account = { key: 'a', label: 'A', mfaDevices: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-03-01T00:00:00.000Z' };
    const settings = { lang: 'auto' as const, reminders: { chosen: true, phoneVerifyEvery: 90 as const, drillEvery: 180 as const, documentsFollowUp: true, objectionEmail: true } };
    const variants: [Account, boolean, boolean][] = [
      [base, false, false],
      [{ ...base, phoneE164: '+819012345678' }, true, false],
      [{ ...base, phoneE164: '+819012345678', phoneVerifiedAt: '2025-01-01T00:00:00.000Z', rootEmail: 'a@b.co' }, false, true],
    ];
    for (const [a, failed, oldPass] of variants) {
      const drills = failed ? [{ id: 'd', accountKey: 'a', at: '2026-05-01T00:00:00.000Z', passed: false }] : oldPass ? [{ id: 'd', accountKey: 'a', at: '2025-01-01T00:00:00.000Z', passed: true }] : [];
      const r = readiness(a, { accountKey: 'a', done: { 'recovery-kit': '2026-02-01T00:00:00.000Z' } }, drills, settings, new Date('2026-06-01T00:00:00.000Z'));
      for (const i of r.items) [i.titleKey, i.whyKey, i.noteKey].forEach((k) => k && keys.add(k));
    }
    expect(PREVENTION_ITEMS.length).toBe(6);
    expect([...keys].filter((k) => !has(k))).toEqual([]);
    expect([...keys].filter((k) => k.startsWith('popupSafeNote')).length).toBeGreaterThanOrEqual(7);
  });

  it('checklists, timeline labels, documents and notaries', () => {
    const keys = new Set<string>(notaryMessageKeys());
    for (const p of Object.keys(PATHS) as RecoveryPathId[]) {
      let c = startCase('a', p, '2026-01-01T00:00:00.000Z', 'c');
      c = setCaseField(c, 'documentsSentAt', '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z');
      c = setCaseField(c, 'appointmentDay', '2026-01-03', '2026-01-02T00:00:00.000Z');
      c = setCaseField(c, 'supportCaseId', '1', '2026-01-02T00:00:00.000Z');
      c = setCaseField(c, 'objectionEmailAt', '2026-01-04T00:00:00.000Z', '2026-01-04T00:00:00.000Z');
      c = { ...c, closedAt: '2026-01-05T00:00:00.000Z' };
      for (const i of buildChecklist(c)) [i.titleKey, i.detailKey].forEach((k) => k && keys.add(k));
      for (const e of buildTimeline(c, [])) keys.add(e.labelKey);
    }
    for (const d of DOCUMENT_STEPS) keys.add(d.titleKey);
    expect([...keys].filter((k) => !has(k))).toEqual([]);
  });

  it('validation and import errors', () => {
    const keys = ['popupErrLabelEmpty', 'popupErrLabelLong', 'popupErrLabelChars', 'popupErrAccountId', 'popupErrEmail', 'popupErrTooManyDevices', 'popupErrDeviceKind', 'popupErrDeviceWhere',
      'popupImportNotExport', 'popupImportNewerVersion', 'popupImportWrongVersion', 'popupImportInvalid', 'popupImportTooLong', 'popupImportTooDeep', 'popupImportForbiddenKey', 'popupImportDuplicate', 'popupImportDangling', 'popupImportWriteFailed'];
    expect(keys.filter((k) => !has(k))).toEqual([]);
  });
});
