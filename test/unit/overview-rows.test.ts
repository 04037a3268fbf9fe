import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SORT, filterRows, firstRows, NO_FILTER, overviewRows, sortRows, summarize, type SortColumn } from '../../src/domain/overview-rows.ts';
import { csvCell, exportSubset, toCsv } from '../../src/domain/overview-report.ts';
import { parseExportFile } from '../../src/domain/export-schema.ts';
import { maskEmail } from '../../src/domain/mask.ts';
import type { Account, StoredState } from '../../src/shared/model.ts';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const acct = (key: string, over: Partial<Account> = {}): Account => ({ key, label: key, mfaDevices: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', ...over });
function state(accounts: Account[], over: Partial<StoredState> = {}): StoredState {
  return { accounts, prevention: [], cases: [], progress: [], drills: [], reminderLogs: [], settings: { lang: 'auto', reminders: { chosen: true, phoneVerifyEvery: 90, drillEvery: 180, documentsFollowUp: true, objectionEmail: true } }, ...over };
}

describe('overview rows', () => {
  const s = state(
    [
      acct('ready', { label: 'Ready', accountId: '111111111111', rootEmail: 'root@example.com', phoneE164: '+819012345678', phoneVerifiedAt: '2026-05-20T00:00:00.000Z', mfaDevices: [{ id: 'a', kind: 'passkey', where: 'x' }, { id: 'b', kind: 'security-key', where: 'y' }] }),
      acct('risk', { label: 'Risk' }),
      acct('closed', { label: 'Closed', orgStatus: 'closed' }),
      acct('partial', { label: 'Partial', mfaDevices: [{ id: 'a', kind: 'passkey', where: 'x' }] }),
    ],
    {
      prevention: [{ accountKey: 'ready', done: { 'alternate-contact': '2026-05-01T00:00:00.000Z', 'root-email-independent': '2026-05-01T00:00:00.000Z', 'recovery-kit': '2026-05-01T00:00:00.000Z' } }],
      drills: [{ id: 'd', accountKey: 'ready', at: '2026-05-01T00:00:00.000Z', passed: true }],
      cases: [{ id: 'c', accountKey: 'risk', path: 'support-documents', startedAt: '2026-05-30T00:00:00.000Z', steps: {} }],
    },
  );
  const rows = overviewRows(s, NOW, 'UTC');

  it('computes what each column shows; suspended or closed accounts are inactive, not at risk', () => {
    const by = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(by.ready).toMatchObject({ level: 'ready', emailMasked: 'r***@example.com', deviceCount: 2, deviceKinds: ['passkey', 'security-key'], lastDrill: { at: '2026-05-01T00:00:00.000Z', passed: true }, kitPrintedAt: '2026-05-01T00:00:00.000Z', kitStale: false });
    expect(by.risk).toMatchObject({ level: 'at-risk', openCase: { path: 'support-documents' } });
    expect(by.closed?.level).toBe('inactive');
    expect(by.partial?.level).toBe('partial');
    expect(summarize(rows)).toMatchObject({ 'at-risk': 1, partial: 1, ready: 1, inactive: 1, total: 4 });
  });

  it('sorts at-risk first by default, missing values last either way', () => {
    expect(sortRows(rows, DEFAULT_SORT).map((r) => r.key)).toEqual(['risk', 'partial', 'ready', 'closed']);
    expect(sortRows(rows, { column: 'accountId', descending: false })[0]!.key).toBe('ready');
    expect(sortRows(rows, { column: 'accountId', descending: true })[0]!.key).toBe('ready');
    expect(sortRows(rows, { column: 'label', descending: true }).map((r) => r.label)).toEqual(['Risk', 'Ready', 'Partial', 'Closed']);
  });

  it('sorts text by the collator (numbers as numbers, case ignored, ties by label), the same on a second sort of the same rows', () => {
    const many = overviewRows(
      state([
        acct('a10', { label: 'Account 10', rootEmail: 'B@example.com' }),
        acct('a2', { label: 'account 2', rootEmail: 'b@example.com' }),
        acct('a1', { label: 'Account 1' }),
        acct('z', { label: 'Zed', rootEmail: 'a@example.com' }),
      ]),
      NOW,
      'UTC',
    );
    const labels = (o: Parameters<typeof sortRows>[1]) => sortRows(many, o).map((r) => r.label);
    expect(labels({ column: 'label', descending: false })).toEqual(['Account 1', 'account 2', 'Account 10', 'Zed']);
    // Equal e-mails to the collator ("B" and "b") fall back to the label; no e-mail sorts last either way.
    expect(labels({ column: 'email', descending: false })).toEqual(['Zed', 'account 2', 'Account 10', 'Account 1']);
    expect(labels({ column: 'email', descending: true })).toEqual(['account 2', 'Account 10', 'Zed', 'Account 1']);
    // Sorting the same array again (ranks kept per array and column) gives the same answers.
    expect(labels({ column: 'label', descending: true })).toEqual(['Zed', 'Account 10', 'account 2', 'Account 1']);
    expect(labels({ column: 'email', descending: false })).toEqual(['Zed', 'account 2', 'Account 10', 'Account 1']);
    expect(sortRows(many.slice(1), { column: 'label', descending: false }).map((r) => r.label)).toEqual(['Account 1', 'account 2', 'Zed']);
  });

  it('sorts labels in the collator\'s order whatever they hold (the cheap pre-sort is checked, and falls back)', () => {
    const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[ a-zA-Z0-9_\-.:@éÉ日本]{0,8}$/), { minLength: 1, maxLength: 40 }), (labels) => {
        const sorted = sortRows(overviewRows(state(labels.map((l, i) => acct(`k${i}`, { label: l }))), NOW, 'UTC'), { column: 'label', descending: false }).map((r) => r.label);
        expect([...sorted].sort()).toEqual([...labels].sort());
        for (let i = 1; i < sorted.length; i++) expect(collator.compare(sorted[i - 1]!, sorted[i]!)).toBeLessThanOrEqual(0);
      }),
    );
    // Both paths: plain labels (the cheap order holds) and punctuation the collator orders otherwise.
    const labels = (ls: string[]) => sortRows(overviewRows(state(ls.map((l) => acct(l, { label: l }))), NOW, 'UTC'), { column: 'label', descending: false }).map((r) => r.label);
    expect(labels(['team 10', 'Team 9', 'alpha', 'Beta 2'])).toEqual(['alpha', 'Beta 2', 'Team 9', 'team 10']);
    expect(labels(['a_b', 'a1', 'a:b', 'ab'])).toEqual(['a_b', 'a:b', 'a1', 'ab'].sort(collator.compare));
  });

  it("the first rows of an order, found without sorting the rest, are sortRows' first rows (any column, direction and count)", () => {
    const columns: SortColumn[] = ['level', 'label', 'accountId', 'email', 'phone', 'devices', 'drill', 'kit', 'case'];
    const text = fc.stringMatching(/^[ a-cA-C0-9_.éÉ]{0,4}$/);
    const day = fc.constantFrom(undefined, '2026-01-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z', '2026-05-30T00:00:00.000Z');
    const account = fc.record({
      label: text,
      accountId: fc.constantFrom(undefined, '111111111111', '222222222222', '022222222222'),
      rootEmail: fc.option(text, { nil: undefined }),
      phoneVerifiedAt: day,
      devices: fc.integer({ min: 0, max: 2 }),
      orgStatus: fc.constantFrom(undefined, 'active' as const, 'suspended' as const),
      drill: day,
      kit: day,
      caseAt: day,
    });
    fc.assert(
      fc.property(fc.array(account, { maxLength: 30 }), fc.constantFrom(...columns), fc.boolean(), fc.integer({ min: 0, max: 35 }), (specs, column, descending, count) => {
        const accounts = specs.map((x, i) =>
          acct(`k${i}`, {
            label: x.label,
            ...(x.accountId ? { accountId: x.accountId } : {}),
            ...(x.rootEmail ? { rootEmail: `${x.rootEmail}@example.com` } : {}),
            ...(x.phoneVerifiedAt ? { phoneE164: '+819012345678', phoneVerifiedAt: x.phoneVerifiedAt } : {}),
            ...(x.orgStatus ? { orgStatus: x.orgStatus } : {}),
            mfaDevices: Array.from({ length: x.devices }, (_, d) => ({ id: `d${d}`, kind: 'authenticator-app' as const, where: 'phone' })),
          }),
        );
        const s = state(accounts, {
          drills: specs.flatMap((x, i) => (x.drill ? [{ id: `dr${i}`, accountKey: `k${i}`, at: x.drill, passed: i % 2 === 0 }] : [])),
          prevention: specs.flatMap((x, i) => (x.kit ? [{ accountKey: `k${i}`, done: { 'recovery-kit': x.kit } }] : [])),
          cases: specs.flatMap((x, i) => (x.caseAt ? [{ id: `c${i}`, accountKey: `k${i}`, path: 'support-documents' as const, startedAt: x.caseAt, steps: {} }] : [])),
        });
        const rows = overviewRows(s, NOW, 'UTC');
        const order = { column, descending };
        expect(firstRows(rows, order, count).map((r) => r.key)).toEqual(sortRows(rows, order).slice(0, count).map((r) => r.key));
      }),
      { numRuns: 300 },
    );
    // At-risk first with every level the same: the labels decide, in the collator's order (numbers as numbers).
    const same = overviewRows(state(['Team 10', 'team 9', 'Alpha', 'Team 1', 'beta'].map((l, i) => acct(`k${i}`, { label: l }))), NOW, 'UTC');
    expect(firstRows(same, DEFAULT_SORT, 3).map((r) => r.label)).toEqual(['Alpha', 'beta', 'Team 1']);
  });

  it('filters by words in label, ID or e-mail, by level, and by due reminders', () => {
    expect(filterRows(rows, { ...NO_FILTER, text: 'EXAMPLE 1111' }).map((r) => r.key)).toEqual(['ready']);
    expect(filterRows(rows, { ...NO_FILTER, levels: ['inactive'] }).map((r) => r.key)).toEqual(['closed']);
    expect(filterRows(rows, { ...NO_FILTER, dueOnly: true }).map((r) => r.key).sort()).toEqual(['partial', 'risk']);
  });

  it("finds each account's drills among thousands (grouped once, not searched per account)", () => {
    const many = state(Array.from({ length: 3000 }, (_, i) => acct(`k${i}`)), { drills: Array.from({ length: 3000 }, (_, i) => ({ id: `d${i}`, accountKey: `k${i}`, at: '2026-05-01T00:00:00.000Z', passed: true })) });
    const r = overviewRows(many, NOW, 'UTC');
    expect(r).toHaveLength(3000);
    expect(r.every((x) => x.lastDrill)).toBe(true);
  });
});

