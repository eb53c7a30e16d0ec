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
   * A row per group: `key` (the group's id as text; by period, the number of its period),
   * `published`, `open` (steps), and either the group's `leads` and `waits` (minutes, any
   * order) or, by post, where a group is one post, their `lead_count`, `lead_median`, `lead_p90`,
   * `wait_count`, `wait_median`, `wait_p90` (its waits are kept in order: `report_percentile`).
   */
  groups: RawBuilder<unknown>;
  /** One row for all the posts, each once: `published`, `open`, `leads`, `waits`. */
  total: RawBuilder<unknown>;
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
  const none = sql`null::int`;
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
  const groups =
    s.by === 'post'
      ? sql`
      select p.post_id::text as key, p.published::int as published, p.open_steps as open,
             null::int[] as leads, null::int[] as waits,
             p.published::int as lead_count, p.lead_minutes as lead_median,
             p.lead_minutes as lead_p90, cardinality(p.waits) as wait_count,
             report_percentile(p.waits, 50) as wait_median,
             report_percentile(p.waits, 90) as wait_p90
      from placed p`
      : sql`
      select l.key, l.published, l.open, l.leads, w.waits, ${none} as lead_count,
             ${none} as lead_median, ${none} as lead_p90, ${none} as wait_count,
             ${none} as wait_median, ${none} as wait_p90
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
  const total = sql`
    select (count(*) filter (where p.published))::int as published,
           coalesce(sum(p.open_steps), 0)::int as open,
           array_agg(p.lead_minutes) filter (where p.published) as leads,
           (select array_agg(w) from placed q cross join lateral unnest(q.waits) as w) as waits
    from placed p`;
  return { ctes, groups, total };
}

/** A group's figures as the SQL above has them (by post counted; else the minutes). */
export interface PostFiguresValues {
  published: number;
  open: number;
  leads: number[] | null;
  waits: number[] | null;
  leadCount?: number | null;
  leadMedian?: number | null;
  leadP90?: number | null;
  waitCount?: number | null;
  waitMedian?: number | null;
  waitP90?: number | null;
}

/** The figures of a group: core's percentiles of its minutes, or those counted by post. */
export function postFiguresOf(v: PostFiguresValues, counted: boolean): PostFigures {
  if (!counted) {
    const waits = durationFigures(v.waits ?? []);
    return {
      publishedPosts: v.published,
      approvalWait: {
        count: waits.count,
        medianMinutes: waits.medianMinutes,
        p90Minutes: waits.p90Minutes,
        open: v.open,
      },
      draftToPublished: durationFigures(v.leads ?? []),
    };
  }
  return {
    publishedPosts: v.published,
    approvalWait: {
      count: v.waitCount ?? 0,
      medianMinutes: v.waitMedian ?? null,
      p90Minutes: v.waitP90 ?? null,
      open: v.open,
    },
    draftToPublished: {
      count: v.leadCount ?? 0,
      medianMinutes: v.leadMedian ?? null,
      p90Minutes: v.leadP90 ?? null,
    },
  };
}
