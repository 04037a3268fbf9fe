import { describe, expect, it } from 'vitest';
import { buildChecklist, buildTimeline, dayOfCase, nextOpen, setCaseField, setStepDone, startCase } from '../../src/domain/recovery-checklist.ts';
import { PATHS } from '../../src/domain/recovery-tree.ts';
import { DOCUMENT_STEPS } from '../../src/domain/documents.ts';
import type { ProgressEvent, RecoveryPathId } from '../../src/shared/model.ts';

const START = '2025-12-16T09:00:00.000Z';

describe('buildChecklist', () => {
  it.each(Object.keys(PATHS) as RecoveryPathId[])('lists the steps of %s in order', (path) => {
    const items = buildChecklist(startCase('a', path, START, 'c'));
    const top = items.filter((i) => !i.sub).map((i) => i.id);
    expect(top).toEqual(PATHS[path].steps.map((s) => s.id));
    expect(items.every((i) => i.doneAt === undefined)).toBe(true);
  });

  it('nests every document step inside the support path, right after "documents"', () => {
    const items = buildChecklist(startCase('a', 'support-documents', START, 'c'));
    const at = items.findIndex((i) => i.id === 'documents');
    expect(items.slice(at + 1, at + 1 + DOCUMENT_STEPS.length).map((i) => i.id)).toEqual(DOCUMENT_STEPS.map((d) => d.id));
    expect(items.filter((i) => i.sub)).toHaveLength(DOCUMENT_STEPS.length);
    expect(buildChecklist(startCase('a', 'alt-factors', START, 'c')).some((i) => i.sub)).toBe(false);
  });

  it('carries the date each step was done, and the next open step moves on', () => {
    let c = startCase('a', 'alt-factors', START, 'c');
    expect(nextOpen(buildChecklist(c))?.id).toBe('open-troubleshoot');
    c = setStepDone(c, 'open-troubleshoot', '2025-12-16T09:10:00.000Z');
    const items = buildChecklist(c);
    expect(items[0]?.doneAt).toBe('2025-12-16T09:10:00.000Z');
    expect(nextOpen(items)?.id).toBe('verify-email');
    c = setStepDone(c, 'open-troubleshoot', null);
    expect(buildChecklist(c)[0]?.doneAt).toBeUndefined();
  });

  it('document fields mark their steps', () => {
    let c = startCase('a', 'support-documents', START, 'c');
    c = setCaseField(c, 'documentsSentAt', '2025-12-20T10:00:00.000Z', '2025-12-20T10:00:00.000Z');
    c = setCaseField(c, 'appointmentDay', '2025-12-19', '2025-12-17T08:00:00.000Z');
    c = setCaseField(c, 'supportCaseId', '1234567890', '2025-12-16T10:00:00.000Z');
    const byId = Object.fromEntries(buildChecklist(c).map((i) => [i.id, i]));
    expect(byId['doc-sent']?.doneAt).toBe('2025-12-20T10:00:00.000Z');
    expect(byId['doc-appointment']?.doneAt).toBe('2025-12-17T08:00:00.000Z');
    expect(byId['doc-case-id']?.doneAt).toBe('2025-12-16T10:00:00.000Z');
    expect(c.supportCaseId).toBe('1234567890');
    c = setCaseField(c, 'supportCaseId', '', '2025-12-21T00:00:00.000Z');
    expect(c.supportCaseId).toBeUndefined();
    expect(buildChecklist(c).find((i) => i.id === 'doc-case-id')?.doneAt).toBeUndefined();
  });
});

describe('buildTimeline', () => {
  // The first seed story: lost 12/16, documents sent 12/20, 12/29 the 24-hour e-mail, 12/31 back in.
  let c = startCase('a', 'support-documents', START, 'c');
  c = setStepDone(c, 'support-form', '2025-12-16T09:30:00.000Z');
  c = setCaseField(c, 'documentsSentAt', '2025-12-20T10:00:00.000Z', '2025-12-20T10:00:00.000Z');
  c = setCaseField(c, 'objectionEmailAt', '2025-12-29T08:00:00.000Z', '2025-12-29T08:00:00.000Z');
  c = { ...c, closedAt: '2025-12-31T12:00:00.000Z' };
  const ev = (id: string, at: string, over: Partial<ProgressEvent> = {}): ProgressEvent => ({ id, at, source: 'signin-page', step: 'reached-mfa-code', accountKey: 'a', ...over });
  const events = [
    ev('before', '2025-12-10T00:00:00.000Z'),
    ev('lead', '2025-12-15T23:00:00.000Z'),
    ev('form', '2025-12-16T09:20:00.000Z', { source: 'support-form', page: 'support-form', step: 'opened-support-form' }),
    ev('other', '2025-12-17T00:00:00.000Z', { accountKey: 'b' }),
    ev('nobody', '2025-12-18T00:00:00.000Z', { accountKey: undefined, step: 'something-new' }),
    ev('after', '2026-01-05T00:00:00.000Z'),
  ];

  it('merges case dates and panel progress in time order', () => {
    const t = buildTimeline(c, events);
    expect(t.map((e) => e.id)).toEqual(['ev:lead', 'started', 'ev:form', 'step:support-form', 'sent', 'objection', 'closed']);
    expect(t.find((e) => e.id === 'ev:form')).toMatchObject({ labelKey: 'stepOpenedSupportForm', source: 'support-form' });
  });

  it('includes events of unknown account only when asked, marked, with a generic label for unknown steps', () => {
    const t = buildTimeline(c, events, { includeUnassigned: true });
    expect(t.find((e) => e.id === 'ev:nobody')).toMatchObject({ unassigned: true, labelKey: 'stepOther', subs: ['something-new'] });
  });

  it('counts days from the start', () => {
    expect(dayOfCase(c, '2025-12-16T10:00:00.000Z')).toBe(1);
    expect(dayOfCase(c, '2025-12-31T12:00:00.000Z')).toBe(16);
  });
});
