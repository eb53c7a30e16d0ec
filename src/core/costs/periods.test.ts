import { describe, expect, it } from 'vitest';
import { periodPlacer } from './periods.ts';

const utc = (iso: string) => new Date(`${iso}Z`);
const BERLIN = 'Europe/Berlin';

describe('periodPlacer', () => {
  it('places by the local day: 23:30 UTC on 3 March is 00:30 on 4 March in Berlin', () => {
    const day = periodPlacer('day', BERLIN);
    expect(day(utc('2026-03-03T22:59')).key).toBe('2026-03-03');
    expect(day(utc('2026-03-03T23:30')).key).toBe('2026-03-04');
    expect(periodPlacer('day', 'UTC')(utc('2026-03-03T23:30')).key).toBe('2026-03-03');
  });

  it('a day starts at local midnight (UTC+1 in winter)', () => {
    expect(periodPlacer('day', BERLIN)(utc('2026-03-04T10:00')).start).toEqual(
      utc('2026-03-03T23:00'),
    );
  });

  it('follows the change to summer time (29 March 2026, 02:00 → 03:00)', () => {
    const day = periodPlacer('day', BERLIN);
    // 00:30 UTC = 01:30 CET, 01:30 UTC = 03:30 CEST: both on the 29th.
    expect(day(utc('2026-03-29T00:30')).key).toBe('2026-03-29');
    expect(day(utc('2026-03-29T01:30')).key).toBe('2026-03-29');
    // 22:30 UTC on the 29th is 00:30 CEST on the 30th (UTC+2 now), not the 29th.
    expect(day(utc('2026-03-29T22:30')).key).toBe('2026-03-30');
    expect(day(utc('2026-03-29T22:30')).start).toEqual(utc('2026-03-29T22:00'));
    // The 29th is 23 hours long: it started at 23:00 UTC the day before.
    expect(day(utc('2026-03-29T12:00')).start).toEqual(utc('2026-03-28T23:00'));
  });

  it('follows the change back to winter time (25 October 2026)', () => {
    const day = periodPlacer('day', BERLIN);
    expect(day(utc('2026-10-24T22:30')).key).toBe('2026-10-25'); // 00:30 CEST
    expect(day(utc('2026-10-25T22:30')).key).toBe('2026-10-25'); // 23:30 CET
    expect(day(utc('2026-10-25T23:00')).key).toBe('2026-10-26'); // 00:00 CET
  });

  it('months: 31 March 22:30 UTC is already April in Berlin (UTC+2)', () => {
    const month = periodPlacer('month', BERLIN);
    expect(month(utc('2026-03-31T21:59')).key).toBe('2026-03');
    const april = month(utc('2026-03-31T22:30'));
    expect(april.key).toBe('2026-04');
    expect(april.start).toEqual(utc('2026-03-31T22:00'));
    expect(month(utc('2026-03-15T12:00')).start).toEqual(utc('2026-02-28T23:00'));
  });

  it('ISO weeks run Monday to Sunday in local time', () => {
    const week = periodPlacer('week', BERLIN);
    // Monday 2 March 2026 is in week 10 (week 1 began Monday 29 December 2025).
    expect(week(utc('2026-03-02T08:00'))).toEqual({
      key: '2026-W10',
      start: utc('2026-03-01T23:00'),
    });
    // Sunday 8 March 23:30 local is still week 10; 23:00 UTC is Monday 00:00 local, week 11.
    expect(week(utc('2026-03-08T22:30')).key).toBe('2026-W10');
    expect(week(utc('2026-03-08T23:00')).key).toBe('2026-W11');
    expect(week(utc('2026-03-31T22:30')).key).toBe('2026-W14');
    expect(week(utc('2026-03-31T22:30')).start).toEqual(utc('2026-03-29T22:00'));
  });

  it('ISO week-years: the first Thursday decides', () => {
    const week = periodPlacer('week', 'UTC');
    expect(week(utc('2026-01-01T12:00')).key).toBe('2026-W01'); // a Thursday
    expect(week(utc('2025-12-29T12:00')).key).toBe('2026-W01'); // Monday of that week
    expect(week(utc('2025-12-28T12:00')).key).toBe('2025-W52');
    expect(week(utc('2027-01-01T12:00')).key).toBe('2026-W53'); // 2026 has 53 weeks
    expect(week(utc('2027-01-04T12:00')).key).toBe('2027-W01');
    expect(week(utc('2024-12-31T12:00')).key).toBe('2025-W01');
  });

  it('zones with half-hour offsets and the other hemisphere', () => {
    expect(periodPlacer('day', 'Asia/Kolkata')(utc('2026-03-03T18:29')).key).toBe('2026-03-03');
    expect(periodPlacer('day', 'Asia/Kolkata')(utc('2026-03-03T18:30')).key).toBe('2026-03-04');
    // Sydney: UTC+11 in January (summer).
    expect(periodPlacer('month', 'Australia/Sydney')(utc('2026-01-31T13:00')).key).toBe('2026-02');
  });

  it('refuses an unknown time zone and an invalid date', () => {
    expect(() => periodPlacer('day', 'Mars/Olympus')(utc('2026-03-03T12:00'))).toThrow(RangeError);
    expect(() => periodPlacer('day', BERLIN)(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('returns the same slot object for the same period', () => {
    const month = periodPlacer('month', BERLIN);
    expect(month(utc('2026-03-02T08:00'))).toBe(month(utc('2026-03-20T08:00')));
  });
});
