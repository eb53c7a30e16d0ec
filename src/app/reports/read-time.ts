import { sql, type RawBuilder } from 'kysely';
import type { ActivityCategory, ActivityEntry } from '../../core/costs/activity.ts';
import { ACTIVITY_CATEGORIES } from '../../core/costs/activity.ts';
import { ACTIVITY_KIND_CATEGORIES, COSTED_KINDS } from '../../core/costs/activity-kinds.ts';
import { emptyTimeSums, type TimeSums } from '../../core/costs/figures.ts';
import type { Period } from '../../core/costs/periods.ts';
import { periodPlacer } from '../../core/costs/periods.ts';
import type { CostDimension, SummedGroup } from '../../core/costs/report.ts';
import type { Db } from '../../db/connect.ts';

/**
 * Reads the time of the cost reports: events of the activity log whose kind is work (the table in
 * core/costs/activity-kinds.ts), with the minutes they carry or the organization's default for
 * their kind (applied here, when reading: one place, and no use case has to know), and the time
 * entries members recorded. Every query is scoped by the organization.
 *
 * What a piece of time was spent on:
 * - post: the time entry's post, or the event's subject when that is a post;
 * - unit: the entry's unit, else the post's unit, else the subject unit (guidelines), else the
 *   channel's unit, else the member's unit when they belong to exactly one; else none;
 * - channel: the entry's channel, or the subject channel; a member's time on a post without one
 *   (per activity kind) is spread over the post's channels when grouping by channel, the minutes
 *   that do not divide one each to the first variants, so the channels add up to the time spent;
 * - campaign: the entry's campaign, else the post's, or the subject campaign.
 * Cost is minutes × the member's current hourly rate (0 for a removed member).
 *
 * A year of an organization of 1,000 is a few hundred thousand events: the database sums them
 * per member and kind (and per period, or per what they were spent on, when the report needs it)
 * before anything is joined, so only the sums travel. Periods are buckets between the local
 * period starts the caller computes (`width_bucket`), not a time zone conversion per row.
 */

export interface TimeSource {
  organizationId: string;
  /** Time that began in `[from, to)`. */
  from: Date;
  to: Date;
  /** The organization's defaults: minutes per kind for events that carry none. */
  defaults: readonly { kind: string; minutes: number }[];
  /** Only time on these units (see above); null: all of the organization's. */
  unitIds?: readonly string[] | null;
  /** Only time on these posts. */
  postIds?: readonly string[];
}

/** The table of costed kinds with the organization's defaults, as one JSON parameter. */
function kindsParameter(defaults: TimeSource['defaults']): string {
  const byKind = new Map(defaults.map((d) => [d.kind, d.minutes]));
  return JSON.stringify(
    COSTED_KINDS.map((kind) => ({
      kind,
      category: ACTIVITY_KIND_CATEGORIES[kind],
      default_minutes: byKind.get(kind) ?? null,
    })),
  );
}

const kindsTable = (s: TimeSource) =>
  sql`jsonb_to_recordset(${kindsParameter(s.defaults)}::jsonb)
      as k(kind text, category text, default_minutes int)`;

/** What the time was spent on, as recorded: none, the post only, or every reference. */
type Refs = 'none' | 'post' | 'all';

const ACTIVITY_REFS = {
  post: sql`case when a.subject_type = 'post' then a.subject_id::uuid end`,
  unit: sql`case when a.subject_type = 'unit' then a.subject_id::uuid end`,
  channel: sql`case when a.subject_type = 'channel' then a.subject_id::uuid end`,
  campaign: sql`case when a.subject_type = 'campaign' then a.subject_id::uuid end`,
};
const REF_NAMES = ['post', 'unit', 'channel', 'campaign'] as const;

function refColumns(refs: Refs, of: (name: (typeof REF_NAMES)[number]) => RawBuilder<unknown>) {
  const names = refs === 'none' ? [] : refs === 'post' ? (['post'] as const) : REF_NAMES;
  return names.map((n) => sql`${of(n)} as ${sql.ref(`${n}_id`)}`);
}

/** Whose time stays apart: every member's, only time spent on nothing else, or nobody's. */
type Members = 'always' | 'unattributed' | 'never';

/**
 * Time summed per category (and per bucket of `bounds`, per reference, per member as asked), with
 * its cost as cent-minutes (minutes × the member's hourly rate): one row each of [bucket][,
 * post_id[, unit_id, channel_id, campaign_id]], member_id, category, minutes, cent_minutes.
 * Events are summed per kind first, so a kind's default multiplies the count of events without
 * minutes (and the sum of their actors' rates); the kinds that are not work drop out when the
 * sums meet the table of kinds, which is cheaper than testing each event's kind against it.
 */
