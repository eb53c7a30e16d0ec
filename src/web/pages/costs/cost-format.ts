import type { CostReport } from '../../../contracts/reports.ts';
import { periodPlacer, type Period } from '../../../core/costs/periods.ts';

/** One point of the charts over time: a period with its figures, zero where nothing was spent. */
export interface PeriodPoint {
  key: string;
  start: string;
  hours: number;
  costCents: number;
  totalCostCents: number;
  /** 0–1; null when no minutes were spent. */
  coordinationShare: number | null;
}

/** Six hours: shorter than any period, so stepping never skips one, even across DST changes. */
const STEP_MS = 6 * 3_600_000;

/**
 * Every period between the report's `from` and `to`, in the organization's time zone, with the
 * report's rows where it has them. The report lists only periods with figures; a chart over time
 * must show the quiet ones as zero, not leave them out.
 */
export function fillPeriods(
  report: Pick<CostReport, 'from' | 'to' | 'timeZone' | 'period' | 'rows'>,
): PeriodPoint[] {
  const place = periodPlacer(report.period, report.timeZone);
  const byKey = new Map(report.rows.map((r) => [r.key, r]));
  const out: PeriodPoint[] = [];
  const seen = new Set<string>();
  const end = Date.parse(report.to);
  const push = (key: string, start: Date) => {
    if (seen.has(key)) return;
    seen.add(key);
    const row = byKey.get(key);
    out.push({
      key,
      start: row?.start ?? start.toISOString(),
      hours: row?.hours ?? 0,
      costCents: row?.costCents ?? 0,
      totalCostCents: row?.totalCostCents ?? 0,
      coordinationShare: row?.coordinationShare ?? null,
    });
  };
  for (let ms = Date.parse(report.from); ms < end; ms += STEP_MS) {
    const slot = place(new Date(ms));
    push(slot.key, slot.start);
  }
  // Rows the range did not produce (a server that counts periods differently) still show.
  for (const r of report.rows) if (r.key && r.start) push(r.key, new Date(r.start));
  return out.sort((a, b) => a.start.localeCompare(b.start));
}

/** A period's name: "March 2026", "week of 2 Mar 2026", "2 Mar 2026" (`short`: for chart axes). */
export function periodLabel(
  period: Period,
  start: string,
  opts: { locale: string; timeZone: string; short?: boolean; weekOf?: (date: string) => string },
): string {
  const { locale, timeZone, short = false } = opts;
  const date = new Date(start);
  if (period === 'month') {
    return new Intl.DateTimeFormat(locale, {
      month: short ? 'short' : 'long',
      year: short ? '2-digit' : 'numeric',
      timeZone,
    }).format(date);
  }
  const day = new Intl.DateTimeFormat(
    locale,
    short ? { day: 'numeric', month: 'short', timeZone } : { dateStyle: 'medium', timeZone },
  ).format(date);
  return period === 'week' && opts.weekOf ? opts.weekOf(day) : day;
}

/** A duration for reading: "45 min", "2 h 30 min", "3 d 4 h" in the locale's unit words. */
export function formatMinutes(minutes: number, locale: string): string {
  const unit = (value: number, u: 'minute' | 'hour' | 'day') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' }).format(value);
  const m = Math.round(minutes);
  if (m < 60) return unit(m, 'minute');
  if (m < 24 * 60) {
    const rest = m % 60;
    return rest
      ? `${unit(Math.floor(m / 60), 'hour')} ${unit(rest, 'minute')}`
      : unit(m / 60, 'hour');
  }
  const days = Math.floor(m / (24 * 60));
  const hours = Math.floor((m % (24 * 60)) / 60);
  return hours ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : unit(days, 'day');
}

/** Today's date in `timeZone`, as `YYYY-MM-DD`. */
export function localToday(timeZone: string, now: Date = new Date()): string {
  return periodPlacer('day', timeZone)(now).key;
}

/** `YYYY-MM-DD` moved by `days` (calendar arithmetic; no time zone involved). */
export function shiftDate(date: string, days: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included; null when either is not a date. */
export function daysInclusive(from: string, to: string): number | null {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to)) return null;
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.round((b - a) / 86_400_000) + 1;
}

/** The full name of a chart point for its tooltip (the axis shows the short one). */
export function pointName(payload: readonly { payload?: unknown }[] | undefined): string {
  const point = payload?.[0]?.payload as { name?: unknown } | undefined;
  return typeof point?.name === 'string' ? point.name : '';
}
