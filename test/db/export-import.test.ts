import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { account, freshIndexedDB } from './fresh.ts';
import * as repo from '../../src/shared/db/repo.ts';

beforeEach(freshIndexedDB);

async function seed(): Promise<void> {
  await repo.putAccount(account('a', { accountId: '123456789012', rootEmail: 'root@example.com', phoneE164: '+819012345678', phoneCountry: 'JP', orgMember: true }));
  await repo.putAccount(account('b', { createdAt: '2026-01-05T00:00:00.000Z', label: '仕事用' }));
  await repo.putPrevention({ accountKey: 'a', done: { 'alternate-contact': '2026-01-02T00:00:00.000Z' } });
  await repo.putCase({ id: 'c1', accountKey: 'a', path: 'support-documents', startedAt: '2025-12-16T09:00:00.000Z', steps: { 'doc-form': '2025-12-17T00:00:00.000Z' }, documentsSentAt: '2025-12-20T00:00:00.000Z', supportCaseId: '1234567890', appointmentDay: '2025-12-19' });
  await repo.recordProgress({ at: '2025-12-16T08:59:00.000Z', source: 'signin-page', page: 'mfa-code', step: 'reached-mfa-code', accountKey: 'a' });
  await repo.recordProgress({ at: '2025-12-16T09:30:00.000Z', source: 'support-form', step: 'opened-support-form' });
  await repo.recordDrillResult({ accountKey: 'b', at: '2026-01-06T00:00:00.000Z', passed: true, driftSeconds: 12 });
  await repo.putReminderLog({ id: 'documents-follow-up:c1', lastShownDue: '2025-12-27T00:00:00.000Z' });
  const s = await repo.getSettings();
  await repo.putSettings({ ...s, lang: 'ja', reminders: { ...s.reminders, chosen: true, phoneVerifyEvery: 30 } });
}

describe('export and import', () => {
  it('round trip through JSON into an empty store yields the same data', async () => {
    await seed();
    const exported = await repo.exportAll();
    const before = await repo.loadState();
    expect(exported.data).toEqual(before);
    const text = JSON.stringify(exported);

    await freshIndexedDB();
    expect((await repo.loadState()).accounts).toEqual([]);
    const r = await repo.importAll(JSON.parse(text));
    expect(r).toEqual({ ok: true, counts: { accounts: 2, cases: 1, progress: 2, drills: 1 } });
    expect(await repo.loadState()).toEqual(before);
  });

  it('importing into a store with data keeps other records and replaces same-key ones', async () => {
    await seed();
    const file = await repo.exportAll();
    await repo.putAccount(account('a', { label: 'renamed later' }));
    await repo.putAccount(account('z', { label: 'only here' }));
    expect((await repo.importAll(JSON.parse(JSON.stringify(file)))).ok).toBe(true);
    const accounts = await repo.listAccounts();
    expect(accounts.find((a) => a.key === 'a')?.label).toBe('Account a');
    expect(accounts.find((a) => a.key === 'z')?.label).toBe('only here');
  });

  it('a bad file changes nothing (all or nothing)', async () => {
    await seed();
    const before = await repo.loadState();
    const file = JSON.parse(JSON.stringify(await repo.exportAll()));
    // Everything valid except the last progress event.
    file.data.accounts.push({ ...file.data.accounts[0], key: 'new-one' });
    file.data.progress[1].at = 'not a date';
    const r = await repo.importAll(file);
    expect(r).toMatchObject({ ok: false, errorKey: 'popupImportInvalid', path: 'data.progress[1].at' });
    expect(await repo.loadState()).toEqual(before);
  });

  it('a hostile file is refused and pollutes nothing', async () => {
    const text = JSON.stringify(await repo.exportAll()).replace('"settings":{', '"settings":{"__proto__":{"isAdmin":true},');
    const r = await repo.importAll(JSON.parse(text));
    expect(r).toMatchObject({ ok: false, errorKey: 'popupImportForbiddenKey' });
    expect(({} as { isAdmin?: boolean }).isAdmin).toBeUndefined();
    expect(await repo.listAccounts()).toEqual([]);
  });

  it('any account the form could produce survives the round trip (property)', async () => {
    const label = fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() === s && s !== '' && !/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(s));
    await fc.assert(
      fc.asyncProperty(label, fc.option(fc.stringMatching(/^\d{12}$/), { nil: undefined }), fc.boolean(), async (l, id, org) => {
        await freshIndexedDB();
        await repo.putAccount(account('p', { label: l, ...(id ? { accountId: id } : {}), orgMember: org }));
        const before = await repo.loadState();
        const text = JSON.stringify(await repo.exportAll());
        await freshIndexedDB();
        const r = await repo.importAll(JSON.parse(text));
        expect(r.ok).toBe(true);
        expect(await repo.loadState()).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });
});

describe('what other parts store round-trips too', () => {
  it('devices recorded by the in-page panel (worker limits: 8 devices, 200 characters, any text)', async () => {
    await repo.putAccount(account('a'));
    await repo.setMfaDevices('a', Array.from({ length: 8 }, (_, i) => ({ id: `d${i}`, kind: 'security-key' as const, where: `${'w'.repeat(190)}\u0007${i}` })));
    await repo.recordProgress({ at: '2026-01-01T00:00:00.000Z', source: 'support-form', page: 'support-form', step: 'copied-phone-number' });
    const before = await repo.loadState();
    const text = JSON.stringify(await repo.exportAll());
    await freshIndexedDB();
    expect((await repo.importAll(JSON.parse(text))).ok).toBe(true);
    expect(await repo.loadState()).toEqual(before);
  });
});
