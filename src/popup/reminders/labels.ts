/** Words for reminder kinds and cadences, shared by the settings list and the first-run question. */
import type { ReminderItem } from '../../domain/reminders.ts';
import { t } from '../../shared/i18n.ts';
import type { ReminderCadenceDays, StoredState } from '../../shared/model.ts';

export function cadenceLabel(c: ReminderCadenceDays): string {
  switch (c) {
    case 30:
      return t('remindEvery30');
    case 90:
      return t('remindEvery90');
    case 180:
      return t('remindEvery180');
    case 'never':
      return t('remindNever');
  }
}

/** The <select> value of a cadence and back. */
export const cadenceValue = (c: ReminderCadenceDays): string => String(c);
export function parseCadence(v: string): ReminderCadenceDays {
  return v === '30' ? 30 : v === '90' ? 90 : v === '180' ? 180 : 'never';
}

export function itemLabel(item: ReminderItem, state: StoredState): string {
  const label = state.accounts.find((a) => a.key === item.accountKey)?.label ?? '';
  switch (item.kind) {
    case 'phone-verify':
      return t('remindKindPhone', label);
    case 'documents-follow-up':
      return t('remindKindFollowUp', label);
    case 'objection-email':
      return t('remindKindObjection', label);
    case 'backup-drill':
      return t('remindKindDrill', label);
  }
}
