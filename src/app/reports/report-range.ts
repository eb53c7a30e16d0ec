import { TZDate } from '@date-fns/tz';
import { MAX_REPORT_DAYS } from '../../contracts/reports.ts';
import { dayNumber } from '../../core/costs/other-costs.ts';
import { localMidnightMs } from '../../core/costs/periods.ts';
import { badInput } from '../errors.ts';

/**
 * Report ranges `[from, to)` in the organization's time zone. A day given as `from` is its local
 * midnight; a day given as `to` is included, so the range ends at the next local midnight. An
 * instant is taken as it is.
 */

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The local midnight at the start of `date` (`YYYY-MM-DD`) in `timeZone`, as an instant. */
export function localMidnight(date: string, timeZone: string): Date {
  const d = new Date(dayNumber(date) * DAY_MS);
  return new Date(localMidnightMs(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), timeZone));
}

/** The local date (`YYYY-MM-DD`) of an instant in `timeZone`. */
export function localDateOf(at: Date, timeZone: string): string {
  const local = new TZDate(at.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** `date` moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** The first day of the month `months` months after the month of `date` (may be negative). */
export function addMonths(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** The report's range from the query; by default the 30 local days up to the end of today. */
export function resolveRange(
  query: { from?: string | undefined; to?: string | undefined },
  timeZone: string,
  now: Date,
): { from: Date; to: Date } {
  const to =
    query.to === undefined
      ? localMidnight(addDays(localDateOf(now, timeZone), 1), timeZone)
      : DATE.test(query.to)
        ? localMidnight(addDays(query.to, 1), timeZone)
        : new Date(query.to);
  const from =
    query.from === undefined
      ? localMidnight(addDays(localDateOf(new Date(to.getTime() - 1), timeZone), -29), timeZone)
      : DATE.test(query.from)
        ? localMidnight(query.from, timeZone)
        : new Date(query.from);
  if (from >= to) {
    throw badInput('querystring.to', 'range.order', 'The range must end after it starts.');
  }
  // An hour of slack: a local year may hold a day of 25 hours.
  if (to.getTime() - from.getTime() > MAX_REPORT_DAYS * DAY_MS + 3_600_000) {
    throw badInput(
      'querystring.to',
      'range.too_long',
      `A report may span at most ${MAX_REPORT_DAYS} days.`,
    );
  }
  return { from, to };
}
