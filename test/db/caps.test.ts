/**
 * Issue #13 item 6 / issue #9 item 6: every cap follows the account cap; the largest record of
 * each kind times its cap fits the file-size limit; a file with every store at its cap passes
 * the import schema; and a real store at the account cap exports and re-imports unchanged.
 * (A store at every cap at once takes minutes on fake-indexeddb, so that is split this way.)
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshIndexedDB } from './fresh.ts';
import * as repo from '../../src/shared/db/repo.ts';
import { openDatabase } from '../../src/shared/db/open.ts';
import { LIMITS, RECORD_JSON_BYTES } from '../../src/domain/limits.ts';
import { parseExportFile } from '../../src/domain/export-schema.ts';
import { StoreError } from '../../src/shared/db/errors.ts';
import type { Account, DrillResult, PreventionState, ProgressEvent, RecoveryCase, ReminderLog, StoredState } from '../../src/shared/model.ts';

beforeEach(freshIndexedDB);

const ISO = '2026-01-01T00:00:00.000Z';
const pad = (prefix: string, i: number, len: number) => `${prefix}${i}`.padEnd(len, 'x').slice(0, len);
/** The largest text the form or the worker lets through: CJK in labels, controls in a device note. */
const CJK = '本';

function bigAccount(i: number): Account {
  return {
    key: pad('a', i, LIMITS.id),
    label: CJK.repeat(LIMITS.label),
    accountId: '123456789012',
    rootEmail: `${'é'.repeat(LIMITS.email - 12)}@example.com`,
    phoneE164: '+819012345678',
    phoneCountry: 'JP',
    orgMember: true,
    mfaDevices: Array.from({ length: LIMITS.devices }, (_, d) => ({ id: pad(`d${d}-`, i, LIMITS.id), kind: 'hardware-totp' as const, where: '\u0007'.repeat(LIMITS.where) })),
    phoneVerifiedAt: ISO,
    createdAt: ISO,
    updatedAt: ISO,
    contentAt: ISO,
  };
}
const bigPrevention = (a: Account): PreventionState => ({
  accountKey: a.key,
  done: { 'second-mfa': ISO, 'phone-verified': ISO, 'alternate-contact': ISO, 'root-email-independent': ISO, 'backup-drill': ISO, 'recovery-kit': ISO },
});
const bigCase = (i: number, accountKey: string): RecoveryCase => ({
  id: pad('c', i, LIMITS.id),
  accountKey,
  path: 'support-documents',
  startedAt: ISO,
  steps: Object.fromEntries(Array.from({ length: LIMITS.caseSteps }, (_, s) => [pad(`s${s}-`, 0, LIMITS.step), ISO])),
  supportCaseId: CJK.repeat(LIMITS.supportCaseId),
  appointmentDay: '2026-01-02',
  documentsSentAt: ISO,
  objectionEmailAt: ISO,
  closedAt: ISO,
});
const bigEvent = (i: number, accountKey: string): ProgressEvent => ({ id: pad('e', i, LIMITS.id), at: ISO, source: 'support-form', page: 'security-credentials', step: pad('s', i, LIMITS.step).toLowerCase(), accountKey });
const bigDrill = (i: number, accountKey: string): DrillResult => ({ id: pad('r', i, LIMITS.id), accountKey, at: ISO, passed: true, driftSeconds: -86_400 });
const bigLog = (i: number): ReminderLog => ({ id: `documents-follow-up:${pad('l', i, LIMITS.id)}`, lastShownDue: ISO, snoozedUntil: ISO, off: true });

const json = (x: unknown) => new TextEncoder().encode(JSON.stringify(x, null, 1)).length + 2;

