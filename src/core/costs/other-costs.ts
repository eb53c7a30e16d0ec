import { localMidnightMs } from './periods.ts';

/**
 * Costs beyond staff time (tools, ads, agencies): an amount in integer cents over a span of local
 * calendar days, both ends included. The amount is spread evenly over the days; the cents that do
 * not divide go one each to the first days, so the days always add up to the amount exactly and a
 * report over any set of periods never gains or loses a cent.
 */

export interface OtherCostSpan {
  amountCents: number;
  /** `YYYY-MM-DD`, a local date of the organization. */
  startsOn: string;
  /** `YYYY-MM-DD`, inclusive; not before `startsOn`. */
  endsOn: string;
}

export interface CostDay {
  /** `YYYY-MM-DD`. */
  day: string;
  /** Local midnight at the start of the day, as an instant. */
  start: Date;
  cents: number;
}

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number (days since 1970-01-01) of a `YYYY-MM-DD` date; throws RangeError if invalid. */
export function dayNumber(date: string): number {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`not a date: ${date}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Date.UTC rolls 2026-02-30 over into March: a date that does not come back is not one.
  if (new Date(ms).toISOString().slice(0, 10) !== date) throw new RangeError(`not a date: ${date}`);
  return ms / DAY_MS;
}

/** The days of the span, both ends included (1 for a single day). */
export function daysOf(span: Pick<OtherCostSpan, 'startsOn' | 'endsOn'>): number {
  const days = dayNumber(span.endsOn) - dayNumber(span.startsOn) + 1;
  if (days < 1) throw new RangeError(`${span.endsOn} is before ${span.startsOn}`);
  return days;
}

/** The cents of an amount spread over `days` that fall on day `i` (0-based). */
export function centsOnDay(amountCents: number, days: number, i: number): number {
  return Math.floor(amountCents / days) + (i < amountCents % days ? 1 : 0);
}

/**
 * The days of `span` with their cents, each with the instant its local midnight begins in
 * `timeZone`. With `range`, only the days whose start lies in `[from, to)`. Days without a cent
 * (an amount smaller than the number of days) are left out.
 */
export function spreadOverDays(
  span: OtherCostSpan,
  timeZone: string,
  range?: { from: Date; to: Date },
): CostDay[] {
  const first = dayNumber(span.startsOn);
  const days = daysOf(span);
  const out: CostDay[] = [];
  for (let i = 0; i < days; i++) {
    const cents = centsOnDay(span.amountCents, days, i);
    if (cents === 0) continue;
    const utc = new Date((first + i) * DAY_MS);
    const start = new Date(
      localMidnightMs(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), timeZone),
    );
    if (range && (start < range.from || start >= range.to)) continue;
    out.push({ day: utc.toISOString().slice(0, 10), start, cents });
  }
  return out;
}
