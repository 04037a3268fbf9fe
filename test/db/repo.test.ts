import { beforeEach, describe, expect, it } from 'vitest';
import { account, freshIndexedDB } from './fresh.ts';
import * as repo from '../../src/shared/db/repo.ts';

beforeEach(freshIndexedDB);

describe('repo: accounts', () => {
  it('starts empty and keeps what is put, in creation order', async () => {
    expect(await repo.listAccounts()).toEqual([]);
    await repo.putAccount(account('b', { createdAt: '2026-02-01T00:00:00.000Z' }));
    await repo.putAccount(account('a', { createdAt: '2026-01-01T00:00:00.000Z', phoneE164: '+819012345678' }));
    expect((await repo.listAccounts()).map((a) => a.key)).toEqual(['a', 'b']);
    expect((await repo.getAccount('a'))?.phoneE164).toBe('+819012345678');
    expect(await repo.getAccount('zzz')).toBeUndefined();
  });

  it('markPhoneVerified and setMfaDevices change only their fields', async () => {
    await repo.putAccount(account('a', { rootEmail: 'root@example.com' }));
    await repo.markPhoneVerified('a', '2026-03-01T10:00:00.000Z');
    await repo.setMfaDevices('a', [{ id: 'p', kind: 'passkey', where: 'iCloud Keychain' }]);
    const a = await repo.getAccount('a');
    expect(a?.phoneVerifiedAt).toBe('2026-03-01T10:00:00.000Z');
    expect(a?.mfaDevices).toEqual([{ id: 'p', kind: 'passkey', where: 'iCloud Keychain' }]);
    expect(a?.rootEmail).toBe('root@example.com');
  });

  it('refuses to update an account that does not exist, without creating it', async () => {
    await expect(repo.markPhoneVerified('nope', '2026-03-01T10:00:00.000Z')).rejects.toThrow();
    expect(await repo.listAccounts()).toEqual([]);
  });

  it('deleteAccount removes its cases, prevention and progress, and nothing of other accounts', async () => {
    await repo.putAccount(account('a'));
    await repo.putAccount(account('b'));
    await repo.putPrevention({ accountKey: 'a', done: { 'recovery-kit': '2026-01-02T00:00:00.000Z' } });
    await repo.putPrevention({ accountKey: 'b', done: { 'second-mfa': '2026-01-02T00:00:00.000Z' } });
    await repo.putCase({ id: 'c1', accountKey: 'a', path: 'support-documents', startedAt: '2026-01-03T00:00:00.000Z', steps: {} });
    await repo.putCase({ id: 'c2', accountKey: 'b', path: 'alt-factors', startedAt: '2026-01-03T00:00:00.000Z', steps: {} });
    await repo.recordProgress({ at: '2026-01-04T00:00:00.000Z', source: 'signin-page', step: 'reached-mfa-code', accountKey: 'a' });
    await repo.recordProgress({ at: '2026-01-04T00:00:00.000Z', source: 'signin-page', step: 'reached-mfa-code' });
    await repo.recordProgress({ at: '2026-01-05T00:00:00.000Z', source: 'popup', step: 'x', accountKey: 'b' });
    await repo.recordDrillResult({ accountKey: 'a', at: '2026-01-06T00:00:00.000Z', passed: true });
    await repo.recordDrillResult({ accountKey: 'b', at: '2026-01-06T00:00:00.000Z', passed: false });
    await repo.putReminderLog({ id: 'phone-verify:a', lastShownDue: '2026-04-01T00:00:00.000Z' });
    await repo.putReminderLog({ id: 'documents-follow-up:c1', snoozedUntil: '2026-01-10T00:00:00.000Z' });
    await repo.putReminderLog({ id: 'phone-verify:b', off: true });

    await repo.deleteAccount('a');

    const s = await repo.loadState();
    expect(s.accounts.map((a) => a.key)).toEqual(['b']);
    expect(s.prevention.map((p) => p.accountKey)).toEqual(['b']);
    expect(s.cases.map((c) => c.id)).toEqual(['c2']);
    expect(s.progress.map((p) => p.accountKey)).toEqual([undefined, 'b']);
    expect(s.drills.map((d) => d.accountKey)).toEqual(['b']);
    expect(s.reminderLogs.map((l) => l.id)).toEqual(['phone-verify:b']);
  });
});

