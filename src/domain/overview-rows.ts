/**
 * The overview's table, computed from stored state in one pass: a row per account with what the
 * columns show, its readiness, and a search text; then sorting and filtering, all pure and
 * cheap enough to redo on every keystroke at thousands of accounts (records are grouped by
 * account once, never searched per account).
 */
import type { Account, DrillResult, MfaDeviceKind, OrgRole, OrgStatus, PreventionState, RecoveryCase, RecoveryPathId, ReminderCadenceDays, StoredState } from '../shared/model.ts';
import { maskEmail } from './mask.ts';
import { readinessSummary } from './readiness.ts';
import { planReminders } from './reminders.ts';

/** Readiness as the overview shows it: suspended or closed accounts are "inactive", never "at risk". */
export type RowLevel = 'at-risk' | 'partial' | 'ready' | 'inactive';
export const ROW_LEVELS: readonly RowLevel[] = ['at-risk', 'partial', 'ready', 'inactive'];

export interface OverviewRow {
  key: string;
  label: string;
  accountId?: string;
  rootEmail?: string;
  emailMasked?: string;
  phoneE164?: string;
  phoneVerifiedAt?: string;
  deviceCount: number;
  deviceKinds: MfaDeviceKind[];
  lastDrill?: { at: string; passed: boolean };
  kitPrintedAt?: string;
  kitStale: boolean;
  openCase?: { path: RecoveryPathId; startedAt: string };
  level: RowLevel;
  done: number;
  total: number;
  orgRole?: OrgRole;
  orgStatus?: OrgStatus;
  remindersOff: boolean;
  phoneVerifyEvery?: ReminderCadenceDays;
  drillEvery?: ReminderCadenceDays;
  /** A reminder of this account is due now. */
  due: boolean;
  /** Lower-cased label, ID and e-mail, for the text filter. */
  search: string;
}

function group<T extends { accountKey: string }>(xs: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const list = m.get(x.accountKey);
    if (list) list.push(x);
    else m.set(x.accountKey, [x]);
  }
  return m;
}

const INACTIVE: ReadonlySet<OrgStatus | undefined> = new Set<OrgStatus | undefined>(['suspended', 'pending-closure', 'closed']);

function row(a: Account, prevention: PreventionState | undefined, drills: readonly DrillResult[], cases: readonly RecoveryCase[], state: StoredState, now: Date, due: boolean): OverviewRow {
  // A per-account cadence also sets when a phone check or a drill counts as out of date.
  const settings =
    // Stryker disable next-line ConditionalExpression: the copy falls back to the same settings; skipping it only saves work per row
    a.phoneVerifyEvery || a.drillEvery
      ? { ...state.settings, reminders: { ...state.settings.reminders, phoneVerifyEvery: a.phoneVerifyEvery ?? state.settings.reminders.phoneVerifyEvery, drillEvery: a.drillEvery ?? state.settings.reminders.drillEvery } }
      : state.settings;
  const r = readinessSummary(a, prevention ?? { accountKey: a.key, done: {} }, drills, settings, now);
  // Built field by field, not from spreads: this runs once per account on the overview's first
  // render, before the engine has optimized anything (issue #13).
  const out: OverviewRow = {
    key: a.key,
    label: a.label,
    deviceCount: a.mfaDevices.length,
    deviceKinds: a.mfaDevices.length ? [...new Set(a.mfaDevices.map((d) => d.kind))] : [],
    kitStale: r.kitStale,
    level: INACTIVE.has(a.orgStatus) ? 'inactive' : r.level,
    done: r.done,
    total: r.total,
    remindersOff: !!a.remindersOff,
    due,
    search: `${a.label}\u0000${a.accountId ?? ''}\u0000${a.rootEmail ?? ''}`.toLowerCase(),
  };
  if (a.accountId) out.accountId = a.accountId;
  if (a.rootEmail) {
    out.rootEmail = a.rootEmail;
    out.emailMasked = maskEmail(a.rootEmail);
  }
  if (a.phoneE164) out.phoneE164 = a.phoneE164;
  if (a.phoneVerifiedAt) out.phoneVerifiedAt = a.phoneVerifiedAt;
  let last: DrillResult | undefined;
  // Stryker disable next-line EqualityOperator: only drills stored at the very same instant swap places (as in readiness.ts)
  for (const d of drills) if (!last || d.at > last.at) last = d;
  if (last) out.lastDrill = { at: last.at, passed: last.passed };
  const kit = prevention?.done['recovery-kit'];
  if (kit) out.kitPrintedAt = kit;
  // The latest open case (of two started at the same instant, the later stored).
  let open: RecoveryCase | undefined;
  for (const c of cases) if (!c.closedAt && (!open || c.startedAt >= open.startedAt)) open = c;
  if (open) out.openCase = { path: open.path, startedAt: open.startedAt };
  if (a.orgRole) out.orgRole = a.orgRole;
  if (a.orgStatus) out.orgStatus = a.orgStatus;
  if (a.phoneVerifyEvery) out.phoneVerifyEvery = a.phoneVerifyEvery;
  if (a.drillEvery) out.drillEvery = a.drillEvery;
  return out;
}

