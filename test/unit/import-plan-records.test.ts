import { describe, expect, it } from 'vitest';
import { needsFullState, planImport, planSignature, planWritesSomething, type PlanState } from '../../src/domain/import-plan.ts';
import type { IncomingAccount, ParsedSource } from '../../src/domain/import-source.ts';
import { LIMITS } from '../../src/domain/limits.ts';
import type { Account, DrillResult, ExportFile, StoredState } from '../../src/shared/model.ts';

const NOW = '2026-06-01T00:00:00.000Z';
const EARLIER = '2026-01-01T00:00:00.000Z';
const SETTINGS: StoredState['settings'] = { lang: 'auto', reminders: { chosen: true, phoneVerifyEvery: 90, drillEvery: 180, documentsFollowUp: true, objectionEmail: true } };
const empty = (accounts: Account[] = [], over: Partial<PlanState> = {}): PlanState => ({ accounts, prevention: [], cases: [], progress: [], drills: [], reminderLogs: [], settings: SETTINGS, ...over });
const acct = (key: string, over: Partial<Account> = {}): Account => ({ key, label: key, mfaDevices: [], createdAt: EARLIER, updatedAt: EARLIER, ...over });
let n = 0;
const opts = () => ({ now: NOW, newKey: () => `new${++n}` });
const list = (accounts: Omit<IncomingAccount, 'where'>[], file = 'org.json'): ParsedSource => ({ kind: 'organizations', file, accounts: accounts.map((a, i) => ({ ...a, where: { file, path: `Accounts[${i}]` } })), refused: [] });
const exported = (data: Partial<StoredState>, file = 'backup.json'): ParsedSource => ({ kind: 'export', file, export: { format: 'mfa-lifeline-export', version: 1, exportedAt: NOW, data: { ...empty(), ...data } } as ExportFile });

describe('an Organizations row merged into an account the user has', () => {
  it('dates the account changed only when its e-mail changed (the printed kit shows it)', () => {
    const mine = acct('m', { accountId: '222222222222', rootEmail: 'a@example.com' });
    const status = planImport(empty([mine]), [list([{ accountId: '222222222222', orgStatus: 'suspended', rootEmail: 'a@example.com' }])], opts());
    expect(status.changed).toMatchObject([{ key: 'm', accountId: '222222222222', changes: ['orgStatus'], where: { file: 'org.json', path: 'Accounts[0]' } }]);
    expect(status.writes.accounts[0]!.updatedAt).toBe(EARLIER);
    const email = planImport(empty([mine]), [list([{ accountId: '222222222222', rootEmail: 'b@example.com' }])], opts());
    // Only what the organization said: no empty status, role or management id is written.
    expect(email.writes.accounts[0]).toStrictEqual({ ...mine, rootEmail: 'b@example.com', updatedAt: NOW });
  });

  it('a management role clears "member"; a row that says nothing new leaves the account as it is', () => {
    const mine = acct('m', { accountId: '222222222222', orgMember: true });
    const plan = planImport(empty([mine]), [list([{ accountId: '222222222222', orgRole: 'management', managementAccountId: '222222222222' }])], opts());
    expect(plan.writes.accounts[0]).toMatchObject({ orgRole: 'management', orgMember: false, managementAccountId: '222222222222' });
    const same = planImport(empty([mine]), [list([{ accountId: '222222222222' }])], opts());
    expect(same.unchanged).toEqual([{ status: 'same', key: 'm', label: 'm', accountId: '222222222222', where: { file: 'org.json', path: 'Accounts[0]' }, changes: [] }]);
    expect(planWritesSomething(same)).toBe(false);
  });

  it('a new account from a row without a name is labelled with its id', () => {
    const plan = planImport(empty(), [list([{ accountId: '333333333333' }])], opts());
    expect(plan.writes.accounts[0]).toEqual({ key: expect.any(String), label: '333333333333', accountId: '333333333333', remindersOff: true, mfaDevices: [], createdAt: NOW, updatedAt: NOW });
    expect(plan.added).toEqual([{ status: 'add', key: plan.writes.accounts[0]!.key, label: '333333333333', accountId: '333333333333', where: { file: 'org.json', path: 'Accounts[0]' }, changes: [] }]);
    expect([plan.members, plan.managementIds]).toEqual([0, []]);
    expect(planWritesSomething(plan)).toBe(true);
  });
});

