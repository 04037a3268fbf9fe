/**
 * Which notifications are reminders: the worker clears, opens and snoozes a notification as a
 * reminder only when its id is "<kind>:<subject>". An id without the colon is some other
 * notification (the "many due" one has none on purpose), even when it starts with a kind's name.
 */
import { expect, it } from 'vitest';
import { parseReminderId, reminderId } from '../../src/domain/reminders.ts';

it.each(['backup-drills', 'phone-verify1', 'objection-emailx', 'reminders-many-due'])('a notification id without a colon, %j, is no reminder', (id) => {
  expect(parseReminderId(id)).toBeNull();
});

it('an id made by reminderId reads back as its kind and subject', () => {
  expect(parseReminderId(reminderId('backup-drill', 'acc1'))).toEqual({ kind: 'backup-drill', subject: 'acc1' });
});
