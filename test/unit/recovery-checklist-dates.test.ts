import { describe, expect, it } from 'vitest';
import { buildChecklist, buildTimeline, dayOfCase, progressLabel, setCaseField, setStepDone, startCase } from '../../src/domain/recovery-checklist.ts';
import { DOCUMENT_STEPS, documentStepDone } from '../../src/domain/documents.ts';
import type { ProgressEvent, RecoveryCase } from '../../src/shared/model.ts';

const START = '2025-12-16T09:00:00.000Z';
const support = (over: Partial<RecoveryCase> = {}): RecoveryCase => ({ ...startCase('a', 'support-documents', START, 'c'), ...over });
const step = (id: string) => DOCUMENT_STEPS.find((d) => d.id === id)!;

describe('a new case keeps what the user told the tree about the phone', () => {
  it('as a "phone-updater" or "no-phone-updater" marker dated at the start, or nothing when not asked', () => {
    expect(startCase('a', 'update-phone', START, 'c', { phoneUpdater: true })).toEqual({ id: 'c', accountKey: 'a', path: 'update-phone', startedAt: START, steps: { 'phone-updater': START } });
    expect(startCase('a', 'support-documents', START, 'c', { phoneUpdater: false }).steps).toEqual({ 'no-phone-updater': START });
    expect(startCase('a', 'alt-factors', START, 'c', {}).steps).toEqual({});
  });
});

describe('document steps done by their dates', () => {
  it('the appointment counts from the moment it was entered, or from its day when that moment is unknown', () => {
    expect(documentStepDone(step('doc-appointment'), support({ appointmentDay: '2025-12-19' }))).toBe('2025-12-19');
    expect(documentStepDone(step('doc-appointment'), support({ appointmentDay: '2025-12-19', steps: { 'doc-appointment': '2025-12-17T08:00:00.000Z' } }))).toBe('2025-12-17T08:00:00.000Z');
    expect(documentStepDone(step('doc-appointment'), support({ steps: { 'doc-appointment': '2025-12-17T08:00:00.000Z' } }))).toBeUndefined();
  });
  it('the support case id counts from when it was entered, or from the start of the case', () => {
    expect(documentStepDone(step('doc-case-id'), support({ supportCaseId: '123' }))).toBe(START);
    expect(documentStepDone(step('doc-case-id'), support({ supportCaseId: '123', steps: { 'doc-case-id': '2025-12-18T00:00:00.000Z' } }))).toBe('2025-12-18T00:00:00.000Z');
    expect(documentStepDone(step('doc-case-id'), support({ steps: { 'doc-case-id': '2025-12-18T00:00:00.000Z' } }))).toBeUndefined();
  });
  it('sent and the objection e-mail are done on their own dates; the other steps when ticked', () => {
    expect(documentStepDone(step('doc-sent'), support({ documentsSentAt: '2025-12-20T10:00:00.000Z' }))).toBe('2025-12-20T10:00:00.000Z');
    expect(documentStepDone(step('doc-objection'), support({ objectionEmailAt: '2025-12-29T08:00:00.000Z' }))).toBe('2025-12-29T08:00:00.000Z');
    expect(documentStepDone(step('doc-print'), support({ steps: { 'doc-print': '2025-12-18T00:00:00.000Z' } }))).toBe('2025-12-18T00:00:00.000Z');
    expect(documentStepDone(step('doc-print'), support())).toBeUndefined();
  });
  it('the checklist shows each document step with its field, detail and date', () => {
    const items = buildChecklist(support({ documentsSentAt: '2025-12-20T10:00:00.000Z' }));
    expect(items.find((i) => i.id === 'doc-sent')).toEqual({ id: 'doc-sent', titleKey: 'docStepSent', detailKey: 'docStepSentDetail', field: 'documentsSentAt', sub: true, doneAt: '2025-12-20T10:00:00.000Z' });
    expect(items.find((i) => i.id === 'doc-print')).toEqual({ id: 'doc-print', titleKey: 'docStepPrint', detailKey: 'docStepPrintDetail', sub: true });
    expect(items.find((i) => i.id === 'signed-in')).toEqual({ id: 'signed-in', titleKey: 'recoveryStep_signedIn' });
    expect(items.find((i) => i.id === 'support-form')).toEqual({ id: 'support-form', titleKey: 'recoveryStep_supportForm', detailKey: 'recoveryStep_supportForm_detail' });
  });
});

describe('ticking and unticking steps', () => {
  it('keeps the other ticks, and unticking removes the step from the stored case', () => {
    let c = setStepDone(support(), 'support-form', '2025-12-16T10:00:00.000Z');
    c = setStepDone(c, 'support-call', '2025-12-17T10:00:00.000Z');
    expect(c.steps).toEqual({ 'support-form': '2025-12-16T10:00:00.000Z', 'support-call': '2025-12-17T10:00:00.000Z' });
    c = setStepDone(c, 'support-form', null);
    expect(c.steps).toStrictEqual({ 'support-call': '2025-12-17T10:00:00.000Z' });
  });
});

