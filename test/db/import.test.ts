import { beforeEach, describe, expect, it } from 'vitest';
import { account, freshIndexedDB } from './fresh.ts';
import * as repo from '../../src/shared/db/repo.ts';
import { applyImport, previewImport } from '../../src/shared/db/import.ts';
import { patchAccounts } from '../../src/shared/db/bulk.ts';
import { planSignature } from '../../src/domain/import-plan.ts';
import { readSource } from '../../src/domain/import-read.ts';
import type { ParsedSource } from '../../src/domain/import-source.ts';
import { MGMT, orgAccount } from '../unit/import-fixtures.ts';

beforeEach(freshIndexedDB);

function src(name: string, text: string): ParsedSource {
  const r = readSource(name, text);
  if (!r.ok) throw new Error(r.error.errorKey);
  return r.source;
}
const org = () => src('org.json', JSON.stringify({ Accounts: [orgAccount(MGMT), orgAccount('222222222222'), orgAccount('12')] }));

async function importNow(sources: ParsedSource[]) {
  const plan = await previewImport(sources);
  return applyImport(sources, planSignature(plan));
}

describe('applying an import', () => {
  it('writes nothing on preview; writes the previewed accounts on confirm; the same file again changes nothing', async () => {
    const plan = await previewImport([org()]);
    expect(plan.added).toHaveLength(2);
    expect(plan.refused).toHaveLength(1);
    expect(await repo.listAccounts()).toEqual([]);

    const r = await applyImport([org()], planSignature(plan));
    expect(r.ok).toBe(true);
    const once = await repo.loadState();
    expect(once.accounts.map((a) => a.accountId).sort()).toEqual([MGMT, '222222222222']);
    expect(once.accounts.every((a) => a.remindersOff)).toBe(true);

    const again = await importNow([org()]);
    expect(again.ok && again.plan.added.length + again.plan.changed.length).toBe(0);
    expect(await repo.loadState()).toEqual(once);
  });

  it('a preview that went stale writes nothing and comes back as the plan of now', async () => {
    const plan = await previewImport([org()]);
    // Another page adds one of the accounts in between.
    await repo.putAccount(account('typed', { accountId: MGMT }));
    const r = await applyImport([org()], planSignature(plan));
    expect(r).toMatchObject({ ok: false, stale: true });
    if (!r.ok && r.stale) {
      expect(r.plan.added.map((a) => a.accountId)).toEqual(['222222222222']);
      expect(r.plan.changed.map((a) => a.key)).toEqual(['typed']);
    }
    expect((await repo.listAccounts()).map((a) => a.key)).toEqual(['typed']);
  });

  it("the extension's own export re-imports onto itself without a change", async () => {
    await repo.putAccount(account('a', { accountId: '123456789012', rootEmail: 'root@example.com' }));
    await repo.recordDrillResult({ accountKey: 'a', at: '2026-01-06T00:00:00.000Z', passed: true });
    const before = await repo.loadState();
    const text = JSON.stringify(await repo.exportAll());
    const r = await importNow([src('mine.json', text)]);
    expect(r.ok && r.plan.unchanged.length).toBe(1);
    expect(r.ok && r.plan.records).toBe(0);
    expect(await repo.loadState()).toEqual(before);
  });

  it('bulk patches change only the named fields, in one transaction', async () => {
    await repo.putAccount(account('a', { remindersOff: true, phoneVerifyEvery: 30 }));
    await repo.putAccount(account('b'));
    expect(await patchAccounts(['a', 'b', 'gone'], { remindersOff: false, phoneVerifyEvery: null, drillEvery: 'never' })).toBe(2);
    const [a, b] = await repo.listAccounts();
    expect(a).toEqual({ ...account('a'), drillEvery: 'never' });
    expect(b).toEqual({ ...account('b'), drillEvery: 'never' });
  });
});
