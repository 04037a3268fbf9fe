import { CADENCE_CHOICES } from '../../domain/reminders.ts';
import type { ReminderCadenceDays } from '../../shared/model.ts';
import { cadenceLabel, cadenceValue, parseCadence } from './labels.ts';

/** A labelled choice of 30, 90, 180 days or never. */
export function CadenceSelect(props: { id: string; label: string; value: ReminderCadenceDays; onChange: (c: ReminderCadenceDays) => void; disabled?: boolean }) {
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={cadenceValue(props.value)} disabled={props.disabled} onChange={(e) => props.onChange(parseCadence(e.currentTarget.value))}>
        {CADENCE_CHOICES.map((c) => (
          <option key={c} value={cadenceValue(c)}>
            {cadenceLabel(c)}
          </option>
        ))}
      </select>
    </>
  );
}
