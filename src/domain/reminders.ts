/**
 * Which reminders are due, computed from stored state and a clock, never remembered: the worker
 * may be stopped at any moment and alarms may vanish, so every wake-up asks this function again.
 *
 * Each reminder (a kind and its subject: an account or a recovery case) has a series of due
 * times derived from stored dates. A snooze pushes everything due up to its end to that end; the
 * log's `lastShownDue` makes sure one due time is notified once, and since due times only move
 * forward, a missed alarm is caught on the next wake-up (the reminder is still due, not yet shown).
 * Pure: no browser APIs, no clock of its own; dates are local-calendar in the user's time zone,
 * which the caller passes (see reminders-calendar.ts); the process's own zone is never read.
 */
import type { Account, RecoveryCase, ReminderCadenceDays, ReminderKind, ReminderLog, StoredState } from '../shared/model.ts';
import { addLocalDays, businessMorningAfter, morningAfter } from './reminders-calendar.ts';

export const REMINDER_KINDS: readonly ReminderKind[] = ['phone-verify', 'documents-follow-up', 'objection-email', 'backup-drill'];

/** Choices offered for the phone check and the drill (Aegis learned that "never" must exist). */
export const CADENCE_CHOICES: readonly ReminderCadenceDays[] = [30, 90, 180, 'never'];
/** Snooze lengths in days (Entra allows up to 14). */
export const SNOOZE_CHOICES = [1, 7, 14] as const;
export type SnoozeDays = (typeof SNOOZE_CHOICES)[number];

/** AWS Support has had the documents this many business days without news: ask them. */
export const FOLLOW_UP_BUSINESS_DAYS = 5;
/** After the first follow-up, again every week. */
export const FOLLOW_UP_EVERY_DAYS = 7;
/** Watching for the 24-hour e-mail: the morning after sending, then every few days. */
export const OBJECTION_FIRST_DAYS = 1;
export const OBJECTION_EVERY_DAYS = 3;

export type ReminderStatus = 'due' | 'snoozed' | 'upcoming' | 'off';

export interface ReminderItem {
  /** `${kind}:${subject}`, also the ReminderLog id and the notification id. */
  id: string;
  kind: ReminderKind;
  accountKey: string;
  /** For case reminders (documents follow-up, objection e-mail). */
  caseId?: string;
  status: ReminderStatus;
  /**
   * due: the due time being shown now; snoozed: when the snooze ends; upcoming: the next due
   * time; off: absent.
   */
  due?: string;
}

export interface ReminderPlan {
  /** Every reminder that applies to the stored state, whatever its status (settings list). */
  items: ReminderItem[];
  /** The items due now: the badge count. */
  due: ReminderItem[];
  /** Due items not yet notified for this due time: notify, then log `lastShownDue = due`. */
  notify: ReminderItem[];
  /** When the next item falls due (ISO), for the one alarm; absent when nothing is ahead. */
  nextAt?: string;
}

export function reminderId(kind: ReminderKind, subject: string): string {
  return `${kind}:${subject}`;
}

export function parseReminderId(id: string): { kind: ReminderKind; subject: string } | null {
  const i = id.indexOf(':');
  // Stryker disable next-line EqualityOperator: with the colon first the kind read is empty, no known kind, so null follows anyway
  if (i < 0) return null;
  const kind = id.slice(0, i) as ReminderKind;
  const subject = id.slice(i + 1);
  return REMINDER_KINDS.includes(kind) && subject ? { kind, subject } : null;
}

/** When a snooze of `days` taken at `now` ends: the same local time (in `timeZone`) that many days later. */
export function snoozeEnd(now: Date, days: SnoozeDays, timeZone: string): string {
  return addLocalDays(now, days, timeZone).toISOString();
}

/**
 * Due times of one reminder: `first`, then every `everyDays` local days at the same local hour
 * (none after the first when `everyDays` is absent).
 */
interface Series {
  first: Date;
  everyDays?: number;
  timeZone: string;
}

function occurrence(s: Series, k: number): Date {
  // Stryker disable next-line ConditionalExpression: every series starts on a morning, and the morning 0 days after it is itself
  return k === 0 ? s.first : morningAfter(s.first, k * (s.everyDays ?? 0), s.timeZone);
}

