import { describe, expect, it } from 'vitest';
import { ENTRIES, RATES, TIMELINES } from './costs.fixture.ts';
import { addEntry, emptyTimeSums } from './figures.ts';
import type { CostDimension, CostRow, SummedGroup } from './report.ts';
import { costReport, costReportOfSums, costReportQuerySchema } from './report.ts';

// Every expectation below is worked out from the table in costs.fixture.ts.

const report = (by: CostDimension, period?: 'day' | 'week' | 'month') =>
  costReport(ENTRIES, TIMELINES, {
    by,
    rates: RATES,
    timeZone: 'Europe/Berlin',
    ...(period ? { period } : {}),
  });

/** The figures that matter per row, compact. */
const brief = (r: CostRow) => ({
  key: r.key,
  minutes: r.minutes,
  costCents: r.costCents,
  published: r.publishedPosts,
  perPost: r.costPerPublishedPostCents,
});

describe('costReport by period', () => {
  it('days in the organization’s time zone', () => {
    const rows = report('period', 'day');
    expect(rows.map(brief)).toEqual([
      // e1–e4: alice 50 × 6000 + carol 10 × 9000 = 390,000 → 6,500; P1 published.
      { key: '2026-03-02', minutes: 60, costCents: 6_500, published: 1, perPost: 6_500 },
      // e5 (00:30 local) + e6: bob 45 × 4550 + carol 20 × 9000 = 384,750 → 6,412.5 → 6,413.
      { key: '2026-03-04', minutes: 65, costCents: 6_413, published: 1, perPost: 6_413 },
      // P4 only: published, no time spent.
      { key: '2026-03-05', minutes: 0, costCents: 0, published: 1, perPost: 0 },
      // e7: 7 × 4550 = 31,850 → 530.83 → 531; P3 (unpublished, by its creation).
      { key: '2026-03-09', minutes: 7, costCents: 531, published: 0, perPost: null },
      { key: '2026-03-10', minutes: 120, costCents: 0, published: 0, perPost: null }, // dave
      // e9 at 00:30 CEST on 1 April: 60 × 6000 = 360,000 → 6,000.
      { key: '2026-04-01', minutes: 60, costCents: 6_000, published: 0, perPost: null },
    ]);
    // Rounded per row: 6,500 + 6,413 + 531 + 6,000 = 19,444, one cent above the total's 19,443.
    expect(rows.reduce((sum, r) => sum + r.costCents, 0)).toBe(19_444);
  });

  it('rows carry the period start and the waits of their posts', () => {
    const rows = report('period', 'day');
    expect(rows[0]!.start).toEqual(new Date('2026-03-01T23:00:00Z'));
    // 03-04 holds P2: waits [60, 540] → median rank 1 → 60, p90 rank ⌈1.8⌉ = 2 → 540.
    expect(rows[1]!.approvalWait).toEqual({
      count: 2,
      medianMinutes: 60,
      p90Minutes: 540,
      open: 0,
    });
    expect(rows[1]!.draftToPublished).toEqual({ count: 1, medianMinutes: 690, p90Minutes: 690 });
    // 03-09 holds P3 with its open step.
    expect(rows[3]!.approvalWait).toEqual({
      count: 0,
      medianMinutes: null,
      p90Minutes: null,
      open: 1,
    });
  });

  it('ISO weeks', () => {
    expect(report('period', 'week').map(brief)).toEqual([
      // W10 (2–8 March): e1–e6 = 125 min, 390,000 + 384,750 = 774,750 → 12,912.5 → 12,913;
      // P1, P2, P4 published → 774,750 / 180 = 4,304.17 → 4,304.
      { key: '2026-W10', minutes: 125, costCents: 12_913, published: 3, perPost: 4_304 },
      // W11: e7 + e8 = 127 min, 531 cents; P3.
      { key: '2026-W11', minutes: 127, costCents: 531, published: 0, perPost: null },
      { key: '2026-W14', minutes: 60, costCents: 6_000, published: 0, perPost: null },
    ]);
  });

  it('months (the default period)', () => {
    expect(report('period').map(brief)).toEqual([
      // March: everything but e9: 252 min; 806,600 cent-minutes → 13,443.33 → 13,443;
      // three published → 806,600 / 180 = 4,481.11 → 4,481.
      { key: '2026-03', minutes: 252, costCents: 13_443, published: 3, perPost: 4_481 },
      { key: '2026-04', minutes: 60, costCents: 6_000, published: 0, perPost: null },
    ]);
  });
});

