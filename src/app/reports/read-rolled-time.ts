import { sql, type RawBuilder } from 'kysely';
import { ACTIVITY_CATEGORIES, type ActivityCategory } from '../../core/costs/activity.ts';
import type { TimeSums } from '../../core/costs/figures.ts';
import type { Period } from '../../core/costs/periods.ts';
import type { CostDimension, SummedGroup } from '../../core/costs/report.ts';
import type { Db } from '../../db/connect.ts';
import { coverRange, type Grain } from './report-cover.ts';
import { periodStarts } from './read-time.ts';

/**
 * The time of the cost reports from the rollups (migration 2026-11-30T0300-report-rollups): the
 * same groups as `readSummedTime` reads from the log, in a few hundred rows. The range is read as
 * whole local years, months and days of `report_time` (report-cover.ts) plus, from the log, the
 * edges that are not whole days (the view `report_time_facts`, the rollups' own definition of
 * what time was spent on). By channel, time on a post of several channels spent on none of them
 * is summed per member, post and kind over the whole range first (`report_split_time` and the
 * edges), then split over the post's current channels as `readSummedTime` does.
 *
 * Where the rollups do not line up with the periods the report expects (another time zone, or
 * time zone data that disagree with PostgreSQL's), the log is read instead.
 */

export interface RolledTimeSource {
  organizationId: string;
  from: Date;
  to: Date;
  /** Only time on these units (see read-time.ts); null: all of the organization's. */
  unitIds?: readonly string[] | null;
  by: CostDimension;
  period: Period;
  timeZone: string;
}

/** The time of a report's groups, a column per figure (one entry per group in each). */
export interface RolledTime {
  /** The group's id; null for time without one, and by period. */
  keys: (string | null)[];
  /** By period: the first instant of each group's period; else null. */
  starts: Date[] | null;
  minutes: number[];
  centMinutes: number[];
  byCategory: Record<ActivityCategory, number[]>;
}

type JsonColumns = {
  keys: (string | null)[] | null;
  minutes: number[];
  centMinutes: number[];
} & Record<ActivityCategory, number[]>;

const SLACK_MS = { day: 2 * 86_400_000, month: 32 * 86_400_000, year: 367 * 86_400_000 };

const categoryColumns = (of: (c: (typeof ACTIVITY_CATEGORIES)[number]) => RawBuilder<unknown>) =>
  sql.join(ACTIVITY_CATEGORIES.map((c) => sql`${of(c)} as ${sql.ref(`${c}_minutes`)}`));

/**
 * The rollups' time of a report as SQL: `groups` selects a row per group with its `key` (the
 * group's id as text; by period, the number of its period, see `bounds`), its `minutes`,
 * `cent_minutes` and minutes per category (float8: exact below 2^53); `mismatch` is true when the
 * rollups do not line up with the report's periods (then the log must be read instead).
 */
export interface RolledTimeSql {
  groups: RawBuilder<unknown>;
  mismatch: RawBuilder<unknown>;
  /** By period: the periods' first instants (period n starts at `bounds[n − 1]`). */
  bounds: Date[] | null;
}