describe('recording a document field', () => {
  it('dates the appointment and the case id when entered, and sent / objection by the date itself', () => {
    let c = setCaseField(support(), 'appointmentDay', '2025-12-19', '2025-12-17T08:00:00.000Z');
    expect(c.appointmentDay).toBe('2025-12-19');
    expect(c.steps['doc-appointment']).toBe('2025-12-17T08:00:00.000Z');
    c = setCaseField(c, 'objectionEmailAt', '2025-12-29T08:00:00.000Z', '2025-12-30T00:00:00.000Z');
    expect(c.steps['doc-objection']).toBe('2025-12-29T08:00:00.000Z');
    c = setCaseField(c, 'appointmentDay', null, '2025-12-30T00:00:00.000Z');
    expect(c).not.toHaveProperty('appointmentDay');
    expect(c.steps).not.toHaveProperty('doc-appointment');
    expect(c.steps['doc-objection']).toBe('2025-12-29T08:00:00.000Z');
  });
  it('leaves the case it was given unchanged', () => {
    const before = support();
    setCaseField(before, 'supportCaseId', '42', START);
    expect(before).toEqual(support());
  });
});

describe('the timeline of a case', () => {
  const ev = (id: string, at: string, over: Partial<ProgressEvent> = {}): ProgressEvent => ({ id, at, source: 'signin-page', step: 'reached-mfa-code', accountKey: 'a', ...over });

  it('shows the appointment as a whole day before that day\'s events, and the case id with its number', () => {
    let c = setCaseField(support(), 'appointmentDay', '2025-12-19', '2025-12-17T08:00:00.000Z');
    c = setCaseField(c, 'supportCaseId', '1234567890', '2025-12-18T10:00:00.000Z');
    const t = buildTimeline(c, [ev('e', '2025-12-19T00:00:00.000Z')]);
    expect(t).toEqual([
      { id: 'started', at: START, labelKey: 'popupTlStarted', source: 'case' },
      { id: 'case-id', at: '2025-12-18T10:00:00.000Z', labelKey: 'popupTlCaseId', subs: ['1234567890'], source: 'case' },
      { id: 'appointment', at: '2025-12-19', allDay: true, labelKey: 'popupTlAppointment', source: 'case' },
      { id: 'ev:e', at: '2025-12-19T00:00:00.000Z', labelKey: 'stepReachedMfaCode', source: 'signin-page' },
    ]);
  });

  it('marks sending the documents, the objection e-mail and closing as the case\'s own entries', () => {
    const c = support({ documentsSentAt: '2025-12-20T10:00:00.000Z', objectionEmailAt: '2025-12-29T08:00:00.000Z', closedAt: '2025-12-31T12:00:00.000Z' });
    expect(buildTimeline(c, []).slice(1)).toEqual([
      { id: 'sent', at: '2025-12-20T10:00:00.000Z', labelKey: 'popupTlDocumentsSent', source: 'case' },
      { id: 'objection', at: '2025-12-29T08:00:00.000Z', labelKey: 'popupTlObjection', source: 'case' },
      { id: 'closed', at: '2025-12-31T12:00:00.000Z', labelKey: 'popupTlClosed', source: 'case' },
    ]);
  });

  it('dates a case id without a recorded moment at the start of the case', () => {
    const t = buildTimeline(support({ supportCaseId: '99' }), []);
    expect(t.find((e) => e.id === 'case-id')?.at).toBe(START);
  });

  it('takes panel events from up to three days before the start until the case was closed, both ends included', () => {
    const c = support({ closedAt: '2025-12-20T00:00:00.000Z' });
    const events = [ev('edge', '2025-12-13T09:00:00.000Z'), ev('early', '2025-12-13T08:59:59.999Z'), ev('close', '2025-12-20T00:00:00.000Z'), ev('late', '2025-12-20T00:00:00.001Z')];
    expect(buildTimeline(c, events).map((e) => e.id)).toEqual(['ev:edge', 'started', 'closed', 'ev:close']);
  });

  it('lists a step the path does not know only if it is a recorded failure', () => {
    const c = support({ steps: { 'support-form': '2025-12-16T10:00:00.000Z', 'support-call-failed': '2025-12-17T10:00:00.000Z', 'phone-updater': START, 'doc-form': '2025-12-18T10:00:00.000Z' } });
    expect(buildTimeline(c, []).every((e) => e.source === 'case')).toBe(true);
    expect(buildTimeline(c, []).map((e) => [e.id, e.labelKey])).toEqual([
      ['started', 'popupTlStarted'],
      ['step:support-form', 'recoveryStep_supportForm'],
      ['step:support-call-failed', 'recoveryFail_support_call_failed'],
      ['step:doc-form', 'docStepForm'],
    ]);
  });

  it('labels a known panel step by its key and an unknown one generically with its id', () => {
    expect(progressLabel(ev('x', START))).toEqual({ labelKey: 'stepReachedMfaCode' });
    expect(progressLabel(ev('x', START, { step: 'made-up' }))).toEqual({ labelKey: 'stepOther', subs: ['made-up'] });
  });
});

describe('the day of a case', () => {
  it('is day 1 for the first 24 hours and day 2 from the 24th hour on', () => {
    const c = support();
    expect(dayOfCase(c, START)).toBe(1);
    expect(dayOfCase(c, '2025-12-17T08:59:59.999Z')).toBe(1);
    expect(dayOfCase(c, '2025-12-17T09:00:00.000Z')).toBe(2);
  });
});
