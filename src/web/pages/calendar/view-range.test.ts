import { describe, expect, it } from 'vitest';
import { isDay, viewRange } from './view-range.ts';

const iso = (r: { start: Date; end: Date }) => [
  r.start.toISOString().slice(0, 10),
  r.end.toISOString().slice(0, 10),
];

describe('the range a view shows', () => {
  it.each([
    // December 2026 starts on a Tuesday.
    ['dayGridMonth', '2026-12-15', 0, ['2026-11-29', '2027-01-10']],
    ['dayGridMonth', '2026-12-01', 1, ['2026-11-30', '2027-01-11']],
    // February 2026 starts on a Sunday: with Sunday first, the grid starts on the 1st.
    ['dayGridMonth', '2026-02-28', 0, ['2026-02-01', '2026-03-15']],
    ['dayGridMonth', '2026-02-28', 1, ['2026-01-26', '2026-03-09']],
    ['timeGridWeek', '2026-11-30', 0, ['2026-11-29', '2026-12-06']],
    ['timeGridWeek', '2026-11-29', 1, ['2026-11-23', '2026-11-30']],
    ['listWeek', '2026-12-31', 1, ['2026-12-28', '2027-01-04']],
    ['listDay', '2026-03-29', 1, ['2026-03-29', '2026-03-30']],
  ] as const)('%s around %s, week from day %i: %j', (view, date, firstDay, expected) => {
    expect(iso(viewRange(view, date, firstDay))).toEqual(expected);
  });

  it.each(['2026-12-01', '2024-02-29'])('takes %s as a day', (value) => {
    expect(isDay(value)).toBe(true);
  });

  it.each([
    null,
    '',
    '2026-13-01',
    '2026-02-30',
    '2025-02-29',
    '2026-1-1',
    'today',
    '2026-12-01T00:00',
  ])('refuses %j as a day (the calendar opens today instead)', (value) => {
    expect(isDay(value)).toBe(false);
  });
});