export function rolledTimeSql(s: RolledTimeSource): RolledTimeSql {
  const org = s.organizationId;
  const bounds = s.by === 'period' ? periodStarts(s.from, s.to, s.period, s.timeZone) : null;
  const cover = coverRange(s.from, s.to, s.timeZone, bounds ?? []);
  const dim =
    s.by === 'period'
      ? s.unitIds
        ? 'unit'
        : 'total'
      : s.by === 'member' && s.unitIds
        ? 'member_unit'
        : s.by;
  const intervals = cover.intervals;
  const gaps =
    cover.gaps.length === 0
      ? null
      : sql.join(
          cover.gaps.map((g) => sql`(f.at >= ${g.from} and f.at < ${g.to})`),
          sql` or `,
        );

  // The intervals as runs of one grain that follow each other without a gap: a row of that
  // grain whose first instant lies in a run is one of its intervals, unless the periods do not
  // line up (`mismatch` below finds that). One index range per run, not a probe per interval.
  const runs: { grain: Grain; from: Date; to: Date }[] = [];
  for (const i of intervals) {
    const last = runs.at(-1);
    if (last && last.grain === i.grain && last.to.getTime() === i.start.getTime()) last.to = i.end;
    else runs.push({ grain: i.grain, from: i.start, to: i.end });
  }
  const inRuns = (alias: string) =>
    sql.join(
      runs.map(
        (r) => sql`(${sql.ref(`${alias}.grain`)} = ${r.grain}
          and ${sql.ref(`${alias}.starts_at`)} >= ${r.from}
          and ${sql.ref(`${alias}.starts_at`)} < ${r.to})`,
      ),
      sql` or `,
    );
  // Every row that may overlap a run: rows of its grain that begin up to a period before it.
  const nearRuns = sql.join(
    runs.map(
      (r) => sql`(r.grain = ${r.grain}
        and r.starts_at >= ${new Date(r.from.getTime() - SLACK_MS[r.grain])}
        and r.starts_at < ${r.to})`,
    ),
    sql` or `,
  );
  const bucket = bounds
    ? (column: string) => sql`width_bucket(${sql.ref(column)}, ${bounds}::timestamptz[])`
    : () => sql`null::int`;
  const parts: RawBuilder<unknown>[] = [];
  if (intervals.length > 0) {
    parts.push(sql`
      select ${bucket('r.starts_at')}, r.key, r.unit_id, r.minutes, r.cent_minutes,
             ${categoryColumns((c) => sql.ref(`r.${c}_minutes`))}
      from report_time r
      where r.organization_id = ${org} and r.dim = ${dim} and (${inRuns('r')})`);
  }
  if (gaps) {
    parts.push(sql`
      select ${bucket('f.at')},
             k.key, k.unit_id, f.minutes::int8, f.minutes::int8 * f.rate,
             ${categoryColumns((c) => sql`(case when f.category = ${c} then f.minutes else 0 end)::int8`)}
      from report_time_facts f
      cross join lateral report_time_keys(f.unit_base, f.member_unit, f.nothing,
        f.attributed_campaign_id, f.member_id, f.post_id, f.attributed_channel_id, f.split) k
      where f.organization_id = ${org} and (${gaps}) and f.minutes > 0 and k.dim = ${dim}`);
  }
  if (s.by === 'channel') {
    const pieces: RawBuilder<unknown>[] = [];
    if (intervals.length > 0) {
      pieces.push(sql`
        select x.post_id, x.member_id, x.source, x.category, x.unit_id, x.campaign_id,
               x.scope_unit_id, x.minutes, x.cent_minutes
        from report_split_time x
        where x.organization_id = ${org} and (${inRuns('x')})`);
    }
    if (gaps) {
      pieces.push(sql`
        select f.post_id, f.member_id, f.source, f.category, f.unit_id, f.campaign_id,
               coalesce(f.unit_base, f.member_unit), f.minutes::int8, f.minutes::int8 * f.rate
        from report_time_facts f
        where f.organization_id = ${org} and (${gaps}) and f.minutes > 0 and f.split`);
    }
    // Each member's minutes per post and kind over the range, split over the post's channels
    // in their order: the minutes that do not divide go one each to the first channels.
    const share = sql`(g.t / v.n + case when v.r <= g.t % v.n then 1 else 0 end)`;
    parts.push(sql`
      select null::int, v.channel_id, g.scope_unit_id, ${share}, ${share} * (g.c / g.t),
             ${categoryColumns((c) => sql`case when g.category = ${c} then ${share} else 0 end`)}
      from (
        select p.post_id, p.category, p.scope_unit_id, sum(p.minutes)::int8 as t,
               sum(p.cent_minutes)::int8 as c
        from (${sql.join(pieces, sql` union all `)}) p
        group by p.post_id, p.member_id, p.source, p.category, p.unit_id, p.campaign_id,
                 p.scope_unit_id
        having sum(p.minutes) > 0
      ) g
      cross join lateral (
        select pv.channel_id,
               row_number() over (order by pv.position, pv.channel_id) as r,
               count(*) over () as n
        from post_variants pv
        where pv.organization_id = ${org} and pv.post_id = g.post_id
      ) v`);
  }
  // In float8: exact for integers below 2^53, and a far smaller, faster state than numeric.
  const sum = (column: string) => sql`sum(${sql.ref(`y.${column}`)}::float8)`;
  // Grouped by the uuid or number, as text once per group (not per row); the having clause is
  // the selected sum, computed once (not a second, numeric sum).
  const group = s.by === 'period' ? sql`y.bucket` : sql`y.key`;
  const groups =
    parts.length === 0
      ? sql`select null::text as key, 0::float8 as minutes, 0::float8 as cent_minutes,
              ${sql.join(ACTIVITY_CATEGORIES.map((c) => sql`0::float8 as ${sql.ref(c)}`))}
            where false`
      : sql`
      select ${group}::text as key,
             ${sum('minutes')} as minutes, ${sum('cent_minutes')} as cent_minutes,
             ${sql.join(ACTIVITY_CATEGORIES.map((c) => sql`${sum(`${c}_minutes`)} as ${sql.ref(c)}`))}
      from (${sql.join(parts, sql` union all `)}) as y(bucket, key, unit_id, minutes, cent_minutes,
        ${sql.join(ACTIVITY_CATEGORIES.map((c) => sql.ref(`${c}_minutes`)))})
      ${s.unitIds ? sql`where y.unit_id = any(${[...s.unitIds]}::uuid[])` : sql``}
      group by ${group}
      having ${sum('minutes')} > 0`;
  const mismatch =
    intervals.length === 0
      ? sql`false`
      : sql`exists (
      -- A rollup row that overlaps an interval without being it: the periods do not line up.
      select 1 from report_time r
      join unnest(${intervals.map((i) => i.grain)}::text[],
        ${intervals.map((i) => i.start)}::timestamptz[],
        ${intervals.map((i) => i.end)}::timestamptz[]) as c(grain, s, e)
        on c.grain = r.grain and r.starts_at < c.e and r.ends_at > c.s
      where r.organization_id = ${org} and r.dim = 'total' and (${nearRuns})
        and (r.starts_at <> c.s or r.ends_at <> c.e))`;
  return { groups, mismatch, bounds };
}

