import { TZDate, tzOffset } from '@date-fns/tz';

/**
 * Calendar periods in the organization's time zone, for reports per day, week or month. Weeks are
 * ISO weeks (Monday to Sunday; week 1 holds the year's first Thursday), keyed `2026-W09`; days
 * `2026-03-01`; months `2026-03`. Each period also has its start, the instant of local midnight.
 */

export const PERIODS = ['day', 'week', 'month'] as const;
export type Period = (typeof PERIODS)[number];

export interface PeriodSlot {
  key: string;
  /** Local midnight at the start of the period, as an instant. */
  start: Date;
}

const DAY_MS = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * What every placer of a zone asks again, kept per process: the zone's UTC offset per UTC day and
 * the instants local days begin (Intl takes microseconds per question, and a report by day asks
 * about each day several times). The answers never change while the process runs; each zone's
 * cache starts over past `MAX_CACHED` entries.
 */
interface ZoneCache {
  offsets: Map<number, number>;
  midnights: Map<number, number>;
}
const zoneCaches = new Map<string, ZoneCache>();
const MAX_CACHED = 100_000;

function zoneCache(timeZone: string): ZoneCache {
  let cache = zoneCaches.get(timeZone);
  if (cache === undefined || cache.offsets.size + cache.midnights.size > MAX_CACHED) {
    cache = { offsets: new Map(), midnights: new Map() };
    zoneCaches.set(timeZone, cache);
  }
  return cache;
}

/**
 * The instant local midnight begins on `year`-`month`-`day` (month 0-based, a valid date) in
 * `timeZone`, as `TZDate` has it (on a day without a midnight, the first instant of the day).
 */
export function localMidnightMs(
  year: number,
  month: number,
  day: number,
  timeZone: string,
): number {
  const { midnights } = zoneCache(timeZone);
  const key = (year * 12 + month) * 31 + day;
  let ms = midnights.get(key);
  if (ms === undefined) {
    ms = new TZDate(year, month, day, timeZone).getTime();
    midnights.set(key, ms);
  }
  return ms;
}

/**
 * A function that places instants into `period`s of `timeZone` (IANA name or UTC offset). It
 * uses the zone's UTC offset per UTC day (cached, see `zoneCache`), and asks per instant only on
 * days when the offset changes. Throws `RangeError` for an
 * unknown time zone; the organization's zone is validated where it is set.
 */
export function periodPlacer(period: Period, timeZone: string): (at: Date) => PeriodSlot {
  const { offsets } = zoneCache(timeZone);
  const slots = new Map<string, PeriodSlot>();

  const offsetMinutes = (ms: number): number => {
    const day = Math.floor(ms / DAY_MS);
    let offset = offsets.get(day);
    if (offset === undefined) {
      const atStart = tzOffset(timeZone, new Date(day * DAY_MS));
      if (Number.isNaN(atStart)) throw new RangeError(`unknown time zone: ${timeZone}`);
      // Equal at both ends: no change in between (zones change their offset at most once a day).
      offset = atStart === tzOffset(timeZone, new Date((day + 1) * DAY_MS)) ? atStart : NaN;
      offsets.set(day, offset);
    }
    return Number.isNaN(offset) ? tzOffset(timeZone, new Date(ms)) : offset;
  };

  const slot = (key: string, year: number, month: number, day: number): PeriodSlot => {
    let known = slots.get(key);
    if (known === undefined) {
      known = { key, start: new Date(localMidnightMs(year, month, day, timeZone)) };
      slots.set(key, known);
    }
    return known;
  };

  return (at: Date): PeriodSlot => {
    const ms = at.getTime();
    if (Number.isNaN(ms)) throw new RangeError('invalid date');
    // The local calendar day as a day number, then plain UTC calendar arithmetic on it.
    const localDay = Math.floor((ms + offsetMinutes(ms) * 60_000) / DAY_MS);
    const local = new Date(localDay * DAY_MS);
    const y = local.getUTCFullYear();
    const m = local.getUTCMonth();
    switch (period) {
      case 'day':
        return slot(`${y}-${pad(m + 1)}-${pad(local.getUTCDate())}`, y, m, local.getUTCDate());
      case 'month':
        return slot(`${y}-${pad(m + 1)}`, y, m, 1);
      case 'week': {
        const monday = localDay - ((local.getUTCDay() + 6) % 7);
        const thursday = new Date((monday + 3) * DAY_MS);
        const isoYear = thursday.getUTCFullYear();
        const week = Math.floor((monday + 3 - Date.UTC(isoYear, 0, 1) / DAY_MS) / 7) + 1;
        const start = new Date(monday * DAY_MS);
        return slot(
          `${isoYear}-W${pad(week)}`,
          start.getUTCFullYear(),
          start.getUTCMonth(),
          start.getUTCDate(),
        );
      }
    }
  };
}
