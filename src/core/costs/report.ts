import { z } from 'zod';
import type { ActivityEntry, PostTimeline, RateTable } from './activity.ts';
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
  return rows.sort(compareRows);
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

function compareRows(a: CostRow, b: CostRow): number {
  if (a.start && b.start) return a.start.getTime() - b.start.getTime();
  if (a.key === b.key) return 0;
  if (a.key === null) return 1;
  if (b.key === null) return -1;
  return a.key < b.key ? -1 : 1;
}
