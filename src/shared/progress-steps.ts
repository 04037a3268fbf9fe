/**
 * Progress steps the in-page assistant records for the account's timeline (the popup shows them
 * by `labelKey`, strings in src/locales/<lang>/content.json). The machinery records the
 * `reached-…` step when it recognizes a page; the panel may record the others through
 * ctx.record(). Ids are stable: they are stored.
 */
import type { PageKind } from './page-kind.ts';

export const PROGRESS_STEPS = {
  'reached-mfa-code': 'stepReachedMfaCode',
  'reached-mfa-device-choice': 'stepReachedDeviceChoice',
  'reached-mfa-key': 'stepReachedMfaKey',
  'reached-troubleshoot': 'stepReachedTroubleshoot',
  'reached-alt-factors': 'stepReachedAltFactors',
  'alt-factors-phone-failed': 'stepAltFactorsPhoneFailed',
  'opened-support-form': 'stepOpenedSupportForm',
  'opened-account-page': 'stepOpenedAccountPage',
  'opened-security-credentials': 'stepOpenedSecurityCredentials',
  'copied-phone-number': 'stepCopiedPhoneNumber',
  'pointed-troubleshoot-link': 'stepPointedTroubleshootLink',
  'pointed-try-another-method': 'stepPointedTryAnother',
  'opened-codes-failing': 'stepOpenedCodesFailing',
  // The panel's decision tree (src/content/panel/DecisionTree.tsx): a question shown, an outcome reached.
  'tree-q-other-device': 'stepTreeQOtherDevice',
  'tree-q-sign-in-as': 'stepTreeQSignInAs',
  'tree-q-org-member': 'stepTreeQOrgMember',
  'tree-q-root-email': 'stepTreeQRootEmail',
  'tree-q-account-phone': 'stepTreeQAccountPhone',
  'tree-q-phone-updater': 'stepTreeQPhoneUpdater',
  'tree-other-device': 'stepTreeOtherDevice',
  'tree-iam-admin': 'stepTreeIamAdmin',
  'tree-identity-center': 'stepTreeIdentityCenter',
  'tree-org-management': 'stepTreeOrgManagement',
  'tree-alt-factors': 'stepTreeAltFactors',
  'tree-update-phone': 'stepTreeUpdatePhone',
  'tree-recover-mailbox': 'stepTreeRecoverMailbox',
  'tree-support-documents': 'stepTreeSupportDocuments',
  // Written by 0.1.0 (questions since renamed or split, recovery-tree.ts LEGACY_QUESTIONS): still in
  // users' timelines and export files, so they keep their labels.
  'tree-q-iam-user': 'stepTreeQIamUser',
  'tree-q-email-and-phone': 'stepTreeQEmailAndPhone',
} as const;
export type ProgressStep = keyof typeof PROGRESS_STEPS;

/** A step id as stored: known ids, or a new kebab-case id a later version adds (shown generically). */
export function isStepId(x: unknown): x is string {
  return typeof x === 'string' && /^[a-z][a-z0-9-]{1,47}$/.test(x);
}

/** The locale key of a step's timeline label, or the generic one for ids this version does not know. */
export function stepLabelKey(step: string): string {
  return (PROGRESS_STEPS as Record<string, string>)[step] ?? 'stepOther';
}

/** The step recorded when a page is reached. */
export function stepForPage(page: PageKind, variant?: string): ProgressStep {
  if (variant === 'phone-failed') return 'alt-factors-phone-failed';
  if (page === 'account-contact') return 'opened-account-page';
  return page === 'support-form' || page === 'security-credentials' ? `opened-${page}` : `reached-${page}`;
}
