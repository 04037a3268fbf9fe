/**
 * The import plan: what importing these sources into this store would add, change, leave alone
 * and refuse, and the exact records it would write. Pure, and the same function runs twice: once
 * for the preview, and again inside the confirming transaction on the store as it is then, so a
 * preview that went stale can be noticed (its signature differs) and never writes something the
 * user did not see.
 *
 * Accounts are matched by their 12-digit account ID (the extension's own export also by its
 * local key when it has no ID). An Organizations or CSV row only fills in what the organization
 * knows (root e-mail, status, management or member); the label, devices, reminders and cadences
 * the user chose stay. New accounts start quiet (remindersOff) until the user turns reminders
 * on. Importing the same file twice changes nothing: equal records are left alone.
 */
import type { Account, DrillResult, PreventionState, ProgressEvent, RecoveryCase, ReminderLog, Settings, StoredState } from '../shared/model.ts';
import type { IncomingAccount, ParsedSource, Refusal, Where } from './import-source.ts';
import { LIMITS } from './limits.ts';

export type PlannedStatus = 'add' | 'change' | 'same';

export interface PlannedAccount {
  status: PlannedStatus;
  key: string;
  label: string;
  accountId?: string;
  where: Where;
  /** Fields that differ from the stored account (change only). */
  changes: string[];
}

export interface PlannedWrites {
  accounts: Account[];
  prevention: PreventionState[];
  cases: RecoveryCase[];
  progress: ProgressEvent[];
  drills: DrillResult[];
  reminderLogs: ReminderLog[];
  settings?: Settings;
}

export interface ImportPlan {
  added: PlannedAccount[];
  changed: PlannedAccount[];
  unchanged: PlannedAccount[];
  refused: (Refusal & { other?: Where })[];
  /** Other records from an export file (cases, drills, events, ticks, reminder logs) to add or update. */
  records: number;
  /** Recovery cases among them (the popup's "Imported: N accounts, M cases"). */
  cases: number;
  /** An export file's settings: none in the sources, the same, kept (the user chose theirs), or taken from the file. */
  settings: 'none' | 'same' | 'kept' | 'taken';
  /** Management account IDs named by the sources' ARNs, and how many member accounts they listed. */
  managementIds: string[];
  members: number;
  writes: PlannedWrites;
}

/** The parts of the store the plan reads. Only accounts matter unless an export file is imported. */
export type PlanState = Pick<StoredState, 'accounts' | 'prevention' | 'cases' | 'progress' | 'drills' | 'settings' | 'reminderLogs'>;

/** Whether planning these sources needs more of the store than its accounts. */
export function needsFullState(sources: readonly ParsedSource[]): boolean {
  return sources.some((s) => s.kind === 'export');
}

