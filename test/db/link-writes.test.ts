/**
 * The link page's writes move `contentAt` (what the recovery kit's staleness reads) exactly when
 * something printed on the kit changes, and the phone helper's save is one patch of one account.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { account, freshIndexedDB } from './fresh.ts';
import * as repo from '../../src/shared/db/repo.ts';
import { saveContact, saveDevices, savePhone } from '../../src/link/writes.ts';

const LONG_AGO = '2025-01-01T00:00:00.000Z';
beforeEach(freshIndexedDB);

describe('link page writes and the kit', () => {
  it('saving the number AWS shows moves contentAt; marking it checked does not', async () => {
    await repo.putAccount(account('a', { phoneE164: '+819012345678', updatedAt: LONG_AGO, contentAt: LONG_AGO }));
    await saveContact({ key: 'a' }, { checkedAt: '2026-03-01T00:00:00.000Z' });
    let a = (await repo.getAccount('a'))!;
    expect([a.phoneVerifiedAt, a.contentAt]).toEqual(['2026-03-01T00:00:00.000Z', LONG_AGO]);
    await saveContact({ key: 'a' }, { phone: { e164: '+14155550199', country: 'US' }, checkedAt: '2026-03-02T00:00:00.000Z' });
    a = (await repo.getAccount('a'))!;
    expect([a.phoneE164, a.phoneCountry, a.phoneVerifiedAt, a.contentAt]).toEqual(['+14155550199', 'US', '2026-03-02T00:00:00.000Z', '2026-03-02T00:00:00.000Z']);
  });

  it('recorded devices and a newly learnt account id move contentAt', async () => {
    await repo.putAccount(account('a', { updatedAt: LONG_AGO, contentAt: LONG_AGO, mfaDevices: [] }));
    await saveDevices({ key: 'a' }, { accountIdOnPage: '111122223333', recorded: [{ kind: 'security-key', where: 'desk' }], remove: [] });
    const a = (await repo.getAccount('a'))!;
    expect(a.accountId).toBe('111122223333');
    expect(a.mfaDevices).toHaveLength(1);
    expect(a.contentAt! > LONG_AGO).toBe(true);
  });

  it("the phone helper's save replaces the number, drops the old number's check, and leaves the rest", async () => {
    await repo.putAccount(account('a', { rootEmail: 'r@example.com', phoneE164: '+819012345678', phoneVerifiedAt: LONG_AGO, updatedAt: LONG_AGO, contentAt: LONG_AGO }));
    expect(await savePhone({ key: 'a' }, { e164: '+447911123456', country: 'GB' })).toMatchObject({ key: 'a', changed: true });
    const a = (await repo.getAccount('a'))!;
    expect([a.phoneE164, a.phoneCountry, a.phoneVerifiedAt, a.rootEmail, a.mfaDevices.length]).toEqual(['+447911123456', 'GB', undefined, 'r@example.com', 1]);
    expect(a.contentAt! > LONG_AGO).toBe(true);
  });

  it('saving the same number changes nothing; a new account is created with it in the same step', async () => {
    await repo.putAccount(account('a', { phoneE164: '+819012345678', phoneVerifiedAt: LONG_AGO, updatedAt: LONG_AGO }));
    expect(await savePhone({ key: 'a' }, { e164: '+819012345678' })).toMatchObject({ changed: false });
    expect((await repo.getAccount('a'))!.phoneVerifiedAt).toBe(LONG_AGO);
    const { key } = await savePhone({ newLabel: 'Family' }, { e164: '+14155550199', country: 'US' });
    expect(await repo.getAccount(key)).toMatchObject({ label: 'Family', phoneE164: '+14155550199', phoneCountry: 'US', mfaDevices: [] });
  });

  it('refuses an account that is gone, creating nothing', async () => {
    await expect(savePhone({ key: 'gone' }, { e164: '+14155550199' })).rejects.toThrow();
    expect(await repo.listAccounts()).toEqual([]);
  });
});
