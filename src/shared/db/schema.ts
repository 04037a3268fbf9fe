/**
 * The database schema, one type per version. A version's type is frozen once it has shipped:
 * the upgrade ladder (open.ts) and the migration tests (test/db/) open old versions through it.
 * Store values are the plain model types of src/shared/model.ts, except where a version
 * stored an older shape (named *V<n> below).
 */
import type { DBSchema } from 'idb';
import type { LangPref } from '../i18n.ts';
import type { Account, DrillResult, PreventionState, ProgressEvent, RecoveryCase, ReminderLog, Settings } from '../model.ts';

export const DB_NAME = 'mfa-lifeline';

/** The single key under which the settings record lives in the `settings` store. */
export const SETTINGS_KEY = 'settings';

/** Settings as version 1 stored them: the language only (reminders came with version 2). */
export interface SettingsV1 {
  lang: LangPref;
}

/** Version 1: what the popup needs first. */
export interface DBv1 extends DBSchema {
  accounts: { key: string; value: Account };
  prevention: { key: string; value: PreventionState };
  cases: { key: string; value: RecoveryCase; indexes: { 'by-account': string } };
  progress: { key: string; value: ProgressEvent; indexes: { 'by-account': string } };
  settings: { key: string; value: SettingsV1 };
}

/**
 * Version 2: the backup drill's results and the reminders' per-notification log; settings gain
 * the reminder cadences (filled with defaults by the migration); progress gains a time index so
 * the timeline reads in order without sorting everything.
 */
export interface DBv2 extends DBSchema {
  accounts: { key: string; value: Account };
  prevention: { key: string; value: PreventionState };
  cases: { key: string; value: RecoveryCase; indexes: { 'by-account': string } };
  progress: { key: string; value: ProgressEvent; indexes: { 'by-account': string; 'by-at': string } };
  settings: { key: string; value: Settings };
  drills: { key: string; value: DrillResult; indexes: { 'by-account': string } };
  reminderLogs: { key: string; value: ReminderLog };
}

/**
 * Version 3: same stores and indexes; accounts gain `contentAt` (when something printed on the
 * kit last changed), filled by the migration from `updatedAt`, so bookkeeping such as a phone
 * confirmation no longer marks the printed kit out of date.
 */
export type DBv3 = DBv2;

/** The current schema: what repo.ts reads and writes. */
export type CurrentDB = DBv3;
export const DB_VERSION = 3;
