/**
 * Reminders fall due on the user's mornings, in the zone the browser reports, not in whatever
 * zone the process computing them runs in (a worker thread ignores TZ; a test machine is UTC).
 */
import { describe, expect, it } from 'vitest';
import { addLocalDays, isWeekend, morningAfter } from '../../src/domain/reminders-calendar.ts';
import { planReminders, reminderId, snoozeEnd } from '../../src/domain/reminders.ts';
import { account, state } from './reminders-fixtures.ts';

const iso = (d: Date) => d.toISOString();

describe('a snooze that ends on a daylight-saving night', () => {
  it('ends just after the skipped hour when its wall-clock time does not exist that night', () => {
    // 02:30 EST on Saturday 7 March 2026; on Sunday 8 March New York skips 02:00-03:00.
    expect(iso(addLocalDays(new Date('2026-03-07T07:30:00Z'), 1, 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
    expect(snoozeEnd(new Date('2026-03-07T07:30:00Z'), 1, 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
  });

  it('ends at the first of the two 01:30s when the clocks are set back', () => {
    // 01:30 EDT on Saturday 31 October 2026; on Sunday 1 November 01:30 happens twice (EDT, then EST).
    expect(snoozeEnd(new Date('2026-10-31T05:30:00Z'), 1, 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
  });

  it('keeps seconds and milliseconds of the moment it was taken', () => {
    expect(snoozeEnd(new Date('2026-06-01T10:11:12.345Z'), 14, 'Europe/Berlin')).toBe('2026-06-15T10:11:12.345Z');
  });
});

describe('the user’s mornings', () => {
  it('falls due at 09:00 local in zones with half-hour offsets and south of the equator', () => {
    expect(iso(morningAfter(new Date('2026-01-10T12:00:00Z'), 1, 'Asia/Kolkata'))).toBe('2026-01-11T03:30:00.000Z');
    // Sydney: summer time (UTC+11) in January, standard (UTC+10) in July.
    expect(iso(morningAfter(new Date('2026-01-10T00:00:00Z'), 180, 'Australia/Sydney'))).toBe('2026-07-08T23:00:00.000Z');
  });

  it('decides Saturday and Sunday on the user’s calendar', () => {
    // Friday 6 November 2026, 20:00 in New York is already Saturday in Tokyo.
    const t = new Date('2026-11-07T01:00:00Z');
    expect(isWeekend(t, 'America/New_York')).toBe(false);
    expect(isWeekend(t, 'Asia/Tokyo')).toBe(true);
    expect(isWeekend(new Date('2026-11-08T12:00:00Z'), 'UTC')).toBe(true);
    expect(isWeekend(new Date('2026-11-09T12:00:00Z'), 'UTC')).toBe(false);
  });

  it('shows the same phone check on different mornings to users in different zones', () => {
    const s = state({ accounts: [account({ phoneVerifiedAt: '2026-01-31T20:00:00.000Z' })], reminders: { phoneVerifyEvery: 30 } });
    const due = (zone: string) => planReminders(s, new Date('2026-01-31T21:00:00Z'), zone).items.find((i) => i.id === reminderId('phone-verify', 'acc1'))?.due;
    // 1 February in Tokyo, still 31 January in Los Angeles.
    expect(due('Asia/Tokyo')).toBe('2026-03-03T00:00:00.000Z');
    expect(due('America/Los_Angeles')).toBe('2026-03-02T17:00:00.000Z');
  });
});