function summedTime(
  s: TimeSource,
  refs: Refs,
  bounds: Date[] | null,
  members: Members,
): RawBuilder<unknown> {
  const org = s.organizationId;
  const bucket = (column: RawBuilder<unknown>) =>
    bounds ? [sql`width_bucket(${column}, ${bounds}::timestamptz[]) as bucket`] : [];
  const member = (id: RawBuilder<unknown>, onNothing: RawBuilder<unknown>) =>
    members === 'always'
      ? sql`${id} as member_id`
      : members === 'unattributed'
        ? sql`case when ${onNothing} then ${id} end as member_id`
        : sql`null::uuid as member_id`;
  const aCols = [
    ...bucket(sql`a.created_at`),
    ...refColumns(refs, (n) => ACTIVITY_REFS[n]),
    member(sql`a.actor_id`, sql`a.subject_type not in ('post', 'unit', 'channel')`),
  ];
  const tCols = [
    ...bucket(sql`t.at`),
    ...refColumns(refs, (n) => sql.ref(`t.${n}_id`)),
    member(sql`t.member_id`, sql`t.post_id is null and t.unit_id is null and t.channel_id is null`),
  ];
  const gCols = [
    ...(bounds ? [sql`g.bucket`] : []),
    ...refColumns(refs, (n) => sql.ref(`g.${n}_id`)),
    sql`g.member_id`,
  ];
  const positions = (n: number) => sql.join(Array.from({ length: n }, (_, i) => sql.lit(i + 1)));
  const rate = sql`coalesce(m.hourly_rate_cents, 0)`;
  const posts = s.postIds ? [...s.postIds] : null;
  return sql`
    select ${sql.join(gCols)}, k.category,
           g.minutes + g.nulls * coalesce(k.default_minutes, 0) as minutes,
           g.cent_minutes + g.null_rates * coalesce(k.default_minutes, 0) as cent_minutes
    from (
      select ${sql.join(aCols)}, a.kind,
             coalesce(sum(a.minutes), 0) as minutes,
             coalesce(sum(a.minutes::int8 * ${rate}), 0) as cent_minutes,
             count(*) filter (where a.minutes is null) as nulls,
             coalesce(sum(${rate}) filter (where a.minutes is null), 0) as null_rates
      from activity a
      left join members m on m.organization_id = ${org} and m.id = a.actor_id
      where a.organization_id = ${org} and a.actor_id is not null
        and a.created_at >= ${s.from} and a.created_at < ${s.to}
        ${posts ? sql`and a.subject_type = 'post' and a.subject_id = any(${posts}::text[])` : sql``}
      group by ${positions(aCols.length + 1)}
    ) g
    join ${kindsTable(s)} on k.kind = g.kind
    union all
    select ${sql.join(tCols)}, t.category, sum(t.minutes) as minutes,
           sum(t.minutes::int8 * ${rate}) as cent_minutes
    from time_entries t
    left join members m on m.organization_id = ${org} and m.id = t.member_id
    where t.organization_id = ${org} and t.at >= ${s.from} and t.at < ${s.to}
      ${posts ? sql`and t.post_id = any(${posts}::uuid[])` : sql``}
    group by ${positions(tCols.length + 1)}`;
}

/**
 * The summed time with what it was spent on derived (see the top of this file). With
 * `splitChannels`, time on a post without a channel is one row per channel of the post (summed
 * per member, so the rate carries over exactly: cent-minutes / minutes is that member's rate).
 */
function attributed(
  s: TimeSource,
  bounds: Date[] | null,
  opts: { splitChannels: boolean; members: Members },
): RawBuilder<unknown> {
  const org = s.organizationId;
  const split = opts.splitChannels;
  const share = sql`x.minutes / v.n + case when v.r <= x.minutes % v.n then 1 else 0 end`;
  return sql`
    select ${bounds ? sql`x.bucket` : sql`null::int as bucket`}, x.member_id, x.category,
           x.post_id,
           coalesce(x.unit_id, p.unit_id, c.unit_id, h.unit_id) as unit_id,
           ${split ? sql`coalesce(x.channel_id, v.channel_id)` : sql`x.channel_id`} as channel_id,
           coalesce(x.campaign_id, p.campaign_id) as campaign_id,
           ${split ? sql`case when v.n is null then x.minutes else ${share} end` : sql`x.minutes`}
             as minutes,
           ${
             split
               ? sql`case when v.n is null then x.cent_minutes
                       else (${share}) * (x.cent_minutes / nullif(x.minutes, 0)) end`
               : sql`x.cent_minutes`
           } as cent_minutes
    from (${summedTime(s, 'all', bounds, opts.members)}) x
    left join posts p on p.organization_id = ${org} and p.id = x.post_id
    left join channels c on c.organization_id = ${org} and c.id = x.channel_id
    left join (
      select member_id, (array_agg(unit_id))[1] as unit_id from memberships
      where organization_id = ${org} group by member_id having count(*) = 1
    ) h on h.member_id = x.member_id
    ${
      split
        ? sql`left join (
            select post_id, channel_id,
                   row_number() over (partition by post_id order by position, channel_id) as r,
                   count(*) over (partition by post_id) as n
            from post_variants where organization_id = ${org}
          ) v on x.channel_id is null and v.post_id = x.post_id`
        : sql``
    }`;
}

