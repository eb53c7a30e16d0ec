import { describe, expect, it } from 'vitest';
import { ENTRIES, RATES, TIMELINES } from './costs.fixture.ts';
import {
  approvalWaits,
  costFigures,
  costPerPublishedPost,
  draftToPublished,
  minutesBetween,
  timeFigures,
} from './figures.ts';
import { isHubPool } from './activity.ts';

// Every expectation below is worked out from the table in costs.fixture.ts.

describe('timeFigures', () => {
  const f = timeFigures(ENTRIES, RATES);

  it('sums the minutes per category and in all', () => {
    // create 30 + 15 + 45 = 90; review 10 + 20 = 30; coordinate 5; respond 7; train 120; plan 60.
    expect(f.minutesByCategory).toEqual({
      create: 90,
      review: 30,
      coordinate: 5,
      respond: 7,
      train: 120,
      plan: 60,
    });
    expect(f.minutes).toBe(312); // 90 + 30 + 5 + 7 + 120 + 60
    expect(f.hours).toBe(5.2); // 312 / 60
  });

  it('costs minutes × rate, rounded once for the whole set', () => {
    // alice 110 min × 6000 = 660,000; bob 52 × 4550 = 236,600; carol 30 × 9000 = 270,000;
    // dave 120 × 0 (no rate) = 0. Σ 1,166,600 cent-minutes / 60 = 19,443.33 → 19,443 cents.
    expect(f.costCents).toBe(19_443);
  });

  it('coordination share = (review + coordinate) / all six categories', () => {
    expect(f.coordinationShare).toBeCloseTo(35 / 312, 12); // (30 + 5) / 312 = 0.1122
  });

  it('a member without a rate costs the default rate when one is given', () => {
    const withDefault = timeFigures(ENTRIES, { ...RATES, defaultHourlyRateCents: 3000 });
    // + dave 120 × 3000 = 360,000 → 1,526,600 / 60 = 25,443.33 → 25,443.
    expect(withDefault.costCents).toBe(25_443);
  });

  it('no entries: zero, and no coordination share instead of 0/0', () => {
    expect(timeFigures([], RATES)).toEqual({
      minutes: 0,
      hours: 0,
      costCents: 0,
      minutesByCategory: { create: 0, review: 0, coordinate: 0, respond: 0, train: 0, plan: 0 },
      coordinationShare: null,
    });
  });

  it('only review and coordinate count as coordination', () => {
    const only = (category: (typeof ENTRIES)[number]['category']) =>
      timeFigures([{ ...ENTRIES[0]!, category, minutes: 10 }], RATES).coordinationShare;
    expect(only('review')).toBe(1);
    expect(only('coordinate')).toBe(1);
    for (const other of ['create', 'respond', 'train', 'plan'] as const)
      expect(only(other)).toBe(0);
  });
});

describe('approval waits and lead times', () => {
  it('waits: decided steps only, median and p90 by nearest rank', () => {
    // Decided: P1 hub 150, P2 unit_leads 60, P2 hub 540 → [60, 150, 540]; P3's step is open.
    expect(approvalWaits(TIMELINES)).toEqual({
      count: 3,
      medianMinutes: 150, // rank ⌈1.5⌉ = 2
      p90Minutes: 540, // rank ⌈2.7⌉ = 3
      open: 1,
    });
  });

  it('waits of hub steps alone', () => {
    // Hub: [150, 540] decided, P3 open → median rank ⌈1⌉ = 1 → 150; p90 rank ⌈1.8⌉ = 2 → 540.
    expect(approvalWaits(TIMELINES, (s) => isHubPool(s.pool))).toEqual({
      count: 2,
      medianMinutes: 150,
      p90Minutes: 540,
      open: 1,
    });
  });

  it('draft to published: published posts only', () => {
    // P1 360, P2 690, P4 45.5 → 46; P3 unpublished. Sorted [46, 360, 690].
    expect(draftToPublished(TIMELINES)).toEqual({ count: 3, medianMinutes: 360, p90Minutes: 690 });
  });

  it('minutes between two instants round half up', () => {
    const t = new Date('2026-03-05T08:00:00Z');
    expect(minutesBetween(t, new Date('2026-03-05T08:00:29Z'))).toBe(0);
    expect(minutesBetween(t, new Date('2026-03-05T08:00:30Z'))).toBe(1);
    expect(minutesBetween(t, new Date('2026-03-05T08:45:30Z'))).toBe(46);
  });

  it('no samples → null figures', () => {
    expect(draftToPublished([])).toEqual({ count: 0, medianMinutes: null, p90Minutes: null });
    expect(approvalWaits([TIMELINES[3]!])).toEqual({
      count: 0,
      medianMinutes: null,
      p90Minutes: null,
      open: 0,
    });
  });
});

describe('costFigures', () => {
  it('cost per published post divides the exact sum by the published posts', () => {
    const f = costFigures(ENTRIES, TIMELINES, RATES);
    expect(f.publishedPosts).toBe(3); // P1, P2, P4
    // 1,166,600 cent-minutes / (60 × 3) = 6,481.11 → 6,481.
    expect(f.costPerPublishedPostCents).toBe(6_481);
    expect(f.costCents).toBe(19_443);
    expect(f.approvalWait.medianMinutes).toBe(150);
    expect(f.draftToPublished.p90Minutes).toBe(690);
  });

  it('cost per published post rounds half up and is null without a published post', () => {
    expect(costPerPublishedPost(90, 1)).toBe(2); // 1.5 → 2
    expect(costPerPublishedPost(384_750, 1)).toBe(6_413); // 6,412.5 → 6,413
    expect(costPerPublishedPost(1_185_000, 4)).toBe(4_938); // 4,937.5 → 4,938
    expect(costPerPublishedPost(1_000, 0)).toBeNull();
  });
});
