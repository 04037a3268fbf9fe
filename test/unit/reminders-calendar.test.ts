import { describe, expect, it } from 'vitest';
import { addLocalDays, businessMorningAfter, morningAfter } from '../../src/domain/reminders-calendar.ts';
import { inZone } from './reminders-fixtures.ts';

const iso = (d: Date) => d.toISOString();

describe('local-calendar arithmetic', () => {
  it('answers in the zone it is given, whatever zone the process runs in', () => {
    // The worker and the popup pass the browser's zone; the process's own zone must not leak in.
    const t = new Date('2026-03-31T20:00:00Z');
    for (const processZone of ['UTC', 'Pacific/Auckland', 'America/Los_Angeles']) {
      expect(inZone(processZone, () => iso(morningAfter(t, 0, 'Asia/Tokyo')))).toBe('2026-04-01T00:00:00.000Z');
      expect(inZone(processZone, () => iso(addLocalDays(t, 1, 'America/New_York')))).toBe('2026-04-01T20:00:00.000Z');
    }
  });

  it('lands on the morning of the local day, across month ends and leap days', () => {
    // 09:30 on 31 January in Tokyo; 30 days later is 2 March in 2026, 1 March in 2028.
    expect(iso(morningAfter(new Date('2026-01-31T00:30:00Z'), 30, 'Asia/Tokyo'))).toBe('2026-03-02T00:00:00.000Z');
    expect(iso(morningAfter(new Date('2028-01-31T00:30:00Z'), 30, 'Asia/Tokyo'))).toBe('2028-03-01T00:00:00.000Z');
    expect(iso(morningAfter(new Date('2028-01-30T03:00:00Z'), 30, 'Asia/Tokyo'))).toBe('2028-02-29T00:00:00.000Z');
    // 31 December + 90 days crosses the year.
    expect(iso(morningAfter(new Date('2026-12-31T05:00:00Z'), 90, 'Asia/Tokyo'))).toBe('2027-03-31T00:00:00.000Z');
  });

  it('counts the local day, not the UTC day', () => {
    // 20:00 UTC on 31 March is already 1 April in Tokyo but still 31 March in New York.
    const t = new Date('2026-03-31T20:00:00Z');
    expect(iso(morningAfter(t, 30, 'Asia/Tokyo'))).toBe('2026-05-01T00:00:00.000Z');
    expect(iso(morningAfter(t, 30, 'America/New_York'))).toBe('2026-04-30T13:00:00.000Z');
  });

  it('keeps the local hour across daylight-saving changes', () => {
    // 10:00 EST in January; 90 days later is 15 April, 09:00 EDT (UTC-4).
    expect(iso(morningAfter(new Date('2026-01-15T15:00:00Z'), 90, 'America/New_York'))).toBe('2026-04-15T13:00:00.000Z');
    // 1 October (EDT) + 90 days is 30 December, 09:00 EST (UTC-5).
    expect(iso(morningAfter(new Date('2026-10-01T14:00:00Z'), 90, 'America/New_York'))).toBe('2026-12-30T14:00:00.000Z');
    // A snooze taken at 22:15 on the Saturday before the change ends at 22:15 the next Saturday.
    expect(iso(addLocalDays(new Date('2026-03-08T03:15:00Z'), 7, 'America/New_York'))).toBe('2026-03-15T02:15:00.000Z');
    expect(iso(addLocalDays(new Date('2026-10-31T12:00:00Z'), 1, 'America/New_York'))).toBe('2026-11-01T13:00:00.000Z');
  });

  it('skips Saturday and Sunday when counting business days', () => {
    // Tuesday 20 December 2016 (the seed story): the fifth business day is Tuesday 27th.
    expect(iso(businessMorningAfter(new Date('2016-12-20T03:00:00Z'), 5, 'Asia/Tokyo'))).toBe('2016-12-27T00:00:00.000Z');
    // Friday -> next Friday; Saturday and Sunday -> the Friday after the next five weekdays.
    expect(iso(businessMorningAfter(new Date('2026-11-06T03:00:00Z'), 5, 'Asia/Tokyo'))).toBe('2026-11-13T00:00:00.000Z');
    expect(iso(businessMorningAfter(new Date('2026-11-07T03:00:00Z'), 5, 'Asia/Tokyo'))).toBe('2026-11-13T00:00:00.000Z');
    expect(iso(businessMorningAfter(new Date('2026-11-08T03:00:00Z'), 5, 'Asia/Tokyo'))).toBe('2026-11-13T00:00:00.000Z');
    expect(iso(businessMorningAfter(new Date('2026-11-06T03:00:00Z'), 1, 'Asia/Tokyo'))).toBe('2026-11-09T00:00:00.000Z');
  });

  it('decides the weekend in local time', () => {
    // Sunday 15:00 in New York is already Monday 05:00 in Tokyo.
    const t = new Date('2026-11-08T20:00:00Z');
    expect(iso(businessMorningAfter(t, 5, 'America/New_York'))).toBe('2026-11-13T14:00:00.000Z');
    expect(iso(businessMorningAfter(t, 5, 'Asia/Tokyo'))).toBe('2026-11-16T00:00:00.000Z');
  });
});
