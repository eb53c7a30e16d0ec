import { describe, expect, it } from 'vitest';
import { centsOnDay, dayNumber, daysOf, spreadOverDays } from './other-costs.ts';

describe('other costs over days', () => {
  it('counts the days of a span, both ends included', () => {
    expect(daysOf({ startsOn: '2026-03-01', endsOn: '2026-03-01' })).toBe(1);
    expect(daysOf({ startsOn: '2026-03-01', endsOn: '2026-03-31' })).toBe(31);
    expect(daysOf({ startsOn: '2028-02-01', endsOn: '2028-02-29' })).toBe(29);
    expect(() => daysOf({ startsOn: '2026-03-02', endsOn: '2026-03-01' })).toThrow(RangeError);
  });

  it('refuses what is not a calendar date', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', ''])
      expect(() => dayNumber(bad), bad).toThrow(RangeError);
    expect(dayNumber('1970-01-02')).toBe(1);
  });

  it('gives the cents that do not divide one each to the first days', () => {
    // 1,000 cents over 3 days: 334, 333, 333.
    expect([0, 1, 2].map((i) => centsOnDay(1_000, 3, i))).toEqual([334, 333, 333]);
    // 5 cents over 7 days: the first five days a cent each.
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => centsOnDay(5, 7, i))).toEqual([1, 1, 1, 1, 1, 0, 0]);
  });

  it('places each day at its local midnight and adds up to the amount', () => {
    // Berlin changes to summer time on 2026-03-29: that day begins at 23:00Z, the next at 22:00Z.
    const days = spreadOverDays(
      { amountCents: 10_001, startsOn: '2026-03-28', endsOn: '2026-03-31' },
      'Europe/Berlin',
    );
    expect(days).toEqual([
      { day: '2026-03-28', start: new Date('2026-03-27T23:00:00Z'), cents: 2_501 },
      { day: '2026-03-29', start: new Date('2026-03-28T23:00:00Z'), cents: 2_500 },
      { day: '2026-03-30', start: new Date('2026-03-29T22:00:00Z'), cents: 2_500 },
      { day: '2026-03-31', start: new Date('2026-03-30T22:00:00Z'), cents: 2_500 },
    ]);
    expect(days.reduce((s, d) => s + d.cents, 0)).toBe(10_001);
  });

  it('keeps only the days that begin in the range, and leaves out days without a cent', () => {
    const span = { amountCents: 3_100, startsOn: '2026-03-01', endsOn: '2026-03-31' };
    const range = { from: new Date('2026-03-09T23:00:00Z'), to: new Date('2026-03-12T23:00:00Z') };
    expect(spreadOverDays(span, 'Europe/Berlin', range).map((d) => [d.day, d.cents])).toEqual([
      ['2026-03-10', 100],
      ['2026-03-11', 100],
      ['2026-03-12', 100],
    ]);
    expect(
      spreadOverDays({ amountCents: 2, startsOn: '2026-03-01', endsOn: '2026-03-05' }, 'UTC').map(
        (d) => d.day,
      ),
    ).toEqual(['2026-03-01', '2026-03-02']);
  });
});
