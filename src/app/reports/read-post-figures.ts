import { sql, type RawBuilder } from 'kysely';
import { durationFigures, type PostFigures } from '../../core/costs/figures.ts';
import type { CostDimension } from '../../core/costs/report.ts';

/**
 * The posts' figures of the cost reports per group (published posts, approval waits, draft →
 * published), from `report_posts`: one row per post with its current round's waits and its lead
 * time (migration 2026-11-30T0300-report-rollups), placed and grouped as `costReport` places
 * timelines (read-timelines.ts): posts published in `[from, to)` or, unpublished, created in it
 * (and created before `to`); by period of their placement, unit, each channel, campaign, author or
 * post.
 */

export interface PostFiguresSource {
  organizationId: string;
  from: Date;
  to: Date;
  unitIds?: readonly string[] | null;
  by: CostDimension;
}

/** The posts' figures of a report as SQL, for read-report-groups.ts. */
export interface PostFiguresSql {
  /** Common table expressions the others read: `placed` (the posts), `x` (them per group). */
  ctes: RawBuilder<unknown>;
  /**
   * A row per group: `key` (the group's id; by period, the number of its period, as text),
   * `published`, `open` (steps), its `leads` and `waits` (minutes, any order; null for none),
   * and by post its `title`.
   */
  groups: RawBuilder<unknown>;
  /**
   * One row for all the posts, each once: `published`, `open`, `leads`, `waits`. Null by post,
   * where the groups are the posts, each once: their total is summed from them (`postTotalOf`).
   */
  total: RawBuilder<unknown> | null;
}

/** The group of a post (`p`) placed in the range; by channel, each of its channels (`c.id`). */
function keyOf(by: CostDimension, bounds: Date[] | null): RawBuilder<unknown> {
  switch (by) {
    case 'period':
      return sql`width_bucket(p.placed_at, ${bounds}::timestamptz[])::text`;
    case 'channel':
      return sql`c.id::text`;
    case 'unit':
      return sql`p.unit_id::text`;
    case 'campaign':
      return sql`p.campaign_id::text`;
    case 'member':
      return sql`p.author_id::text`;
    case 'post':
      return sql`p.post_id::text`;
  }
}

/** The SQL of the posts' figures of `s`; by period, `bounds` are the periods' first instants. */
export function postFiguresSql(s: PostFiguresSource, bounds: Date[] | null): PostFiguresSql {
  const ctes = sql`
    placed as (
      select rp.post_id, rp.unit_id, rp.author_id, rp.campaign_id, rp.channel_ids, rp.placed_at,
             rp.published, rp.lead_minutes, rp.waits, rp.open_steps
      from report_posts rp
      where rp.organization_id = ${s.organizationId}
        and rp.placed_at >= ${s.from} and rp.placed_at < ${s.to} and rp.created_at < ${s.to}
        ${s.unitIds ? sql`and rp.unit_id = any(${[...s.unitIds]}::uuid[])` : sql``}
    ),
    x as materialized (
      select ${s.by === 'post' ? sql`null::text` : keyOf(s.by, bounds)} as key,
             p.published, p.open_steps, p.lead_minutes, p.waits
      from placed p
      ${
        s.by === 'channel'
          ? sql`cross join lateral unnest(case when cardinality(p.channel_ids) > 0
                  then p.channel_ids else array[null::uuid] end) as c(id)`
          : sql``
      }
    )`;
  // By post a group is one post: its own minutes, not aggregated (and their percentiles read in
  // core, as any group's, not in SQL per post).
  const groups =
    s.by === 'post'
      ? sql`
      select p.post_id as key, l.title, p.published::int as published, p.open_steps as open,
             case when p.published then array[p.lead_minutes] end as leads,
             nullif(p.waits, '{}') as waits
      from placed p
      left join posts l on l.organization_id = ${s.organizationId} and l.id = p.post_id`
      : sql`
      select l.key, l.published, l.open, l.leads, w.waits
      from (
        select x.key, (count(*) filter (where x.published))::int as published,
               coalesce(sum(x.open_steps), 0)::int as open,
               array_agg(x.lead_minutes) filter (where x.published) as leads
        from x
        group by x.key
      ) l
      left join (
        select x.key, array_agg(w) as waits
        from x cross join lateral unnest(x.waits) as w
        group by x.key
      ) w on coalesce(w.key, '') = coalesce(l.key, '')`;
  const total =
    s.by === 'post'
      ? null
      : sql`
    select (count(*) filter (where p.published))::int as published,
           coalesce(sum(p.open_steps), 0)::int as open,
           array_agg(p.lead_minutes) filter (where p.published) as leads,
           (select array_agg(w) from placed q cross join lateral unnest(q.waits) as w) as waits
    from placed p`;
  return { ctes, groups, total };
}

/**
 * The groups of `groups` (aliased `alias`) as one JSON value, a column per figure (see
 * `rolledTimeColumnsSql`); in no order.
 */
export function postFiguresColumnsSql(alias: string, by: CostDimension): RawBuilder<unknown> {
  // Scalars as arrays; the groups' minutes (arrays of unequal length) as JSON arrays.
  const column = (name: string, value: string, agg = sql`array_agg`) =>
    sql`${sql.lit(name)}, ${agg}(${sql.ref(`${alias}.${value}`)})`;
  return sql`json_build_object(${sql.join([
    column('keys', 'key'),
    column('published', 'published'),
    column('open', 'open'),
    column('leads', 'leads', sql`json_agg`),
    column('waits', 'waits', sql`json_agg`),
    ...(by === 'post' ? [column('titles', 'title')] : []),
  ])})`;
}

/** The columns of `postFiguresColumnsSql` as the database sends them. */
export interface PostFiguresColumns {
  /** Null: no groups (then every column is null). */
  keys: (string | null)[] | null;
  published: number[];
  open: number[];
  /** The group's minutes, draft → published and of approval waits (null: none). */
  leads: (number[] | null)[];
  waits: (number[] | null)[];
  /** By post: its title. */
  titles?: string[];
}

/** The figures of group `i` of `c`. */
export function postFiguresAt(c: PostFiguresColumns, i: number): PostFigures {
  return postFiguresOf(c.published[i]!, c.open[i]!, c.leads[i]!, c.waits[i]!);
}

/** The figures of all the groups of `c` when they hold each post once (by post). */
export function postTotalOf(c: PostFiguresColumns): PostFigures {
  let published = 0;
  let open = 0;
  const leads: number[] = [];
  const waits: number[] = [];
  for (let i = 0; i < (c.keys?.length ?? 0); i++) {
    published += c.published[i]!;
    open += c.open[i]!;
    for (const m of c.leads[i] ?? []) leads.push(m);
    for (const m of c.waits[i] ?? []) waits.push(m);
  }
  return postFiguresOf(published, open, leads, waits);
}

/** The figures of posts from their minutes. */
export function postFiguresOf(
  published: number,
  open: number,
  leads: ArrayLike<number> | null,
  waits: ArrayLike<number> | null,
): PostFigures {
  const w = durationFigures(waits ?? []);
  return {
    publishedPosts: published,
    approvalWait: {
      count: w.count,
      medianMinutes: w.medianMinutes,
      p90Minutes: w.p90Minutes,
      open,
    },
    draftToPublished: durationFigures(leads ?? []),
  };
}