export function overviewRows(state: StoredState, now: Date, timeZone: string): OverviewRow[] {
  const prevention = new Map(state.prevention.map((p) => [p.accountKey, p]));
  const drills = group(state.drills);
  const cases = group(state.cases);
  const due = new Set(planReminders(state, now, timeZone).due.map((i) => i.accountKey));
  return state.accounts.map((a) => row(a, prevention.get(a.key), drills.get(a.key) ?? [], cases.get(a.key) ?? [], state, now, due.has(a.key)));
}

export type SortColumn = 'level' | 'label' | 'accountId' | 'email' | 'phone' | 'devices' | 'drill' | 'kit' | 'case';
export interface SortOrder {
  column: SortColumn;
  descending: boolean;
}
/** At-risk first, by default. */
export const DEFAULT_SORT: SortOrder = { column: 'level', descending: false };

const LEVEL_RANK: Record<RowLevel, number> = { 'at-risk': 0, partial: 1, ready: 2, inactive: 3 };

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Sort keys; a missing value sorts last whichever the direction. */
function keyOf(r: OverviewRow, c: SortColumn): string | number | undefined {
  switch (c) {
    case 'level':
      return LEVEL_RANK[r.level] * 10 + r.done;
    case 'label':
      return r.label;
    case 'accountId':
      return r.accountId;
    case 'email':
      return r.rootEmail;
    case 'phone':
      return r.phoneVerifiedAt;
    case 'devices':
      return r.deviceCount;
    case 'drill':
      return r.lastDrill?.at;
    case 'kit':
      return r.kitPrintedAt;
    case 'case':
      return r.openCase?.startedAt;
  }
}

/**
 * Each text's place in the collation order of `texts` (texts the collator finds equal share a
 * place). Comparing these numbers is what sorting a column then costs, instead of a collator call
 * per comparison.
 */
function collationRanks(texts: Iterable<string>): Map<string, number> {
  const unique = [...new Set(texts)];
  return ranked(cheaplySorted(unique)) ?? ranked(unique.sort(collator.compare))!;
}

/** Lower case, digit runs padded to one width: compared as plain strings, close to the collator's order. */
// Stryker disable next-line all: the cheap key only picks the order tried first; ranked() checks it against the collator, which sorts when it is wrong (the same ranks, later)
const roughKey = (s: string) => s.toLowerCase().replace(/\d+/g, (d) => d.padStart(24, '0'));

/**
 * Sorting by a cheap key first, then checking each neighbouring pair with the collator while
 * ranking, costs n collator calls instead of n·log n (the first thing the overview sorts is a
 * thousand labels, on its first render). When a pair is out of the collator's order
 * (punctuation, accents, other scripts), `ranked` says so and the collator sorts them itself.
 */
function cheaplySorted(texts: readonly string[]): string[] {
  const keyed = texts.map((t) => ({ t, k: roughKey(t) }));
  // Stryker disable next-line all: as above, any order here gives the collator's ranks in the end
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  return keyed.map((x) => x.t);
}

/** Each text's rank in `sorted`, equal texts to the collator sharing one; null if `sorted` is not in the collator's order. */
function ranked(sorted: readonly string[]): Map<string, number> | null {
  const ranks = new Map<string, number>();
  let rank = 0;
  for (const [i, x] of sorted.entries()) {
    const c = i > 0 ? collator.compare(sorted[i - 1]!, x) : 0;
    if (c > 0) return null;
    if (c !== 0) rank++;
    ranks.set(x, rank);
  }
  return ranks;
}

/**
 * The ranks of a rows array's text columns, worked out once per array and column: the overview
 * keeps one rows array until the store changes, so the second click on a header costs integer
 * comparisons only (issue #13: a sort within 50 ms at a thousand accounts).
 */
const rankCache = new WeakMap<readonly OverviewRow[], Map<SortColumn, Map<string, number>>>();

function ranksOf(rows: readonly OverviewRow[], c: SortColumn): Map<string, number> {
  let byColumn = rankCache.get(rows);
  // Stryker disable next-line ConditionalExpression: a cache; working the ranks out again gives the same ones
  if (!byColumn) rankCache.set(rows, (byColumn = new Map()));
  let ranks = byColumn.get(c);
  // Stryker disable next-line ConditionalExpression: as above, a cache
  if (!ranks) {
    // Stryker disable next-line ArrayDeclaration: one text more among those ranked shifts ranks, not their order
    const texts: string[] = [];
    for (const r of rows) {
      const k = keyOf(r, c);
      // Stryker disable next-line ConditionalExpression: ranking a number or a missing value too only adds ranks no text column reads
      if (typeof k === 'string') texts.push(k);
    }
    byColumn.set(c, (ranks = collationRanks(texts)));
  }
  return ranks;
}

