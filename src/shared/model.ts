/**
 * The stored model: what the IndexedDB store holds (see src/shared/db/). Plain data only,
 * so it can be exported to JSON, validated on import, and passed in messages.
 * Dates are ISO 8601 strings (UTC, from Date#toISOString) unless named *Day (YYYY-MM-DD, local).
 *
 * Nothing here is a secret: a TOTP secret is never stored (issue #6), only drill results.
 */
import type { LangPref } from './i18n.ts';
import type { PageKind } from './page-kind.ts';

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
  mfaDevices: MfaDevice[];
  /** Last time the user confirmed that the phone on the AWS Account page still rings for them. */
  phoneVerifiedAt?: string;
  createdAt: string;
  updatedAt: string;
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
