import { describe, expect, it } from 'vitest';
import { planImport, planSignature, type PlanState } from '../../src/domain/import-plan.ts';
import { readSource } from '../../src/domain/import-read.ts';
import type { ParsedSource } from '../../src/domain/import-source.ts';
import type { Account, StoredState } from '../../src/shared/model.ts';
import { planReminders } from '../../src/domain/reminders.ts';
import { MGMT, orgAccount, orgPages } from './import-fixtures.ts';

const NOW = '2026-06-01T00:00:00.000Z';
function src(name: string, text: string): ParsedSource {
  const r = readSource(name, text);
  if (!r.ok) throw new Error(r.error.errorKey);
  return r.source;
}
function empty(accounts: Account[] = []): PlanState {
  return { accounts, prevention: [], cases: [], progress: [], drills: [], reminderLogs: [], settings: { lang: 'auto', reminders: { chosen: true, phoneVerifyEvery: 90, drillEvery: 180, documentsFollowUp: true, objectionEmail: true } } };
}
let n = 0;
const opts = () => ({ now: NOW, newKey: () => `k${++n}` });
/** Applies a plan's writes to a state, as the database step does. */
function applied(state: PlanState, plan: ReturnType<typeof planImport>): PlanState {
  const put = <T>(xs: T[], ws: T[], id: (x: T) => string) => {
    const m = new Map(xs.map((x) => [id(x), x]));
    for (const w of ws) m.set(id(w), w);
    return [...m.values()];
  };
  return {
    accounts: put(state.accounts, plan.writes.accounts, (a) => a.key),
    prevention: put(state.prevention, plan.writes.prevention, (p) => p.accountKey),
    cases: put(state.cases, plan.writes.cases, (c) => c.id),
    progress: put(state.progress, plan.writes.progress, (e) => e.id),
    drills: put(state.drills, plan.writes.drills, (d) => d.id),
    reminderLogs: put(state.reminderLogs, plan.writes.reminderLogs, (l) => l.id),
    settings: plan.writes.settings ?? state.settings,
  };
}

const org3 = JSON.stringify({ Accounts: [orgAccount(MGMT), orgAccount('222222222222'), orgAccount('333333333333', { State: 'SUSPENDED' })] });

describe('planning an Organizations import', () => {
  it('adds new accounts quiet, marks management and members, and a second import changes nothing', () => {
    const plan = planImport(empty(), [src('org.json', org3)], opts());
    expect(plan.added.map((a) => a.accountId)).toEqual([MGMT, '222222222222', '333333333333']);
    expect(plan.managementIds).toEqual([MGMT]);
    expect(plan.members).toBe(2);
    const [mgmt, member, suspended] = plan.writes.accounts;
    expect(mgmt).toMatchObject({ orgRole: 'management', orgMember: false, remindersOff: true, label: `Account ${MGMT}`, rootEmail: `aws+${MGMT}@example.com`, mfaDevices: [] });
    expect(member).toMatchObject({ orgRole: 'member', orgMember: true, managementAccountId: MGMT });
    expect(suspended?.orgStatus).toBe('suspended');

    const after = applied(empty(), plan);
    const again = planImport(after, [src('org.json', org3)], opts());
    expect(again.added).toEqual([]);
    expect(again.changed).toEqual([]);
    expect(again.unchanged).toHaveLength(3);
    expect(again.writes.accounts).toEqual([]);
  });

  it('keeps what the user chose on a matched account and shows what the organization changes', () => {
    const mine: Account = { key: 'mine', label: 'My prod', accountId: '222222222222', rootEmail: 'old@example.com', mfaDevices: [{ id: 'd', kind: 'passkey', where: 'laptop' }], phoneVerifyEvery: 30, createdAt: NOW, updatedAt: '2026-01-01T00:00:00.000Z' };
    const plan = planImport(empty([mine]), [src('org.json', org3)], opts());
    expect(plan.changed).toHaveLength(1);
    expect(plan.changed[0]).toMatchObject({ key: 'mine', changes: ['managementAccountId', 'orgMember', 'orgRole', 'orgStatus', 'rootEmail'] });
    const written = plan.writes.accounts.find((a) => a.key === 'mine')!;
    expect(written).toMatchObject({ label: 'My prod', phoneVerifyEvery: 30, mfaDevices: mine.mfaDevices, rootEmail: 'aws+222222222222@example.com', updatedAt: NOW });
    expect(written.remindersOff).toBeUndefined();
  });

  it('reads the pages of a paginated listing together, and refuses an ID listed twice', () => {
    const pages = orgPages(10, 4).map((p, i) => src(`page-${i + 1}.json`, p));
    const plan = planImport(empty(), [...pages, pages[0]!], opts());
    expect(plan.added).toHaveLength(10);
    expect(plan.refused).toHaveLength(4);
    expect(plan.refused[0]).toMatchObject({ errorKey: 'importDuplicateId', subs: [MGMT], where: { file: 'page-1.json', path: 'Accounts[0]' }, other: { file: 'page-1.json', path: 'Accounts[0]' } });
  });

  it('passes on rows the parser refused, and refuses past the account cap', () => {
    const csv = src('a.csv', 'Id,Name\n123,x\n444444444444,ok\n');
    const plan = planImport(empty(), [csv], opts());
    expect(plan.refused).toEqual([{ where: { file: 'a.csv', line: 2 }, errorKey: 'importBadAccountId', subs: ['123'] }]);
    expect(plan.added.map((a) => a.label)).toEqual(['ok']);
  });

  it('imported accounts remind of nothing until reminders are turned on', () => {
    const plan = planImport(empty(), [src('org.json', org3)], { now: '2020-01-01T00:00:00.000Z', newKey: () => `k${++n}` });
    const state = { ...applied(empty(), plan) } as StoredState;
    expect(planReminders(state, new Date(NOW), 'UTC').items).toEqual([]);
    const on = { ...state, accounts: state.accounts.map(({ remindersOff: _off, ...a }) => a) };
    expect(planReminders(on, new Date(NOW), 'UTC').due.length).toBeGreaterThan(0);
  });

  it('a signature differs when the store changed under the preview', () => {
    const before = planImport(empty(), [src('org.json', org3)], opts());
    const meanwhile = planImport(empty([{ key: 'x', label: 'x', accountId: MGMT, mfaDevices: [], createdAt: NOW, updatedAt: NOW }]), [src('org.json', org3)], opts());
    expect(planSignature(meanwhile)).not.toBe(planSignature(before));
    expect(planSignature(planImport(empty(), [src('org.json', org3)], opts()))).toBe(planSignature(before));
  });
});

