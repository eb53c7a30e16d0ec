import { sql } from 'kysely';
import type { PostFigures, TimeSums } from '../../core/costs/figures.ts';
import { periodPlacer } from '../../core/costs/periods.ts';
import { compareCostRows } from '../../core/costs/report.ts';
import type { Db } from '../../db/connect.ts';
import {
  postFiguresAt,
  postFiguresColumnsSql,
  postFiguresOf,
  postFiguresSql,
  postTotalOf,
  type PostFiguresColumns,
} from './read-post-figures.ts';
import {
  rolledTimeColumnsSql,
  rolledTimeOf,
  rolledTimeSql,
  type RolledTimeSource,
} from './read-rolled-time.ts';

/**
 * The groups of a cost report from the rollups: each group's time (read-rolled-time.ts) and its
 * posts' figures (read-post-figures.ts), joined by key, with the titles by post, in the report's
 * order (`compareCostRows`). Each statement sends its groups as one JSON value, a column per
 * figure: a report by post has ten thousand groups, and the driver's work per row and field, an
 * array per group, or sorting in the database (per statement, then merged) cost several times
 * more than one sort here.
 */

/** What a report reads: the same as its time (read-rolled-time.ts). */
export type ReportGroupsSource = RolledTimeSource;

/** One group of a report, its time summed in. */
export interface ReportGroup extends TimeSums {
  /** The group's id, or by period its key; null for time and posts without one. */
  key: string | null;
  /** By period: the period's first instant. */
  start: Date | undefined;
  posts: PostFigures | undefined;
  /** Other costs (not read here: 0). */
  otherCents: number;
  /** By post: its title ('' for none); else not read here. */
  label: string | undefined;
}

export interface ReportGroups {
  /** In the report's order (`compareCostRows`). */
  groups: ReportGroup[];
  /** The figures of all the posts, each once. */
  postTotal: PostFigures;
  /**
   * The rollups do not line up with the report's periods: the groups' time is not to be used
   * (read the log, read-time.ts); their posts' figures are.
   */
  mismatch: boolean;
}

/** A group with nothing in it yet: no time, no posts, no other costs. */
export function emptyGroup(key: string | null, start: Date | undefined): ReportGroup {
  return {
    key,
    start,
    minutes: 0,
    centMinutes: 0,
    byCategory: { create: 0, review: 0, coordinate: 0, respond: 0, train: 0, plan: 0 },
    posts: undefined,
    otherCents: 0,
    label: undefined,
  };
}

export async function readReportGroups(db: Db, s: ReportGroupsSource): Promise<ReportGroups> {
  const time = rolledTimeSql(s);
  const bounds = time.bounds;
  const posts = postFiguresSql(s, bounds);
  // Two statements at once (on PostgreSQL, two connections), each a column per figure and in no
  // order: the groups are merged by key and sorted once here.
  const [timeRows, postRows] = await Promise.all([
    sql<{ groups: string | null; mismatch: boolean }>`
      select (select ${rolledTimeColumnsSql('t')} from (${time.groups}) t)::text as groups,
             ${time.mismatch} as mismatch`.execute(db),
    sql<{ groups: string; total: string | null }>`
      with ${posts.ctes}
      select (select ${postFiguresColumnsSql('p', s.by)} from (${posts.groups}) p)::text as groups,
             ${
               posts.total
                 ? sql`(select json_build_array(z.published, z.open, z.leads, z.waits)
                        from (${posts.total}) z)::text`
                 : sql`null::text`
             } as total`.execute(db),
  ]);

  const place = bounds ? periodPlacer(s.period, s.timeZone) : null;
  const t = rolledTimeOf(timeRows.rows[0]!.groups, bounds);
  const groups: ReportGroup[] = [];
  const byKey = new Map<string | null, ReportGroup>();
  for (let i = 0; i < t.keys.length; i++) {
    const slot = place ? place(t.starts![i]!) : { key: t.keys[i]!, start: undefined };
    const c = t.byCategory;
    // Written out field by field: a report by post makes ten thousand of these.
    const group: ReportGroup = {
      key: slot.key,
      start: slot.start,
      minutes: t.minutes[i]!,
      centMinutes: t.centMinutes[i]!,
      byCategory: {
        create: c.create[i]!,
        review: c.review[i]!,
        coordinate: c.coordinate[i]!,
        respond: c.respond[i]!,
        train: c.train[i]!,
        plan: c.plan[i]!,
      },
      posts: undefined,
      otherCents: 0,
      label: undefined,
    };
    groups.push(group);
    byKey.set(slot.key, group);
  }
  const p = JSON.parse(postRows.rows[0]!.groups) as PostFiguresColumns;
  for (let j = 0; j < (p.keys?.length ?? 0); j++) {
    const key = p.keys![j]!;
    const slot = place ? place(bounds![Number(key) - 1]!) : { key, start: undefined };
    let group = byKey.get(slot.key);
    if (group === undefined) {
      group = emptyGroup(slot.key, slot.start);
      groups.push(group);
    }
    group.posts = postFiguresAt(p, j);
    if (p.titles) group.label = p.titles[j] ?? undefined;
  }
  groups.sort(compareCostRows);

  const total = postRows.rows[0]!.total;
  let postTotal: PostFigures;
  if (total === null) postTotal = postTotalOf(p);
  else {
    const [published, open, leads, waits] = JSON.parse(total) as [
      number,
      number,
      number[] | null,
      number[] | null,
    ];
    postTotal = postFiguresOf(published, open, leads, waits);
  }
  return { groups, postTotal, mismatch: timeRows.rows[0]!.mismatch };
}
