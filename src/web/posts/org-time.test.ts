import { afterEach, describe, expect, it } from 'vitest';
import { fromOrgInput, toOrgInput } from './org-time.ts';

// The tests run in Node; the web tsconfig has no Node types, so reach `process` through globalThis.
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } })
  .process.env;
const originalTz = env.TZ;
afterEach(() => {
  env.TZ = originalTz;
});

describe('times in the organization’s zone', () => {
  it.each([
    ['2026-07-01T10:00', 'Europe/Berlin', '2026-07-01T08:00:00.000Z'], // summer time, +2
    ['2026-01-15T10:00', 'Europe/Berlin', '2026-01-15T09:00:00.000Z'], // winter time, +1
    ['2026-01-15T10:00', 'America/New_York', '2026-01-15T15:00:00.000Z'],
    ['2026-03-29T23:30', 'UTC', '2026-03-29T23:30:00.000Z'],
  ])('reads %s in %s as %s', (value, zone, iso) => {
    expect(fromOrgInput(value, zone)).toBe(iso);
    expect(toOrgInput(iso, zone)).toBe(value);
  });

  it('does not depend on the zone the browser runs in', () => {
    env.TZ = 'Asia/Tokyo';
    expect(fromOrgInput('2026-07-01T10:00', 'Europe/Berlin')).toBe('2026-07-01T08:00:00.000Z');
    expect(toOrgInput('2026-07-01T08:00:00.000Z', 'Europe/Berlin')).toBe('2026-07-01T10:00');
  });

  it.each(['', '2026-07-01', '2026-07-01 10:00', '10:00', '2026-7-1T10:00'])(
    'refuses the incomplete value %j',
    (value) => {
      expect(fromOrgInput(value, 'Europe/Berlin')).toBeNull();
    },
  );
});
