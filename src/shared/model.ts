/**
 * The stored model: what the IndexedDB store holds (see src/shared/db/). Plain data only,
 * so it can be exported to JSON, validated on import, and passed in messages.
 * Dates are ISO 8601 strings (UTC, from Date#toISOString) unless named *Day (YYYY-MM-DD, local).
 *
 * Nothing here is a secret: a TOTP secret is never stored (issue #6), only drill results.
 */
import type { LangPref } from './i18n.ts';
import type { PageKind } from './page-kind.ts';

export type OrgRole = 'management' | 'member';
export type OrgStatus = 'active' | 'pending-activation' | 'suspended' | 'pending-closure' | 'closed';

export type MfaDeviceKind = 'authenticator-app' | 'passkey' | 'security-key' | 'hardware-totp';

export interface MfaDevice {
  id: string;
  kind: MfaDeviceKind;
  /** Where the device or its backup is kept ("iPhone 15", "desk drawer at home"). Never a secret. */
  where: string;
}

export interface Account {
  /** Local random id (crypto.randomUUID), not the AWS account id. */
  key: string;
  label: string;
  /** The 12-digit AWS account id, if the user gave it. */
  accountId?: string;
  rootEmail?: string;
  /** The account's primary contact phone, in E.164 (+819012345678). */
  phoneE164?: string;
  /** ISO 3166 alpha-2 country of that phone, as the user picked it. */
  phoneCountry?: string;
  /** Member account of an AWS Organization: the management account can reset root credentials. */
  orgMember?: boolean;
  /** Told by an Organizations import: the management account, or a member of one. */
  orgRole?: OrgRole;
  /** The organization's management account (from the account ARN), for member accounts. */
  managementAccountId?: string;
  /** The account's state in the organization; suspended or closed accounts are not "at risk". */
  orgStatus?: OrgStatus;
  /** No reminders and no badge for this account (imported accounts start quiet). */
  remindersOff?: boolean;
  /** Per-account cadences that override the global ones in Settings.reminders. */
  phoneVerifyEvery?: ReminderCadenceDays;
  drillEvery?: ReminderCadenceDays;
  mfaDevices: MfaDevice[];
  /** Last time the user confirmed that the phone on the AWS Account page still rings for them. */
  phoneVerifiedAt?: string;
  createdAt: string;
  /** Last change of any kind, bookkeeping (phone confirmed) included. */
  updatedAt: string;
  /**
   * Last change of something printed on the recovery kit (label, ids, e-mail, phone, devices).
   * The kit is stale only when this is newer than its printing. Absent on records written
   * before schema version 3 and in older export files: readers fall back to `updatedAt`.
   */
  contentAt?: string;
}

/** Prevention ("Stay safe") items the user ticks by hand; others are derived (see domain/readiness). */
export type PreventionItemId =
  | 'second-mfa'
  | 'phone-verified'
  | 'alternate-contact'
  | 'root-email-independent'
  | 'backup-drill'
  | 'recovery-kit';

export interface PreventionState {
  accountKey: string;
  /** Item -> when the user marked it done (ISO). Absent = not done. */
  done: Partial<Record<PreventionItemId, string>>;
}

/** Outcome of the decision tree in src/domain/recovery-tree.ts. */
export type RecoveryPathId =
  | 'other-device'
  | 'iam-admin'
  | 'org-management'
  | 'alt-factors'
  | 'support-documents'
  // Added with issue #10 (the tree's separate e-mail and phone questions, Identity Center users).
  | 'update-phone'
  | 'recover-mailbox'
  | 'identity-center';

export interface RecoveryCase {
  id: string;
  accountKey: string;
  path: RecoveryPathId;
  startedAt: string;
  /** Step id (from the path's checklist) -> when it was done. */
  steps: Record<string, string>;
  /** AWS Support case id, as the user typed it. */
  supportCaseId?: string;
  /** YYYY-MM-DD of the notary / embassy appointment. */
  appointmentDay?: string;
  /** When the documents were sent to AWS Support; starts the follow-up reminders. */
  documentsSentAt?: string;
  /** When the 24-hour "we will remove your MFA device" e-mail arrived. */
  objectionEmailAt?: string;
  /** Set when the user is back in (or gave up); closes reminders for this case. */
  closedAt?: string;
}

/** A step the user reached, recorded by the in-page panel or the popup, for the timeline. */
export interface ProgressEvent {
  id: string;
  at: string;
  source: 'signin-page' | 'support-form' | 'console-page' | 'popup';
  page?: PageKind;
  /** What happened, as a stable id ("reached-mfa-code", "opened-support-form", …). */
  step: string;
  /** The account it belongs to; absent when the page could not tell (shown as unassigned). */
  accountKey?: string;
  /**
   * The panel's decision-tree answers, on the event of the outcome they led to. With no
   * accountKey yet it is a pending recovery the link page hands over (src/domain/handoff.ts).
   */
  answers?: {
    otherDevice?: boolean;
    signInAs?: 'root' | 'iam' | 'identity-center';
    orgMember?: boolean;
    rootEmail?: boolean;
    accountPhone?: boolean;
    phoneUpdater?: boolean;
    /** Asked by the 0.1.0 tree; read through recovery-tree.ts fromStoredAnswers(). */
    iamUser?: boolean;
    emailAndPhone?: boolean;
  };
}

export interface DrillResult {
  id: string;
  accountKey: string;
  at: string;
  passed: boolean;
  /** Phone clock minus browser clock, in seconds, when the code matched. */
  driftSeconds?: number;
}

export type ReminderKind = 'phone-verify' | 'documents-follow-up' | 'objection-email' | 'backup-drill';
export type ReminderCadenceDays = 30 | 90 | 180 | 'never';

export interface ReminderSettings {
  /** The user answered the first-run question; before that no reminder is shown. */
  chosen: boolean;
  phoneVerifyEvery: ReminderCadenceDays;
  drillEvery: ReminderCadenceDays;
  documentsFollowUp: boolean;
  objectionEmail: boolean;
}

export interface Settings {
  lang: LangPref;
  reminders: ReminderSettings;
}

/** Per reminder (kind + subject): what was already shown or snoozed, so nothing repeats. */
export interface ReminderLog {
  /** `${kind}:${accountKey or caseId}` */
  id: string;
  /** The due date (ISO) of the last notification shown; the same due date is never shown twice. */
  lastShownDue?: string;
  snoozedUntil?: string;
  off?: boolean;
}

/** Everything the store holds, read in one transaction (popup start-up, export, readiness). */
export interface StoredState {
  accounts: Account[];
  prevention: PreventionState[];
  cases: RecoveryCase[];
  progress: ProgressEvent[];
  drills: DrillResult[];
  settings: Settings;
  reminderLogs: ReminderLog[];
}

/** The export file: a tagged, versioned envelope around the stored state. */
export interface ExportFile {
  format: 'mfa-lifeline-export';
  /** Version of the file format (not of the database schema). */
  version: 1;
  exportedAt: string;
  data: StoredState;
}

/** What an import did: all of it (with counts), or nothing (with a locale key saying why). */
export type ImportResult =
  | { ok: true; counts: { accounts: number; cases: number; progress: number; drills: number } }
  | { ok: false; errorKey: string; /** Where in the file, e.g. "data.accounts[2].label". */ path?: string };