/**
 * The groups of `rolledTimeSql` (aliased `alias`) as one JSON value, a column per figure: one
 * array per column is far less to build, send and parse than an array per group (a report by
 * post has ten thousand groups). In no order.
 */
export function rolledTimeColumnsSql(alias: string): RawBuilder<unknown> {
  const column = (name: string, value: string) =>
    sql`${sql.lit(name)}, array_agg(${sql.ref(`${alias}.${value}`)})`;
  return sql`json_build_object(${sql.join([
    column('keys', 'key'),
    column('minutes', 'minutes'),
    column('centMinutes', 'cent_minutes'),
    ...ACTIVITY_CATEGORIES.map((c) => column(c, c)),
  ])})`;
}

/**
 * The columns of `rolledTimeColumnsSql` as the database sends them (`null`: no groups); by
 * period, `bounds` are the periods' first instants.
 */
export function rolledTimeOf(text: string | null, bounds: Date[] | null): RolledTime {
  const json = JSON.parse(text ?? 'null') as JsonColumns | null;
  if (json === null || json.keys === null) return noTime();
  return {
    keys: bounds ? json.keys.map(() => null) : json.keys,
    starts: bounds && json.keys.map((b) => bounds[Number(b) - 1]!),
    minutes: json.minutes,
    centMinutes: json.centMinutes,
    byCategory: Object.fromEntries(
      ACTIVITY_CATEGORIES.map((c) => [c, json[c]]),
    ) as RolledTime['byCategory'],
  };
}

/**
 * The time of a report's groups from the rollups, a column per figure; null when the rollups do
 * not line up with the report's periods (the caller reads the log, read-time.ts, instead).
 */
export async function readRolledTime(db: Db, s: RolledTimeSource): Promise<RolledTime | null> {
  const { groups, mismatch, bounds } = rolledTimeSql(s);
  const { rows } = await sql<{ groups: string | null; mismatch: boolean }>`
    select (select ${rolledTimeColumnsSql('g')} from (${groups}) g)::text as groups,
           ${mismatch} as mismatch`.execute(db);
  if (rows[0]!.mismatch) return null;
  return rolledTimeOf(rows[0]!.groups, bounds);
}

const noTime = (): RolledTime => ({
  keys: [],
  starts: null,
  minutes: [],
  centMinutes: [],
  byCategory: { create: [], review: [], coordinate: [], respond: [], train: [], plan: [] },
});

/** The groups as the log reader (read-time.ts) returns them. */
export function summedGroupsOf(t: RolledTime): SummedGroup[] {
  return t.keys.map((key, i) => {
    const sums: TimeSums = {
      minutes: t.minutes[i]!,
      centMinutes: t.centMinutes[i]!,
      byCategory: Object.fromEntries(
        ACTIVITY_CATEGORIES.map((c) => [c, t.byCategory[c][i]!]),
      ) as TimeSums['byCategory'],
    };
    return t.starts ? { at: t.starts[i]!, sums } : { key, sums };
  });
}
