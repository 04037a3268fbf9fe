/**
 * The lost-MFA decision tree, shared by the in-page panel (MFA code and key steps) and the
 * popup's "I'm locked out" mode. Pure data plus a few functions; texts are locale keys
 * (recovery.json).
 *
 * Order matters: each question removes a whole path that is faster than everything after it.
 * The root user's e-mail and the account's phone are separate questions (AWS treats them as
 * separate facts: with the e-mail but not the phone, the fastest way is to update the phone
 * first). Sources and dates: the claims register (claims.ts); research: aws-pages.md §3.1–3.6,
 * guidance-review.md (2026-12-01).
 */
import type { RecoveryPathId } from '../shared/model.ts';

export type SignInAs = 'root' | 'iam' | 'identity-center';

export interface TreeAnswers {
  /** Another registered MFA device or passkey is still at hand. */
  otherDevice?: boolean;
  /** Who is locked out: the root user, an IAM user, or a user of the AWS access portal (IAM Identity Center). */
  signInAs?: SignInAs;
  /** The account is a member account of an AWS Organization. */
  orgMember?: boolean;
  /** The user can still read mail at the root user's e-mail address. */
  rootEmail?: boolean;
  /** The user can still answer calls or texts at the account's phone number (the last digits AWS shows). */
  accountPhone?: boolean;
  /** Someone can sign in to the account now and update its phone number (an IAM principal allowed to edit contact information). */
  phoneUpdater?: boolean;
}

export type QuestionId = keyof TreeAnswers;
export type Answer = boolean | SignInAs;
export type TreeStep = { kind: 'question'; id: QuestionId } | { kind: 'outcome'; path: RecoveryPathId };

export const QUESTION_ORDER: readonly QuestionId[] = ['otherDevice', 'signInAs', 'orgMember', 'rootEmail', 'accountPhone', 'phoneUpdater'];

export interface QuestionOption {
  value: Answer;
  labelKey: string;
}

export interface Question {
  titleKey: string;
  helpKey: string;
  options: readonly QuestionOption[];
}

const YES_NO: readonly QuestionOption[] = [
  { value: true, labelKey: 'commonYes' },
  { value: false, labelKey: 'commonNo' },
];

/** A question; its locale keys follow from its id ("rootEmail" → recoveryQRootEmail, recoveryQRootEmailHelp). */
const q = (id: QuestionId, options: readonly QuestionOption[] = YES_NO): Question => {
  const titleKey = `recoveryQ${id[0]!.toUpperCase()}${id.slice(1)}`;
  return { titleKey, helpKey: `${titleKey}Help`, options };
};

export const QUESTIONS: Record<QuestionId, Question> = {
  otherDevice: q('otherDevice'),
  signInAs: q('signInAs', [
    { value: 'root', labelKey: 'recoveryASignInRoot' },
    { value: 'iam', labelKey: 'recoveryASignInIam' },
    { value: 'identity-center', labelKey: 'recoveryASignInPortal' },
  ]),
  orgMember: q('orgMember'),
  rootEmail: q('rootEmail'),
  accountPhone: q('accountPhone'),
  phoneUpdater: q('phoneUpdater'),
};

/** The next unanswered question, or the path the answers lead to. */
export function nextStep(a: TreeAnswers): TreeStep {
  if (a.otherDevice === undefined) return { kind: 'question', id: 'otherDevice' };
  if (a.otherDevice) return { kind: 'outcome', path: 'other-device' };
  if (a.signInAs === undefined) return { kind: 'question', id: 'signInAs' };
  if (a.signInAs === 'iam') return { kind: 'outcome', path: 'iam-admin' };
  if (a.signInAs === 'identity-center') return { kind: 'outcome', path: 'identity-center' };
  if (a.orgMember === undefined) return { kind: 'question', id: 'orgMember' };
  if (a.orgMember) return { kind: 'outcome', path: 'org-management' };
  if (a.rootEmail === undefined) return { kind: 'question', id: 'rootEmail' };
  // Every other way for a root user needs the mailbox (AWS's e-mail link, or the code AWS
  // Support e-mails during its call): getting it back comes first.
  if (!a.rootEmail) return { kind: 'outcome', path: 'recover-mailbox' };
  if (a.accountPhone === undefined) return { kind: 'question', id: 'accountPhone' };
  if (a.accountPhone) return { kind: 'outcome', path: 'alt-factors' };
  if (a.phoneUpdater === undefined) return { kind: 'question', id: 'phoneUpdater' };
  return { kind: 'outcome', path: a.phoneUpdater ? 'update-phone' : 'support-documents' };
}

