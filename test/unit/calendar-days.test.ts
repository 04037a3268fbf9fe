import { describe, expect, it } from 'vitest';
import { caseDay, dayIn, daysBetween } from '../../src/domain/calendar-days.ts';
import { checkCaseDate } from '../../src/domain/case-dates.ts';

describe('calendar days in the user\'s time zone', () => {
  it('gives the local calendar day of an instant', () => {
    // 23:30 UTC on the 15th is already the 16th in Tokyo, still the 15th in New York.
    expect(dayIn('2025-12-15T23:30:00Z', 'Asia/Tokyo')).toBe('2025-12-16');
    expect(dayIn('2025-12-15T23:30:00Z', 'America/New_York')).toBe('2025-12-15');
  });

  it('counts day 1 as the day the case started, day 2 from the next midnight (not 24 hours later)', () => {
    const started = '2025-12-15T14:00:00Z'; // 23:00 in Tokyo
    expect(caseDay(started, '2025-12-15T14:30:00Z', 'Asia/Tokyo')).toBe(1);
    // 01:00 the next morning in Tokyo, only two hours later: day 2.
    expect(caseDay(started, '2025-12-15T16:00:00Z', 'Asia/Tokyo')).toBe(2);
    // 23 hours later, still within 24 h: day 2 as well.
    expect(caseDay(started, '2025-12-16T13:00:00Z', 'Asia/Tokyo')).toBe(2);
  });

  it('takes calendar days (all-day entries) as they are', () => {
    expect(caseDay('2025-12-15T14:00:00Z', '2025-12-20', 'Asia/Tokyo')).toBe(6);
    expect(caseDay('2025-12-15T14:00:00Z', '2025-12-14', 'Asia/Tokyo')).toBe(0);
  });

  it('crosses daylight-saving changes and month ends by calendar', () => {
    expect(daysBetween('2025-03-08', '2025-03-10')).toBe(2);
    expect(caseDay('2025-03-08T12:00:00Z', '2025-03-10T12:00:00Z', 'America/New_York')).toBe(3);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
});

describe('checkCaseDate', () => {
  const ctx = { caseStartedAt: '2025-12-15T14:00:00Z', now: '2025-12-20T03:00:00Z', timeZone: 'Asia/Tokyo' };
  it('accepts an appointment on or after the day the case started, even in the future', () => {
    expect(checkCaseDate('appointmentDay', '2025-12-15', ctx)).toBeNull();
    expect(checkCaseDate('appointmentDay', '2026-01-10', ctx)).toBeNull();
  });
  it('refuses an appointment before the case started', () => {
    expect(checkCaseDate('appointmentDay', '2025-12-14', ctx)).toBe('calmDateBeforeCase');
  });
  it('refuses something received or sent in the future, and accepts today', () => {
    expect(checkCaseDate('objectionEmailAt', '2025-12-21', ctx)).toBe('calmDateInFuture');
    expect(checkCaseDate('documentsSentAt', '2025-12-21', ctx)).toBe('calmDateInFuture');
    expect(checkCaseDate('documentsSentAt', '2025-12-20', ctx)).toBeNull();
  });
  it('refuses a sent date before the case began', () => {
    expect(checkCaseDate('documentsSentAt', '2025-12-01', ctx)).toBe('calmDateBeforeCase');
  });
  it('refuses days that do not exist', () => {
    expect(checkCaseDate('appointmentDay', '2025-02-30', ctx)).toBe('calmDateInvalid');
    expect(checkCaseDate('appointmentDay', 'tomorrow', ctx)).toBe('calmDateInvalid');
  });
});

describe('days the user typed, as opposed to instants', () => {
  it('an all-day entry is that day wherever the user is, even west of UTC', () => {
    expect(caseDay('2025-12-15T14:00:00Z', '2025-12-20', 'America/New_York')).toBe(6);
  });

  it('a month that does not exist is refused', () => {
    const ctx = { caseStartedAt: '2025-12-15T14:00:00Z', now: '2026-01-20T03:00:00Z', timeZone: 'Asia/Tokyo' };
    expect(checkCaseDate('appointmentDay', '2025-13-01', ctx)).toBe('calmDateInvalid');
  });
});
