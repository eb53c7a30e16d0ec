import { z } from 'zod';
import type { ActivityEntry, PostTimeline, RateTable } from './activity.ts';
import { ACTIVITY_CATEGORIES } from './activity.ts';
import type { CostFigures, TimeSums } from './figures.ts';
import { addEntry, costFiguresOf, emptyTimeSums } from './figures.ts';
import type { Period } from './periods.ts';
import { periodPlacer, PERIODS } from './periods.ts';

/**
 * Cost reports: the figures of figures.ts per period, unit, channel, campaign, member or post.
 *
 * Where an entry or a post lands:
 * - `period`: an entry by its time; a post by its publication, or its creation while unpublished.
 * - `unit`, `channel`, `campaign`, `post`: the entry's id of that kind (none → the `null` row);
 *   a post by its unit, each of its channels (so a post on two channels counts in both rows), its
 *   campaign, itself.
 * - `member`: an entry by who spent the time, a post by its author.
 * Rows are rounded each on its own, so their costs may differ from the total's by a cent or so.
 */

export const COST_DIMENSIONS = ['period', 'unit', 'channel', 'campaign', 'member', 'post'] as const;
export type CostDimension = (typeof COST_DIMENSIONS)[number];

export interface CostReportOptions {
  by: CostDimension;
  rates: RateTable;
  /** The organization's time zone (IANA); periods are local days, ISO weeks or months. */
  timeZone: string;
  /** For `by: 'period'`; default `month`. */
  period?: Period;
}

export interface CostRow extends CostFigures {
  /** The id (or period key) of the group; null: entries and posts without one. */
  key: string | null;
  /** `by: 'period'` only: the period's first instant. */
  start?: Date;
}

/** What a report is asked for at a boundary (the rates and time zone come from the organization). */
export const costReportQuerySchema = z.object({
  by: z.enum(COST_DIMENSIONS),
  period: z.enum(PERIODS).default('month'),
});

interface Group {
  key: string | null;
  start?: Date;
  sums: TimeSums;
  timelines: PostTimeline[];
}

/**
 * The figures per group of `options.by`, ordered by period start or by key (the `null` row last).
 * O(entries + timelines · channels) plus a sort per group for the percentiles.
 */
export function costReport(
  entries: readonly ActivityEntry[],
  timelines: readonly PostTimeline[],
  options: CostReportOptions,
): CostRow[] {
  const { by, rates } = options;
  const groups = new Map<string | null, Group>();
  const group = (key: string | null, start?: Date): Group => {
    let g = groups.get(key);
    if (g === undefined) {
      g = { key, sums: emptyTimeSums(), timelines: [], ...(start ? { start } : {}) };
      groups.set(key, g);
    }
    return g;
  };

  if (by === 'period') {
    const place = periodPlacer(options.period ?? 'month', options.timeZone);
    for (const e of entries) {
      const slot = place(e.at);
      addEntry(group(slot.key, slot.start).sums, e, rates);
    }
    for (const t of timelines) {
      const slot = place(t.publishedAt ?? t.createdAt);
      group(slot.key, slot.start).timelines.push(t);
    }
  } else {
    for (const e of entries) addEntry(group(entryKey(e, by)).sums, e, rates);
    for (const t of timelines) {
      for (const key of timelineKeys(t, by)) group(key).timelines.push(t);
    }
  }

  const rows = [...groups.values()].map((g): CostRow => ({
    key: g.key,
    ...(g.start ? { start: g.start } : {}),
    ...costFiguresOf(g.sums, g.timelines),
  }));
  return rows.sort(compareCostRows);
}

/** Time already summed per group elsewhere (a database adds up the entries where they are). */
export interface SummedGroup {
  /** For `by: 'period'`: an instant inside the period (it is placed as an entry would be). */
  at?: Date;
  /** For the other dimensions: the group's id, null for time without one. */
  key?: string | null;
  sums: TimeSums;
}

/**
 * `costReport` from time summed per group instead of single entries: the same rows, for callers
 * that sum minutes and cent-minutes (minutes × the member's hourly rate) where the entries are, so
 * that only the sums travel. Groups with the same key (or period) are added up; timelines are
 * placed as in `costReport`. `options.rates` is not needed: the cent-minutes carry the rates.
 */
export function costReportOfSums(
  summed: readonly SummedGroup[],
  timelines: readonly PostTimeline[],
  options: Omit<CostReportOptions, 'rates'>,
): CostRow[] {
  const { by } = options;
  const groups = new Map<string | null, Group>();
  const group = (key: string | null, start?: Date): Group => {
    let g = groups.get(key);
    if (g === undefined) {
      g = { key, sums: emptyTimeSums(), timelines: [], ...(start ? { start } : {}) };
      groups.set(key, g);
    }
    return g;
  };
  const place = by === 'period' ? periodPlacer(options.period ?? 'month', options.timeZone) : null;
  for (const s of summed) {
    let g: Group;
    if (place) {
      if (!s.at) throw new RangeError('a summed group of a period report needs `at`');
      const slot = place(s.at);
      g = group(slot.key, slot.start);
    } else {
      g = group(s.key ?? null);
    }
    addSums(g.sums, s.sums);
  }
  for (const t of timelines) {
    if (place) {
      const slot = place(t.publishedAt ?? t.createdAt);
      group(slot.key, slot.start).timelines.push(t);
    } else {
      for (const key of timelineKeys(t, by as Exclude<CostDimension, 'period'>)) {
        group(key).timelines.push(t);
      }
    }
  }
  return [...groups.values()]
    .map((g): CostRow => ({
      key: g.key,
      ...(g.start ? { start: g.start } : {}),
      ...costFiguresOf(g.sums, g.timelines),
    }))
    .sort(compareCostRows);
}

/** Adds `more` into `sums`. */
export function addSums(sums: TimeSums, more: TimeSums): void {
  sums.minutes += more.minutes;
  sums.centMinutes += more.centMinutes;
  for (const k of ACTIVITY_CATEGORIES) sums.byCategory[k] += more.byCategory[k];
}

function entryKey(e: ActivityEntry, by: Exclude<CostDimension, 'period'>): string | null {
  switch (by) {
    case 'unit':
      return e.unitId ?? null;
    case 'channel':
      return e.channelId ?? null;
    case 'campaign':
      return e.campaignId ?? null;
    case 'member':
      return e.memberId;
    case 'post':
      return e.postId ?? null;
  }
}

function timelineKeys(
  t: PostTimeline,
  by: Exclude<CostDimension, 'period'>,
): readonly (string | null)[] {
  switch (by) {
    case 'unit':
      return [t.unitId];
    case 'channel':
      return t.channelIds.length > 0 ? t.channelIds : [null];
    case 'campaign':
      return [t.campaignId ?? null];
    case 'member':
      return [t.authorId];
    case 'post':
      return [t.postId];
  }
}

/** The order of a report's rows: by period start, else by key with the `null` row last. */
export function compareCostRows(
  a: { key: string | null; start?: Date | undefined },
  b: { key: string | null; start?: Date | undefined },
): number {
  if (a.start && b.start) return a.start.getTime() - b.start.getTime();
  if (a.key === b.key) return 0;
  if (a.key === null) return 1;
  if (b.key === null) return -1;
  return a.key < b.key ? -1 : 1;
}
