/**
 * When the worker wakes the user next, and what an old snooze may still hide: the one alarm is
 * set for the earliest reminder ahead, whichever comes first in the list and whichever are off;
 * a snooze never hides a due time that came after it; and a weekly reminder keeps its local
 * morning in the hours around a daylight-saving change.
 */
import { describe, expect, it } from 'vitest';
import { planReminders, reminderId } from '../../src/domain/reminders.ts';
import { account, recoveryCase, state } from './reminders-fixtures.ts';

const at = (s: string) => new Date(s);
const PHONE_A = reminderId('phone-verify', 'a');
const PHONE_B = reminderId('phone-verify', 'b');

describe('the next alarm', () => {
  const twoAccounts = (logs = {}) =>
    state({
      accounts: [
        // a: checked 1 March -> due 30 May; b: checked 1 January -> due 1 April (earlier, listed second).
        account({ key: 'a', phoneVerifiedAt: '2026-03-01T10:00:00.000Z' }),
        account({ key: 'b', phoneVerifiedAt: '2026-01-01T10:00:00.000Z' }),
      ],
      ...logs,
    });

  it('is set for the earliest reminder ahead, even when it is not the first in the list', () => {
    expect(planReminders(twoAccounts(), at('2026-02-01T00:00:00Z'), 'UTC').nextAt).toBe('2026-04-01T09:00:00.000Z');
  });

  it('is set for the earliest reminder ahead, not the last one looked at', () => {
    const reversed = state({ accounts: [account({ key: 'b', phoneVerifiedAt: '2026-01-01T10:00:00.000Z' }), account({ key: 'a', phoneVerifiedAt: '2026-03-01T10:00:00.000Z' })] });
    expect(planReminders(reversed, at('2026-02-01T00:00:00Z'), 'UTC').nextAt).toBe('2026-04-01T09:00:00.000Z');
  });

  it('is still set when the last reminder in the list is turned off', () => {
    const plan = planReminders(twoAccounts({ reminderLogs: [{ id: PHONE_B, off: true }] }), at('2026-02-01T00:00:00Z'), 'UTC');
    expect(plan.nextAt).toBe('2026-05-30T09:00:00.000Z');
    expect(plan.items.find((i) => i.id === PHONE_A)).toMatchObject({ status: 'upcoming', due: '2026-05-30T09:00:00.000Z' });
  });

  it('is not set when every reminder is off', () => {
    const plan = planReminders(twoAccounts({ reminderLogs: [{ id: PHONE_A, off: true }, { id: PHONE_B, off: true }] }), at('2026-02-01T00:00:00Z'), 'UTC');
    expect(plan.nextAt).toBeUndefined();
  });
});

describe('a snooze taken before the phone was checked again', () => {
  it('does not bring the reminder back at the snooze’s end once the phone was re-checked', () => {
    // Due 1 April, snoozed on 2 April until 9 April; the user re-checks the phone on 5 April.
    const s = state({
      accounts: [account({ phoneVerifiedAt: '2026-04-05T10:00:00.000Z' })],
      reminderLogs: [{ id: reminderId('phone-verify', 'acc1'), lastShownDue: '2026-04-01T09:00:00.000Z', snoozedUntil: '2026-04-09T08:00:00.000Z' }],
    });
    const atOldEnd = planReminders(s, at('2026-04-09T08:00:00Z'), 'UTC');
    expect(atOldEnd.due).toEqual([]);
    expect(atOldEnd.notify).toEqual([]);
    expect(atOldEnd.items[0]).toMatchObject({ status: 'upcoming', due: '2026-07-04T09:00:00.000Z' });
    expect(atOldEnd.nextAt).toBe('2026-07-04T09:00:00.000Z');
  });

  it('shows the new due time when it comes, once', () => {
    const s = state({
      accounts: [account({ phoneVerifiedAt: '2026-04-05T10:00:00.000Z' })],
      reminderLogs: [{ id: reminderId('phone-verify', 'acc1'), lastShownDue: '2026-04-09T08:00:00.000Z', snoozedUntil: '2026-04-09T08:00:00.000Z' }],
    });
    expect(planReminders(s, at('2026-07-04T09:00:00Z'), 'UTC').notify.map((i) => i.due)).toEqual(['2026-07-04T09:00:00.000Z']);
  });
});

describe('a weekly follow-up around a daylight-saving change (New York)', () => {
  const followUp = (sentAt: string) =>
    state({ cases: [recoveryCase({ documentsSentAt: sentAt })], reminders: { phoneVerifyEvery: 'never', objectionEmail: false } });

  it('is not shown early in the hour the clocks gave back', () => {
    // First follow-up Friday 30 October 09:00 EDT (13:00Z); the next is Friday 6 November 09:00 EST (14:00Z).
    const plan = planReminders(followUp('2026-10-23T15:00:00.000Z'), at('2026-11-06T13:30:00Z'), 'America/New_York');
    expect(plan.due[0]?.due).toBe('2026-10-30T13:00:00.000Z');
    expect(plan.nextAt).toBe('2026-11-06T14:00:00.000Z');
  });

  it('is shown at 09:00 on the first Friday of summer time, not an hour late', () => {
    // Sent Friday 27 February -> Friday 6 March 09:00 EST (14:00Z); clocks go forward on 8 March,
    // so Friday 13 March 09:00 EDT is 13:00Z.
    const s = followUp('2026-02-27T15:00:00.000Z');
    expect(planReminders(s, at('2026-03-06T14:00:00Z'), 'America/New_York').nextAt).toBe('2026-03-13T13:00:00.000Z');
    const plan = planReminders(s, at('2026-03-13T13:30:00Z'), 'America/New_York');
    expect(plan.due[0]?.due).toBe('2026-03-13T13:00:00.000Z');
    expect(plan.nextAt).toBe('2026-03-20T13:00:00.000Z');
  });

  it('counts many weeks on from the first one without drifting', () => {
    const plan = planReminders(followUp('2026-02-27T15:00:00.000Z'), at('2026-12-31T12:00:00Z'), 'America/New_York');
    // Fridays at 09:00 New York time: 25 December is in standard time (UTC-5).
    expect(plan.due[0]?.due).toBe('2026-12-25T14:00:00.000Z');
    expect(plan.nextAt).toBe('2027-01-01T14:00:00.000Z');
  });
});
