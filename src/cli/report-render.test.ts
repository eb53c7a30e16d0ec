import { describe, expect, it } from 'vitest';
import type { CostFiguresView, CostReport } from '../contracts/reports.ts';
import { formatDuration, renderCostReport } from './report-render.ts';

const figures = (over: Partial<CostFiguresView> = {}): CostFiguresView => ({
  minutes: 95,
  hours: 1.58,
  costCents: 841_300,
  otherCostCents: 501,
  totalCostCents: 841_801,
  minutesByCategory: { create: 75, review: 20, coordinate: 0, respond: 0, train: 0, plan: 0 },
  coordinationShare: 20 / 95,
  publishedPosts: 1,
  costPerPublishedPostCents: 841_300,
  totalCostPerPublishedPostCents: 841_801,
  approvalWait: { count: 2, medianMinutes: 90, p90Minutes: 300, open: 0 },
  draftToPublished: { count: 1, medianMinutes: 2_190, p90Minutes: 2_190 },
  ...over,
});

const report: CostReport = {
  organizationId: '6f1c2a1e-5b7d-4c3e-9a2f-1d2e3f4a5b6c',
  from: '2026-02-28T23:00:00.000Z',
  to: '2026-04-30T22:00:00.000Z',
  timeZone: 'Europe/Berlin',
  currency: 'EUR',
  groupBy: 'unit',
  period: 'month',
  unitId: null,
  rows: [
    { key: 'u1', label: 'Marketing', start: null, ...figures() },
    {
      key: null,
      label: null,
      start: null,
      ...figures({
        hours: 0,
        costCents: 0,
        otherCostCents: 0,
        totalCostCents: 0,
        publishedPosts: 0,
        coordinationShare: null,
        totalCostPerPublishedPostCents: null,
        approvalWait: { count: 0, medianMinutes: null, p90Minutes: null, open: 0 },
        draftToPublished: { count: 0, medianMinutes: null, p90Minutes: null },
      }),
    },
  ],
  total: figures(),
};

describe('renderCostReport', () => {
  it('a table in English: the range by local days, names, money with two decimals', () => {
    expect(renderCostReport(report, 'en').split('\n')).toEqual([
      'Costs 2026-03-01 – 2026-04-30 (Europe/Berlin), per unit, EUR',
      '',
      'unit       hours     staff  other     total  published  per post  coord.  wait med/p90  draft→pub.',
      'Marketing   1.58  8,413.00   5.01  8,418.01          1  8,418.01  21.1 %   1:30 / 5:00       36:30',
      '(none)      0.00      0.00   0.00      0.00          0         –       –         – / –           –',
      '─────────  ─────  ────────  ─────  ────────  ─────────  ────────  ──────  ────────────  ──────────',
      'Total       1.58  8,413.00   5.01  8,418.01          1  8,418.01  21.1 %   1:30 / 5:00       36:30',
      '',
      'Waits and lead times in h:mm; coord. = review and coordination over all time.',
      '',
    ]);
  });

  it('in German, with German numbers', () => {
    const text = renderCostReport({ ...report, groupBy: 'period', rows: [] }, 'de');
    expect(text).toContain('Kosten 2026-03-01 – 2026-04-30 (Europe/Berlin), pro Monat, EUR');
    expect(text).toContain('Nichts in diesem Zeitraum.');
    expect(text).toMatch(/^Gesamt +1,58 +8\.413,00 +5,01 +8\.418,01 +1 +8\.418,01 +21,1 %/m);
  });

  it('cuts long names', () => {
    const long = { ...report, rows: [{ ...report.rows[0]!, label: 'x'.repeat(40) }] };
    expect(renderCostReport(long, 'en')).toContain(`${'x'.repeat(31)}…`);
  });
});

describe('formatDuration', () => {
  it('h:mm', () => {
    expect(formatDuration(null)).toBe('–');
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(59)).toBe('0:59');
    expect(formatDuration(2_190)).toBe('36:30');
  });
});
