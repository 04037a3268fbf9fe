/**
 * The export file's schema and the import's checks, all pure. An import is accepted only when the
 * whole file is valid (strict objects, known values, bounded strings and arrays, no keys that
 * could reach an object's prototype, references that resolve); the repo then writes all of it in
 * one transaction. Errors are locale keys plus the path in the file where the problem is.
 */
import * as v from 'valibot';
import type { ExportFile, StoredState } from '../shared/model.ts';
import { PAGE_KINDS } from '../shared/page-kind.ts';
import { LIMITS } from './limits.ts';
import { MFA_DEVICE_KINDS } from './mfa-devices.ts';
import { PREVENTION_ITEMS } from './readiness.ts';

export const EXPORT_FORMAT = 'mfa-lifeline-export';
export const EXPORT_VERSION = 1;

/** Keys that, assigned on a plain object, would reach or replace its prototype. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 8;

// Stryker disable next-line Regex: the `$` adds nothing, Date.parse below refuses any text after the offset (V8 and SpiderMonkey alike); the line's other regex mutants are killed
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

// Stryker disable next-line StringLiteral: a check's message is never shown; the import says popupImportInvalid for any failed check
const text = (max: number) => v.pipe(v.string(), v.maxLength(max), v.check((s) => !CONTROL.test(s), 'control characters'));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id), v.regex(/^[A-Za-z0-9._:-]+$/));
// Stryker disable next-line StringLiteral: a check's message is never shown; the import says popupImportInvalid for any failed check
const iso = v.pipe(v.string(), v.maxLength(40), v.regex(ISO), v.check((s) => !Number.isNaN(Date.parse(s)), 'date'));
// Stryker disable next-line StringLiteral: a check's message is never shown; the import says popupImportInvalid for any failed check
const day = v.pipe(v.string(), v.regex(DAY), v.check((s) => !Number.isNaN(Date.parse(s)), 'date'));
const stepId = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.step), v.regex(/^[A-Za-z0-9._:-]+$/));
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));

// `where` may also come from the in-page panel (through the worker), which does not refuse control
// characters; an export must always import back, so only the length is bounded here.
const MfaDeviceSchema = v.strictObject({ id, kind: v.picklist(MFA_DEVICE_KINDS), where: v.pipe(v.string(), v.maxLength(LIMITS.where)) });

const AccountSchema = v.strictObject({
  key: id,
  label: v.pipe(text(LIMITS.label), v.minLength(1)),
  accountId: v.optional(v.pipe(v.string(), v.regex(/^\d{12}$/))),
  rootEmail: v.optional(v.pipe(text(LIMITS.email), v.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/))),
  phoneE164: v.optional(v.pipe(v.string(), v.regex(/^\+[1-9]\d{4,14}$/))),
  phoneCountry: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
  orgMember: v.optional(v.boolean()),
  orgRole: v.optional(v.picklist(['management', 'member'])),
  managementAccountId: v.optional(v.pipe(v.string(), v.regex(/^\d{12}$/))),
  orgStatus: v.optional(v.picklist(['active', 'pending-activation', 'suspended', 'pending-closure', 'closed'])),
  remindersOff: v.optional(v.boolean()),
  phoneVerifyEvery: v.optional(v.picklist([30, 90, 180, 'never'])),
  drillEvery: v.optional(v.picklist([30, 90, 180, 'never'])),
  mfaDevices: list(MfaDeviceSchema, LIMITS.devices),
  phoneVerifiedAt: v.optional(iso),
  createdAt: iso,
  updatedAt: iso,
  contentAt: v.optional(iso),
});

const PreventionSchema = v.strictObject({
  accountKey: id,
  done: v.record(v.picklist(PREVENTION_ITEMS), iso),
});

const CaseSchema = v.strictObject({
  id,
  accountKey: id,
  path: v.picklist(['other-device', 'iam-admin', 'org-management', 'alt-factors', 'support-documents', 'update-phone', 'recover-mailbox', 'identity-center']),
  startedAt: iso,
  // Stryker disable next-line StringLiteral: a check's message is never shown; the import says popupImportInvalid for any failed check
  steps: v.pipe(v.record(stepId, iso), v.check((o) => Object.keys(o).length <= LIMITS.caseSteps, 'too many steps')),
  supportCaseId: v.optional(v.pipe(text(LIMITS.supportCaseId), v.minLength(1))),
  appointmentDay: v.optional(day),
  documentsSentAt: v.optional(iso),
  objectionEmailAt: v.optional(iso),
  closedAt: v.optional(iso),
});

const ProgressSchema = v.strictObject({
  id,
  at: iso,
  source: v.picklist(['signin-page', 'support-form', 'console-page', 'popup']),
  page: v.optional(v.picklist(PAGE_KINDS)),
  step: stepId,
  accountKey: v.optional(id),
  answers: v.optional(
    // This version's questions, and the two the 0.1.0 tree asked (iamUser, emailAndPhone), whose
    // answers recovery-tree.ts fromStoredAnswers() still reads.
    v.strictObject({
      otherDevice: v.optional(v.boolean()),
      signInAs: v.optional(v.picklist(['root', 'iam', 'identity-center'])),
      orgMember: v.optional(v.boolean()),
      rootEmail: v.optional(v.boolean()),
      accountPhone: v.optional(v.boolean()),
      phoneUpdater: v.optional(v.boolean()),
      iamUser: v.optional(v.boolean()),
      emailAndPhone: v.optional(v.boolean()),
    }),
  ),
});

const DrillSchema = v.strictObject({
  id,
  accountKey: id,
  at: iso,
  passed: v.boolean(),
  driftSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(-86_400), v.maxValue(86_400))),
});

const cadence = v.picklist([30, 90, 180, 'never']);
const SettingsSchema = v.strictObject({
  lang: v.picklist(['auto', 'en', 'ja']),
  reminders: v.strictObject({
    chosen: v.boolean(),
    phoneVerifyEvery: cadence,
    drillEvery: cadence,
    documentsFollowUp: v.boolean(),
    objectionEmail: v.boolean(),
  }),
});

const ReminderLogSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id + 40), v.regex(/^[a-z-]+:[A-Za-z0-9._:-]+$/)),
  lastShownDue: v.optional(iso),
  snoozedUntil: v.optional(iso),
  off: v.optional(v.boolean()),
});

export const ExportFileSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: iso,
  data: v.strictObject({
    accounts: list(AccountSchema, LIMITS.accounts),
    prevention: list(PreventionSchema, LIMITS.accounts),
    cases: list(CaseSchema, LIMITS.cases),
    progress: list(ProgressSchema, LIMITS.progress),
    drills: list(DrillSchema, LIMITS.drills),
    settings: SettingsSchema,
    reminderLogs: list(ReminderLogSchema, LIMITS.reminderLogs),
  }),
});

export type ParseResult = { ok: true; file: ExportFile } | { ok: false; errorKey: string; path?: string };

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Finds a prototype-reaching key or an absurd nesting anywhere in the input, before anything reads it. */
function findHostile(x: unknown, path: string, depth: number): { errorKey: string; path: string } | null {
  if (typeof x !== 'object' || x === null) return null;
  if (depth > MAX_DEPTH) return { errorKey: 'popupImportTooDeep', path };
  if (Array.isArray(x)) {
    // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which is never hostile
    for (let i = 0; i < x.length; i++) {
      const bad = findHostile(x[i], `${path}[${i}]`, depth + 1);
      if (bad) return bad;
    }
    return null;
  }
  // Own keys only: JSON.parse turns "__proto__" into an own property, which is what we look for.
  for (const key of Object.keys(x)) {
    const here = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) return { errorKey: 'popupImportForbiddenKey', path: here };
    const bad = findHostile((x as Record<string, unknown>)[key], here, depth + 1);
    if (bad) return bad;
  }
  return null;
}

