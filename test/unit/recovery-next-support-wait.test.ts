import { describe, expect, it } from 'vitest';
import type { ProgressEvent, RecoveryCase } from '../../src/shared/model.ts';
import { nextFor, nextTitleKey } from '../../src/domain/recovery-next.ts';

const T0 = '2026-12-14T09:00:00.000Z'; // a Monday
const kase = (steps: Record<string, string>, extra: Partial<RecoveryCase> = {}): RecoveryCase => ({ id: 'c1', accountKey: 'a1', path: 'support-documents', startedAt: T0, steps, ...extra });
const sent = '2026-12-21T01:00:00.000Z'; // Monday
const called = { 'support-form': '2026-12-14T10:00:00.000Z', 'support-call-failed': '2026-12-15T10:00:00.000Z' };

describe('waiting for AWS after the documents were sent', () => {
  it('waits until the morning five business days after the last news, in the user\'s time zone', () => {
    const n = nextFor(kase(called, { documentsSentAt: sent }), { timeZone: 'UTC', now: '2026-12-22T00:00:00.000Z' });
    expect(n).toEqual({ kind: 'wait', stepId: 'doc-objection', until: '2026-12-28T09:00:00.000Z' });
    const tokyo = nextFor(kase(called, { documentsSentAt: sent }), { timeZone: 'Asia/Tokyo', now: '2026-12-22T00:00:00.000Z' });
    expect(tokyo.kind === 'wait' && tokyo.until).not.toBe('2026-12-28T09:00:00.000Z');
  });

  it('starts the wait again when something new happened on the case after sending', () => {
    const news = kase({ ...called, 'doc-case-id': '2026-12-23T10:00:00.000Z' }, { documentsSentAt: sent, supportCaseId: '123' });
    const n = nextFor(news, { timeZone: 'UTC', now: '2026-12-28T10:00:00.000Z' });
    expect(n.kind).toBe('wait');
    expect(n.kind === 'wait' && Date.parse(n.until)).toBeGreaterThan(Date.parse('2026-12-28T10:00:00.000Z'));
  });

  it('still counts the wait from the sending when a step was stored without a readable date', () => {
    const n = nextFor(kase({ ...called, 'doc-print': 'yes' }, { documentsSentAt: sent }), { timeZone: 'UTC', now: '2026-12-22T00:00:00.000Z' });
    expect(n).toEqual({ kind: 'wait', stepId: 'doc-objection', until: '2026-12-28T09:00:00.000Z' });
  });

  it('asks to follow up from the moment the wait ends, and names the support case step', () => {
    const c = kase(called, { documentsSentAt: sent });
    const n = nextFor(c, { timeZone: 'UTC', now: '2026-12-28T09:00:00.000Z' });
    expect(n).toEqual({ kind: 'follow-up', stepId: 'doc-case-id' });
    expect(nextTitleKey(c, n)).toBe('docStepCaseId');
  });

  it('stops waiting once the user is back in: next is a new device', () => {
    expect(nextFor(kase({ ...called, 'signed-in': '2026-12-22T10:00:00.000Z' }, { documentsSentAt: sent }), { timeZone: 'UTC', now: '2026-12-23T00:00:00.000Z' })).toEqual({ kind: 'step', stepId: 'add-new' });
  });

  it('after a failed call, signing in anyway skips the documents', () => {
    expect(nextFor(kase({ ...called, 'signed-in': '2026-12-16T10:00:00.000Z' }), { timeZone: 'UTC', now: '2026-12-17T00:00:00.000Z' })).toEqual({ kind: 'step', stepId: 'add-new' });
    expect(nextFor(kase(called, { objectionEmailAt: '2026-12-16T10:00:00.000Z' }), { timeZone: 'UTC', now: '2026-12-17T00:00:00.000Z' })).toEqual({ kind: 'step', stepId: 'signed-in' });
  });

  it('a failed call also counts when the call step itself was ticked: the call happened', () => {
    const c = kase({ ...called, 'support-call': '2026-12-15T10:00:00.000Z' });
    expect(nextFor(c, { timeZone: 'UTC', now: '2026-12-16T00:00:00.000Z', phoneUpdater: true })).toEqual({ kind: 'switch', path: 'update-phone', because: 'support-call-failed' });
    expect(nextFor(c, { timeZone: 'UTC', now: '2026-12-16T00:00:00.000Z' })).toEqual({ kind: 'step', stepId: 'doc-form' });
  });
});

describe('failures seen by the panel', () => {
  const ev = (step: string, at: string): ProgressEvent => ({ id: 'e', at, source: 'signin-page', page: 'alt-factors', step, accountKey: 'a1' });
  const alt: RecoveryCase = { id: 'c2', accountKey: 'a1', path: 'alt-factors', startedAt: T0, steps: { 'open-troubleshoot': '2026-12-14T09:10:00.000Z', 'verify-email': '2026-12-14T09:20:00.000Z' } };

  it('count from the very moment the case began', () => {
    expect(nextFor(alt, { timeZone: 'UTC', now: '2026-12-15T00:00:00.000Z', events: [ev('alt-factors-phone-failed', T0)] })).toEqual({ kind: 'switch', path: 'update-phone', because: 'phone-failed' });
  });

  it('only the phone failure moves the case; other panel progress does not', () => {
    expect(nextFor(alt, { timeZone: 'UTC', now: '2026-12-15T00:00:00.000Z', events: [ev('alt-factors-email-sent', '2026-12-14T10:00:00.000Z')] })).toEqual({ kind: 'step', stepId: 'verify-phone' });
  });
});

describe('the one-line "Next" for a step this version does not list', () => {
  it('names nothing instead of failing', () => {
    expect(nextTitleKey(kase(called), { kind: 'step', stepId: 'retired-step' })).toBeUndefined();
  });
});
