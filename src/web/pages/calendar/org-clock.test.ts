import { tzOffset } from '@date-fns/tz';
import { afterEach, describe, expect, it } from 'vitest';
import { orgClock } from './org-clock.ts';

// The tests run in Node; the web tsconfig has no Node types, so reach `process` through globalThis.
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } })
  .process.env;
const originalTz = env.TZ;
afterEach(() => {
  env.TZ = originalTz;
});

describe('the organization’s wall clock for FullCalendar', () => {
  it.each([
    ['2026-07-01T08:00:00.000Z', 'Europe/Berlin', '2026-07-01T10:00:00'], // summer time, +2
    ['2026-01-15T09:00:00.000Z', 'Europe/Berlin', '2026-01-15T10:00:00'], // winter time, +1
    ['2026-01-15T15:00:00.000Z', 'America/New_York', '2026-01-15T10:00:00'],
    ['2026-01-15T04:15:00.000Z', 'Asia/Kolkata', '2026-01-15T09:45:00'], // +5:30
    ['2026-03-29T23:30:00.000Z', 'UTC', '2026-03-29T23:30:00'],
    // The night Berlin moves to summer time: 01:59:59 winter, then 03:00 summer.
    ['2026-03-29T00:59:59.000Z', 'Europe/Berlin', '2026-03-29T01:59:59'],
    ['2026-03-29T01:00:00.000Z', 'Europe/Berlin', '2026-03-29T03:00:00'],
    // And back: 02:59:59 summer, then 02:00 winter.
    ['2026-10-25T00:59:59.000Z', 'Europe/Berlin', '2026-10-25T02:59:59'],
    ['2026-10-25T01:00:00.000Z', 'Europe/Berlin', '2026-10-25T02:00:00'],
  ])('shows %s in %s as %s, and reads it back', (iso, zone, wall) => {
    const clock = orgClock(zone);
    expect(clock.toWall(iso)).toBe(wall);
    expect(clock.toWall(new Date(iso))).toBe(wall);
    // A wall time that occurs twice (the autumn night) reads as one of its two instants; every
    // other one exactly.
    const back = clock.toInstant(new Date(`${wall}Z`));
    if (iso.startsWith('2026-10-25')) expect(clock.toWall(back)).toBe(wall);
    else expect(back.toISOString()).toBe(iso);
  });

  it('reads a month view’s range (midnights in the zone) as the real instants', () => {
    const clock = orgClock('Europe/Berlin');
    expect(clock.toInstant(new Date('2026-04-27T00:00:00Z')).toISOString()).toBe(
      '2026-04-26T22:00:00.000Z',
    );
    expect(clock.toInstant(new Date('2026-02-01T00:00:00Z')).toISOString()).toBe(
      '2026-01-31T23:00:00.000Z',
    );
  });

  it('does not depend on the zone the browser runs in', () => {
    env.TZ = 'Asia/Tokyo';
    const clock = orgClock('Europe/Berlin');
    expect(clock.toWall('2026-07-01T08:00:00.000Z')).toBe('2026-07-01T10:00:00');
    expect(clock.toInstant(new Date('2026-07-01T10:00:00Z')).toISOString()).toBe(
      '2026-07-01T08:00:00.000Z',
    );
  });

  it('gives the same answers from its hour cache as from a fresh clock', () => {
    const cached = orgClock('America/New_York');
    const start = Date.parse('2026-03-07T00:00:00Z');
    for (let i = 0; i < 24 * 4; i++) cached.toWall(start + i * 3_600_000); // fill the cache
    for (let i = 0; i < 24 * 4 * 4; i++) {
      const t = start + i * 900_000;
      expect(cached.toWall(t)).toBe(orgClock('America/New_York').toWall(t));
    }
  });

  it.each([
    ['Europe/Berlin', '2026-03-28', '2026-10-24'],
    ['America/New_York', '2026-03-07', '2026-10-31'],
    ['Australia/Lord_Howe', '2026-04-04', '2026-10-03'], // half an hour
  ])('reads every quarter hour around %s’s transitions as Intl does', (zone, ...days) => {
    const clock = orgClock(zone);
    for (const day of days) {
      const start = Date.parse(`${day}T00:00:00Z`);
      for (let t = start; t < start + 3 * 86_400_000; t += 900_000) {
        expect(clock.wallMs(t)).toBe(t + tzOffset(zone, new Date(t)) * 60_000);
      }
    }
  });
});