/** JSON with sorted keys: equal records give equal strings whatever order their keys were written in. */
function canonical(x: unknown): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: only equality of these strings matters; an array written as an object keyed by index, or with its quoted or braced items unseparated, compares the same way
  if (Array.isArray(x)) return `[${x.map(canonical).join(',')}]`;
  if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    const fields = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`);
    // Stryker disable next-line StringLiteral: as above, each item starts with its quoted key, so the comma separates nothing that could merge
    return `{${fields.join(',')}}`;
  }
  return JSON.stringify(x);
}

function changedFields(before: Account, after: Account): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: string[] = [];
  for (const k of keys) {
    // Stryker disable next-line ConditionalExpression,StringLiteral: both records always carry the same key here (the matched account's); skipping it only saves a comparison
    if (k === 'key') continue;
    if (canonical((before as unknown as Record<string, unknown>)[k]) !== canonical((after as unknown as Record<string, unknown>)[k])) out.push(k);
  }
  return out.sort();
}

/** An Organizations or CSV row merged into a stored account: only what the organization knows. */
function mergeOrgRow(cur: Account, inc: IncomingAccount, now: string): Account {
  const next: Account = { ...cur };
  if (inc.rootEmail && inc.rootEmail !== cur.rootEmail) {
    next.rootEmail = inc.rootEmail;
    // The e-mail is printed on the kit: a new one makes the printed kit out of date.
    next.updatedAt = now;
  }
  if (inc.orgStatus) next.orgStatus = inc.orgStatus;
  if (inc.orgRole) {
    next.orgRole = inc.orgRole;
    next.orgMember = inc.orgRole === 'member';
  }
  if (inc.managementAccountId) next.managementAccountId = inc.managementAccountId;
  return next;
}

function newFromOrgRow(inc: IncomingAccount, key: string, now: string): Account {
  return {
    key,
    label: inc.name ?? inc.accountId,
    accountId: inc.accountId,
    ...(inc.rootEmail ? { rootEmail: inc.rootEmail } : {}),
    ...(inc.orgRole ? { orgRole: inc.orgRole, orgMember: inc.orgRole === 'member' } : {}),
    ...(inc.managementAccountId ? { managementAccountId: inc.managementAccountId } : {}),
    ...(inc.orgStatus ? { orgStatus: inc.orgStatus } : {}),
    remindersOff: true,
    mfaDevices: [],
    createdAt: now,
    updatedAt: now,
  };
}

export interface PlanOptions {
  /** ISO time stamped on new and updated records. */
  now: string;
  /** A fresh local key for a new account (crypto.randomUUID in the page). */
  newKey: () => string;
}

export function planImport(state: PlanState, sources: readonly ParsedSource[], opts: PlanOptions): ImportPlan {
  const plan: ImportPlan = {
    added: [],
    changed: [],
    unchanged: [],
    refused: [],
    records: 0,
    cases: 0,
    settings: 'none',
    // Stryker disable next-line ArrayDeclaration: replaced by the sorted list once the sources are read
    managementIds: [],
    members: 0,
    writes: { accounts: [], prevention: [], cases: [], progress: [], drills: [], reminderLogs: [] },
  };
  const byId = new Map<string, Account>();
  const byKey = new Map<string, Account>();
  for (const a of state.accounts) {
    byKey.set(a.key, a);
    // Stryker disable next-line ConditionalExpression: nothing is ever looked up by an absent id (every lookup has a 12-digit one)
    if (a.accountId) byId.set(a.accountId, a);
  }
  /** Account IDs (and keys of ID-less export accounts) already taken by an earlier row of this import. */
  const seen = new Map<string, Where>();
  const management = new Set<string>();
  let count = state.accounts.length;

  const claim = (id: string, where: Where): boolean => {
    const first = seen.get(id);
    if (first) {
      plan.refused.push({ where, errorKey: 'importDuplicateId', subs: [id], other: first });
      return false;
    }
    seen.set(id, where);
    return true;
  };
  const roomForOne = (where: Where): boolean => {
    if (count < LIMITS.accounts) return true;
    plan.refused.push({ where, errorKey: 'importAccountCap', subs: [String(LIMITS.accounts)] });
    return false;
  };
  const record = (status: PlannedStatus, a: Account, where: Where, changes: string[] = []) => {
    const row: PlannedAccount = { status, key: a.key, label: a.label, where, changes, ...(a.accountId ? { accountId: a.accountId } : {}) };
    (status === 'add' ? plan.added : status === 'change' ? plan.changed : plan.unchanged).push(row);
    if (status !== 'same') plan.writes.accounts.push(a);
    // Later rows of this import see what earlier ones did (a key taken, an account added).
    byKey.set(a.key, a);
    // Stryker disable next-line ConditionalExpression: an id seen earlier in this import is refused by claim() before any lookup, so this entry is never read back
    if (a.accountId) byId.set(a.accountId, a);
  };

  for (const source of sources) {
    if (source.kind === 'export') {
      planExport(source.file, source.export.data, state, plan, { byId, byKey, claim, roomForOne, record, opts, bump: () => count++ });
      continue;
    }
    plan.refused.push(...source.refused);
    for (const inc of source.accounts) {
      if (!claim(inc.accountId, inc.where)) continue;
      if (inc.managementAccountId) management.add(inc.managementAccountId);
      if (inc.orgRole === 'member') plan.members++;
      const cur = byId.get(inc.accountId);
      if (cur) {
        const next = mergeOrgRow(cur, inc, opts.now);
        const changes = changedFields(cur, next).filter((f) => f !== 'updatedAt');
        record(changes.length ? 'change' : 'same', changes.length ? next : cur, inc.where, changes);
      } else if (roomForOne(inc.where)) {
        count++;
        record('add', newFromOrgRow(inc, opts.newKey(), opts.now), inc.where);
      }
    }
  }
  plan.managementIds = [...management].sort();
  return plan;
}

interface ExportContext {
  byId: Map<string, Account>;
  byKey: Map<string, Account>;
  claim: (id: string, where: Where) => boolean;
  roomForOne: (where: Where) => boolean;
  record: (status: PlannedStatus, a: Account, where: Where, changes?: string[]) => void;
  opts: PlanOptions;
  bump: () => void;
}

/** The extension's own file: accounts matched by ID (else key), then everything that belongs to them. */
function planExport(file: string, d: StoredState, state: PlanState, plan: ImportPlan, cx: ExportContext): void {
  /** The file's account key -> the key it has (or gets) here. */
  const keyMap = new Map<string, string>();
  for (const [i, fa] of d.accounts.entries()) {
    const where = { file, path: `data.accounts[${i}]` };
    if (!cx.claim(fa.accountId ?? `key:${fa.key}`, where)) continue;
    const sameKey = cx.byKey.get(fa.key);
    const match = (fa.accountId ? cx.byId.get(fa.accountId) : undefined) ?? (sameKey && (!sameKey.accountId || !fa.accountId) ? sameKey : undefined);
    if (match) {
      const next: Account = { ...fa, key: match.key };
      const changes = changedFields(match, next);
      keyMap.set(fa.key, match.key);
      cx.record(changes.length ? 'change' : 'same', changes.length ? next : match, where, changes);
    } else if (cx.roomForOne(where)) {
      // A key already used here by another account gets a new one (and so do its records).
      const key = cx.byKey.has(fa.key) ? cx.opts.newKey() : fa.key;
      keyMap.set(fa.key, key);
      cx.bump();
      cx.record('add', { ...fa, key }, where);
    }
  }

  // Records of accounts that were refused above stay out; the rest follow their account's key.
  const remap = <T extends { accountKey?: string }>(x: T): T | null => {
    if (x.accountKey === undefined) return x;
    const k = keyMap.get(x.accountKey);
    // Stryker disable next-line ConditionalExpression: a copy with the same key is equal to the record; keeping it only saves a copy
    return k === undefined ? null : k === x.accountKey ? x : { ...x, accountKey: k };
  };
  const merge = <T>(incoming: T[], stored: T[], id: (x: T) => string, out: T[], isCase = false) => {
    const have = new Map(stored.map((x) => [id(x), canonical(x)]));
    for (const x of incoming) {
      if (have.get(id(x)) === canonical(x)) continue;
      out.push(x);
      plan.records++;
      if (isCase) plan.cases++;
    }
  };
  const kept = <T extends { accountKey?: string }>(xs: T[]) => xs.map(remap).filter((x): x is T => x !== null);
  merge(kept(d.prevention), state.prevention, (p) => p.accountKey, plan.writes.prevention);
  const cases = kept(d.cases);
  merge(cases, state.cases, (c) => c.id, plan.writes.cases, true);
  merge(kept(d.progress), state.progress, (e) => e.id, plan.writes.progress);
  merge(kept(d.drills), state.drills, (r) => r.id, plan.writes.drills);
  // Reminder logs are `${kind}:${accountKey or caseId}`.
  const caseIds = new Set([...cases.map((c) => c.id), ...state.cases.map((c) => c.id)]);
  const logs = d.reminderLogs.flatMap((l) => {
    const i = l.id.indexOf(':');
    const subject = l.id.slice(i + 1);
    if (caseIds.has(subject)) return [l];
    const k = keyMap.get(subject);
    // Stryker disable next-line ConditionalExpression: a copy with the same id is equal to the log; keeping it only saves a copy
    return k === undefined ? [] : [k === subject ? l : { ...l, id: `${l.id.slice(0, i)}:${k}` }];
  });
  merge(logs, state.reminderLogs, (l) => l.id, plan.writes.reminderLogs);

  if (plan.settings === 'none' || plan.settings === 'same') {
    if (canonical(d.settings) === canonical(state.settings)) plan.settings = 'same';
    else if (state.settings.reminders.chosen) plan.settings = 'kept';
    else {
      plan.settings = 'taken';
      plan.writes.settings = d.settings;
    }
  }
}

/**
 * What the user saw, reduced to what matters: which accounts are added or changed (and how),
 * how many other records, what happens to settings. The confirming transaction compares it with
 * the plan it recomputes; any difference means the preview went stale.
 */
export function planSignature(p: ImportPlan): string {
  return canonical({
    added: p.added.map((a) => a.accountId ?? a.label),
    changed: p.changed.map((a) => [a.key, a.changes]),
    refused: p.refused.length,
    records: p.records,
    settings: p.settings,
  });
}

/** Whether confirming would write anything at all. */
export function planWritesSomething(p: ImportPlan): boolean {
  const w = p.writes;
  return w.accounts.length + w.prevention.length + w.cases.length + w.progress.length + w.drills.length + w.reminderLogs.length > 0 || !!w.settings;
}