describe('reports', () => {
  it('CSV cells are quoted as RFC 4180 wants and never run as spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(toCsv([['a', 'b'], ['日本', 'x\ny']])).toBe('\uFEFFa,b\r\n日本,"x\ny"\r\n');
  });

  it('masks e-mail addresses', () => {
    expect(maskEmail('aws-root+prod@example.com')).toBe('a***@example.com');
    expect(maskEmail('')).toBe('');
    expect(maskEmail('nonsense')).toBe('***');
  });

  it('the JSON report is a valid export of just those accounts and what belongs to them', () => {
    const s = state([acct('a', { accountId: '111111111111' }), acct('b')], {
      cases: [{ id: 'c', accountKey: 'a', path: 'support-documents', startedAt: '2026-05-30T00:00:00.000Z', steps: {} }],
      reminderLogs: [{ id: 'documents-follow-up:c', snoozedUntil: '2026-06-02T00:00:00.000Z' }, { id: 'phone-verify:b' }],
      progress: [{ id: 'p', at: '2026-05-30T00:00:00.000Z', source: 'popup', step: 'x', accountKey: 'b' }, { id: 'q', at: '2026-05-30T00:00:00.000Z', source: 'popup', step: 'x' }],
    });
    const file = exportSubset(s, new Set(['a']), '2026-06-01T00:00:00.000Z');
    expect(file.data.accounts.map((a) => a.key)).toEqual(['a']);
    expect(file.data.reminderLogs.map((l) => l.id)).toEqual(['documents-follow-up:c']);
    expect(file.data.progress).toEqual([]);
    expect(parseExportFile(JSON.parse(JSON.stringify(file))).ok).toBe(true);
  });
});
