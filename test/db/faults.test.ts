/**
 * Issue #9 item 5: a full disk or an aborted transaction at any write of any repo operation
 * loses nothing (the store is exactly as before the operation), is reported as a StoreError
 * whose localized message exists in every language, and does not break the next write.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { account, freshIndexedDB } from './fresh.ts';
import { injectFault, writesSeen, type Fault } from './fault.ts';
import * as repo from '../../src/shared/db/repo.ts';
import { StoreError } from '../../src/shared/db/errors.ts';
import { setStepDone } from '../../src/domain/recovery-checklist.ts';
import { loadSourceLocales } from '../unit/locale-source.ts';

const locales = loadSourceLocales();

async function seed(): Promise<void> {
  await freshIndexedDB();
  await repo.putAccount(account('a', { phoneE164: '+819012345678' }));
  await repo.putAccount(account('b', { createdAt: '2026-01-02T00:00:00.000Z' }));
  await repo.putPrevention({ accountKey: 'a', done: { 'alternate-contact': '2026-01-02T00:00:00.000Z' } });
  await repo.putCase({ id: 'c0', accountKey: 'a', path: 'support-documents', startedAt: '2026-01-01T00:00:00.000Z', steps: {} });
  await repo.putCase({ id: 'c1', accountKey: 'b', path: 'alt-factors', startedAt: '2025-01-01T00:00:00.000Z', steps: {}, closedAt: '2025-02-01T00:00:00.000Z' });
  await repo.recordProgress({ at: '2025-01-05T00:00:00.000Z', source: 'signin-page', step: 'reached-mfa-code', accountKey: 'b' });
  await repo.recordProgress({ at: '2025-01-06T00:00:00.000Z', source: 'signin-page', step: 'reached-mfa-code' });
  await repo.recordDrillResult({ accountKey: 'b', at: '2026-01-06T00:00:00.000Z', passed: true });
  await repo.putReminderLog({ id: 'phone-verify:a', lastShownDue: '2026-02-01T00:00:00.000Z' });
}

/** Every write operation a screen or the worker runs. */
const OPS: Record<string, () => Promise<unknown>> = {
  addAccount: () => repo.addAccount(account('n')),
  patchAccount: () => repo.patchAccount('a', { set: { label: 'Renamed', rootEmail: 'x@example.com' }, devices: { put: [{ id: 'p', kind: 'passkey', where: 'iCloud' }] } }),
  markPhoneVerified: () => repo.markPhoneVerified('a', '2026-03-01T00:00:00.000Z'),
  updateMfaDevices: () => repo.updateMfaDevices('b', (l) => [...l, { id: 'k', kind: 'security-key', where: 'drawer' }]),
  deleteAccount: () => repo.deleteAccount('a'),
  setPreventionItem: () => repo.setPreventionItem(['a', 'b'], 'recovery-kit', '2026-03-01T00:00:00.000Z'),
  switchCase: () => repo.switchCase({ id: 'c2', accountKey: 'a', path: 'alt-factors', startedAt: '2026-03-01T00:00:00.000Z', steps: {} }),
  patchCase: () => repo.patchCase('c0', (c) => setStepDone(c, 'doc-form', '2026-03-01T00:00:00.000Z')),
  patchReminderLog: () => repo.patchReminderLog('phone-verify:a', (l) => ({ ...l, snoozedUntil: '2026-03-08T00:00:00.000Z' })),
  patchSettings: () => repo.patchSettings({ lang: 'ja', reminders: { chosen: true } }),
  recordProgress: () => repo.recordProgress({ at: '2026-03-01T00:00:00.000Z', source: 'popup', step: 'x-step' }),
  recordDrillResult: () => repo.recordDrillResult({ accountKey: 'a', at: '2026-03-01T00:00:00.000Z', passed: false }),
  pruneProgress: () => repo.pruneProgress(new Date('2026-03-01T00:00:00.000Z')),
};

beforeEach(freshIndexedDB);

describe.each(['quota', 'abort'] as Fault[])('a %s failure', (kind) => {
  it.each(Object.keys(OPS).map((k) => [k]))('at any write of %s loses nothing and says so', async (name) => {
    const op = OPS[name]!;
    // How many writes the operation makes when nothing fails.
    await seed();
    injectFault(0);
    await op();
    const writes = writesSeen();
    expect(writes, name).toBeGreaterThan(0);

    for (let at = 1; at <= writes; at++) {
      await seed();
      const before = await repo.loadState();
      injectFault(at, kind);
      const e = await op().then(() => null, (x: unknown) => x);
      injectFault(0);
      expect(e, `${name} write ${at}`).toBeInstanceOf(StoreError);
      expect((e as StoreError).kind).toBe(kind === 'quota' ? 'quota' : 'aborted');
      const key = repo.storeErrorKey(e);
      expect(locales.en![key]?.message).toBeTruthy();
      expect(locales.ja![key]?.message).toBeTruthy();
      // Nothing half-written, nothing saved before lost.
      expect(await repo.loadState(), `${name} write ${at}`).toEqual(before);
      // And the store still works: the same operation succeeds right after.
      await op();
    }
  }, 60_000);
});

describe('import under a failure', () => {
  it('changes nothing and says the write failed', async () => {
    await seed();
    const file = JSON.parse(JSON.stringify(await repo.exportAll()));
    file.data.accounts.push({ ...file.data.accounts[0], key: 'z', label: 'New' });
    const before = await repo.loadState();
    injectFault(3, 'quota');
    const r = await repo.importAll(file);
    injectFault(0);
    expect(r).toEqual({ ok: false, errorKey: 'popupImportWriteFailed' });
    expect(await repo.loadState()).toEqual(before);
  });
});