/** The questions asked on the way to `a`'s current step, in order (for "Question n of m" and Back). */
export function askedSoFar(a: TreeAnswers): QuestionId[] {
  return QUESTION_ORDER.filter((q) => a[q] !== undefined);
}

/** Answers with one question set, and every later answer dropped (they may no longer apply). */
export function answer(a: TreeAnswers, id: QuestionId, value: Answer): TreeAnswers {
  const out: Record<string, Answer> = {};
  for (const q of QUESTION_ORDER) {
    if (q === id) {
      out[q] = value;
      break;
    }
    if (a[q] !== undefined) out[q] = a[q]!;
  }
  return out as TreeAnswers;
}

/** The answers without the last one given (Back). */
export function withoutLast(a: TreeAnswers): TreeAnswers {
  const asked = askedSoFar(a);
  const out: Record<string, Answer> = {};
  for (const q of asked.slice(0, -1)) out[q] = a[q]!;
  return out as TreeAnswers;
}

// ------------------------------------------------------------------ ids written by earlier versions

/**
 * Questions of the previous tree (up to 0.1.0) that were renamed or split, with what they became.
 * Their progress ids ("tree-q-iam-user", "tree-q-email-and-phone") stay in users' timelines and
 * export files and keep their labels (src/shared/progress-steps.ts).
 */
export const LEGACY_QUESTIONS = {
  /** "Are you signing in as an IAM user?" became the three-way "Who is signing in?". */
  iamUser: ['signInAs'],
  /** "Can you read the root e-mail AND answer the account phone?" was split in two. */
  emailAndPhone: ['rootEmail', 'accountPhone'],
} as const satisfies Record<string, readonly QuestionId[]>;

/**
 * Answers as the previous version shaped them ({iamUser, emailAndPhone}), or as this one does,
 * turned into this version's answers. A "no" to the old combined question says one of the two
 * failed but not which, so both stay unanswered and are asked again.
 */
export function fromStoredAnswers(x: unknown): TreeAnswers {
  // Stryker disable next-line ConditionalExpression: a string or number has none of the answer fields, so reading one gives {} as well
  if (typeof x !== 'object' || x === null) return {};
  const o = x as Record<string, unknown>;
  const out: TreeAnswers = {};
  const bool = (v: unknown) => (typeof v === 'boolean' ? v : undefined);
  const set = <K extends QuestionId>(k: K, v: TreeAnswers[K] | undefined) => {
    // Stryker disable next-line ConditionalExpression: an unanswered key set here never reaches the result (the prefix below copies defined answers only)
    if (v !== undefined) out[k] = v;
  };
  set('otherDevice', bool(o.otherDevice));
  const who = o.signInAs;
  if (who === 'root' || who === 'iam' || who === 'identity-center') out.signInAs = who;
  else if (typeof o.iamUser === 'boolean') out.signInAs = o.iamUser ? 'iam' : 'root';
  set('orgMember', bool(o.orgMember));
  set('rootEmail', bool(o.rootEmail));
  set('accountPhone', bool(o.accountPhone));
  if (o.emailAndPhone === true) {
    out.rootEmail ??= true;
    out.accountPhone ??= true;
  }
  set('phoneUpdater', bool(o.phoneUpdater));
  // Keep only a consistent prefix: an answer after a gap belongs to a different walk.
  const clean: TreeAnswers = {};
  for (const q of QUESTION_ORDER) {
    const step = nextStep(clean);
    // nextStep asks in QUESTION_ORDER, so a question here is q itself.
    if (step.kind !== 'question' || out[q] === undefined) break;
    (clean as Record<string, Answer>)[q] = out[q]!;
  }
  return clean;
}

// ------------------------------------------------------------------ paths

