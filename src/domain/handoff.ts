/**
 * One recovery, wherever it started (issue #11 item 3). The panel's decision-tree answers are
 * recorded by the worker as a progress event carrying the answers and no account (a "pending
 * recovery"); the link page then picks or creates the account in one step and claims it: the
 * case starts with the path the answers lead to, and the panel's tree steps join its timeline.
 * Pure: the answers are re-derived here, never trusted from the page.
 */
import type { ProgressEvent, RecoveryCase, RecoveryPathId } from '../shared/model.ts';
import { nextStep, QUESTIONS, type TreeAnswers } from './recovery-tree.ts';
import { startCase } from './recovery-checklist.ts';

/** A pending recovery older than this is history, not something to hand over. */
export const PENDING_MAX_AGE_MS = 24 * 3_600_000;
/** Tree steps recorded this long before the outcome belong to the same walk through the tree. */
const SAME_WALK_MS = 3_600_000;

/**
 * The answers exactly as the tree asks them, up to its outcome, and that outcome; null for
 * anything else (unknown keys, non-booleans, answers past the outcome, an unfinished walk).
 */
export function outcomeOf(input: unknown): { answers: TreeAnswers; path: RecoveryPathId } | null {
  // Stryker disable next-line ConditionalExpression: a string or number has no answers, so the walk stops at its first question and gives null as well
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const given = input as Record<string, unknown>;
  const answers: TreeAnswers = {};
  for (;;) {
    const step = nextStep(answers);
    if (step.kind === 'outcome') {
      const used = Object.keys(answers);
      return Object.keys(given).every((k) => used.includes(k)) ? { answers, path: step.path } : null;
    }
    const v = given[step.id];
    // Only a value the question offers (yes/no, or who is signing in).
    if (!QUESTIONS[step.id].options.some((o) => o.value === v)) return null;
    (answers as Record<string, unknown>)[step.id] = v;
  }
}

export const pendingStep = (path: RecoveryPathId): string => `tree-${path}`;

export function isPending(e: ProgressEvent, now: Date): boolean {
  return !!e.answers && !e.accountKey && now.getTime() - Date.parse(e.at) < PENDING_MAX_AGE_MS;
}

/** The newest pending recovery, if any. */
export function latestPending(events: readonly ProgressEvent[], now: Date): ProgressEvent | undefined {
  let best: ProgressEvent | undefined;
  // Stryker disable next-line EqualityOperator: of two recorded at the same instant, either is the newest
  for (const e of events) if (isPending(e, now) && (!best || e.at > best.at)) best = e;
  return best;
}

export interface Claim {
  /** The new open case for the path the answers lead to. */
  opened: RecoveryCase;
  /** The account's previous open case, closed (it stays in history). */
  closed?: RecoveryCase;
  /** The pending event and the tree steps of the same walk, now assigned to the account. */
  events: ProgressEvent[];
}

/**
 * Claims `pending` for `accountKey`: null when the event is no pending recovery (claimed
 * already, or its answers do not lead to an outcome).
 */
export function claimPending(
  pending: ProgressEvent,
  accountKey: string,
  accountCases: readonly RecoveryCase[],
  events: readonly ProgressEvent[],
  now: string,
  newId: string,
): Claim | null {
  if (pending.accountKey || !pending.answers) return null;
  const outcome = outcomeOf(pending.answers);
  if (!outcome) return null;
  const open = accountCases.filter((c) => c.accountKey === accountKey && !c.closedAt).at(-1);
  const at = Date.parse(pending.at);
  const walk = events.filter(
    (e) => e.id !== pending.id && !e.accountKey && e.step.startsWith('tree-') && at - Date.parse(e.at) >= 0 && at - Date.parse(e.at) < SAME_WALK_MS,
  );
  return {
    opened: startCase(accountKey, outcome.path, now, newId),
    ...(open ? { closed: { ...open, closedAt: now } } : {}),
    events: [pending, ...walk].map((e) => ({ ...e, accountKey })),
  };
}
