/**
 * Size limits shared by the account form, the store and the import schema, so a file can never
 * hold what the store would refuse, and everything the store holds fits in a file it accepts.
 * One number is chosen: the account cap. Every other cap is derived from it, so raising it
 * raises them together (issue #13 item 6; issue #9 item 6).
 */

/** Field lengths (UTF-16 code units), as the form and the import check them. */
const FIELDS = {
  label: 60,
  email: 254,
  /** Same as the worker's console:record-mfa limit, so whatever it stores exports and imports back. */
  where: 200,
  /** AWS allows eight MFA devices per user. */
  devices: 8,
  id: 100,
  supportCaseId: 40,
  step: 80,
  /** Steps recorded on one case (the longest checklist has far fewer). */
  caseSteps: 50,
} as const;

/** Accounts one store holds: far beyond a person, enough for a consultant with many clients. */
const ACCOUNTS = 5_000;
/** Cases: switching paths closes one and opens another; two per account on average is generous. */
const CASES = ACCOUNTS * 2;
/** Progress events: the log is pruned (30 days, or 180 after a case closes); ten per account bounds it. */
const PROGRESS = ACCOUNTS * 10;
/** Drill results: only the latest counts for readiness; the oldest go first past this. */
const DRILLS = ACCOUNTS * 4;
/** Reminder logs: two kinds per account (phone, drill) and two per case (follow-up, objection). */
const REMINDER_LOGS = 2 * (ACCOUNTS + CASES);

/**
 * The most a record can take in an export file (JSON.stringify with one-space indent, UTF-8):
 * form text is at most 3 bytes per code unit (CJK); a device's `where` from the in-page panel may
 * hold control characters, escaped as 6 bytes (`\u0007`); patterned fields are ASCII. Generous
 * constants for keys, quotes and indentation.
 */
const ESCAPED = 6;
const MULTIBYTE = 3;
const ISO = 40;
const OVERHEAD = 300;
const RECORD_BYTES = {
  account:
    OVERHEAD +
    FIELDS.id +
    FIELDS.label * MULTIBYTE +
    FIELDS.email * MULTIBYTE +
    12 + 16 + 2 + 5 +
    3 * ISO +
    FIELDS.devices * (80 + FIELDS.id + 20 + FIELDS.where * ESCAPED),
  prevention: OVERHEAD + FIELDS.id + 6 * (30 + ISO),
  case: OVERHEAD + 2 * FIELDS.id + 20 + 4 * ISO + 10 + FIELDS.supportCaseId * MULTIBYTE + FIELDS.caseSteps * (FIELDS.step + ISO + 10),
  progress: OVERHEAD + 2 * FIELDS.id + ISO + 20 + 40 + FIELDS.step,
  drill: OVERHEAD + 2 * FIELDS.id + ISO + 12,
  reminderLog: OVERHEAD + FIELDS.id + 40 + 2 * ISO,
} as const;

/** Everything a store at every cap can put in one export file, plus the settings and envelope. */
const FILE_BYTES =
  ACCOUNTS * (RECORD_BYTES.account + RECORD_BYTES.prevention) +
  CASES * RECORD_BYTES.case +
  PROGRESS * RECORD_BYTES.progress +
  DRILLS * RECORD_BYTES.drill +
  REMINDER_LOGS * RECORD_BYTES.reminderLog +
  4096;

export const LIMITS = {
  ...FIELDS,
  accounts: ACCOUNTS,
  cases: CASES,
  progress: PROGRESS,
  drills: DRILLS,
  reminderLogs: REMINDER_LOGS,
  /** Export files larger than this are refused before they are parsed (derived: never below what the caps allow). */
  fileBytes: FILE_BYTES,
} as const;

/** Per-record byte bounds behind `fileBytes` (tests check real worst-case records against them). */
export const RECORD_JSON_BYTES = RECORD_BYTES;
