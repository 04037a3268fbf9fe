/**
 * A date of a recovery case (appointment, documents sent, objection e-mail received), checked
 * before it is saved (src/domain/case-dates.ts): a date that cannot be right is said, localized,
 * next to the field, and not stored.
 */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { DocumentField } from '../domain/documents.ts';
import { checkCaseDate } from '../domain/case-dates.ts';
import { userTimeZone } from '../shared/time-zone.ts';

export function CaseDateInput({ id, field, value, caseStartedAt, describedBy, onSave }: {
  id: string;
  field: Exclude<DocumentField, 'supportCaseId'>;
  value: string;
  caseStartedAt: string;
  describedBy?: string;
  /** A checked calendar day (YYYY-MM-DD), or null to clear. */
  onSave: (day: string | null) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const errId = `${id}-err`;
  return (
    <>
      <input
        id={id}
        type="date"
        aria-invalid={error ? true : undefined}
        aria-describedby={[describedBy, error ? errId : null].filter(Boolean).join(' ') || undefined}
        value={value}
        onChange={(e) => {
          const v = e.currentTarget.value;
          if (v === '') {
            setError(null);
            return onSave(null);
          }
          const problem = checkCaseDate(field, v, { caseStartedAt, now: new Date().toISOString(), timeZone: userTimeZone() });
          setError(problem);
          if (!problem) onSave(v);
        }}
      />
      {error && <p class="error" id={errId} role="alert">{t(error)}</p>}
    </>
  );
}
