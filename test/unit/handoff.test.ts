import { describe, expect, it } from 'vitest';
import { claimPending, latestPending, outcomeOf, PENDING_MAX_AGE_MS } from '../../src/domain/handoff.ts';
import type { ProgressEvent, RecoveryCase } from '../../src/shared/model.ts';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const ev = (id: string, over: Partial<ProgressEvent>): ProgressEvent => ({ id, at: ago(60_000), source: 'signin-page', page: 'mfa-code', step: 'tree-q-other-device', ...over });

describe('outcomeOf', () => {
  it('derives the path from the answers, as the tree asks them', () => {
    expect(outcomeOf({ otherDevice: true })).toEqual({ answers: { otherDevice: true }, path: 'other-device' });
    expect(outcomeOf({ otherDevice: false, signInAs: 'root', orgMember: false, rootEmail: true, accountPhone: false, phoneUpdater: false })).toEqual({
      answers: { otherDevice: false, signInAs: 'root', orgMember: false, rootEmail: true, accountPhone: false, phoneUpdater: false },
      path: 'support-documents',
    });
    expect(outcomeOf({ otherDevice: false, signInAs: 'root', orgMember: false, rootEmail: true, accountPhone: true })?.path).toBe('alt-factors');
    expect(outcomeOf({ otherDevice: false, signInAs: 'iam' })?.path).toBe('iam-admin');
  });
  it.each([
    ['an unfinished walk', { otherDevice: false }],
    ['answers past the outcome', { otherDevice: true, signInAs: 'root' }],
    ['unknown keys', { otherDevice: true, admin: true }],
    ['non-booleans', { otherDevice: 'yes' }],
    ['a prototype key', JSON.parse('{"__proto__": {"otherDevice": true}}')],
    ['no object', null],
    ['an array', [true]],
  ])('refuses %s', (_what, input) => expect(outcomeOf(input)).toBeNull());
});

describe('latestPending', () => {
  it('is the newest event with answers and no account, within a day', () => {
    const events = [
      ev('old', { step: 'tree-alt-factors', answers: { otherDevice: false, signInAs: 'root', orgMember: false, rootEmail: true, accountPhone: true }, at: ago(PENDING_MAX_AGE_MS + 1) }),
      ev('claimed', { step: 'tree-other-device', answers: { otherDevice: true }, accountKey: 'a', at: ago(1000) }),
      ev('p1', { step: 'tree-other-device', answers: { otherDevice: true }, at: ago(5000) }),
      ev('p2', { step: 'tree-iam-admin', answers: { otherDevice: false, signInAs: 'iam' }, at: ago(3000) }),
      ev('q', { at: ago(500) }),
    ];
    expect(latestPending(events, NOW)?.id).toBe('p2');
    expect(latestPending(events.slice(0, 2), NOW)).toBeUndefined();
  });
});

describe('claimPending', () => {
  const pending = ev('p', { step: 'tree-support-documents', answers: { otherDevice: false, signInAs: 'root', orgMember: false, rootEmail: true, accountPhone: false, phoneUpdater: false }, at: ago(1000) });
  const walk = [
    ev('q1', { step: 'tree-q-other-device', at: ago(60_000) }),
    ev('q4', { step: 'tree-q-account-phone', at: ago(20_000) }),
    ev('yesterday', { step: 'tree-q-other-device', at: ago(26 * 3_600_000) }),
    ev('reached', { step: 'reached-mfa-code', at: ago(70_000) }),
    ev('other', { step: 'tree-q-sign-in-as', at: ago(30_000), accountKey: 'b' }),
  ];
  const open: RecoveryCase = { id: 'c-old', accountKey: 'a', path: 'alt-factors', startedAt: ago(86_400_000), steps: {} };

  it('opens a case on the answers’ path, closes the open one, and moves the walk to the account', () => {
    const c = claimPending(pending, 'a', [open], [pending, ...walk], NOW.toISOString(), 'c-new')!;
    expect(c.opened).toEqual({ id: 'c-new', accountKey: 'a', path: 'support-documents', startedAt: NOW.toISOString(), steps: {} });
    expect(c.closed).toEqual({ ...open, closedAt: NOW.toISOString() });
    expect(c.events.map((e) => e.id).sort()).toEqual(['p', 'q1', 'q4']);
    expect(c.events.every((e) => e.accountKey === 'a')).toBe(true);
    expect(c.events.find((e) => e.id === 'p')!.answers).toEqual(pending.answers);
  });

  it('closes nothing for an account with no open case', () => {
    expect(claimPending(pending, 'z', [open], [pending], NOW.toISOString(), 'c')!.closed).toBeUndefined();
  });

  it('refuses an event already claimed, or one whose answers lead nowhere', () => {
    expect(claimPending({ ...pending, accountKey: 'b' }, 'a', [], [], NOW.toISOString(), 'c')).toBeNull();
    expect(claimPending({ ...pending, answers: { otherDevice: false } }, 'a', [], [], NOW.toISOString(), 'c')).toBeNull();
    expect(claimPending(ev('x', {}), 'a', [], [], NOW.toISOString(), 'c')).toBeNull();
  });
});
