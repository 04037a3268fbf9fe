import { describe, expect, it } from 'vitest';
import { readiness, hasSecondFactor } from '../../src/domain/readiness.ts';
import type { Account, DrillResult, PreventionState, Settings } from '../../src/shared/model.ts';

const NOW = new Date('2026-06-01T00:00:00.000Z');
const settings: Settings = { lang: 'auto', reminders: { chosen: true, phoneVerifyEvery: 90, drillEvery: 180, documentsFollowUp: true, objectionEmail: true } };
const acct = (over: Partial<Account> = {}): Account => ({
  key: 'a', label: 'A', mfaDevices: [{ id: '1', kind: 'authenticator-app', where: 'phone' }],
  createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', ...over,
});
const none: PreventionState = { accountKey: 'a', done: {} };
const status = (r: ReturnType<typeof readiness>, id: string) => r.items.find((i) => i.id === id)!;

describe('readiness', () => {
  it('a fresh account with one device and no phone is at risk, every item to do', () => {
    const r = readiness(acct(), none, [], settings, NOW);
    expect(r.level).toBe('at-risk');
    expect(r.done).toBe(0);
    expect(r.total).toBe(6);
    expect(r.items.map((i) => i.status)).toEqual(['todo', 'todo', 'todo', 'todo', 'todo', 'todo']);
    expect(status(r, 'phone-verified').noteKey).toBe('popupSafeNoteNoPhone');
  });

  it('every item says why and where it is done', () => {
    for (const i of readiness(acct(), none, [], settings, NOW).items) {
      expect(i.whyKey).toMatch(/^popupSafe.*Why$/);
      if (i.link.kind === 'aws') expect(i.link.url).toMatch(/^https:\/\/console\.aws\.amazon\.com\//);
    }
  });

  it('a second device or a passkey counts; one app does not', () => {
    expect(hasSecondFactor(acct())).toBe(false);
    expect(hasSecondFactor(acct({ mfaDevices: [{ id: '1', kind: 'passkey', where: 'iCloud' }] }))).toBe(true);
    expect(hasSecondFactor(acct({ mfaDevices: [{ id: '1', kind: 'authenticator-app', where: 'a' }, { id: '2', kind: 'security-key', where: 'b' }] }))).toBe(true);
  });

  it('phone: verified within the cadence is done, older is stale, the cadence follows settings', () => {
    const verified = (days: number) => acct({ phoneE164: '+819012345678', phoneVerifiedAt: new Date(NOW.getTime() - days * 86_400_000).toISOString() });
    expect(status(readiness(verified(30), none, [], settings, NOW), 'phone-verified').status).toBe('done');
    expect(status(readiness(verified(91), none, [], settings, NOW), 'phone-verified').status).toBe('stale');
    const monthly = { ...settings, reminders: { ...settings.reminders, phoneVerifyEvery: 30 as const } };
    expect(status(readiness(verified(45), none, [], monthly, NOW), 'phone-verified').status).toBe('stale');
    // Reminders off does not make a verification last forever.
    const never = { ...settings, reminders: { ...settings.reminders, phoneVerifyEvery: 'never' as const } };
    expect(status(readiness(verified(200), none, [], never, NOW), 'phone-verified').status).toBe('stale');
    expect(status(readiness(acct({ phoneE164: '+819012345678' }), none, [], settings, NOW), 'phone-verified').noteKey).toBe('popupSafeNoteNeverVerified');
  });

  it('drill: the latest result counts; a failure or an old pass needs doing again', () => {
    const d = (at: string, passed: boolean, accountKey = 'a'): DrillResult => ({ id: at, accountKey, at, passed });
    expect(status(readiness(acct(), none, [d('2026-05-01T00:00:00.000Z', true)], settings, NOW), 'backup-drill').status).toBe('done');
    expect(status(readiness(acct(), none, [d('2026-05-01T00:00:00.000Z', true), d('2026-05-20T00:00:00.000Z', false)], settings, NOW), 'backup-drill')).toMatchObject({ status: 'todo', noteKey: 'popupSafeNoteDrillFailed' });
    expect(status(readiness(acct(), none, [d('2025-10-01T00:00:00.000Z', true)], settings, NOW), 'backup-drill').status).toBe('stale');
    expect(status(readiness(acct(), none, [d('2026-05-01T00:00:00.000Z', true, 'other')], settings, NOW), 'backup-drill').status).toBe('todo');
  });

  it('kit: printed before the account changed is out of date', () => {
    const p: PreventionState = { accountKey: 'a', done: { 'recovery-kit': '2026-02-01T00:00:00.000Z' } };
    expect(status(readiness(acct(), p, [], settings, NOW), 'recovery-kit').status).toBe('done');
    expect(status(readiness(acct({ updatedAt: '2026-03-01T00:00:00.000Z' }), p, [], settings, NOW), 'recovery-kit')).toMatchObject({ status: 'stale', noteKey: 'popupSafeNoteKitOutdated' });
  });

  it('all done is ready; second factor alone is partial', () => {
    const a = acct({
      mfaDevices: [{ id: '1', kind: 'passkey', where: 'iCloud' }],
      phoneE164: '+819012345678', phoneVerifiedAt: '2026-05-01T00:00:00.000Z', rootEmail: 'root@example.com',
    });
    const p: PreventionState = { accountKey: 'a', done: { 'alternate-contact': '2026-05-01T00:00:00.000Z', 'root-email-independent': '2026-05-01T00:00:00.000Z', 'recovery-kit': '2026-05-02T00:00:00.000Z' } };
    const drills: DrillResult[] = [{ id: 'x', accountKey: 'a', at: '2026-05-03T00:00:00.000Z', passed: true }];
    expect(readiness(a, p, drills, settings, NOW)).toMatchObject({ level: 'ready', done: 6 });
    expect(readiness(a, none, [], settings, NOW).level).toBe('partial');
  });
});
