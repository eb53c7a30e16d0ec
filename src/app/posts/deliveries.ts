import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { PostRow } from './post-rows.ts';

/**
 * Keeps the deliveries in step with the post: a scheduled post has one `scheduled` delivery per
 * variant at the variant's due time; any other status has no pending delivery (deliveries the
 * worker has taken further — publishing, published, failed — stay as history; a failed one is
 * scheduled afresh when the post is, a published one never again).
 */
export async function syncDeliveries(tx: Db, post: PostRow, now: Date): Promise<void> {
  const org = post.organization_id;
  await tx
    .deleteFrom('deliveries')
    .where('organization_id', '=', org)
    .where('post_id', '=', post.id)
    .where('status', '=', 'scheduled')
    .execute();
  if (post.status !== 'scheduled') return;
  const variants = await tx
    .selectFrom('post_variants')
    .select(['id', 'channel_id', 'due_at'])
    .where('organization_id', '=', org)
    .where('post_id', '=', post.id)
    .where('due_at', 'is not', null)
    .execute();
  if (variants.length === 0) return;
  await tx
    .insertInto('deliveries')
    .values(
      variants.map((v) => ({
        organization_id: org,
        post_id: post.id,
        variant_id: v.id,
        channel_id: v.channel_id,
        status: 'scheduled',
        due_at: v.due_at!,
        run_at: v.due_at!,
        updated_at: now,
      })),
    )
    .onConflict((oc) =>
      oc
        .column('variant_id')
        .doUpdateSet({
          status: 'scheduled',
          due_at: sql`excluded.due_at`,
          run_at: sql`excluded.run_at`,
          attempts: 0,
          last_error: null,
          failure_kind: null,
          claim_id: null,
          channel_id: sql`excluded.channel_id`,
          updated_at: now,
        })
        // A delivery that went out (or is going out) is never scheduled again: rescheduling a
        // partly failed post retries only what did not go out.
        .where('deliveries.status', 'not in', ['published', 'publishing']),
    )
    .execute();
}

/** Whether every variant has a due time, all of them after `now`. */
export async function everyVariantDue(tx: Db, post: PostRow, now: Date): Promise<boolean> {
  const rows = await tx
    .selectFrom('post_variants')
    .select('due_at')
    .where('organization_id', '=', post.organization_id)
    .where('post_id', '=', post.id)
    .execute();
  return rows.length > 0 && rows.every((r) => r.due_at !== null && r.due_at > now);
}
