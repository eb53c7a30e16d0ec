import { addDays, addMonths, localDateOf, localMidnight } from './report-range.ts';

/**
 * Which parts of a report's range the rollups can answer: whole local years, months and days of
 * the organization's time zone (the grains of `report_time`) inside `[from, to)` that no period
 * boundary of the report falls inside, largest first; the rest (the edges of a range that does
 * not start or end at local midnight, and any day a boundary cuts) is read from the log.
 */

export type Grain = 'day' | 'month' | 'year';

export interface CoverInterval {
  grain: Grain;
  /** Local midnight of its first day. */
  start: Date;
  /** Local midnight after its last day. */
  end: Date;
}

export interface Cover {
  intervals: CoverInterval[];
  /** The rest of the range, in order, adjacent parts merged. */
  gaps: { from: Date; to: Date }[];
}

/** `[from, to)` as rollup intervals and gaps; `cuts` are instants no interval may contain. */
export function coverRange(from: Date, to: Date, timeZone: string, cuts: readonly Date[]): Cover {
  const fromMs = from.getTime();
  const toMs = to.getTime();
  const inner = cuts
    .map((c) => c.getTime())
    .filter((c) => c > fromMs && c < toMs)
    .sort((a, b) => a - b);
  /** Whether a cut lies strictly inside `(start, end)`. */
  const cutInside = (start: number, end: number): boolean => {
    let lo = 0;
    let hi = inner.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (inner[mid]! <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo < inner.length && inner[lo]! < end;
  };
  const midnight = (date: string) => localMidnight(date, timeZone).getTime();

  const cover: Cover = { intervals: [], gaps: [] };
  const gap = (a: number, b: number) => {
    if (a >= b) return;
    const last = cover.gaps.at(-1);
    if (last && last.to.getTime() === a) last.to = new Date(b);
    else cover.gaps.push({ from: new Date(a), to: new Date(b) });
  };

  let date = localDateOf(from, timeZone);
  let start = midnight(date);
  if (start < fromMs) {
    date = addDays(date, 1);
    start = midnight(date);
  }
  if (start >= toMs) {
    gap(fromMs, toMs);
    return cover;
  }
  gap(fromMs, start);
  for (;;) {
    const candidates: [Grain, string][] = [];
    if (date.endsWith('-01-01')) candidates.push(['year', addMonths(date, 12)]);
    if (date.endsWith('-01')) candidates.push(['month', addMonths(date, 1)]);
    candidates.push(['day', addDays(date, 1)]);
    let advanced = false;
    for (const [grain, next] of candidates) {
      const end = midnight(next);
      if (end > toMs) continue;
      if (cutInside(start, end)) {
        if (grain !== 'day') continue;
        gap(start, end);
      } else if (end > start) {
        cover.intervals.push({ grain, start: new Date(start), end: new Date(end) });
      }
      date = next;
      start = Math.max(start, end);
      advanced = true;
      break;
    }
    if (!advanced) break;
  }
  gap(start, toMs);
  return cover;
}