export interface PathStep {
  /** Stable id: stored in RecoveryCase.steps, so never rename one. */
  id: string;
  titleKey: string;
  detailKey?: string;
  /** A way this step can fail that changes the path (recorded as a step id on the case; see recovery-next.ts). */
  failId?: FailureId;
}

/** What can go wrong on a path, recorded on the case as a step id (kebab-case, like the steps). */
export type FailureId =
  | 'other-device-failed'
  | 'alt-not-offered'
  | 'email-failed'
  | 'phone-failed'
  | 'no-phone-updater'
  | 'mailbox-lost'
  | 'management-cannot'
  | 'support-call-failed';

export const FAILURE_IDS: readonly FailureId[] = [
  'other-device-failed',
  'alt-not-offered',
  'email-failed',
  'phone-failed',
  'no-phone-updater',
  'mailbox-lost',
  'management-cannot',
  'support-call-failed',
];

/** The button that acts on an outcome: a link to an AWS page, or a ring around a control on this page. */
export type OutcomeAction =
  | { kind: 'point'; target: 'troubleshootLink' | 'tryAnotherMethod' }
  | { kind: 'link'; to: 'support-form' | 'account-page' | 'security-credentials' }
  /** Copy a ready-made request (to an administrator) to the clipboard. */
  | { kind: 'copy'; messageKey: string };

export interface RecoveryPath {
  titleKey: string;
  /** One sentence: what to do now. */
  nowKey: string;
  /** The one action that goes with it. */
  action: OutcomeAction;
  /** Label of that action's button or link. */
  actionKey: string;
  /** How long this path usually takes, in words ("minutes", "reported: about two weeks"). */
  durationKey: string;
  /** What AWS asks once you are back in (register MFA again: AWS requires it for root). */
  afterKey: string;
  steps: PathStep[];
  /** More help behind "details" (after the steps' own details): locale keys, headings end in a colon-free title. */
  extraKeys?: string[];
}

/** Steps an outcome shows at once; the rest, and every step's detail, sit behind "details". */
export const OUTCOME_STEPS = 3;

/**
 * The locale keys an outcome shows at once (title, the one sentence, its action, the duration,
 * up to three steps, what AWS asks next) and those behind "details". The panel and the popup
 * render exactly these; the word-count test measures them.
 */
export function outcomeKeys(id: RecoveryPathId): { visible: string[]; details: string[] } {
  const p = PATHS[id];
  const visible = [p.titleKey, p.nowKey, p.actionKey, p.durationKey, ...p.steps.slice(0, OUTCOME_STEPS).map((s) => s.titleKey), p.afterKey];
  const details = [
    ...(p.action.kind === 'copy' ? [p.action.messageKey] : []),
    ...p.steps.slice(OUTCOME_STEPS).map((s) => s.titleKey),
    ...p.steps.flatMap((s) => (s.detailKey ? [s.detailKey] : [])),
    ...(p.extraKeys ?? []),
  ];
  return { visible, details };
}

/** Steps whose title says it all (no detail text). */
const NO_DETAIL = new Set(['sign-in', 'admin-deactivated', 'ic-device-deleted', 'signed-in', 'mailbox-back']);

/** A step; its locale keys follow from its id ("verify-email" → recoveryStep_verifyEmail, …_detail). */
const step = (id: string, failId?: FailureId): PathStep => {
  const key = `recoveryStep_${id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`;
  return { id, titleKey: key, ...(NO_DETAIL.has(id) ? {} : { detailKey: `${key}_detail` }), ...(failId ? { failId } : {}) };
};

/** The alternative-factors steps, shared by the paths that end in them. */
const ALT_STEPS = (): PathStep[] => [step('open-troubleshoot', 'alt-not-offered'), step('verify-email', 'email-failed'), step('verify-phone', 'phone-failed'), step('signed-in')];

/**
 * A path; its locale keys follow from its name ("Support" → recoveryPathSupport, recoveryNowSupport)
 * and from the short names of its action, duration and closing sentence. Keeping the table
 * compact keeps the content script within its size budget.
 */
const path = (name: string, action: OutcomeAction, act: string, duration: string, after: string, steps: PathStep[], extraKeys?: string[]): RecoveryPath => ({
  titleKey: `recoveryPath${name}`,
  nowKey: `recoveryNow${name}`,
  action,
  actionKey: `recoveryAct${act}`,
  durationKey: `recoveryDuration${duration}`,
  afterKey: `recoveryAfter${after}`,
  steps,
  ...(extraKeys ? { extraKeys } : {}),
});

