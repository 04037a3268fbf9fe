import { describe, expect, it } from 'vitest';
import { filterRows, NO_FILTER, overviewRows, ROW_LEVELS, sortRows, summarize, type SortColumn } from '../../src/domain/overview-rows.ts';
import type { Account, StoredState } from '../../src/shared/model.ts';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const acct = (key: string, over: Partial<Account> = {}): Account => ({ key, label: key, mfaDevices: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', ...over });
function state(accounts: Account[], over: Partial<StoredState> = {}): StoredState {
  return { accounts, prevention: [], cases: [], progress: [], drills: [], reminderLogs: [], settings: { lang: 'auto', reminders: { chosen: true, phoneVerifyEvery: 90, drillEvery: 180, documentsFollowUp: true, objectionEmail: true } }, ...over };
}
const dev = (id: string, kind: 'passkey' | 'security-key' = 'passkey') => ({ id, kind, where: 'x' });

describe('what a row of the overview shows', () => {
  it('only what the account has: an empty account shows no e-mail, phone, drill, kit or case', () => {
    const [r] = overviewRows(state([acct('k', { label: 'Shop' })]), NOW, 'UTC');
    expect(r).toStrictEqual({ key: 'k', label: 'Shop', deviceCount: 0, deviceKinds: [], kitStale: false, level: 'at-risk', done: 0, total: 6, remindersOff: false, due: true, search: 'shop\u0000\u0000' });
  });

  it('each kind of device once, however many of it are registered, and every stored field', () => {
    const a = acct('k', { label: 'Shop', accountId: '111111111111', rootEmail: 'Root@Example.com', phoneE164: '+819012345678', phoneVerifiedAt: '2026-05-01T00:00:00.000Z', orgRole: 'member', orgStatus: 'active', remindersOff: true, phoneVerifyEvery: 30, drillEvery: 90, mfaDevices: [dev('a'), dev('b', 'security-key'), dev('c')] });
    const [r] = overviewRows(state([a]), NOW, 'UTC');
    expect(r).toMatchObject({ accountId: '111111111111', rootEmail: 'Root@Example.com', emailMasked: 'R***@Example.com', phoneE164: '+819012345678', phoneVerifiedAt: '2026-05-01T00:00:00.000Z', orgRole: 'member', orgStatus: 'active', remindersOff: true, phoneVerifyEvery: 30, drillEvery: 90, deviceCount: 3, deviceKinds: ['passkey', 'security-key'] });
    expect(r!.search).toBe('shop\u0000111111111111\u0000root@example.com');
  });

  it('the latest drill, and the latest open case (a closed one never), whatever order they were stored in', () => {
    const s = state([acct('k')], {
      drills: [
        { id: 'd2', accountKey: 'k', at: '2026-05-02T00:00:00.000Z', passed: false },
        { id: 'd3', accountKey: 'k', at: '2026-05-03T00:00:00.000Z', passed: true },
        { id: 'd1', accountKey: 'k', at: '2026-05-01T00:00:00.000Z', passed: true },
        { id: 'x', accountKey: 'other', at: '2026-05-09T00:00:00.000Z', passed: false },
      ],
      cases: [
        { id: 'c2', accountKey: 'k', path: 'alt-factors', startedAt: '2026-05-20T00:00:00.000Z', steps: {} },
        { id: 'c3', accountKey: 'k', path: 'support-documents', startedAt: '2026-05-25T00:00:00.000Z', steps: {}, closedAt: '2026-05-26T00:00:00.000Z' },
        { id: 'c1', accountKey: 'k', path: 'update-phone', startedAt: '2026-05-10T00:00:00.000Z', steps: {} },
      ],
    });
    const [r] = overviewRows(s, NOW, 'UTC');
    expect(r!.lastDrill).toEqual({ at: '2026-05-03T00:00:00.000Z', passed: true });
    expect(r!.openCase).toEqual({ path: 'alt-factors', startedAt: '2026-05-20T00:00:00.000Z' });
    const same = state([acct('k')], { cases: [{ id: 'a', accountKey: 'k', path: 'alt-factors', startedAt: '2026-05-20T00:00:00.000Z', steps: {} }, { id: 'b', accountKey: 'k', path: 'iam-admin', startedAt: '2026-05-20T00:00:00.000Z', steps: {} }] });
    expect(overviewRows(same, NOW, 'UTC')[0]!.openCase?.path).toBe('iam-admin');
  });

  it('suspended, closing and closed accounts are inactive; active and pending ones keep their readiness', () => {
    const levels = (['suspended', 'pending-closure', 'closed', 'active', 'pending-activation'] as const).map((orgStatus) => overviewRows(state([acct('k', { orgStatus })]), NOW, 'UTC')[0]!.level);
    expect(levels).toEqual(['inactive', 'inactive', 'inactive', 'at-risk', 'at-risk']);
    expect(ROW_LEVELS).toEqual(['at-risk', 'partial', 'ready', 'inactive']);
  });

  it('a phone check counts as out of date after the account\'s own cadence, not the default one', () => {
    const a = { phoneE164: '+819012345678', phoneVerifiedAt: '2026-04-01T00:00:00.000Z' };
    const phone = (over: Partial<Account>) => overviewRows(state([acct('k', { ...a, ...over })]), NOW, 'UTC')[0]!.done;
    expect(phone({})).toBe(1);
    expect(phone({ phoneVerifyEvery: 30 })).toBe(0);
    expect(phone({ drillEvery: 30 })).toBe(1);
  });

  it('an account with its own phone cadence keeps the drill cadence of the settings', () => {
    const s = state([acct('k', { phoneVerifyEvery: 30, mfaDevices: [dev('1')] })], { drills: [{ id: 'd', accountKey: 'k', at: '2026-04-01T00:00:00.000Z', passed: true }] });
    const every30 = { ...s, settings: { ...s.settings, reminders: { ...s.settings.reminders, drillEvery: 30 as const } } };
    const drillDone = (st: StoredState) => overviewRows(st, NOW, 'UTC')[0]!.done;
    expect(drillDone(every30)).toBe(drillDone(s) - 1);
  });

  it('a kit printed before the account changed is marked out of date', () => {
    const s = (printed: string) => state([acct('k', { updatedAt: '2026-05-10T00:00:00.000Z' })], { prevention: [{ accountKey: 'k', done: { 'recovery-kit': printed } }] });
    expect(overviewRows(s('2026-05-01T00:00:00.000Z'), NOW, 'UTC')[0]).toMatchObject({ kitStale: true, kitPrintedAt: '2026-05-01T00:00:00.000Z' });
    expect(overviewRows(s('2026-05-20T00:00:00.000Z'), NOW, 'UTC')[0]!.kitStale).toBe(false);
    // Another item out of date (the phone check) does not make the kit so.
    const phoneStale = state([acct('k', { phoneE164: '+819012345678', phoneVerifiedAt: '2025-01-01T00:00:00.000Z' })], { prevention: [{ accountKey: 'k', done: { 'recovery-kit': '2026-05-20T00:00:00.000Z' } }] });
    expect(overviewRows(phoneStale, NOW, 'UTC')[0]!.kitStale).toBe(false);
  });
});

describe('sorting the overview by a column', () => {
  const s = state(
    [
      acct('b', { label: 'B', phoneE164: '+819012345678', phoneVerifiedAt: '2026-05-20T00:00:00.000Z', mfaDevices: [dev('1'), dev('2')] }),
      acct('a', { label: 'A', mfaDevices: [dev('1')] }),
      acct('c', { label: 'C', phoneE164: '+819012345679', phoneVerifiedAt: '2026-05-10T00:00:00.000Z' }),
    ],
    {
      drills: [{ id: 'd', accountKey: 'c', at: '2026-05-01T00:00:00.000Z', passed: true }, { id: 'e', accountKey: 'a', at: '2026-05-05T00:00:00.000Z', passed: true }],
      prevention: [{ accountKey: 'a', done: { 'recovery-kit': '2026-05-01T00:00:00.000Z' } }, { accountKey: 'b', done: { 'recovery-kit': '2026-04-01T00:00:00.000Z' } }],
      cases: [{ id: 'x', accountKey: 'b', path: 'alt-factors', startedAt: '2026-05-30T00:00:00.000Z', steps: {} }, { id: 'y', accountKey: 'c', path: 'alt-factors', startedAt: '2026-05-29T00:00:00.000Z', steps: {} }],
    },
  );
  const rows = overviewRows(s, NOW, 'UTC');
  const by = (column: SortColumn, descending = false) => sortRows(rows, { column, descending }).map((r) => r.key).join('');

  it('by account id, not by e-mail', () => {
    const two = overviewRows(state([acct('x', { accountId: '222222222222', rootEmail: 'a@example.com' }), acct('y', { accountId: '111111111111', rootEmail: 'b@example.com' })]), NOW, 'UTC');
    expect(sortRows(two, { column: 'accountId', descending: false }).map((r) => r.key)).toEqual(['y', 'x']);
    expect(sortRows(two, { column: 'email', descending: false }).map((r) => r.key)).toEqual(['x', 'y']);
  });

  it.each([
    ['phone', 'cba', 'bca'],
    ['devices', 'cab', 'bac'],
    ['drill', 'cab', 'acb'],
    ['kit', 'bac', 'abc'],
    ['case', 'cba', 'bca'],
  ] as [SortColumn, string, string][])('%s: ascending %s, descending %s (accounts without one last)', (column, up, down) => {
    expect(by(column)).toBe(up);
    expect(by(column, true)).toBe(down);
  });

  it('by readiness: within a level, the account with fewer items done comes first', () => {
    const more = overviewRows(state([acct('two', { mfaDevices: [dev('1')], phoneE164: '+819012345678', phoneVerifiedAt: '2026-05-20T00:00:00.000Z' }), acct('one', { mfaDevices: [dev('1')] })]), NOW, 'UTC');
    expect(more.map((r) => [r.key, r.level, r.done])).toEqual([['two', 'partial', 2], ['one', 'partial', 1]]);
    expect(sortRows(more, { column: 'level', descending: false }).map((r) => r.key)).toEqual(['one', 'two']);
    expect(sortRows(more, { column: 'level', descending: true }).map((r) => r.key)).toEqual(['two', 'one']);
  });

  it('puts accounts without a value last in either direction, and orders those by label', () => {
    const three = overviewRows(state([acct('z', { label: 'Zed' }), acct('m', { label: 'Mid' }), acct('v', { label: 'Val', phoneE164: '+819012345678', phoneVerifiedAt: '2026-05-20T00:00:00.000Z' })]), NOW, 'UTC');
    expect(sortRows(three, { column: 'phone', descending: false }).map((r) => r.key)).toEqual(['v', 'm', 'z']);
    expect(sortRows(three, { column: 'phone', descending: true }).map((r) => r.key)).toEqual(['v', 'm', 'z']);
  });

  it('leaves the rows it was given in their order', () => {
    const before = rows.map((r) => r.key);
    sortRows(rows, { column: 'label', descending: true });
    expect(rows.map((r) => r.key)).toEqual(before);
  });
});

describe('filtering and counting the overview', () => {
  const rows = overviewRows(state([acct('k1', { label: 'Shop prod', accountId: '111111111111' }), acct('k2', { label: 'Shop dev', rootEmail: 'dev@example.com', orgStatus: 'closed' })]), NOW, 'UTC');

  it('needs every word, in any field, but not a word made across two fields', () => {
    expect(filterRows(rows, { ...NO_FILTER, text: '  shop   PROD ' }).map((r) => r.key)).toEqual(['k1']);
    expect(filterRows(rows, { ...NO_FILTER, text: 'shop' }).map((r) => r.key)).toEqual(['k1', 'k2']);
    expect(filterRows(rows, { ...NO_FILTER, text: 'prod111' })).toEqual([]);
    expect(filterRows(rows, { ...NO_FILTER, levels: ['at-risk', 'inactive'] }).map((r) => r.key)).toEqual(['k1', 'k2']);
    expect(filterRows(rows, { ...NO_FILTER, levels: ['ready'] })).toEqual([]);
  });

  it('counts each level and the accounts with a reminder due (a closed account has none)', () => {
    expect(summarize(rows)).toEqual({ 'at-risk': 1, partial: 0, ready: 0, inactive: 1, due: 1, total: 2 });
  });
});
