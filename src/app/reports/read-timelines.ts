import { sql, type RawBuilder } from 'kysely';
import type { PostTimeline, TimelineStep } from '../../core/costs/activity.ts';
import type { Db } from '../../db/connect.ts';

/**
 * Reads what happened to posts, for the approval and lead-time figures:
 * - published: a post counts as published once every one of its deliveries is; `publishedAt` is
 *   when the last of them went out (a post on three channels is out when it is out on all three).
 *   A post with a failed or pending delivery is not published.
 * - approval steps: those of the post's current round (the one that let it through, or the one
 *   it is in), without superseded ones. A step opens at the round's submission (the first) or at
 *   the previous step's decision; the steps after an undecided one have not opened and are left
 *   out.
 * - which posts: by `range`, those placed in it as the reports place them (by publication, or by
 *   creation while unpublished); or the posts with the given ids.
 */

export type TimelineFilter =
  { from: Date; to: Date; unitIds?: readonly string[] | null } | { postIds: readonly string[] };

/**
 * One post as the query returns it. Times are epoch milliseconds and lists are comma-joined text:
 * a year of posts is tens of thousands of rows, and parsing timestamps and arrays in JS cost more
 * than the query.
 */
interface PostRow {
  id: string;
  unit_id: string;
  author_id: string;
  campaign_id: string | null;
  created_ms: number;
  submitted_ms: number | null;
  /** Channel ids in the author's order, comma-joined. */
  channel_ids: string | null;
  deliveries: number;
  published: number;
  /** The last delivery's publication; the post's only when every delivery is published. */
  published_ms: number | null;
  /** The current round's steps (without superseded ones) in order: `pool decidedMs`, comma-joined. */
  steps: string | null;
}

const ms = (column: RawBuilder<unknown>) => sql`(extract(epoch from ${column}) * 1000)::float8`;

/** The posts the filter picks, before the exact placement (a superset for ranges). */
function candidates(organizationId: string, f: TimelineFilter): RawBuilder<unknown> {
  if ('postIds' in f) {
    return sql`p.organization_id = ${organizationId} and p.id = any(${[...f.postIds]}::uuid[])`;
  }
  return sql`p.organization_id = ${organizationId} and p.created_at < ${f.to}
    and (p.created_at >= ${f.from} or p.id in (
      select post_id from deliveries
      where organization_id = ${organizationId}
        and published_at >= ${f.from} and published_at < ${f.to}))
    ${f.unitIds ? sql`and p.unit_id = any(${[...f.unitIds]}::uuid[])` : sql``}`;
}

/** The timelines of the organization's posts the filter picks, in no particular order. */
export async function readTimelines(
  db: Db,
  organizationId: string,
  filter: TimelineFilter,
): Promise<PostTimeline[]> {
  const org = organizationId;
  // The variants with their deliveries (at most one each) and the current round's steps, each
  // summed per post by hash, then joined to the posts picked.
  const { rows } = await sql<PostRow>`
    select p.id, p.unit_id, p.author_id, p.campaign_id, ${ms(sql`p.created_at`)} as created_ms,
           ${ms(sql`p.submitted_at`)} as submitted_ms, vd.channel_ids,
           coalesce(vd.deliveries, 0) as deliveries, coalesce(vd.published, 0) as published,
           ${ms(sql`vd.published_at`)} as published_ms, st.steps
    from posts p
    left join (
      select v.post_id,
             string_agg(v.channel_id::text, ',' order by v.position, v.channel_id) as channel_ids,
             count(d.id)::int as deliveries,
             (count(d.id) filter (where d.status = 'published'))::int as published,
             max(d.published_at) as published_at
      from post_variants v
      left join deliveries d on d.organization_id = ${org} and d.variant_id = v.id
      where v.organization_id = ${org}
      group by v.post_id
    ) vd on vd.post_id = p.id
    left join (
      select s.post_id, s.round,
             string_agg(s.pool || ' ' || coalesce(${ms(sql`s.decided_at`)}::text, ''), ','
                        order by s.position) as steps
      from approval_steps s
      where s.organization_id = ${org} and s.status <> 'superseded'
      group by s.post_id, s.round
    ) st on st.post_id = p.id and st.round = p.approval_round
    where ${candidates(org, filter)}`.execute(db);

  const inRange = 'from' in filter ? filter : null;
  const out: PostTimeline[] = [];
  for (const p of rows) {
    const publishedMs = p.deliveries > 0 && p.published === p.deliveries ? p.published_ms : null;
    const placedMs = publishedMs ?? p.created_ms;
    if (inRange && (placedMs < inRange.from.getTime() || placedMs >= inRange.to.getTime()))
      continue;
    out.push({
      postId: p.id,
      authorId: p.author_id,
      unitId: p.unit_id,
      channelIds: p.channel_ids ? p.channel_ids.split(',') : [],
      campaignId: p.campaign_id,
      createdAt: new Date(p.created_ms),
      publishedAt: publishedMs === null ? null : new Date(publishedMs),
      approvalSteps: openedSteps(p.submitted_ms, p.steps),
    });
  }
  return out;
}

/** Each step with when it opened; the steps after the first undecided one have not opened. */
function openedSteps(submittedMs: number | null, encoded: string | null): TimelineStep[] {
  const steps: TimelineStep[] = [];
  if (encoded === null) return steps;
  let opened = submittedMs === null ? null : new Date(submittedMs);
  for (const step of encoded.split(',')) {
    if (opened === null) break;
    const [pool, decided] = step.split(' ') as [TimelineStep['pool'], string];
    // A decision recorded before the step's opening (clocks of two hosts) counts as no wait.
    const at = decided === '' ? null : new Date(Math.max(Number(decided), opened.getTime()));
    steps.push({ pool, openedAt: opened, decidedAt: at });
    opened = at;
  }
  return steps;
}
