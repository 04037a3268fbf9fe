/**
 * Turns a recovery case into the checklist the popup shows (the path's steps, with the document
 * steps inside the support path) and merges the case's own dates with the progress the in-page
 * panel recorded into one timeline. Pure: the popup stores what these functions return.
 */
import type { ProgressEvent, RecoveryCase, RecoveryPathId } from '../shared/model.ts';
import { FAILURE_IDS, failureKey, PATHS, type FailureId, type TreeAnswers } from './recovery-tree.ts';
import { DOCUMENT_STEPS, documentStepDone, type DocumentField } from './documents.ts';
import { stepLabelKey } from '../shared/progress-steps.ts';

export interface ChecklistItem {
  id: string;
  titleKey: string;
  detailKey?: string;
  /** When it was done (ISO, or YYYY-MM-DD for the appointment); absent = still to do. */
  doneAt?: string;
  /** A document step that records a case field (date or support case id). */
  field?: DocumentField;
  /** Nested under the path's "documents" step. */
  sub?: boolean;
}

export function buildChecklist(c: RecoveryCase): ChecklistItem[] {
  const out: ChecklistItem[] = [];
  for (const s of PATHS[c.path].steps) {
    const doneAt = c.steps[s.id];
    out.push({ id: s.id, titleKey: s.titleKey, ...(s.detailKey ? { detailKey: s.detailKey } : {}), ...(doneAt ? { doneAt } : {}) });
    // Stryker disable next-line ConditionalExpression: only the support path has a "documents" step, so the path check repeats the id check
    if (c.path === 'support-documents' && s.id === 'documents') {
      for (const d of DOCUMENT_STEPS) {
        const at = documentStepDone(d, c);
        out.push({ id: d.id, titleKey: d.titleKey, sub: true, ...(d.detailKey ? { detailKey: d.detailKey } : {}), ...(d.field ? { field: d.field } : {}), ...(at ? { doneAt: at } : {}) });
      }
    }
  }
  return out;
}

/**
 * The first step not yet done. "Today's step" is recovery-next.ts's nextFor(), which also looks
 * at what failed and at the dates; this stays for lists that only need the first open item.
 */
export function nextOpen(items: readonly ChecklistItem[]): ChecklistItem | undefined {
  return items.find((i) => !i.doneAt);
}

/**
 * A new case for the path the decision tree chose. What the user answered about who can update
 * the account phone is kept as a marker step ("phone-updater" / "no-phone-updater"), so "Next"
 * (recovery-next.ts) can use it later without a new field on the stored case.
 */
export function startCase(accountKey: string, path: RecoveryPathId, now: string, id: string, answers: TreeAnswers = {}): RecoveryCase {
  const steps: Record<string, string> = {};
  if (answers.phoneUpdater === true) steps['phone-updater'] = now;
  if (answers.phoneUpdater === false) steps['no-phone-updater'] = now;
  return { id, accountKey, path, startedAt: now, steps };
}

/** Marks a step done at `at`, or not done (null). Returns a new case. */
export function setStepDone(c: RecoveryCase, stepId: string, at: string | null): RecoveryCase {
  const steps = { ...c.steps };
  if (at === null) delete steps[stepId];
  else steps[stepId] = at;
  return { ...c, steps };
}

/** Sets or clears a document field; the matching step is marked with the moment it was recorded. */
export function setCaseField(c: RecoveryCase, field: DocumentField, value: string | null, now: string): RecoveryCase {
  const step = DOCUMENT_STEPS.find((d) => d.field === field);
  const next: RecoveryCase = { ...c, steps: { ...c.steps } };
  if (value === null || value === '') {
    delete next[field];
    // Stryker disable next-line ConditionalExpression: every document field has its step in DOCUMENT_STEPS; the check only guards against a field without one
    if (step) delete next.steps[step.id];
  } else {
    next[field] = value;
    // Stryker disable next-line ConditionalExpression: as above, every document field has its step
    if (step) next.steps[step.id] = field === 'appointmentDay' || field === 'supportCaseId' ? now : value;
  }
  return next;
}