describe('the account cap during an import', () => {
  it('refuses new accounts past it, with the cap, and still updates accounts the user has', () => {
    const full = Array.from({ length: LIMITS.accounts }, (_, i) => acct(`a${i}`, { accountId: String(100000000000 + i) }));
    const plan = planImport(empty(full), [list([{ accountId: '999999999999' }, { accountId: '100000000000', orgStatus: 'closed' }])], opts());
    expect(plan.refused).toEqual([{ where: { file: 'org.json', path: 'Accounts[0]' }, errorKey: 'importAccountCap', subs: [String(LIMITS.accounts)] }]);
    expect(plan.added).toEqual([]);
    expect(plan.changed.map((a) => a.key)).toEqual(['a0']);
  });

  it('counts accounts added earlier in the same import', () => {
    const almost = Array.from({ length: LIMITS.accounts - 1 }, (_, i) => acct(`a${i}`));
    const plan = planImport(empty(almost), [list([{ accountId: '999999999998' }, { accountId: '999999999999' }])], opts());
    expect(plan.added.map((a) => a.accountId)).toEqual(['999999999998']);
    expect(plan.refused.map((r) => [r.where.path, r.errorKey])).toEqual([['Accounts[1]', 'importAccountCap']]);
    const exportPlan = planImport(empty(almost), [exported({ accounts: [acct('x1'), acct('x2')] })], opts());
    expect(exportPlan.added.map((a) => a.key)).toEqual(['x1']);
    expect(exportPlan.refused.map((r) => [r.where.path, r.errorKey])).toEqual([['data.accounts[1]', 'importAccountCap']]);
  });
});

describe("the extension's own file: records that belong to accounts", () => {
  it('matches an account without an id by its key, and counts the records and cases it brings', () => {
    const here = acct('k');
    const c = { id: 'c1', accountKey: 'k', path: 'alt-factors' as const, startedAt: NOW, steps: {} };
    const plan = planImport(empty([here]), [exported({ accounts: [acct('k', { label: 'Renamed' })], cases: [c], prevention: [{ accountKey: 'k', done: { 'recovery-kit': NOW } }], progress: [{ id: 'e1', at: NOW, source: 'popup', step: 'x', accountKey: 'k' }, { id: 'e2', at: NOW, source: 'popup', step: 'y' }] })], opts());
    expect(plan.changed).toMatchObject([{ key: 'k', changes: ['label'] }]);
    expect(plan.changed[0]).not.toHaveProperty('accountId');
    expect([plan.records, plan.cases]).toEqual([4, 1]);
    expect(plan.writes.cases).toEqual([c]);
    expect(plan.writes.progress.map((e) => e.id)).toEqual(['e1', 'e2']);
  });

  it('does not match by key an account whose id differs from the stored one', () => {
    const plan = planImport(empty([acct('k', { accountId: '111111111111' })]), [exported({ accounts: [acct('k', { accountId: '222222222222' })], drills: [{ id: 'd', accountKey: 'k', at: NOW, passed: true }] })], opts());
    expect(plan.added).toHaveLength(1);
    const newKey = plan.added[0]!.key;
    expect(newKey).not.toBe('k');
    expect(plan.writes.drills).toEqual([{ id: 'd', accountKey: newKey, at: NOW, passed: true }]);
  });

  it('matches a file account without an id to a stored one with the same key, and the reverse', () => {
    const a = planImport(empty([acct('k', { accountId: '111111111111' })]), [exported({ accounts: [acct('k', { label: 'x' })] })], opts());
    expect(a.changed.map((r) => r.key)).toEqual(['k']);
    const b = planImport(empty([acct('k')]), [exported({ accounts: [acct('k', { accountId: '111111111111' })] })], opts());
    expect(b.changed).toMatchObject([{ key: 'k', changes: ['accountId'] }]);
  });

  it('leaves out the records of an account it refused, and of accounts not in the file', () => {
    const plan = planImport(empty(), [exported({
      accounts: [acct('k', { accountId: '111111111111' }), acct('dup', { accountId: '111111111111' })],
      drills: [{ id: 'd1', accountKey: 'k', at: NOW, passed: true }, { id: 'd2', accountKey: 'dup', at: NOW, passed: true }, { id: 'd3', accountKey: 'ghost', at: NOW, passed: true }],
      reminderLogs: [{ id: 'backup-drill:k' }, { id: 'backup-drill:dup' }, { id: 'phone-verify:ghost' }],
    })], opts());
    expect(plan.refused).toEqual([{ where: { file: 'backup.json', path: 'data.accounts[1]' }, errorKey: 'importDuplicateId', subs: ['111111111111'], other: { file: 'backup.json', path: 'data.accounts[0]' } }]);
    expect(plan.writes.drills.map((d) => d.id)).toEqual(['d1']);
    expect(plan.writes.reminderLogs.map((l) => l.id)).toEqual(['backup-drill:k']);
  });

  it('refuses two id-less accounts with the same key in one file', () => {
    const plan = planImport(empty(), [exported({ accounts: [acct('k'), acct('k', { label: 'again' })] })], opts());
    expect(plan.refused.map((r) => [r.errorKey, r.subs])).toEqual([['importDuplicateId', ['key:k']]]);
  });

  it("keeps a case's reminder log with the case, and one for a case already stored", () => {
    const stored = { id: 'c-old', accountKey: 'k', path: 'support-documents' as const, startedAt: EARLIER, steps: {} };
    const plan = planImport(empty([acct('k')], { cases: [stored] }), [exported({ accounts: [acct('k')], cases: [{ ...stored, id: 'c-new' }], reminderLogs: [{ id: 'documents-follow-up:c-new' }, { id: 'documents-follow-up:c-old' }, { id: 'documents-follow-up:c-gone' }] })], opts());
    expect(plan.writes.reminderLogs.map((l) => l.id)).toEqual(['documents-follow-up:c-new', 'documents-follow-up:c-old']);
  });

  it('says the settings are the same when they are, and takes only the first file\'s settings', () => {
    expect(planImport(empty(), [exported({})], opts()).settings).toBe('same');
    const unchosen = empty([], { settings: { ...SETTINGS, reminders: { ...SETTINGS.reminders, chosen: false } } });
    const one: StoredState['settings'] = { lang: 'ja', reminders: { ...SETTINGS.reminders, drillEvery: 30 } };
    const two: StoredState['settings'] = { lang: 'en', reminders: { ...SETTINGS.reminders, drillEvery: 90 } };
    const plan = planImport(unchosen, [exported({ settings: one }, 'a.json'), exported({ settings: two }, 'b.json')], opts());
    expect(plan.settings).toBe('taken');
    expect(plan.writes.settings).toEqual(one);
  });
});

