/**
 * The lost-MFA decision tree, shared by the in-page panel (mfa-code step) and the popup's
 * "I'm locked out" mode. Pure data plus one function; texts are locale keys (recovery.json).
 *
 * Order matters: each question removes a whole path that is faster than everything after it.
 * Sources: ../shared/research/aws-pages.md §3.1 (alternative factors), §3.3 (IAM users), §3.4
 * (up to eight devices, passkeys), §3.6 (centralized root access, Nov 2024), §3.2 (documents).
 */
import type { RecoveryPathId } from '../shared/model.ts';

export interface TreeAnswers {
  /** Another registered MFA device or passkey is still at hand. */
  otherDevice?: boolean;
  /** The locked-out identity is an IAM user, not the account's root user. */
  iamUser?: boolean;
  /** The account is a member account of an AWS Organization. */
  orgMember?: boolean;
  /** The user can read mail at the root e-mail AND answer the account's phone number. */
  emailAndPhone?: boolean;
}

export type QuestionId = keyof TreeAnswers;
export type TreeStep = { kind: 'question'; id: QuestionId } | { kind: 'outcome'; path: RecoveryPathId };

export const QUESTION_ORDER: readonly QuestionId[] = ['otherDevice', 'iamUser', 'orgMember', 'emailAndPhone'];

export const QUESTIONS: Record<QuestionId, { titleKey: string; helpKey: string }> = {
  otherDevice: { titleKey: 'recoveryQOtherDevice', helpKey: 'recoveryQOtherDeviceHelp' },
  iamUser: { titleKey: 'recoveryQIamUser', helpKey: 'recoveryQIamUserHelp' },
  orgMember: { titleKey: 'recoveryQOrgMember', helpKey: 'recoveryQOrgMemberHelp' },
  emailAndPhone: { titleKey: 'recoveryQEmailAndPhone', helpKey: 'recoveryQEmailAndPhoneHelp' },
};

/** The next unanswered question, or the path the answers lead to. */
export function nextStep(a: TreeAnswers): TreeStep {
  if (a.otherDevice === undefined) return { kind: 'question', id: 'otherDevice' };
  if (a.otherDevice) return { kind: 'outcome', path: 'other-device' };
  if (a.iamUser === undefined) return { kind: 'question', id: 'iamUser' };
  if (a.iamUser) return { kind: 'outcome', path: 'iam-admin' };
  if (a.orgMember === undefined) return { kind: 'question', id: 'orgMember' };
  if (a.orgMember) return { kind: 'outcome', path: 'org-management' };
  if (a.emailAndPhone === undefined) return { kind: 'question', id: 'emailAndPhone' };
  return { kind: 'outcome', path: a.emailAndPhone ? 'alt-factors' : 'support-documents' };
}

/** Answers with one question set, and every later answer dropped (they may no longer apply). */
export function answer(a: TreeAnswers, id: QuestionId, value: boolean): TreeAnswers {
  const out: TreeAnswers = {};
  for (const q of QUESTION_ORDER) {
    if (q === id) {
      out[q] = value;
      break;
    }
    if (a[q] !== undefined) out[q] = a[q];
  }
  return out;
}

export interface PathStep {
  /** Stable id: stored in RecoveryCase.steps, so never rename one. */
  id: string;
  titleKey: string;
  detailKey?: string;
}

export interface RecoveryPath {
  titleKey: string;
  summaryKey: string;
  /** How long this path usually takes, in words ("minutes", "about two weeks"). */
  durationKey: string;
  steps: PathStep[];
}

const step = (id: string, key: string, detail = true): PathStep => ({
  id,
  titleKey: `recoveryStep_${key}`,
  ...(detail ? { detailKey: `recoveryStep_${key}_detail` } : {}),
});

export const PATHS: Record<RecoveryPathId, RecoveryPath> = {
  'other-device': {
    titleKey: 'recoveryPathOtherDevice',
    summaryKey: 'recoveryPathOtherDeviceSummary',
    durationKey: 'recoveryDurationMinutes',
    steps: [
      step('choose-device', 'chooseDevice'),
      step('sign-in', 'signInOther', false),
      step('remove-lost', 'removeLost'),
      step('add-new', 'addNew'),
    ],
  },
  'iam-admin': {
    titleKey: 'recoveryPathIamAdmin',
    summaryKey: 'recoveryPathIamAdminSummary',
    durationKey: 'recoveryDurationAdmin',
    steps: [
      step('ask-admin', 'askAdmin'),
      step('admin-deactivated', 'adminDeactivated', false),
      step('add-new', 'addNew'),
    ],
  },
  'org-management': {
    titleKey: 'recoveryPathOrg',
    summaryKey: 'recoveryPathOrgSummary',
    durationKey: 'recoveryDurationAdmin',
    steps: [
      step('ask-management', 'askManagement'),
      step('root-credentials-deleted', 'rootCredentialsDeleted'),
      step('password-recovery', 'passwordRecovery'),
      step('add-new', 'addNew'),
    ],
  },
  'alt-factors': {
    titleKey: 'recoveryPathAltFactors',
    summaryKey: 'recoveryPathAltFactorsSummary',
    durationKey: 'recoveryDurationMinutes',
    steps: [
      step('open-troubleshoot', 'openTroubleshoot'),
      step('verify-email', 'verifyEmail'),
      step('verify-phone', 'verifyPhone'),
      step('signed-in', 'signedIn', false),
      step('remove-lost', 'removeLost'),
      step('add-new', 'addNew'),
    ],
  },
  'support-documents': {
    titleKey: 'recoveryPathSupport',
    summaryKey: 'recoveryPathSupportSummary',
    durationKey: 'recoveryDurationWeeks',
    steps: [
      step('support-form', 'supportForm'),
      step('support-call', 'supportCall'),
      step('documents', 'documents'),
      step('objection-email', 'objectionEmail'),
      step('signed-in', 'signedIn', false),
      step('add-new', 'addNew'),
    ],
  },
};

/** Every locale key the tree uses, for the locale tests. */
export function treeMessageKeys(): string[] {
  const keys = new Set<string>();
  for (const q of Object.values(QUESTIONS)) keys.add(q.titleKey).add(q.helpKey);
  for (const p of Object.values(PATHS)) {
    keys.add(p.titleKey).add(p.summaryKey).add(p.durationKey);
    for (const s of p.steps) {
      keys.add(s.titleKey);
      if (s.detailKey) keys.add(s.detailKey);
    }
  }
  return [...keys].sort();
}