/** Index of the last due time at or before `t`, or -1. */
function indexAtOrBefore(s: Series, t: number): number {
  if (t < s.first.getTime()) return -1;
  if (!s.everyDays) return 0;
  // An estimate in 24-hour days, corrected for the hours daylight saving adds or removes.
  // Stryker disable next-line MethodExpression: the estimate only saves steps; the loops below find the same index from 0
  let k = Math.max(0, Math.floor((t - s.first.getTime()) / (s.everyDays * 86_400_000)));
  // Stryker disable next-line ArithmeticOperator: testing k - 1 instead only stops two due times later, and the loop below walks back to the same index
  while (occurrence(s, k + 1).getTime() <= t) k++;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: t is at or after the first due time here, so the loop stops at 0 either way
  while (k > 0 && occurrence(s, k).getTime() > t) k--;
  return k;
}

function atOrBefore(s: Series, t: number): Date | undefined {
  const k = indexAtOrBefore(s, t);
  return k < 0 ? undefined : occurrence(s, k);
}

function after(s: Series, t: number): Date | undefined {
  const k = indexAtOrBefore(s, t);
  if (k >= 0 && !s.everyDays) return undefined;
  return occurrence(s, k + 1);
}

function time(iso: string | undefined): number | undefined {
  // Stryker disable next-line ConditionalExpression: Date.parse of an absent or empty time is NaN, also undefined below
  if (!iso) return undefined;
  const n = Date.parse(iso);
  return Number.isNaN(n) ? undefined : n;
}

function latest(...isos: (string | undefined)[]): Date | undefined {
  const times = isos.map(time).filter((n): n is number => n !== undefined);
  return times.length ? new Date(Math.max(...times)) : undefined;
}

interface Candidate {
  kind: ReminderKind;
  accountKey: string;
  caseId?: string;
  subject: string;
  series: Series;
}

function cadenceSeries(base: Date | undefined, every: ReminderCadenceDays, timeZone: string): Series | undefined {
  if (!base || every === 'never') return undefined;
  return { first: morningAfter(base, every, timeZone), timeZone };
}

function accountCandidates(a: Account, state: StoredState, drillTimes: ReadonlyMap<string, string[]>, timeZone: string): Candidate[] {
  const r = state.settings.reminders;
  const out: Candidate[] = [];
  // Never checked: count from the day the account was added (the user may have checked just before).
  // A per-account cadence (set from the overview) overrides the global one.
  const phone = cadenceSeries(latest(a.phoneVerifiedAt) ?? latest(a.createdAt), a.phoneVerifyEvery ?? r.phoneVerifyEvery, timeZone);
  if (phone) out.push({ kind: 'phone-verify', accountKey: a.key, subject: a.key, series: phone });
  // Stryker disable next-line ArrayDeclaration,StringLiteral: latest() skips what is not a time, so an empty list and one of non-times agree
  const lastDrill = latest(...(drillTimes.get(a.key) ?? []));
  const drill = cadenceSeries(lastDrill ?? latest(a.createdAt), a.drillEvery ?? r.drillEvery, timeZone);
  if (drill) out.push({ kind: 'backup-drill', accountKey: a.key, subject: a.key, series: drill });
  return out;
}

function caseCandidates(c: RecoveryCase, state: StoredState, timeZone: string): Candidate[] {
  const r = state.settings.reminders;
  const sent = latest(c.documentsSentAt);
  if (!sent || c.closedAt) return [];
  const out: Candidate[] = [];
  if (r.documentsFollowUp) {
    // News restarts the wait: the objection e-mail, or any step the user ticked after sending.
    const news = latest(c.documentsSentAt, c.objectionEmailAt, ...Object.values(c.steps))!;
    out.push({
      kind: 'documents-follow-up',
      accountKey: c.accountKey,
      caseId: c.id,
      subject: c.id,
      series: { first: businessMorningAfter(news, FOLLOW_UP_BUSINESS_DAYS, timeZone), everyDays: FOLLOW_UP_EVERY_DAYS, timeZone },
    });
  }
  if (r.objectionEmail && !c.objectionEmailAt) {
    out.push({
      kind: 'objection-email',
      accountKey: c.accountKey,
      caseId: c.id,
      subject: c.id,
      series: { first: morningAfter(sent, OBJECTION_FIRST_DAYS, timeZone), everyDays: OBJECTION_EVERY_DAYS, timeZone },
    });
  }
  return out;
}

