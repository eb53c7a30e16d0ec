import { describe, expect, it } from 'vitest';
import { periodStarts } from './read-time.ts';
import { coverRange, type Cover } from './report-cover.ts';
import { localMidnight } from './report-range.ts';

const BERLIN = 'Europe/Berlin';
const at = (iso: string) => new Date(iso);
const midnight = (date: string, tz = BERLIN) => localMidnight(date, tz);

/** The intervals and gaps in order, as [kind, from, to] with ISO instants. */
const pieces = (c: Cover) =>
  [
    ...c.intervals.map((i) => [i.grain, i.start, i.end] as const),
    ...c.gaps.map((g) => ['gap', g.from, g.to] as const),
  ]
    .sort((a, b) => a[1].getTime() - b[1].getTime())
    .map(([kind, from, to]) => [kind, from.toISOString(), to.toISOString()]);

/** The pieces tile `[from, to)` and no cut falls inside an interval. */
function expectTiling(c: Cover, from: Date, to: Date, cuts: Date[] = []) {
  const p = pieces(c);
  expect(p[0]![1]).toBe(from.toISOString());
  expect(p.at(-1)![2]).toBe(to.toISOString());
  for (let i = 1; i < p.length; i++) expect(p[i]![1]).toBe(p[i - 1]![2]);
  for (const i of c.intervals) {
    expect(i.end.getTime()).toBeGreaterThan(i.start.getTime());
    for (const cut of cuts) expect(cut > i.start && cut < i.end).toBe(false);
  }
}

describe('coverRange', () => {
  it('a whole local year is one interval', () => {
    const [from, to] = [midnight('2026-01-01'), midnight('2027-01-01')];
    const c = coverRange(from, to, BERLIN, []);
    expect(pieces(c)).toEqual([['year', '2025-12-31T23:00:00.000Z', '2026-12-31T23:00:00.000Z']]);
  });

  it('months where the report has month boundaries, days where it has days or weeks', () => {
    const [from, to] = [midnight('2026-01-01'), midnight('2027-01-01')];
    for (const [period, grain, count] of [
      ['month', 'month', 12],
      ['week', 'day', 365],
      ['day', 'day', 365],
    ] as const) {
      const cuts = periodStarts(from, to, period, BERLIN);
      const c = coverRange(from, to, BERLIN, cuts);
      expect(c.gaps).toEqual([]);
      expect(c.intervals.every((i) => i.grain === grain)).toBe(true);
      expect(c.intervals).toHaveLength(count);
      expectTiling(c, from, to, cuts);
    }
  });

  it('reads the parts of days at the edges from the log, and a short day as it is', () => {
    // Berlin moves its clocks on 2026-03-29: that day has 23 hours.
    const [from, to] = [at('2026-03-15T09:00:00Z'), at('2026-05-03T10:30:00Z')];
    const c = coverRange(from, to, BERLIN, []);
    expectTiling(c, from, to);
    expect(c.gaps).toEqual([
      { from, to: midnight('2026-03-16') },
      { from: midnight('2026-05-03'), to },
    ]);
    expect(c.intervals.filter((i) => i.grain === 'month')).toEqual([
      { grain: 'month', start: midnight('2026-04-01'), end: midnight('2026-05-01') },
    ]);
    const short = c.intervals.find((i) => i.start.getTime() === midnight('2026-03-29').getTime());
    expect(short!.end.getTime() - short!.start.getTime()).toBe(23 * 3_600_000);
    expect(c.intervals.filter((i) => i.grain === 'day')).toHaveLength(16 + 2);
  });

  it('a range inside one day is all log', () => {
    const [from, to] = [at('2026-03-15T09:00:00Z'), at('2026-03-15T10:00:00Z')];
    expect(coverRange(from, to, BERLIN, [])).toEqual({ intervals: [], gaps: [{ from, to }] });
  });

  it('a day a zone skipped is no interval', () => {
    // Samoa went from 2011-12-29 to 2011-12-31.
    const tz = 'Pacific/Apia';
    const [from, to] = [midnight('2011-12-28', tz), midnight('2012-01-02', tz)];
    const c = coverRange(from, to, tz, periodStarts(from, to, 'day', tz));
    expectTiling(c, from, to);
    expect(c.intervals).toHaveLength(4);
  });
});