export interface TimelineEntry {
  id: string;
  /** ISO instant, or YYYY-MM-DD for a whole day (`allDay`). */
  at: string;
  allDay?: boolean;
  labelKey: string;
  /** Substitutions for the label (e.g. the support case id, an unknown step id). */
  subs?: string[];
  source: 'case' | ProgressEvent['source'];
  /** Recorded on an AWS page that could not tell which account it was. */
  unassigned?: boolean;
}

/** The timeline label of a recorded step (keys owned by the content script's strings). */
export function progressLabel(e: ProgressEvent): { labelKey: string; subs?: string[] } {
  const key = stepLabelKey(e.step);
  return key === 'stepOther' ? { labelKey: key, subs: [e.step] } : { labelKey: key };
}

/** Panel events this long before the case started still belong to it (the user hit the MFA page, then opened the popup). */
const LEAD_MS = 3 * 86_400_000;

export function buildTimeline(c: RecoveryCase, events: readonly ProgressEvent[], opts: { includeUnassigned?: boolean } = {}): TimelineEntry[] {
  const out: TimelineEntry[] = [{ id: 'started', at: c.startedAt, labelKey: 'popupTlStarted', source: 'case' }];
  const titles = new Map(buildChecklist(c).map((i) => [i.id, i.titleKey]));
  for (const [stepId, at] of Object.entries(c.steps)) {
    // Field steps are shown through their own, more telling entries below.
    if (DOCUMENT_STEPS.some((d) => d.id === stepId && d.field)) continue;
    const key = titles.get(stepId) ?? ((FAILURE_IDS as readonly string[]).includes(stepId) ? failureKey(stepId as FailureId) : undefined);
    if (key) out.push({ id: `step:${stepId}`, at, labelKey: key, source: 'case' });
  }
  if (c.appointmentDay) out.push({ id: 'appointment', at: c.appointmentDay, allDay: true, labelKey: 'popupTlAppointment', source: 'case' });
  if (c.documentsSentAt) out.push({ id: 'sent', at: c.documentsSentAt, labelKey: 'popupTlDocumentsSent', source: 'case' });
  if (c.supportCaseId) out.push({ id: 'case-id', at: c.steps['doc-case-id'] ?? c.startedAt, labelKey: 'popupTlCaseId', subs: [c.supportCaseId], source: 'case' });
  if (c.objectionEmailAt) out.push({ id: 'objection', at: c.objectionEmailAt, labelKey: 'popupTlObjection', source: 'case' });
  if (c.closedAt) out.push({ id: 'closed', at: c.closedAt, labelKey: 'popupTlClosed', source: 'case' });

  const from = Date.parse(c.startedAt) - LEAD_MS;
  const until = c.closedAt ? Date.parse(c.closedAt) : Infinity;
  for (const e of events) {
    const mine = e.accountKey === c.accountKey;
    const unassigned = e.accountKey === undefined;
    if (!mine && !(unassigned && opts.includeUnassigned)) continue;
    const t = Date.parse(e.at);
    if (!(t >= from && t <= until)) continue;
    out.push({ id: `ev:${e.id}`, at: e.at, ...progressLabel(e), source: e.source, ...(unassigned ? { unassigned: true } : {}) });
  }
  // Whole days sort before the instants of the same day; stable for equal times.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: V8's sort (the tests') only asks whether the result is negative, so the "after" branch cannot be told from "equal" there; it stays for engines that ask more (SpiderMonkey)
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** Day number since the case started (day 1 = the start day, by elapsed 24-hour periods). */
export function dayOfCase(c: RecoveryCase, at: string): number {
  return Math.floor((Date.parse(at) - Date.parse(c.startedAt)) / 86_400_000) + 1;
}
