/**
 * "Next" for a recovery case: each path is a small state machine over what is done, what failed
 * and the dates, not "the first unticked item". A call to a stale number moves the user to
 * updating the phone first where someone can, a lost mailbox to recovering it, and otherwise to
 * the documents; documents sent make the next thing a wait, then a follow-up.
 * Pure: the popup renders what this returns; the same rules are unit-tested transition by
 * transition (test/unit/recovery-next.test.ts).
 */
import type { ProgressEvent, RecoveryCase, RecoveryPathId } from '../shared/model.ts';
import { PATHS, type FailureId } from './recovery-tree.ts';
import { DOCUMENT_STEPS, documentStepDone } from './documents.ts';
import { buildChecklist } from './recovery-checklist.ts';
import { businessMorningAfter } from './reminders-calendar.ts';
import { FOLLOW_UP_BUSINESS_DAYS } from './reminders.ts';

export type Next =
  /** Do this step of the current path. */
  | { kind: 'step'; stepId: string }
  /** This path is blocked by `because`: follow `path` instead. */
  | { kind: 'switch'; path: RecoveryPathId; because: FailureId }
  /** Documents are with AWS: nothing to do before `until` (ISO) except watch for AWS's e-mail. */
  | { kind: 'wait'; stepId: string; until: string }
  /** The wait is over without news: ask AWS Support about the case. */
  | { kind: 'follow-up'; stepId: string }
  /** Back in (or closed). */
  | { kind: 'done' };

export interface NextContext {
  /** ISO instant. */
  now: string;
  /** The user's IANA time zone: follow-ups fall on local business mornings. */
  timeZone: string;
  /** Steps the panel recorded on AWS's pages for this account ("alt-factors-phone-failed"). */
  events?: readonly ProgressEvent[];
  /**
   * What the user told the tree: someone can update the account phone (true), nobody can
   * (false), or not asked (undefined: the update-phone path asks first and falls back).
   */
  phoneUpdater?: boolean;
}

/** What the case itself says about who can update the phone (marker steps written by startCase()). */
export function phoneUpdaterOf(c: RecoveryCase): boolean | undefined {
  if (c.steps['no-phone-updater']) return false;
  return c.steps['phone-updater'] ? true : undefined;
}

/** Panel progress ids that mean a failure of the case's path. */
const EVENT_FAILURES: Record<string, FailureId> = { 'alt-factors-phone-failed': 'phone-failed' };

function failed(c: RecoveryCase, f: FailureId, ctx: NextContext): boolean {
  if (c.steps[f]) return true;
  const from = Date.parse(c.startedAt);
  // Stryker disable next-line ArrayDeclaration: with no events given, any stand-in list holds no failure event either
  return (ctx.events ?? []).some((e) => EVENT_FAILURES[e.step] === f && e.accountKey === c.accountKey && Date.parse(e.at) >= from);
}

/** Where a failure leads from a path (null: stay, the path handles it itself). */
function afterFailure(path: RecoveryPathId, f: FailureId, ctx: NextContext): RecoveryPathId | null {
  switch (f) {
    // No other device worked, or the management account cannot act: the (member's own) root
    // e-mail and phone.
    case 'other-device-failed':
    case 'management-cannot':
      return 'alt-factors';
    case 'alt-not-offered':
    case 'no-phone-updater':
    case 'mailbox-lost':
      return 'support-documents';
    case 'email-failed':
      return path === 'recover-mailbox' ? 'support-documents' : 'recover-mailbox';
    case 'phone-failed':
      // After updating the phone it still failed, or nobody can update it: AWS Support.
      return path === 'update-phone' || ctx.phoneUpdater === false ? 'support-documents' : 'update-phone';
    case 'support-call-failed':
      // A call to a stale number: update the phone first where someone can, else the documents.
      return ctx.phoneUpdater === true ? 'update-phone' : null;
  }
}

export function nextFor(c: RecoveryCase, context: NextContext): Next {
  const ctx: NextContext = { ...context, phoneUpdater: context.phoneUpdater ?? phoneUpdaterOf(c) };
  const path = PATHS[c.path];
  if (c.closedAt || !path) return { kind: 'done' };

  for (const s of path.steps) {
    // A failure counts while its step is not done (the support call is "done" either way: it happened).
    if (!s.failId || (c.steps[s.id] && s.failId !== 'support-call-failed')) continue;
    if (!failed(c, s.failId, ctx)) continue;
    const to = afterFailure(c.path, s.failId, ctx);
    if (to) return { kind: 'switch', path: to, because: s.failId };
  }

  if (c.path === 'support-documents') return supportNext(c, ctx);

  const open = path.steps.find((s) => !c.steps[s.id]);
  return open ? { kind: 'step', stepId: open.id } : { kind: 'done' };
}

/**
 * The support path: form, call; if the call reached the user AWS removes the device (next: sign
 * in); if it went to a stale number, the documents one by one; once sent, wait for AWS's e-mail
 * (follow up after FOLLOW_UP_BUSINESS_DAYS business days without news), then sign in.
 */
function supportNext(c: RecoveryCase, ctx: NextContext): Next {
  const done = (id: string) => !!c.steps[id];
  if (!done('support-form')) return { kind: 'step', stepId: 'support-form' };
  const callFailed = failed(c, 'support-call-failed', ctx);
  if (!done('support-call') && !callFailed) return { kind: 'step', stepId: 'support-call' };

  if (callFailed && !c.documentsSentAt && !c.objectionEmailAt && !done('signed-in')) {
    // Stryker disable next-line ConditionalExpression,StringLiteral: without documentsSentAt the "sent" step is open and comes before the objection e-mail, so the filter never decides
    const open = DOCUMENT_STEPS.find((d) => d.field !== 'objectionEmailAt' && !documentStepDone(d, c));
    // Stryker disable next-line ConditionalExpression: as above, the "sent" step is always open here
    if (open) return { kind: 'step', stepId: open.id };
  }
  if (c.documentsSentAt && !c.objectionEmailAt && !done('signed-in')) {
    // News restarts the wait, as the reminders count it (reminders.ts).
    const news = Math.max(Date.parse(c.documentsSentAt), ...Object.values(c.steps).map((v) => Date.parse(v)).filter((n) => !Number.isNaN(n)));
    const until = businessMorningAfter(new Date(news), FOLLOW_UP_BUSINESS_DAYS, ctx.timeZone).toISOString();
    return Date.parse(ctx.now) < Date.parse(until) ? { kind: 'wait', stepId: 'doc-objection', until } : { kind: 'follow-up', stepId: 'doc-case-id' };
  }
  if (!done('signed-in')) return { kind: 'step', stepId: 'signed-in' };
  return done('add-new') ? { kind: 'done' } : { kind: 'step', stepId: 'add-new' };
}

/** A short label for "Next" (the home screen's one line): the step's title, or the path to switch to. */
export function nextTitleKey(c: RecoveryCase, n: Next): string | undefined {
  switch (n.kind) {
    // Stryker disable next-line StringLiteral: "done" carries no step id, so the default branch finds no title either
    case 'done':
      return undefined;
    case 'switch':
      return PATHS[n.path].titleKey;
    default:
      return buildChecklist(c).find((i) => i.id === n.stepId)?.titleKey;
  }
}