describe("planning an import of the extension's own file", () => {
  const file = (accounts: Account[], extra: Partial<StoredState> = {}) =>
    JSON.stringify({ format: 'mfa-lifeline-export', version: 1, exportedAt: NOW, data: { ...empty(accounts), ...extra } });
  const acct = (key: string, over: Partial<Account> = {}): Account => ({ key, label: key, mfaDevices: [], createdAt: NOW, updatedAt: NOW, ...over });

  it('matches by account ID across different local keys and moves the records along', () => {
    const here = acct('here', { accountId: '123456789012' });
    const text = file([acct('there', { accountId: '123456789012', label: 'Renamed' })], {
      drills: [{ id: 'd1', accountKey: 'there', at: NOW, passed: true }],
      reminderLogs: [{ id: 'backup-drill:there', snoozedUntil: NOW }],
    });
    const plan = planImport(empty([here]), [src('mine.json', text)], opts());
    expect(plan.changed).toMatchObject([{ key: 'here', changes: ['label'] }]);
    expect(plan.writes.drills).toEqual([{ id: 'd1', accountKey: 'here', at: NOW, passed: true }]);
    expect(plan.writes.reminderLogs).toEqual([{ id: 'backup-drill:here', snoozedUntil: NOW }]);
    const again = planImport(applied(empty([here]), plan), [src('mine.json', text)], opts());
    expect(again.writes).toEqual({ accounts: [], prevention: [], cases: [], progress: [], drills: [], reminderLogs: [] });
  });

  it('keeps settings the user chose and says so; takes the file\'s when none were chosen', () => {
    const text = file([], { settings: { lang: 'ja', reminders: { chosen: true, phoneVerifyEvery: 30, drillEvery: 30, documentsFollowUp: false, objectionEmail: false } } });
    const kept = planImport(empty(), [src('m.json', text)], opts());
    expect(kept.settings).toBe('kept');
    expect(kept.writes.settings).toBeUndefined();
    const unchosen = { ...empty(), settings: { ...empty().settings, reminders: { ...empty().settings.reminders, chosen: false } } };
    expect(planImport(unchosen, [src('m.json', text)], opts()).settings).toBe('taken');
  });

  it('gives a new key to a file account whose key is taken by a different account here', () => {
    const here = acct('same', { accountId: '111111111111' });
    const plan = planImport(empty([here]), [src('m.json', file([acct('same', { accountId: '999999999999' })]))], opts());
    expect(plan.added).toHaveLength(1);
    expect(plan.added[0]!.key).not.toBe('same');
  });
});