/** Account keys must be unique, and everything that names an account must name one in the file. */
function checkReferences(d: StoredState): { errorKey: string; path: string } | null {
  const keys = new Set<string>();
  for (const [i, a] of d.accounts.entries()) {
    if (keys.has(a.key)) return { errorKey: 'popupImportDuplicate', path: `data.accounts[${i}].key` };
    keys.add(a.key);
  }
  const unique = (items: { id: string }[], name: string) => {
    const seen = new Set<string>();
    for (const [i, x] of items.entries()) {
      if (seen.has(x.id)) return { errorKey: 'popupImportDuplicate', path: `data.${name}[${i}].id` };
      seen.add(x.id);
    }
    return null;
  };
  const dup = unique(d.cases, 'cases') ?? unique(d.progress, 'progress') ?? unique(d.drills, 'drills') ?? unique(d.reminderLogs, 'reminderLogs');
  if (dup) return dup;
  const seenPrevention = new Set<string>();
  for (const [i, p] of d.prevention.entries()) {
    if (!keys.has(p.accountKey)) return { errorKey: 'popupImportDangling', path: `data.prevention[${i}].accountKey` };
    if (seenPrevention.has(p.accountKey)) return { errorKey: 'popupImportDuplicate', path: `data.prevention[${i}].accountKey` };
    seenPrevention.add(p.accountKey);
  }
  for (const [name, items] of [['cases', d.cases], ['drills', d.drills], ['progress', d.progress]] as const) {
    for (const [i, x] of (items as { accountKey?: string }[]).entries()) {
      if (x.accountKey !== undefined && !keys.has(x.accountKey)) return { errorKey: 'popupImportDangling', path: `data.${name}[${i}].accountKey` };
    }
  }
  return null;
}

export function parseExportFile(input: unknown): ParseResult {
  if (!isPlainObject(input)) return { ok: false, errorKey: 'popupImportNotExport' };
  const hostile = findHostile(input, '', 0);
  if (hostile) return { ok: false, ...hostile };
  if (input.format !== EXPORT_FORMAT) return { ok: false, errorKey: 'popupImportNotExport', path: 'format' };
  // Stryker disable next-line ConditionalExpression: the typeof test only documents; Number.isInteger is false for anything but a number
  if (typeof input.version === 'number' && Number.isInteger(input.version) && input.version > EXPORT_VERSION) {
    return { ok: false, errorKey: 'popupImportNewerVersion', path: 'version' };
  }
  if (input.version !== EXPORT_VERSION) return { ok: false, errorKey: 'popupImportWrongVersion', path: 'version' };

  // Stryker disable next-line ObjectLiteral,BooleanLiteral: abortEarly only saves work; the first issue, the one reported, is the same either way
  const result = v.safeParse(ExportFileSchema, input, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    // Same notation as the other checks: data.accounts[0].label.
    // Stryker disable next-line OptionalChaining: every issue below the strict root object has a path of keys and indexes, so getDotPath never returns null here
    const path = v.getDotPath(issue)?.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
    const errorKey = issue.type === 'max_length' ? 'popupImportTooLong' : 'popupImportInvalid';
    return { ok: false, errorKey, ...(path ? { path } : {}) };
  }
  const file = result.output as ExportFile;
  const refs = checkReferences(file.data);
  if (refs) return { ok: false, ...refs };
  return { ok: true, file };
}