describe('caps', () => {
  it('derive from the account cap of 5,000', () => {
    expect(LIMITS.accounts).toBe(5_000);
    expect(LIMITS.cases).toBe(LIMITS.accounts * 2);
    expect(LIMITS.progress).toBe(LIMITS.accounts * 10);
    expect(LIMITS.drills).toBe(LIMITS.accounts * 4);
    expect(LIMITS.reminderLogs).toBe(2 * (LIMITS.accounts + LIMITS.cases));
  });

  it('the largest record of each kind fits its byte bound (so fileBytes covers a full store)', () => {
    const a = bigAccount(LIMITS.accounts);
    expect(json(a)).toBeLessThanOrEqual(RECORD_JSON_BYTES.account);
    expect(json(bigPrevention(a))).toBeLessThanOrEqual(RECORD_JSON_BYTES.prevention);
    expect(json(bigCase(LIMITS.cases, a.key))).toBeLessThanOrEqual(RECORD_JSON_BYTES.case);
    expect(json(bigEvent(LIMITS.progress, a.key))).toBeLessThanOrEqual(RECORD_JSON_BYTES.progress);
    expect(json(bigDrill(LIMITS.drills, a.key))).toBeLessThanOrEqual(RECORD_JSON_BYTES.drill);
    expect(json(bigLog(LIMITS.reminderLogs))).toBeLessThanOrEqual(RECORD_JSON_BYTES.reminderLog);
  });

  it('fileBytes covers every cap times its largest record', () => {
    const need =
      LIMITS.accounts * (RECORD_JSON_BYTES.account + RECORD_JSON_BYTES.prevention) +
      LIMITS.cases * RECORD_JSON_BYTES.case +
      LIMITS.progress * RECORD_JSON_BYTES.progress +
      LIMITS.drills * RECORD_JSON_BYTES.drill +
      LIMITS.reminderLogs * RECORD_JSON_BYTES.reminderLog;
    expect(LIMITS.fileBytes).toBeGreaterThanOrEqual(need);
  });

  it('a file holding every store at its cap is accepted by the import schema', () => {
    const accounts = Array.from({ length: LIMITS.accounts }, (_, i) => small(i));
    const key = (i: number) => accounts[i % accounts.length]!.key;
    const data: StoredState = {
      accounts,
      prevention: accounts.map((a) => ({ accountKey: a.key, done: { 'recovery-kit': ISO } })),
      cases: Array.from({ length: LIMITS.cases }, (_, i) => ({ id: `c${i}`, accountKey: key(i), path: 'alt-factors', startedAt: ISO, steps: {} })),
      progress: Array.from({ length: LIMITS.progress }, (_, i) => ({ id: `e${i}`, at: ISO, source: 'popup', step: 'x-step', accountKey: key(i) })),
      drills: Array.from({ length: LIMITS.drills }, (_, i) => ({ id: `r${i}`, accountKey: key(i), at: ISO, passed: true })),
      settings: { lang: 'auto', reminders: { chosen: true, phoneVerifyEvery: 90, drillEvery: 180, documentsFollowUp: true, objectionEmail: true } },
      reminderLogs: Array.from({ length: LIMITS.reminderLogs }, (_, i) => ({ id: `phone-verify:l${i}`, off: true })),
    };
    const r = parseExportFile({ format: 'mfa-lifeline-export', version: 1, exportedAt: ISO, data });
    expect(r.ok).toBe(true);
    // One more of any kind is refused.
    const over = parseExportFile({ format: 'mfa-lifeline-export', version: 1, exportedAt: ISO, data: { ...data, drills: [...data.drills, { id: 'one-more', accountKey: key(0), at: ISO, passed: true }] } });
    expect(over.ok).toBe(false);
  }, 120_000);

  it('a store at the account cap exports, re-imports unchanged, and refuses one more account', async () => {
    const db = await openDatabase();
    const tx = db.transaction(['accounts', 'prevention'], 'readwrite');
    for (let i = 0; i < LIMITS.accounts; i++) {
      void tx.objectStore('accounts').put(small(i));
      void tx.objectStore('prevention').put({ accountKey: `k${i}`, done: { 'recovery-kit': ISO } });
    }
    await tx.done;

    const text = JSON.stringify(await repo.exportAll(), null, 1);
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(LIMITS.fileBytes);
    const before = await repo.loadState();
    await freshIndexedDB();
    expect(await repo.importAll(JSON.parse(text))).toMatchObject({ ok: true, counts: { accounts: LIMITS.accounts } });
    expect(await repo.loadState()).toEqual(before);

    const e = await repo.addAccount(small(LIMITS.accounts + 1)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(StoreError);
    expect(repo.storeErrorKey(e)).toBe('storeErrLimit');
    expect((await repo.listAccounts()).length).toBe(LIMITS.accounts);
  }, 120_000);
});

function small(i: number): Account {
  return { key: `k${i}`, label: `Account ${i}`, mfaDevices: [], createdAt: ISO, updatedAt: ISO, contentAt: ISO };
}