const copy = (messageKey: string): OutcomeAction => ({ kind: 'copy', messageKey });

export const PATHS: Record<RecoveryPathId, RecoveryPath> = {
  'other-device': path('OtherDevice', { kind: 'point', target: 'tryAnotherMethod' }, 'ShowTryAnother', 'Minutes', 'Remove', [step('choose-device', 'other-device-failed'), step('sign-in'), step('remove-lost'), step('add-new')], ['recoveryMoreOtherDevice']),
  'iam-admin': path('IamAdmin', copy('recoveryMsgIamAdmin'), 'CopyMessage', 'Admin', 'Iam', [step('ask-admin'), step('admin-deactivated'), step('add-new')]),
  'identity-center': path('IdentityCenter', copy('recoveryMsgIcAdmin'), 'CopyMessage', 'Admin', 'Iam', [step('ask-ic-admin'), step('ic-device-deleted'), step('add-new')]),
  'org-management': path('Org', copy('recoveryMsgOrg'), 'CopyMessage', 'Admin', 'Root', [
    step('ask-management', 'management-cannot'),
    // Kept id (0.1.0): it now means "the management account acted" (root credentials deleted,
    // or the member's root e-mail or phone changed).
    step('root-credentials-deleted'),
    step('password-recovery'),
    step('add-new'),
  ]),
  'alt-factors': path('AltFactors', { kind: 'point', target: 'troubleshootLink' }, 'ShowTroubleshoot', 'Minutes', 'Root', [...ALT_STEPS(), step('remove-lost'), step('add-new')], ['recoveryMoreAltNotOffered']),
  'update-phone': path('UpdatePhone', { kind: 'link', to: 'account-page' }, 'OpenAccountPage', 'UpdatePhone', 'Root', [step('update-phone', 'no-phone-updater'), step('phone-verified'), ...ALT_STEPS(), step('add-new')]),
  'recover-mailbox': path('Mailbox', copy('recoveryMsgMailbox'), 'CopyMailMessage', 'Mailbox', 'Root', [step('recover-mailbox', 'mailbox-lost'), step('mailbox-back'), ...ALT_STEPS(), step('add-new')]),
  // The document list and the notary options appear once: in the case's checklist (popup), not here.
  'support-documents': path('Support', { kind: 'link', to: 'support-form' }, 'OpenSupportForm', 'Weeks', 'Root', [
    step('support-form'),
    step('support-call', 'support-call-failed'),
    step('documents'),
    step('objection-email'),
    step('signed-in'),
    step('add-new'),
  ]),
};

export const PATH_IDS = Object.keys(PATHS) as RecoveryPathId[];

/** Every path id a stored case may carry (this version's, which include all of 0.1.0's). */
export function isPathId(x: unknown): x is RecoveryPathId {
  return typeof x === 'string' && Object.hasOwn(PATHS, x);
}

/** Every locale key the tree uses, for the locale tests. */
export function treeMessageKeys(): string[] {
  const keys = new Set<string>();
  for (const q of Object.values(QUESTIONS)) {
    keys.add(q.titleKey).add(q.helpKey);
    for (const o of q.options) keys.add(o.labelKey);
  }
  for (const p of Object.values(PATHS)) {
    keys.add(p.titleKey).add(p.nowKey).add(p.actionKey).add(p.durationKey).add(p.afterKey);
    if (p.action.kind === 'copy') keys.add(p.action.messageKey);
    for (const k of p.extraKeys ?? []) keys.add(k);
    for (const s of p.steps) {
      keys.add(s.titleKey);
      if (s.detailKey) keys.add(s.detailKey);
    }
  }
  for (const f of FAILURE_IDS) keys.add(failureKey(f));
  // Stryker disable next-line MethodExpression: sorted for readable test output only; every caller reads the keys as a set
  return [...keys].sort();
}

/** The label of the "it did not work" button for a failure, and of its timeline entry. */
export function failureKey(f: FailureId): string {
  return `recoveryFail_${f.replace(/-/g, '_')}`;
}
