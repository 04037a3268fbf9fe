import { describe, expect, it } from 'vitest';
import type { ProgressEvent, RecoveryCase, RecoveryPathId } from '../../src/shared/model.ts';
import { nextFor, nextTitleKey, phoneUpdaterOf } from '../../src/domain/recovery-next.ts';
import { buildChecklist, buildTimeline, startCase } from '../../src/domain/recovery-checklist.ts';

const T0 = '2026-12-14T09:00:00.000Z';
const NOW = '2026-12-15T09:00:00.000Z';
const at = (h: number) => new Date(Date.parse(T0) + h * 3_600_000).toISOString();
const kase = (path: RecoveryPathId, steps: Record<string, string> = {}, extra: Partial<RecoveryCase> = {}): RecoveryCase => ({
  id: 'c1',
  accountKey: 'a1',
  path,
  startedAt: T0,
  steps,
  ...extra,
});
const done = (...ids: string[]) => Object.fromEntries(ids.map((id, i) => [id, at(i + 1)]));

describe('"Next" follows the state of each path', () => {
  it('closed case → done', () => {
    expect(nextFor(kase('alt-factors', {}, { closedAt: NOW }), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'done' });
  });

  describe('alternative factors', () => {
    it('goes step by step, then done', () => {
      expect(nextFor(kase('alt-factors'), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'step', stepId: 'open-troubleshoot' });
      expect(nextFor(kase('alt-factors', done('open-troubleshoot')), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'step', stepId: 'verify-email' });
      expect(nextFor(kase('alt-factors', done('open-troubleshoot', 'verify-email')), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'step', stepId: 'verify-phone' });
      expect(nextFor(kase('alt-factors', done('open-troubleshoot', 'verify-email', 'verify-phone', 'signed-in', 'remove-lost', 'add-new')), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'done' });
    });
    it('option not offered → the support form', () => {
      expect(nextFor(kase('alt-factors', done('alt-not-offered')), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'switch', path: 'support-documents', because: 'alt-not-offered' });
    });
    it('verification e-mail never arrives → recover the mailbox', () => {
      expect(nextFor(kase('alt-factors', done('open-troubleshoot', 'email-failed')), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'switch', path: 'recover-mailbox', because: 'email-failed' });
    });
    it('phone failed → update the phone first where someone can (or it is not known), else the support path', () => {
      const c = kase('alt-factors', done('open-troubleshoot', 'verify-email', 'phone-failed'));
      expect(nextFor(c, { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'switch', path: 'update-phone', because: 'phone-failed' });
      expect(nextFor(c, { timeZone: 'UTC', now: NOW, phoneUpdater: true })).toEqual({ kind: 'switch', path: 'update-phone', because: 'phone-failed' });
      expect(nextFor(c, { timeZone: 'UTC', now: NOW, phoneUpdater: false })).toEqual({ kind: 'switch', path: 'support-documents', because: 'phone-failed' });
      // What the tree was told, kept on the case by startCase().
      expect(nextFor({ ...c, steps: { ...c.steps, 'no-phone-updater': T0 } }, { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'switch', path: 'support-documents', because: 'phone-failed' });
    });
    it('the panel saw the phone failure on AWS\'s page → the same switch, for this account only and after the case began', () => {
      const ev = (accountKey: string | undefined, when: string): ProgressEvent => ({ id: 'e', at: when, source: 'signin-page', page: 'alt-factors', step: 'alt-factors-phone-failed', ...(accountKey ? { accountKey } : {}) });
      const c = kase('alt-factors', done('open-troubleshoot', 'verify-email'));
      expect(nextFor(c, { timeZone: 'UTC', now: NOW, events: [ev('a1', at(5))] })).toEqual({ kind: 'switch', path: 'update-phone', because: 'phone-failed' });
      expect(nextFor(c, { timeZone: 'UTC', now: NOW, events: [ev('other', at(5))] })).toEqual({ kind: 'step', stepId: 'verify-phone' });
      expect(nextFor(c, { timeZone: 'UTC', now: NOW, events: [ev('a1', '2026-12-01T00:00:00.000Z')] })).toEqual({ kind: 'step', stepId: 'verify-phone' });
    });
    it('a failure no longer counts once its step is done', () => {
      expect(nextFor(kase('alt-factors', done('open-troubleshoot', 'verify-email', 'phone-failed', 'verify-phone')), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'step', stepId: 'signed-in' });
    });
  });

  describe('update the phone first', () => {
    it('update, verify, then the alternative factors', () => {
      expect(nextFor(kase('update-phone'), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'step', stepId: 'update-phone' });
      expect(nextFor(kase('update-phone', done('update-phone')), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'step', stepId: 'phone-verified' });
      expect(nextFor(kase('update-phone', done('update-phone', 'phone-verified')), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'step', stepId: 'open-troubleshoot' });
    });
    it('nobody can update it → the support path; the new number still fails → the support path', () => {
      expect(nextFor(kase('update-phone', done('no-phone-updater')), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'switch', path: 'support-documents', because: 'no-phone-updater' });
      expect(nextFor(kase('update-phone', done('update-phone', 'phone-verified', 'open-troubleshoot', 'verify-email', 'phone-failed')), { timeZone: 'UTC', now: NOW })).toEqual({
        kind: 'switch',
        path: 'support-documents',
        because: 'phone-failed',
      });
    });
  });

  describe('recover the mailbox', () => {
    it('mailbox back → alternative factors; mailbox lost → the support path', () => {
      expect(nextFor(kase('recover-mailbox', done('recover-mailbox', 'mailbox-back')), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'step', stepId: 'open-troubleshoot' });
      expect(nextFor(kase('recover-mailbox', done('mailbox-lost')), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'switch', path: 'support-documents', because: 'mailbox-lost' });
      expect(nextFor(kase('recover-mailbox', done('recover-mailbox', 'mailbox-back', 'open-troubleshoot', 'email-failed')), { timeZone: 'UTC', now: NOW })).toEqual({
        kind: 'switch',
        path: 'support-documents',
        because: 'email-failed',
      });
    });
  });

  it('other device: none works → alternative factors', () => {
    expect(nextFor(kase('other-device'), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'step', stepId: 'choose-device' });
    expect(nextFor(kase('other-device', done('other-device-failed')), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'switch', path: 'alt-factors', because: 'other-device-failed' });
  });

  it('organizations: the management account cannot act → alternative factors (the fallback)', () => {
    expect(nextFor(kase('org-management'), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'step', stepId: 'ask-management' });
    expect(nextFor(kase('org-management', done('management-cannot')), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'switch', path: 'alt-factors', because: 'management-cannot' });
    expect(nextFor(kase('org-management', done('ask-management', 'root-credentials-deleted')), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'step', stepId: 'password-recovery' });
  });

  it('IAM and Identity Center users: ask, then register a new device', () => {
    expect(nextFor(kase('iam-admin'), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'step', stepId: 'ask-admin' });
    expect(nextFor(kase('identity-center', done('ask-ic-admin', 'ic-device-deleted')), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'step', stepId: 'add-new' });
  });

  describe('AWS Support and documents', () => {
    it('form, then the call; a call that reached you → sign in (no documents)', () => {
      expect(nextFor(kase('support-documents'), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'step', stepId: 'support-form' });
      expect(nextFor(kase('support-documents', done('support-form')), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'step', stepId: 'support-call' });
      expect(nextFor(kase('support-documents', done('support-form', 'support-call')), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'step', stepId: 'signed-in' });
      expect(nextFor(kase('support-documents', done('support-form', 'support-call', 'signed-in')), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'step', stepId: 'add-new' });
      expect(nextFor(kase('support-documents', done('support-form', 'support-call', 'signed-in', 'add-new')), { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'done' });
    });
    it('a call to a stale number → update the phone first where someone can, else the documents one by one', () => {
      const c = kase('support-documents', done('support-form', 'support-call-failed'));
      expect(nextFor(c, { timeZone: 'UTC', now: NOW, phoneUpdater: true })).toEqual({ kind: 'switch', path: 'update-phone', because: 'support-call-failed' });
      expect(nextFor(c, { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'step', stepId: 'doc-form' });
      expect(nextFor({ ...c, steps: { ...c.steps, 'doc-form': at(3), 'doc-photo-id': at(3) } }, { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'step', stepId: 'doc-address' });
      expect(nextFor({ ...c, steps: { ...c.steps, 'doc-form': at(3), 'doc-photo-id': at(3), 'doc-address': at(3), 'doc-notary': at(3) } }, { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'step', stepId: 'doc-appointment' });
      expect(nextFor({ ...c, appointmentDay: '2026-12-18', steps: { ...c.steps, 'doc-form': at(3), 'doc-photo-id': at(3), 'doc-address': at(3), 'doc-notary': at(3), 'doc-appointment': at(4) } }, { timeZone: 'UTC', now: NOW })).toEqual({ kind: 'step', stepId: 'doc-print' });
    });
    it('documents sent → wait (five business days without news), then follow up; the removal notice → sign in', () => {
      const sent = '2026-12-21T01:00:00.000Z'; // a Monday morning in Tokyo
      const c = kase('support-documents', done('support-form', 'support-call-failed'), { documentsSentAt: sent });
      const wait = nextFor(c, { timeZone: 'UTC', now: '2026-12-22T09:00:00.000Z' });
      expect(wait.kind).toBe('wait');
      if (wait.kind === 'wait') {
        expect(wait.stepId).toBe('doc-objection');
        expect(Date.parse(wait.until)).toBeGreaterThan(Date.parse(sent) + 5 * 86_400_000);
        expect(nextFor(c, { timeZone: 'UTC', now: new Date(Date.parse(wait.until) + 60_000).toISOString() })).toEqual({ kind: 'follow-up', stepId: 'doc-case-id' });
      }
      expect(nextFor({ ...c, objectionEmailAt: '2026-12-29T01:00:00.000Z' }, { timeZone: 'UTC', now: '2026-12-29T09:00:00.000Z' })).toEqual({ kind: 'step', stepId: 'signed-in' });
    });
  });
});

describe('the one-line "Next" of the home screen', () => {
  it('names the step, or the path to switch to, or nothing when done', () => {
    const c = kase('alt-factors', done('open-troubleshoot'));
    expect(nextTitleKey(c, nextFor(c, { timeZone: 'UTC', now: NOW }))).toBe('recoveryStep_verifyEmail');
    const failed = kase('alt-factors', done('phone-failed'));
    expect(nextTitleKey(failed, nextFor(failed, { timeZone: 'UTC', now: NOW, phoneUpdater: false }))).toBe('recoveryPathSupport');
    const sent = kase('support-documents', done('support-form', 'support-call-failed'), { documentsSentAt: '2026-12-21T01:00:00.000Z' });
    expect(nextTitleKey(sent, nextFor(sent, { timeZone: 'UTC', now: '2026-12-21T02:00:00.000Z' }))).toBe('docStepObjection');
    expect(nextTitleKey(c, { kind: 'done' })).toBeUndefined();
  });
});

describe('cases started from the tree', () => {
  it('keep what the user said about who can update the phone, as marker steps', () => {
    expect(startCase('a1', 'support-documents', T0, 'c', { phoneUpdater: false }).steps).toEqual({ 'no-phone-updater': T0 });
    expect(phoneUpdaterOf(startCase('a1', 'update-phone', T0, 'c', { phoneUpdater: true }))).toBe(true);
    expect(phoneUpdaterOf(startCase('a1', 'alt-factors', T0, 'c'))).toBeUndefined();
  });
});

describe('records written by the previous version (0.1.0) stay readable', () => {
  it('an old alternative-factors case and its panel events build the same checklist and labelled timeline', () => {
    const old: RecoveryCase = { id: 'old', accountKey: 'a1', path: 'alt-factors', startedAt: T0, steps: { 'open-troubleshoot': at(1), 'verify-email': at(2) } };
    const events: ProgressEvent[] = ['tree-q-other-device', 'tree-q-iam-user', 'tree-q-org-member', 'tree-q-email-and-phone', 'tree-alt-factors'].map((step, i) => ({
      id: `e${i}`,
      at: at(0.1 * (i + 1)),
      source: 'signin-page',
      page: 'mfa-code',
      step,
      accountKey: 'a1',
    }));
    expect(buildChecklist(old).map((i) => [i.id, !!i.doneAt])).toEqual([
      ['open-troubleshoot', true],
      ['verify-email', true],
      ['verify-phone', false],
      ['signed-in', false],
      ['remove-lost', false],
      ['add-new', false],
    ]);
    const labels = buildTimeline(old, events).map((e) => e.labelKey);
    expect(labels).not.toContain('stepOther');
    expect(labels).toContain('stepTreeQEmailAndPhone');
    expect(labels).toContain('stepTreeQIamUser');
    expect(nextFor(old, { timeZone: 'UTC', now: NOW, events })).toEqual({ kind: 'step', stepId: 'verify-phone' });
  });

  it('an old support case with its document fields keeps its steps, with "Next" from its dates', () => {
    const old: RecoveryCase = {
      id: 'old2',
      accountKey: 'a1',
      path: 'support-documents',
      startedAt: T0,
      steps: { 'support-form': at(1), 'support-call': at(2), 'doc-form': at(3), 'doc-sent': '2026-12-20T01:00:00.000Z' },
      documentsSentAt: '2026-12-20T01:00:00.000Z',
    };
    expect(buildChecklist(old).filter((i) => i.sub).map((i) => i.id)).toEqual(['doc-form', 'doc-photo-id', 'doc-address', 'doc-notary', 'doc-appointment', 'doc-print', 'doc-notarized', 'doc-sent', 'doc-case-id', 'doc-objection']);
    expect(nextFor(old, { timeZone: 'UTC', now: '2026-12-21T01:00:00.000Z' }).kind).toBe('wait');
  });

  it('labels failures recorded on a case in its timeline', () => {
    const c = kase('alt-factors', done('open-troubleshoot', 'phone-failed'));
    expect(buildTimeline(c, []).map((e) => e.labelKey)).toContain('recoveryFail_phone_failed');
  });
});
