import { sql } from 'kysely';
import { ACTIVITY_CATEGORIES } from '../../core/costs/activity.ts';
import type { PostFigures, TimeSums } from '../../core/costs/figures.ts';
import { periodPlacer, type Period } from '../../core/costs/periods.ts';
import type { CostDimension } from '../../core/costs/report.ts';
import type { Db } from '../../db/connect.ts';
import { postFiguresOf, postFiguresSql } from './read-post-figures.ts';
import { rolledTimeSql } from './read-rolled-time.ts';

/**
 * The groups of a cost report from the rollups, in one statement: each group's time
 * (read-rolled-time.ts) and its posts' figures (read-post-figures.ts), joined by key and in the
 * report's order (by period; else by id, the group without one last), with the titles by post.
 * The database sends them as one JSON value: a report by post has ten thousand groups, and the
 * driver's work per row and field, a second query with their ids for the titles, and merging and
 * sorting them here cost several times more.
 */

export interface ReportGroupsSource {
  organizationId: string;
  from: Date;
  to: Date;
  unitIds?: readonly string[] | null;
  by: CostDimension;
  period: Period;
  timeZone: string;
}

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

/** A time group: key, minutes, cent-minutes, then the minutes per category. */
type JsonTime = [string | null, number, number, ...number[]];
/** A posts' group: key, title, then the figures (see `PostFiguresSql`). */
type JsonPosts = [string | null, string | null, ...(number | number[] | null)[]];

export async function readReportGroups(db: Db, s: ReportGroupsSource): Promise<ReportGroups> {
  const time = rolledTimeSql(s);
  const bounds = time.bounds;
  const posts = postFiguresSql(s, bounds);
  const titled = s.by === 'post';
  const order = (key: string) =>
    s.by === 'period' ? sql`${sql.ref(key)}::int` : sql`${sql.ref(key)} collate "C" nulls last`;
  // Two statements at once (on PostgreSQL, two connections), each sorted by key: merging them
  // here is one pass.
  const [timeRows, postRows] = await Promise.all([
    sql<{ groups: string | null; mismatch: boolean }>`
      select (
        select json_agg(json_build_array(t.key, t.minutes, t.cent_minutes,
                 ${sql.join(ACTIVITY_CATEGORIES.map((c) => sql.ref(`t.${c}`)))})
               order by ${order('t.key')})
        from (${time.groups}) t
      )::text as groups,
      ${time.mismatch} as mismatch`.execute(db),
    sql<{ groups: string | null; total: string }>`
      with ${posts.ctes}
      select (
        select json_agg(json_build_array(p.key, ${titled ? sql`l.title` : sql`null`}, p.published,
                 p.open, p.leads, p.waits, p.lead_count, p.lead_median, p.lead_p90, p.wait_count,
                 p.wait_median, p.wait_p90)
               order by ${order('p.key')})
        from (${posts.groups}) p
        ${
          titled
            ? sql`left join posts l on l.organization_id = ${s.organizationId}
                    and l.id = p.key::uuid`
            : sql``
        }
      )::text as groups,
      (select json_build_array(z.published, z.open, z.leads, z.waits)
       from (${posts.total}) z)::text as total`.execute(db),
  ]);

  const place = bounds ? periodPlacer(s.period, s.timeZone) : null;
  const slotOf = (key: string | null) =>
    place ? place(bounds![Number(key) - 1]!) : { key, start: undefined };
  const timeGroups = JSON.parse(timeRows.rows[0]!.groups ?? '[]') as JsonTime[];
  const postGroups = JSON.parse(postRows.rows[0]!.groups ?? '[]') as JsonPosts[];
  // Both in the report's order: by period number, else by id (C collation: as JS compares
  // ASCII strings) with the group without one last.
  const before = (a: string | null, b: string | null) =>
    s.by === 'period' ? Number(a) < Number(b) : b === null ? a !== null : a !== null && a < b;
  const groups: ReportGroup[] = [];
  let i = 0;
  let j = 0;
  while (i < timeGroups.length || j < postGroups.length) {
    const t = timeGroups[i];
    const p = postGroups[j];
    const key = t && (!p || t[0] === p[0] || before(t[0], p[0])) ? t[0] : p![0];
    const tHere = t !== undefined && t[0] === key;
    const pHere = p !== undefined && p[0] === key;
    const slot = slotOf(key);
    const c = tHere ? (t.slice(3) as number[]) : null;
    groups.push({
      key: slot.key,
      start: slot.start,
      minutes: tHere ? t[1] : 0,
      centMinutes: tHere ? t[2] : 0,
      byCategory: {
        create: c ? c[0]! : 0,
        review: c ? c[1]! : 0,
        coordinate: c ? c[2]! : 0,
        respond: c ? c[3]! : 0,
        train: c ? c[4]! : 0,
        plan: c ? c[5]! : 0,
      },
      posts: pHere ? postFiguresOf(valuesOf(p), titled) : undefined,
      otherCents: 0,
      label: titled ? ((pHere ? p[1] : null) ?? undefined) : undefined,
    });
    if (tHere) i++;
    if (pHere) j++;
  }
  const [published, open, leads, waits] = JSON.parse(postRows.rows[0]!.total) as (
    number | number[] | null
  )[];
  return {
    groups,
    postTotal: postFiguresOf(
      {
        published: published as number,
        open: open as number,
        leads: leads as number[] | null,
        waits: waits as number[] | null,
      },
      false,
    ),
    mismatch: timeRows.rows[0]!.mismatch,
  };
}

function valuesOf(p: JsonPosts) {
  return {
    published: p[2] as number,
    open: p[3] as number,
    leads: p[4] as number[] | null,
    waits: p[5] as number[] | null,
    leadCount: p[6] as number | null,
    leadMedian: p[7] as number | null,
    leadP90: p[8] as number | null,
    waitCount: p[9] as number | null,
    waitMedian: p[10] as number | null,
    waitP90: p[11] as number | null,
  };
}