describe('importing records the store already holds', () => {
  it('leaves alone a record equal but for the order of its fields or a field left unset', () => {
    const stored: Account = { updatedAt: EARLIER, createdAt: EARLIER, mfaDevices: [{ where: 'drawer', kind: 'passkey', id: 'd' }], label: 'k', key: 'k', accountId: '111111111111', rootEmail: undefined };
    const drill = { passed: true, at: NOW, accountKey: 'k', id: 'd1', secondsOff: undefined } as DrillResult;
    const plan = planImport(empty([stored], { drills: [drill] }), [exported({ accounts: [acct('k', { accountId: '111111111111', mfaDevices: [{ id: 'd', kind: 'passkey', where: 'drawer' }] })], drills: [{ id: 'd1', accountKey: 'k', at: NOW, passed: true }] })], opts());
    expect(plan.unchanged.map((a) => a.key)).toEqual(['k']);
    expect([plan.changed, plan.records, planWritesSomething(plan)]).toEqual([[], 0, false]);
  });

  it('matches checklist ticks by their account, so ticks already stored are not imported again', () => {
    const ticks = [{ accountKey: 'k', done: { 'recovery-kit': NOW } }, { accountKey: 'z', done: {} }];
    const plan = planImport(empty([acct('k'), acct('z')], { prevention: ticks }), [exported({ accounts: [acct('k')], prevention: [{ accountKey: 'k', done: { 'recovery-kit': NOW } }] })], opts());
    expect([plan.records, plan.writes.prevention]).toEqual([0, []]);
  });

  it('matches cases, events, drills and reminder logs by their ids, so records already stored are not imported again', () => {
    const stored = {
      cases: [{ id: 'c1', accountKey: 'k', path: 'alt-factors' as const, startedAt: NOW, steps: {} }, { id: 'c2', accountKey: 'k', path: 'iam-admin' as const, startedAt: NOW, steps: {} }],
      progress: [{ id: 'e1', at: NOW, source: 'popup' as const, step: 'x', accountKey: 'k' }, { id: 'e2', at: NOW, source: 'popup' as const, step: 'y', accountKey: 'k' }],
      drills: [{ id: 'd1', accountKey: 'k', at: NOW, passed: true }, { id: 'd2', accountKey: 'k', at: NOW, passed: false }],
      reminderLogs: [{ id: 'phone-verify:k', snoozedUntil: NOW }, { id: 'backup-drill:k' }],
    };
    const plan = planImport(empty([acct('k')], stored), [exported({ accounts: [acct('k')], cases: [stored.cases[0]!], progress: [stored.progress[0]!], drills: [stored.drills[0]!], reminderLogs: [stored.reminderLogs[0]!] })], opts());
    expect([plan.records, plan.cases]).toEqual([0, 0]);
  });

  it('takes the settings of a later file when an earlier one had the same as the store', () => {
    const unchosen = empty([], { settings: { ...SETTINGS, reminders: { ...SETTINGS.reminders, chosen: false } } });
    const other: StoredState['settings'] = { lang: 'ja', reminders: { ...SETTINGS.reminders, chosen: false, drillEvery: 30 } };
    const plan = planImport(unchosen, [exported({ settings: unchosen.settings }, 'a.json'), exported({ settings: other }, 'b.json')], opts());
    expect([plan.settings, plan.writes.settings]).toEqual(['taken', other]);
  });

  it('names each management account once, in order, across the pages and files read', () => {
    const plan = planImport(empty(), [list([{ accountId: '999999999999', managementAccountId: '999999999999', orgRole: 'management' }], 'b.json'), list([{ accountId: '222222222222', managementAccountId: '111111111111', orgRole: 'member' }, { accountId: '333333333333', managementAccountId: '999999999999', orgRole: 'member' }], 'a.json')], opts());
    expect([plan.managementIds, plan.members]).toEqual([['111111111111', '999999999999'], 2]);
  });

  it('sees a change inside a list, such as one device moved', () => {
    const stored = acct('k', { accountId: '111111111111', mfaDevices: [{ id: 'a', kind: 'passkey', where: 'x' }, { id: 'b', kind: 'passkey', where: 'y' }] });
    const plan = planImport(empty([stored]), [exported({ accounts: [{ ...stored, mfaDevices: [stored.mfaDevices[1]!, stored.mfaDevices[0]!] }] })], opts());
    expect(plan.changed).toMatchObject([{ key: 'k', changes: ['mfaDevices'] }]);
  });
});