describe('repo: prevention, cases, progress', () => {
  it('getPrevention gives an empty state when nothing is stored', async () => {
    expect(await repo.getPrevention('x')).toEqual({ accountKey: 'x', done: {} });
  });

  it('cases filter by account and sort by start', async () => {
    await repo.putCase({ id: '2', accountKey: 'a', path: 'alt-factors', startedAt: '2026-02-01T00:00:00.000Z', steps: {} });
    await repo.putCase({ id: '1', accountKey: 'a', path: 'support-documents', startedAt: '2026-01-01T00:00:00.000Z', steps: { 'doc-form': '2026-01-02T00:00:00.000Z' } });
    await repo.putCase({ id: '3', accountKey: 'b', path: 'other-device', startedAt: '2026-01-15T00:00:00.000Z', steps: {} });
    expect((await repo.listCases('a')).map((c) => c.id)).toEqual(['1', '2']);
    expect((await repo.listCases()).map((c) => c.id)).toEqual(['1', '3', '2']);
    const again = { ...(await repo.listCases('a'))[0]!, supportCaseId: '12345' };
    await repo.putCase(again);
    expect((await repo.listCases('a'))[0]?.supportCaseId).toBe('12345');
  });

  it('recordProgress assigns distinct ids; listProgress sorts by time and filters by account', async () => {
    const e1 = await repo.recordProgress({ at: '2026-01-02T00:00:00.000Z', source: 'popup', step: 'b', accountKey: 'a' });
    const e2 = await repo.recordProgress({ at: '2026-01-01T00:00:00.000Z', source: 'support-form', step: 'a', accountKey: 'a', page: 'support-form' });
    await repo.recordProgress({ at: '2026-01-03T00:00:00.000Z', source: 'signin-page', step: 'c' });
    expect(e1.id).not.toBe(e2.id);
    expect((await repo.listProgress('a')).map((e) => e.step)).toEqual(['a', 'b']);
    expect((await repo.listProgress()).map((e) => e.step)).toEqual(['a', 'b', 'c']);
  });
});

describe('repo: drills and reminder logs', () => {
  it('records drill results with ids, per account, in time order', async () => {
    const late = await repo.recordDrillResult({ accountKey: 'a', at: '2026-02-01T00:00:00.000Z', passed: true, driftSeconds: -4 });
    const early = await repo.recordDrillResult({ accountKey: 'a', at: '2026-01-01T00:00:00.000Z', passed: false });
    await repo.recordDrillResult({ accountKey: 'b', at: '2026-01-15T00:00:00.000Z', passed: true });
    expect(await repo.listDrillResults('a')).toEqual([early, late]);
    expect(await repo.listDrillResults()).toHaveLength(3);
  });

  it('replaces a reminder log by id', async () => {
    await repo.putReminderLog({ id: 'backup-drill:a', lastShownDue: '2026-01-01T00:00:00.000Z' });
    await repo.putReminderLog({ id: 'backup-drill:a', snoozedUntil: '2026-01-08T00:00:00.000Z' });
    expect(await repo.listReminderLogs()).toEqual([{ id: 'backup-drill:a', snoozedUntil: '2026-01-08T00:00:00.000Z' }]);
  });
});

describe('repo: settings', () => {
  it('gives the contract defaults when nothing is stored', async () => {
    expect(await repo.getSettings()).toEqual({
      lang: 'auto',
      reminders: { chosen: false, phoneVerifyEvery: 90, drillEvery: 180, documentsFollowUp: true, objectionEmail: true },
    });
  });

  it('keeps the chosen language', async () => {
    const s = await repo.getSettings();
    await repo.putSettings({ ...s, lang: 'ja' });
    expect((await repo.getSettings()).lang).toBe('ja');
  });

  it('keeps reminder cadences', async () => {
    const s = await repo.getSettings();
    await repo.putSettings({ ...s, reminders: { ...s.reminders, chosen: true, phoneVerifyEvery: 30, drillEvery: 'never' } });
    expect((await repo.getSettings()).reminders).toMatchObject({ chosen: true, phoneVerifyEvery: 30, drillEvery: 'never' });
  });
});

describe('repo: loadState', () => {
  it('reads everything at once', async () => {
    await repo.putAccount(account('a'));
    await repo.putPrevention({ accountKey: 'a', done: {} });
    const s = await repo.loadState();
    expect(s.accounts).toHaveLength(1);
    expect(s.prevention).toHaveLength(1);
    expect(s.settings.lang).toBe('auto');
  });
});