interface SummedRow {
  key: string | null;
  bucket: number | null;
  minutes: string;
  cent_minutes: string;
  create: string | null;
  review: string | null;
  coordinate: string | null;
  respond: string | null;
  train: string | null;
  plan: string | null;
}

/** The local starts of the periods that `[from, to)` touches, ascending. */
export function periodStarts(from: Date, to: Date, period: Period, timeZone: string): Date[] {
  const place = periodPlacer(period, timeZone);
  const starts: Date[] = [];
  let last = -Infinity;
  // Every local day starts within 26 hours of the one before, so 12-hour steps see each period.
  for (let t = from.getTime(); t < to.getTime() + 12 * 3_600_000; t += 12 * 3_600_000) {
    const start = place(new Date(Math.min(t, to.getTime() - 1))).start.getTime();
    if (start > last) starts.push(new Date((last = start)));
  }
  return starts;
}

/**
 * The time of `[from, to)` summed per group of `by` in the database (minutes per category and
 * cent-minutes), so that a year of activity travels as a few rows. Periods are local days, ISO
 * weeks or months of `timeZone`; each group's `at` is its period's start.
 */
export async function readSummedTime(
  db: Db,
  s: TimeSource & { by: CostDimension; period: Period; timeZone: string },
): Promise<SummedGroup[]> {
  const bounds = s.by === 'period' ? periodStarts(s.from, s.to, s.period, s.timeZone) : null;
  const attribute =
    s.unitIds != null || s.by === 'unit' || s.by === 'channel' || s.by === 'campaign';
  // Members stay apart only where the report needs them: its rows, an exact channel split, or
  // the fallback to a member's unit for time spent on nothing else.
  const members: Members =
    s.by === 'member' || s.by === 'channel' ? 'always' : attribute ? 'unattributed' : 'never';
  const source = attribute
    ? attributed(s, bounds, { splitChannels: s.by === 'channel', members })
    : summedTime(s, s.by === 'post' ? 'post' : 'none', bounds, members);
  const key =
    s.by === 'period'
      ? sql`null::text`
      : s.by === 'member'
        ? sql`y.member_id::text`
        : sql`${sql.ref(`y.${s.by}_id`)}::text`;
  const { rows } = await sql<SummedRow>`
    select ${key} as key, ${bounds ? sql`y.bucket` : sql`null::int`} as bucket,
           sum(y.minutes) as minutes,
           sum(y.cent_minutes) as cent_minutes,
           ${sql.join(
             ACTIVITY_CATEGORIES.map(
               (c) => sql`sum(y.minutes) filter (where y.category = ${c}) as ${sql.ref(c)}`,
             ),
           )}
    from (${source}) y
    where y.minutes > 0
      ${s.unitIds ? sql`and y.unit_id = any(${[...s.unitIds]}::uuid[])` : sql``}
    group by 1, 2`.execute(db);
  return rows.map((r) => {
    const sums: TimeSums = emptyTimeSums();
    sums.minutes = Number(r.minutes);
    sums.centMinutes = Number(r.cent_minutes);
    for (const c of ACTIVITY_CATEGORIES) sums.byCategory[c] = Number(r[c] ?? 0);
    // Bucket i holds [bounds[i − 1], bounds[i]): its period starts at bounds[i − 1].
    return bounds ? { at: bounds[r.bucket! - 1]!, sums } : { key: r.key, sums };
  });
}

interface EntryRow {
  member_id: string;
  kind: string;
  category: string;
  minutes: number;
  at: Date;
  post_id: string | null;
}

/**
 * The time about posts one event or entry at a time, for figures that need single entries (the
 * what-if's medians). Only what is needed there: who, what, when, on which post.
 */
export async function readEntries(
  db: Db,
  s: TimeSource & { postIds: readonly string[] },
): Promise<ActivityEntry[]> {
  const org = s.organizationId;
  const posts = [...s.postIds];
  const { rows } = await sql<EntryRow>`
    select a.actor_id as member_id, a.kind, k.category,
           coalesce(a.minutes, k.default_minutes) as minutes, a.created_at as at,
           a.subject_id::uuid as post_id
    from activity a
    join ${kindsTable(s)} on k.kind = a.kind
    where a.organization_id = ${org} and a.actor_id is not null
      and a.created_at >= ${s.from} and a.created_at < ${s.to}
      and a.subject_type = 'post' and a.subject_id = any(${posts}::text[])
      and coalesce(a.minutes, k.default_minutes) > 0
    union all
    select t.member_id, 'time.recorded', t.category, t.minutes, t.at, t.post_id
    from time_entries t
    where t.organization_id = ${org} and t.at >= ${s.from} and t.at < ${s.to}
      and t.post_id = any(${posts}::uuid[]) and t.minutes > 0
    order by 5`.execute(db);
  return rows.map((r) => ({
    at: r.at,
    memberId: r.member_id,
    kind: r.kind,
    category: r.category as ActivityCategory,
    minutes: r.minutes,
    postId: r.post_id,
  }));
}
