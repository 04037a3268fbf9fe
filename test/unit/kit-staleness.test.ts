/** Issue #9: the printed kit goes stale only when something printed on it changed. */
import { beforeEach, describe, expect, it } from 'vitest';
import { account, freshIndexedDB } from '../db/fresh.ts';
import * as repo from '../../src/shared/db/repo.ts';
import { readiness } from '../../src/domain/readiness.ts';
import { defaultSettings } from '../../src/shared/db/defaults.ts';

beforeEach(freshIndexedDB);

const PRINTED = '2026-02-01T00:00:00.000Z';

async function kitStatus(key: string) {
  const s = await repo.loadState();
  const a = s.accounts.find((x) => x.key === key)!;
  const p = s.prevention.find((x) => x.accountKey === key) ?? { accountKey: key, done: {} };
  return readiness(a, p, s.drills, defaultSettings(), new Date('2026-03-15T00:00:00.000Z')).items.find((i) => i.id === 'recovery-kit')!.status;
}

describe('kit staleness', () => {
  beforeEach(async () => {
    await repo.addAccount(account('a', { phoneE164: '+819012345678', updatedAt: '2026-01-01T00:00:00.000Z' }));
    await repo.setPreventionItem(['a'], 'recovery-kit', PRINTED);
  });

  it('a phone confirmation (bookkeeping) leaves the kit current', async () => {
    await repo.markPhoneVerified('a', '2026-03-01T00:00:00.000Z');
    expect(await kitStatus('a')).toBe('done');
  });

  it('a save that changed nothing leaves the kit current', async () => {
    const a = (await repo.getAccount('a'))!;
    await repo.patchAccount('a', repo.diffAccount(a, { ...a }), '2026-03-01T00:00:00.000Z');
    expect(await kitStatus('a')).toBe('done');
  });

  it('a changed label, phone or device list makes it stale', async () => {
    await repo.patchAccount('a', { set: { label: 'Renamed' } }, '2026-03-01T00:00:00.000Z');
    expect(await kitStatus('a')).toBe('stale');
    await repo.setPreventionItem(['a'], 'recovery-kit', '2026-03-02T00:00:00.000Z');
    expect(await kitStatus('a')).toBe('done');
    await repo.updateMfaDevices('a', (l) => [...l, { id: 'n', kind: 'passkey', where: 'iCloud' }], '2026-03-03T00:00:00.000Z');
    expect(await kitStatus('a')).toBe('stale');
  });

  it('a changed phone number drops its verification', async () => {
    await repo.markPhoneVerified('a', '2026-03-01T00:00:00.000Z');
    const a = await repo.patchAccount('a', { set: { phoneE164: '+819099999999' } }, '2026-03-02T00:00:00.000Z');
    expect(a.phoneVerifiedAt).toBeUndefined();
  });
});