describe('what a plan needs and what its signature covers', () => {
  it('needs the whole store only for an export file', () => {
    expect(needsFullState([list([])])).toBe(false);
    expect(needsFullState([list([]), exported({})])).toBe(true);
    expect(needsFullState([])).toBe(false);
  });

  it('a different number of refusals, records or settings outcome changes the signature', () => {
    const base = planImport(empty(), [list([{ accountId: '111111111111' }])], opts());
    const sig = planSignature(base);
    expect(planSignature({ ...base, refused: [{ where: { file: 'x' }, errorKey: 'e' }] })).not.toBe(sig);
    expect(planSignature({ ...base, records: 1 })).not.toBe(sig);
    expect(planSignature({ ...base, settings: 'taken' })).not.toBe(sig);
    expect(planSignature({ ...base, changed: [{ status: 'change', key: 'k', label: 'k', where: { file: 'x' }, changes: ['label'] }] })).not.toBe(sig);
    expect(planSignature({ ...base, added: [{ ...base.added[0]!, accountId: '222222222222' }] })).not.toBe(sig);
    const change = (key: string, changes: string[]) => planSignature({ ...base, changed: [{ status: 'change', key, label: key, where: { file: 'x' }, changes }] });
    expect(change('k', ['label'])).not.toBe(change('k', ['rootEmail']));
    expect(change('k', ['label'])).not.toBe(change('j', ['label']));
    expect(planSignature({ ...base, unchanged: [{ status: 'same', key: 'z', label: 'z', where: { file: 'x' }, changes: [] }] })).toBe(sig);
  });

  it('writes something for settings alone', () => {
    const p = planImport(empty(), [], opts());
    expect(planWritesSomething(p)).toBe(false);
    expect(planWritesSomething({ ...p, writes: { ...p.writes, settings: SETTINGS } })).toBe(true);
    for (const k of ['prevention', 'cases', 'progress', 'drills', 'reminderLogs'] as const) expect(planWritesSomething({ ...p, writes: { ...p.writes, [k]: [{}] } }), k).toBe(true);
  });
});
