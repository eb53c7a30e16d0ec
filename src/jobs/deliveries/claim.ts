import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';

/** A delivery a worker holds: it alone may record a result while `claimId` is the row's. */
export interface ClaimedDelivery {
  id: string;
  organizationId: string;
  postId: string;
  variantId: string;
  channelId: string;
  claimId: string;
  /** Attempts including this one. */
  attempts: number;
  dueAt: Date;
}

/**
 * Claims up to `limit` deliveries that are due (or whose worker's lease ran out), earliest first,
 * and leases them to `workerId` until `now + leaseMs`. One statement: the inner `FOR UPDATE SKIP
 * LOCKED` makes concurrent workers — in any process, on any host — take disjoint rows without
 * waiting on each other; the update moves them to `publishing` and counts the attempt before any
 * network call, so a worker that dies leaves a row that becomes claimable again at `run_at`.
 */
export async function claimDeliveries(
  db: Db,
  opts: { workerId: string; limit: number; leaseMs: number; now: Date },
): Promise<ClaimedDelivery[]> {
  const leaseUntil = new Date(opts.now.getTime() + opts.leaseMs);
  const { rows } = await sql<{
    id: string;
    organization_id: string;
    post_id: string;
    variant_id: string;
    channel_id: string;
    claim_id: string;
    attempts: number;
    due_at: Date;
  }>`
    with due as (
      select id from deliveries
      where status in ('scheduled', 'publishing') and run_at <= ${opts.now}
      order by run_at
      limit ${opts.limit}
      for update skip locked
    )
    update deliveries d
    set status = 'publishing', run_at = ${leaseUntil}, claim_id = gen_random_uuid(),
        claimed_by = ${opts.workerId}, attempts = d.attempts + 1,
        last_attempt_at = ${opts.now}, updated_at = ${opts.now}
    from due
    where d.id = due.id
    returning d.id, d.organization_id, d.post_id, d.variant_id, d.channel_id, d.claim_id,
              d.attempts, d.due_at`.execute(db);
  return rows
    .map((r) => ({
      id: r.id,
      organizationId: r.organization_id,
      postId: r.post_id,
      variantId: r.variant_id,
      channelId: r.channel_id,
      claimId: r.claim_id,
      attempts: r.attempts,
      dueAt: r.due_at,
    }))
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
