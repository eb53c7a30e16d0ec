import type { CostFiguresView, CostReport } from '../../contracts/reports.ts';
import { ACTIVITY_CATEGORIES } from '../../core/costs/activity.ts';

/**
 * The cost report as CSV (RFC 4180): a header, one line per row, then the total (`row` = `total`).
 * Amounts in the currency's units with two decimals (`12.34`, the `currency` column says which),
 * minutes as integers, shares with four decimals. Column names are stable English keys for
 * scripts and spreadsheets; lines end in CRLF.
 */

const FIGURE_COLUMNS = [
  'minutes',
  'hours',
  'cost',
  'other_cost',
  'total_cost',
  ...ACTIVITY_CATEGORIES.map((c) => `${c}_minutes`),
  'coordination_share',
  'published_posts',
  'cost_per_published_post',
  'total_cost_per_published_post',
  'approval_wait_count',
  'approval_wait_median_minutes',
  'approval_wait_p90_minutes',
  'approval_wait_open',
  'draft_to_published_count',
  'draft_to_published_median_minutes',
  'draft_to_published_p90_minutes',
];

export const CSV_COLUMNS = ['row', 'key', 'label', 'start', 'currency', ...FIGURE_COLUMNS];

/** Cents as an amount with two decimals, in integer arithmetic (no binary fractions). */
export function amountOf(cents: number | null): string {
  if (cents === null) return '';
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** One CSV field: quoted when it holds a comma, a quote or a line break (quotes doubled). */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or CR)
 * gets a leading `'`, so a post title cannot become a formula in someone's spreadsheet.
 */
export function inertText(text: string | null): string | null {
  return text !== null && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function figures(f: CostFiguresView): (string | number | null)[] {
  return [
    f.minutes,
    f.hours.toFixed(2),
    amountOf(f.costCents),
    amountOf(f.otherCostCents),
    amountOf(f.totalCostCents),
    ...ACTIVITY_CATEGORIES.map((c) => f.minutesByCategory[c]),
    f.coordinationShare === null ? null : f.coordinationShare.toFixed(4),
    f.publishedPosts,
    amountOf(f.costPerPublishedPostCents),
    amountOf(f.totalCostPerPublishedPostCents),
    f.approvalWait.count,
    f.approvalWait.medianMinutes,
    f.approvalWait.p90Minutes,
    f.approvalWait.open,
    f.draftToPublished.count,
    f.draftToPublished.medianMinutes,
    f.draftToPublished.p90Minutes,
  ];
}

/** The report as CSV text. */
export function costReportCsv(report: CostReport): string {
  const line = (cells: (string | number | null)[]) => cells.map(csvField).join(',');
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of report.rows) {
    lines.push(
      line(['group', row.key, inertText(row.label), row.start, report.currency, ...figures(row)]),
    );
  }
  lines.push(line(['total', null, null, null, report.currency, ...figures(report.total)]));
  return lines.join('\r\n') + '\r\n';
}