function evaluate(c: Candidate, log: ReminderLog | undefined, now: number): { item: ReminderItem; notify: boolean; next?: number } {
  const base = { id: reminderId(c.kind, c.subject), kind: c.kind, accountKey: c.accountKey, ...(c.caseId ? { caseId: c.caseId } : {}) };
  if (log?.off) return { item: { ...base, status: 'off' }, notify: false };
  // A snooze only delays what was already due by its end; a due time after it stands as it is.
  const snooze = time(log?.snoozedUntil);
  const until = snooze !== undefined && atOrBefore(c.series, snooze) ? snooze : undefined;
  const occ = atOrBefore(c.series, now)?.getTime();
  // What is due now: the last due time, unless a snooze taken after it still hides it; once the
  // snooze has ended, its end (a due time and a snooze ending together are one time either way).
  // Stryker disable next-line ConditionalExpression,EqualityOperator: occ undefined makes the comparison false, so its test only says so; at occ === until the snooze's end is the same time, and it has come (occ is at or before now)
  const dueTimeStands = occ !== undefined && (until === undefined || occ > until);
  // Stryker disable next-line ConditionalExpression: undefined <= now is false; the undefined test only says so
  const snoozeEnded = until !== undefined && until <= now;
  const current = dueTimeStands ? occ : snoozeEnded ? until : undefined;
  // Stryker disable next-line ConditionalExpression: undefined > now is false; the undefined test only says so
  const next = until !== undefined && until > now ? until : after(c.series, now)?.getTime();
  if (current !== undefined) {
    const due = new Date(current).toISOString();
    // Due times only move forward, so "later than the last one shown" means "not shown yet".
    const shown = time(log?.lastShownDue);
    return { item: { ...base, status: 'due', due }, notify: shown === undefined || current > shown, next };
  }
  // Stryker disable next-line ConditionalExpression,ObjectLiteral,StringLiteral,BooleanLiteral: unreachable: with nothing due yet, after() always has a time ahead (a one-off's first one)
  if (next === undefined) return { item: { ...base, status: 'upcoming' }, notify: false };
  const status: ReminderStatus = next === until ? 'snoozed' : 'upcoming';
  return { item: { ...base, status, due: new Date(next).toISOString() }, notify: false, next };
}

/**
 * The reminders for `state` at `now`, with due times on the mornings of `timeZone` (the user's
 * IANA zone). No reminder at all before an account exists and the user chose.
 */
export function planReminders(state: StoredState, now: Date, timeZone: string): ReminderPlan {
  const plan: ReminderPlan = { items: [], due: [], notify: [] };
  // Stryker disable next-line ConditionalExpression: without accounts there are no candidates, so the plan stays empty either way
  if (state.accounts.length === 0 || !state.settings.reminders.chosen) return plan;
  // Quiet accounts (imported ones until the user turns reminders on) and closed ones remind of nothing.
  const active = state.accounts.filter((a) => !a.remindersOff && a.orgStatus !== 'closed');
  const accounts = new Set(active.map((a) => a.key));
  // Drill times grouped once: thousands of accounts must not each scan every drill.
  const drillTimes = new Map<string, string[]>();
  for (const d of state.drills) {
    const list = drillTimes.get(d.accountKey);
    if (list) list.push(d.at);
    else drillTimes.set(d.accountKey, [d.at]);
  }
  const candidates = [
    ...active.flatMap((a) => accountCandidates(a, state, drillTimes, timeZone)),
    ...state.cases.filter((c) => accounts.has(c.accountKey)).flatMap((c) => caseCandidates(c, state, timeZone)),
  ];
  const logs = new Map(state.reminderLogs.map((l) => [l.id, l]));
  let nextAt: number | undefined;
  for (const c of candidates) {
    const r = evaluate(c, logs.get(reminderId(c.kind, c.subject)), now.getTime());
    plan.items.push(r.item);
    if (r.item.status === 'due') plan.due.push(r.item);
    if (r.notify) plan.notify.push(r.item);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: undefined < nextAt is false, and of two equal times either is the same
    if (r.next !== undefined && (nextAt === undefined || r.next < nextAt)) nextAt = r.next;
  }
  if (nextAt !== undefined) plan.nextAt = new Date(nextAt).toISOString();
  return plan;
}