const byNumber = (a: number, b: number) => a - b;

/**
 * The overview's order of two rows from their keys in the sorted column: a missing key last in
 * either direction, then the keys (`byKey`, turned by `dir`), ties by label. sortRows and
 * firstRows both order by it, so the first render's rows are the sorted table's first rows.
 */
function inOrder<K>(a: K | undefined, b: K | undefined, dir: number, byKey: (a: K, b: K) => number, byLabel: () => number): number {
  if (a === undefined || b === undefined) {
    if (a === b) return byLabel();
    return a === undefined ? 1 : -1;
  }
  const c = byKey(a, b);
  // Stryker disable next-line ArithmeticOperator: dir is 1 or -1, so dividing by it is multiplying by it
  return c !== 0 ? c * dir : byLabel();
}

export function sortRows(rows: readonly OverviewRow[], order: SortOrder): OverviewRow[] {
  const dir = order.descending ? -1 : 1;
  const labels = ranksOf(rows, 'label');
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: skipping the ranks of the two number columns only saves work; ranks are read for text columns alone
  const texts = order.column === 'level' || order.column === 'devices' ? null : ranksOf(rows, order.column);
  // Every key a number (a text column's by its collation rank), a missing one undefined.
  const keyed = rows.map((r) => {
    const k = keyOf(r, order.column);
    return { r, k: typeof k === 'string' ? texts!.get(k)! : k, label: labels.get(r.label)! };
  });
  keyed.sort((x, y) => inOrder(x.k, y.k, dir, byNumber, () => x.label - y.label));
  return keyed.map((x) => x.r);
}

/**
 * The first `count` rows of sortRows(rows, order), without ordering the others: what the overview
 * draws on its first render, when only the rows in view are drawn (issue #13: at a thousand
 * accounts, ranking every label before the first paint cost more than drawing the table). The
 * same order as sortRows: missing values last either way, ties by label, equal rows in the order
 * given (sortRows' sort is stable). Each row is compared with the last one kept, and only one
 * that sorts before it is put in place, so most rows cost one comparison.
 */
export function firstRows(rows: readonly OverviewRow[], order: SortOrder, count: number): OverviewRow[] {
  const dir = order.descending ? -1 : 1;
  // Stryker disable next-line ConditionalExpression,StringLiteral: the numeric collator orders the number columns' whole numbers as text the same way; subtracting is only cheaper
  const byKey = (a: string | number, b: string | number) => (typeof a === 'number' ? a - (b as number) : collator.compare(a, b as string));
  const compare = (x: OverviewRow, y: OverviewRow): number => inOrder(keyOf(x, order.column), keyOf(y, order.column), dir, byKey, () => collator.compare(x.label, y.label));
  const head: OverviewRow[] = [];
  if (count <= 0) return head;
  for (const r of rows) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; a row not before the last kept one is put after it and dropped again
    if (head.length === count && compare(r, head[count - 1]!) >= 0) continue;
    // After every kept row it does not sort before: equal rows stay in the order given.
    let lo = 0;
    let hi = head.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(r, head[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    head.splice(lo, 0, r);
    if (head.length > count) head.pop();
  }
  return head;
}

export interface RowFilter {
  text: string;
  /** Empty: every level. */
  levels: readonly RowLevel[];
  /** Only accounts with a reminder due (the aggregated notification opens the overview so). */
  dueOnly: boolean;
}
export const NO_FILTER: RowFilter = { text: '', levels: [], dueOnly: false };

export function filterRows(rows: readonly OverviewRow[], f: RowFilter): OverviewRow[] {
  // Stryker disable next-line MethodExpression,Regex: an empty word is found in every row, so keeping empty words changes no result
  const words = f.text.toLowerCase().split(/\s+/).filter(Boolean);
  const levels = new Set(f.levels);
  return rows.filter((r) => (!f.dueOnly || r.due) && (levels.size === 0 || levels.has(r.level)) && words.every((w) => r.search.includes(w)));
}

/** Counts per level and of due accounts (the popup's summary, the overview's header). */
export function summarize(rows: readonly OverviewRow[]): Record<RowLevel, number> & { due: number; total: number } {
  const s = { 'at-risk': 0, partial: 0, ready: 0, inactive: 0, due: 0, total: rows.length };
  for (const r of rows) {
    s[r.level]++;
    if (r.due) s.due++;
  }
  return s;
}
