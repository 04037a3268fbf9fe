/**
 * The document path, when AWS Support must verify identity on paper (the slow path of the first
 * seed story: lost 12/16, documents sent 12/20, 12/29 the 24-hour e-mail, 12/31 back in).
 * Sources: ../shared/research/aws-pages.md §3.2 and §5; seeds/000_1f9777e2ee33209c.txt.
 * Dated facts: the form's name is from 2016–2017 reports; AWS sends the current form by e-mail.
 */
import type { RecoveryCase } from '../shared/model.ts';

/** Steps that carry a value of their own on the case (a date or the support case id). */
export type DocumentField = 'appointmentDay' | 'documentsSentAt' | 'supportCaseId' | 'objectionEmailAt';

export interface DocumentStep {
  /** Stable: stored in RecoveryCase.steps, never rename. */
  id: string;
  titleKey: string;
  detailKey?: string;
  /** The case field this step records; the step counts as done when the field is set. */
  field?: DocumentField;
}

export const DOCUMENT_STEPS: DocumentStep[] = [
  { id: 'doc-form', titleKey: 'docStepForm', detailKey: 'docStepFormDetail' },
  { id: 'doc-photo-id', titleKey: 'docStepPhotoId', detailKey: 'docStepPhotoIdDetail' },
  { id: 'doc-address', titleKey: 'docStepAddress', detailKey: 'docStepAddressDetail' },
  { id: 'doc-notary', titleKey: 'docStepNotary', detailKey: 'docStepNotaryDetail' },
  { id: 'doc-appointment', titleKey: 'docStepAppointment', detailKey: 'docStepAppointmentDetail', field: 'appointmentDay' },
  { id: 'doc-print', titleKey: 'docStepPrint', detailKey: 'docStepPrintDetail' },
  { id: 'doc-notarized', titleKey: 'docStepNotarized', detailKey: 'docStepNotarizedDetail' },
  { id: 'doc-sent', titleKey: 'docStepSent', detailKey: 'docStepSentDetail', field: 'documentsSentAt' },
  { id: 'doc-case-id', titleKey: 'docStepCaseId', detailKey: 'docStepCaseIdDetail', field: 'supportCaseId' },
  { id: 'doc-objection', titleKey: 'docStepObjection', detailKey: 'docStepObjectionDetail', field: 'objectionEmailAt' },
];

/** AWS's lost-MFA form, named once in src/site/aws-urls.ts (printed in the kit; opened from the popup). */
export { SUPPORT_FORM_URL } from '../site/aws-urls.ts';

/** Whether a document step is done on this case, and when (a field step takes its field's date). */
export function documentStepDone(step: DocumentStep, c: RecoveryCase): string | undefined {
  if (step.field === 'appointmentDay') return c.appointmentDay ? c.steps[step.id] ?? c.appointmentDay : undefined;
  if (step.field === 'supportCaseId') return c.supportCaseId ? c.steps[step.id] ?? c.startedAt : undefined;
  if (step.field) return c[step.field];
  return c.steps[step.id];
}