describe('costReport by id', () => {
  it('units: entries by their unit, posts by the post’s unit', () => {
    expect(report('unit').map(brief)).toEqual([
      // carol's reviews: 30 × 9000 = 270,000 → 4,500; no post of the hub.
      { key: 'HUB', minutes: 30, costCents: 4_500, published: 0, perPost: null },
      // alice 110 × 6000 = 660,000 → 11,000; P1 published (P3 not).
      { key: 'U1', minutes: 110, costCents: 11_000, published: 1, perPost: 11_000 },
      // bob 52 × 4550 = 236,600 → 3,943.33 → 3,943; dave 120 min free; P2, P4 → 236,600 / 120 →
      // 1,971.67 → 1,972.
      { key: 'U2', minutes: 172, costCents: 3_943, published: 2, perPost: 1_972 },
    ]);
  });

  it('channels: a post on two channels counts in both; entries without one in the null row', () => {
    const rows = report('channel');
    expect(rows.map(brief)).toEqual([
      // e1–e4: 390,000 → 6,500; P1 and P2 published on C1 → 390,000 / 120 = 3,250.
      { key: 'C1', minutes: 60, costCents: 6_500, published: 2, perPost: 3_250 },
      // e5–e7: 52 × 4550 + 20 × 9000 = 416,600 → 6,943.33 → 6,943; P2, P4 → 3,471.67 → 3,472.
      { key: 'C2', minutes: 72, costCents: 6_943, published: 2, perPost: 3_472 },
      // e8, e9: 180 min, 60 × 6000 = 360,000 → 6,000.
      { key: null, minutes: 180, costCents: 6_000, published: 0, perPost: null },
    ]);
    // C1: review 10 + coordinate 5 of 60 minutes.
    expect(rows[0]!.coordinationShare).toBe(0.25);
  });

  it('campaigns', () => {
    expect(report('campaign').map(brief)).toEqual([
      { key: 'K1', minutes: 60, costCents: 6_500, published: 1, perPost: 6_500 },
      // The rest: 252 min; 1,166,600 − 390,000 = 776,600 → 12,943.33 → 12,943; P2, P4 published
      // (P3 not) → 776,600 / 120 = 6,471.67 → 6,472.
      { key: null, minutes: 252, costCents: 12_943, published: 2, perPost: 6_472 },
    ]);
  });

  it('members: time by who spent it, posts by their author', () => {
    expect(report('member').map(brief)).toEqual([
      { key: 'alice', minutes: 110, costCents: 11_000, published: 1, perPost: 11_000 },
      { key: 'bob', minutes: 52, costCents: 3_943, published: 2, perPost: 1_972 },
      { key: 'carol', minutes: 30, costCents: 4_500, published: 0, perPost: null },
      { key: 'dave', minutes: 120, costCents: 0, published: 0, perPost: null },
    ]);
  });

  it('posts: each post with its own time; time about no post in the null row', () => {
    expect(report('post').map(brief)).toEqual([
      // P1: e1–e4, 390,000 → 6,500.
      { key: 'P1', minutes: 60, costCents: 6_500, published: 1, perPost: 6_500 },
      // P2: e5, e6, 384,750 → 6,412.5 → 6,413.
      { key: 'P2', minutes: 65, costCents: 6_413, published: 1, perPost: 6_413 },
      { key: 'P3', minutes: 0, costCents: 0, published: 0, perPost: null },
      { key: 'P4', minutes: 0, costCents: 0, published: 1, perPost: 0 },
      // e7, e8, e9: 31,850 + 0 + 360,000 = 391,850 → 6,530.83 → 6,531.
      { key: null, minutes: 187, costCents: 6_531, published: 0, perPost: null },
    ]);
  });

  it('nothing in, nothing out', () => {
    expect(costReport([], [], { by: 'unit', rates: RATES, timeZone: 'UTC' })).toEqual([]);
  });
});

describe('costReportQuerySchema', () => {
  it('defaults the period to month', () => {
    expect(costReportQuerySchema.parse({ by: 'unit' })).toEqual({ by: 'unit', period: 'month' });
  });

  it('refuses an unknown dimension or period, naming the field', () => {
    const bad = costReportQuerySchema.safeParse({ by: 'team', period: 'year' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.'))).toEqual(['by', 'period']);
  });
});

describe('costReportOfSums', () => {
  /** The fixture's entries summed per group by hand, as a database would. */
  const summed = (by: CostDimension, keyOf: (e: (typeof ENTRIES)[number]) => string | null) => {
    const groups = new Map<string | null, SummedGroup>();
    for (const e of ENTRIES) {
      const key = by === 'period' ? e.at.toISOString() : keyOf(e);
      let g = groups.get(key);
      if (!g) {
        g = { ...(by === 'period' ? { at: e.at } : { key }), sums: emptyTimeSums() };
        groups.set(key, g);
      }
      addEntry(g.sums, e, RATES);
    }
    return [...groups.values()];
  };

  it.each([
    ['unit', (e: (typeof ENTRIES)[number]) => e.unitId ?? null],
    ['channel', (e: (typeof ENTRIES)[number]) => e.channelId ?? null],
    ['member', (e: (typeof ENTRIES)[number]) => e.memberId],
    ['post', (e: (typeof ENTRIES)[number]) => e.postId ?? null],
    ['period', () => null],
  ] as const)('gives the rows costReport gives, by %s', (by, keyOf) => {
    const options = { by, timeZone: 'Europe/Berlin', period: 'week' as const };
    expect(costReportOfSums(summed(by, keyOf), TIMELINES, options)).toEqual(
      costReport(ENTRIES, TIMELINES, { ...options, rates: RATES }),
    );
  });

  it('adds up groups with the same key', () => {
    const half = (): SummedGroup => {
      const sums = emptyTimeSums();
      addEntry(sums, { ...ENTRIES[0]!, minutes: 15 }, RATES);
      return { key: 'U1', sums };
    };
    const [row] = costReportOfSums([half(), half()], [], { by: 'unit', timeZone: 'UTC' });
    expect(row).toMatchObject({ key: 'U1', minutes: 30, costCents: 3_000 });
  });

  it('needs an instant for each group of a period report', () => {
    expect(() =>
      costReportOfSums([{ key: 'x', sums: emptyTimeSums() }], [], {
        by: 'period',
        timeZone: 'UTC',
      }),
    ).toThrow(RangeError);
  });
});
