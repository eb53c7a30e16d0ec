import { sql } from 'kysely';
import type { Deps } from '../../app/deps.ts';
import { recordActivity } from '../../app/activity.ts';
import { notify } from '../../app/notifications/notify.ts';
import { loadSnapshot } from '../../app/snapshot.ts';
import { membersOf, nearestHubOf } from '../../core/governance/snapshot-queries.ts';
import type { Db } from '../../db/connect.ts';
import type { PublishFailure, Published } from '../../networks/contract.ts';
import type { ClaimedDelivery } from './claim.ts';

/** What became of one attempt. */
export type AttemptOutcome =
  | { kind: 'published'; published: Published }
  /** Try again at `runAt` (transient failure with attempts left). */
  | { kind: 'retry'; failure: PublishFailure; runAt: Date }
  /** The network asked to wait: try again at `runAt`; the attempt does not count. */
  | { kind: 'wait'; failure: PublishFailure; runAt: Date }
  | { kind: 'failed'; failure: PublishFailure };

function errorText(failure: PublishFailure): string {
  return (failure.kind === 'rejected' ? failure.reason : failure.message).slice(0, 2000);
}

/**
 * Records an attempt's outcome, fenced by the claim: if the row no longer carries this worker's
 * `claimId` (its lease ran out and another worker took it), nothing is written and false is
 * returned — the other worker's attempt, de-duplicated by the adapter, will record the same post.
 *
 * A final outcome (published, failed) locks the post first, then the delivery, so two workers
 * finishing deliveries of the same post never both miss the other's result when they derive the
 * post's status from its deliveries.
 */
export async function recordOutcome(
  deps: Deps,
  claimed: ClaimedDelivery,
  outcome: AttemptOutcome,
): Promise<boolean> {
  const now = deps.now();
  const org = claimed.organizationId;
  if (outcome.kind === 'retry' || outcome.kind === 'wait') {
    const result = await deps.db
      .updateTable('deliveries')
      .set({
        status: 'scheduled',
        run_at: outcome.runAt,
        claim_id: null,
        claimed_by: null,
        last_error: errorText(outcome.failure),
        failure_kind: outcome.failure.kind,
        updated_at: now,
        ...(outcome.kind === 'wait' ? { attempts: sql<number>`attempts - 1` } : {}),
      })
      .where('organization_id', '=', org)
      .where('id', '=', claimed.id)
      .where('claim_id', '=', claimed.claimId)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  return deps.db.transaction().execute(async (tx) => {
    const post = await tx
      .selectFrom('posts')
      .select(['status', 'author_id'])
      .where('organization_id', '=', org)
      .where('id', '=', claimed.postId)
      .forUpdate()
      .executeTakeFirst();
    const published = outcome.kind === 'published' ? outcome.published : null;
    const updated = await tx
      .updateTable('deliveries')
      .set({
        status: published ? 'published' : 'failed',
        run_at: now,
        claim_id: null,
        claimed_by: null,
        external_id: published?.externalId ?? null,
        external_url: published?.url ?? null,
        published_at: published ? now : null,
        last_error: outcome.kind === 'failed' ? errorText(outcome.failure) : null,
        failure_kind: outcome.kind === 'failed' ? outcome.failure.kind : null,
        updated_at: now,
      })
      .where('organization_id', '=', org)
      .where('id', '=', claimed.id)
      .where('claim_id', '=', claimed.claimId)
      .returning('channel_id')
      .executeTakeFirst();
    if (!updated) return false;

    await recordActivity(tx, {
      organizationId: org,
      actorId: null,
      kind: published ? 'delivery.published' : 'delivery.failed',
      subjectType: 'delivery',
      subjectId: claimed.id,
      data: {
        postId: claimed.postId,
        channelId: claimed.channelId,
        attempts: claimed.attempts,
        ...(published
          ? { externalId: published.externalId, url: published.url }
          : { failure: outcome.kind === 'failed' ? outcome.failure.kind : null }),
      },
    });
    if (post)
      await settlePost(tx, { ...claimed, postStatus: post.status, authorId: post.author_id });
    if (outcome.kind === 'failed' && post) {
      await notifyFailure(tx, claimed, post.author_id, errorText(outcome.failure));
    }
    return true;
  });
}

/**
 * Derives the post's status from its deliveries while the post is being published: `publishing`
 * while any is pending, else `failed` if any failed, else `published`. A post someone moved on
 * meanwhile (paused, edited back into review, archived) keeps its status; its deliveries keep
 * their own truth.
 */
async function settlePost(
  tx: Db,
  d: ClaimedDelivery & { postStatus: string; authorId: string },
): Promise<void> {
  if (d.postStatus !== 'scheduled' && d.postStatus !== 'publishing') return;
  const rows = await tx
    .selectFrom('deliveries')
    .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
    .where('organization_id', '=', d.organizationId)
    .where('post_id', '=', d.postId)
    .groupBy('status')
    .execute();
  const count = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
  const pending = count('scheduled') + count('publishing');
  const next = pending > 0 ? 'publishing' : count('failed') > 0 ? 'failed' : 'published';
  if (next === d.postStatus) return;
  await tx
    .updateTable('posts')
    .set({ status: next, updated_at: new Date() })
    .where('organization_id', '=', d.organizationId)
    .where('id', '=', d.postId)
    .execute();
  if (next === 'published') {
    await notify(tx, {
      organizationId: d.organizationId,
      memberIds: [d.authorId],
      kind: 'post_published',
      postId: d.postId,
    });
  }
}

/** The author and the hub responsible for the channel's unit (its leads where no hub covers it). */
async function notifyFailure(
  tx: Db,
  d: ClaimedDelivery,
  authorId: string,
  error: string,
): Promise<void> {
  const channel = await tx
    .selectFrom('channels')
    .select(['unit_id', 'handle', 'network'])
    .where('organization_id', '=', d.organizationId)
    .where('id', '=', d.channelId)
    .executeTakeFirst();
  const recipients = [authorId];
  if (channel) {
    const { snapshot } = await loadSnapshot(tx, d.organizationId);
    const hub = nearestHubOf(snapshot, channel.unit_id);
    const responsible = hub
      ? membersOf(snapshot, hub).filter((m) => m.role === 'lead' || m.role === 'editor')
      : membersOf(snapshot, channel.unit_id).filter((m) => m.role === 'lead');
    recipients.push(...responsible.map((m) => m.memberId));
  }
  await notify(tx, {
    organizationId: d.organizationId,
    memberIds: recipients,
    kind: 'post_failed',
    postId: d.postId,
    data: {
      deliveryId: d.id,
      channelId: d.channelId,
      network: channel?.network ?? null,
      handle: channel?.handle ?? null,
      error,
    },
  });
}
