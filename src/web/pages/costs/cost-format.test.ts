import { describe, expect, it } from 'vitest';
import type { CostRowView } from '../../../contracts/reports.ts';
import {
  daysInclusive,
  fillPeriods,
  formatMinutes,
  localToday,
  periodLabel,
  pointName,
  shiftDate,
} from './cost-format.ts';

const row = (key: string, start: string, hours: number): CostRowView =>
  ({
    key,
    label: null,
    start,
    hours,
    minutes: hours * 60,
    costCents: hours * 5000,
    otherCostCents: 0,
    totalCostCents: hours * 5000,
    coordinationShare: 0.5,
  }) as CostRowView;

describe('periods for the charts', () => {
  it('fills the months without figures with zero, in order, in the organization’s zone', () => {
    const points = fillPeriods({
      // 1 Jan – 31 Mar 2026 in Berlin (the report's `to` is the next local midnight).
      from: '2025-12-31T23:00:00.000Z',
      to: '2026-03-31T22:00:00.000Z',
      timeZone: 'Europe/Berlin',
      period: 'month',
      rows: [row('2026-03', '2026-02-28T23:00:00.000Z', 2)],
    });
    expect(points.map((p) => p.key)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(points.map((p) => p.hours)).toEqual([0, 0, 2]);
    expect(points[0]!.coordinationShare).toBeNull();
    expect(points[0]!.start).toBe('2025-12-31T23:00:00.000Z');
  });

  it('counts every ISO week across the change to summer time exactly once', () => {
    const points = fillPeriods({
      from: '2026-03-15T23:00:00.000Z', // Monday 16 March, Berlin
      to: '2026-04-05T22:00:00.000Z', // Monday 6 April, Berlin (summer time)
      timeZone: 'Europe/Berlin',
      period: 'week',
      rows: [],
    });
    expect(points.map((p) => p.key)).toEqual(['2026-W12', '2026-W13', '2026-W14']);
  });

  it('lists each day once across the change back to winter time', () => {
    const points = fillPeriods({
      from: '2026-10-23T22:00:00.000Z', // Saturday 24 October, Berlin
      to: '2026-10-26T23:00:00.000Z', // Tuesday 27 October, Berlin (winter time)
      timeZone: 'Europe/Berlin',
      period: 'day',
      rows: [],
    });
    expect(points.map((p) => p.key)).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
  });

  it('keeps a row the range did not produce', () => {
    const points = fillPeriods({
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-01-02T00:00:00.000Z',
      timeZone: 'UTC',
      period: 'day',
      rows: [row('2026-01-05', '2026-01-05T00:00:00.000Z', 1)],
    });
    expect(points.map((p) => p.key)).toEqual(['2026-01-01', '2026-01-05']);
  });
});

describe('words and numbers', () => {
  it('names periods in the language and the organization’s zone', () => {
    // Local midnight of 1 March in Berlin is still February in UTC.
    const start = '2026-02-28T23:00:00.000Z';
    expect(periodLabel('month', start, { locale: 'en', timeZone: 'Europe/Berlin' })).toBe(
      'March 2026',
    );
    expect(periodLabel('month', start, { locale: 'de', timeZone: 'Europe/Berlin' })).toBe(
      'März 2026',
    );
    expect(periodLabel('day', start, { locale: 'de', timeZone: 'Europe/Berlin' })).toBe(
      '01.03.2026',
    );
    expect(
      periodLabel('week', start, {
        locale: 'en',
        timeZone: 'Europe/Berlin',
        weekOf: (d) => `week of ${d}`,
      }),
    ).toBe('week of Mar 1, 2026');
  });

  it('writes durations in units', () => {
    expect(formatMinutes(45, 'en')).toBe('45 min');
    expect(formatMinutes(150, 'en')).toBe('2 hr 30 min');
    expect(formatMinutes(120, 'en')).toBe('2 hr');
    expect(formatMinutes(26 * 60, 'en')).toBe('1 day 2 hr');
    expect(formatMinutes(150, 'de')).toBe('2 Std. 30 Min.');
  });

  it('does date arithmetic on local dates', () => {
    expect(localToday('Europe/Berlin', new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    expect(localToday('America/New_York', new Date('2026-03-02T03:30:00Z'))).toBe('2026-03-01');
    expect(shiftDate('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftDate('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysInclusive('2026-01-01', '2026-01-31')).toBe(31);
    expect(daysInclusive('2026-01-31', '2026-01-01')).toBe(-29);
    expect(daysInclusive('', '2026-01-01')).toBeNull();
    expect(daysInclusive('2026-13-45', '2026-01-01')).toBeNull();
  });
});

describe('chart tooltips', () => {
  it('name the point by its full name, and nothing when there is none', () => {
    expect(pointName([{ payload: { name: 'March 2026', axis: 'Mar 26' } }])).toBe('March 2026');
    expect(pointName([{ payload: { name: 42 } }])).toBe('');
    expect(pointName([])).toBe('');
    expect(pointName(undefined)).toBe('');
  });
});
