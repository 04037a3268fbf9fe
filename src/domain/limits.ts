/**
 * Size limits shared by the account form and the import schema, so a file can never hold what
 * the form would refuse. Generous for real use, small enough that a hostile file cannot bloat
 * the store or the popup.
 */
export const LIMITS = {
  label: 60,
  email: 254,
  /** Same as the worker's console:record-mfa limit, so whatever it stores exports and imports back. */
  where: 200,
  /** AWS allows eight MFA devices per user. */
  devices: 8,
  id: 100,
  supportCaseId: 40,
  step: 80,
  accounts: 200,
  cases: 2_000,
  progress: 20_000,
  drills: 5_000,
  reminderLogs: 5_000,
  /** Export files larger than this are refused before they are parsed. */
  fileBytes: 5 * 1024 * 1024,
} as const;
