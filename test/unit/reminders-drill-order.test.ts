/**
 * The drill reminder counts from the account's latest drill even when an older drill was stored
 * after it (an import, or drills merged from another browser); and the cadences the settings
 * offer are the four the guidance names.
 */
import { describe, expect, it } from 'vitest';
import { CADENCE_CHOICES, planReminders, reminderId } from '../../src/domain/reminders.ts';
import { state } from './reminders-fixtures.ts';

describe('the drill reminder', () => {
  it('counts from the latest drill, whatever order the drills were stored in', () => {
    const s = state({
      drills: [
        { id: 'd2', accountKey: 'acc1', at: '2026-03-01T12:00:00.000Z', passed: true },
        { id: 'd1', accountKey: 'acc1', at: '2026-02-01T12:00:00.000Z', passed: true },
      ],
      reminders: { phoneVerifyEvery: 'never', drillEvery: 180 },
    });
    const drill = planReminders(s, new Date('2026-03-02T00:00:00Z'), 'UTC').items.find((i) => i.id === reminderId('backup-drill', 'acc1'));
    expect(drill).toMatchObject({ status: 'upcoming', due: '2026-08-28T09:00:00.000Z' });
  });
});

describe('the cadences offered in settings', () => {
  it('are every 30, 90 or 180 days, or never', () => {
    expect(CADENCE_CHOICES).toEqual([30, 90, 180, 'never']);
  });
});
