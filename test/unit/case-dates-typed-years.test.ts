/**
 * What a typed case date must look like: a calendar day, YYYY-MM-DD and nothing else. A date
 * field lets a five- or six-digit year be typed (Chromium allows years up to 275760), and such a
 * day is refused as not a real one, not taken for an appointment thousands of years ahead; a day
 * with anything after it (a time, a stray character) is refused too.
 */
import { expect, it } from 'vitest';
import { checkCaseDate } from '../../src/domain/case-dates.ts';

const ctx = { caseStartedAt: '2025-12-15T03:00:00.000Z', now: '2025-12-20T12:00:00.000Z', timeZone: 'Asia/Tokyo' };

it.each(['12026-01-05', '275760-09-13'])('refuses an appointment on %s, a year longer than four digits', (day) => {
  expect(checkCaseDate('appointmentDay', day, ctx)).toBe('calmDateInvalid');
});

it.each(['2026-01-05T10:00', '2026-01-05 ', '2026-01-05x'])('refuses an appointment on %j, a day with something after it', (day) => {
  expect(checkCaseDate('appointmentDay', day, ctx)).toBe('calmDateInvalid');
});

it('accepts the same appointment written as the day alone', () => {
  expect(checkCaseDate('appointmentDay', '2026-01-05', ctx)).toBeNull();
});
