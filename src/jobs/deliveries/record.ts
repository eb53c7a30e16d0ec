import { sql } from 'kysely';
import type { Deps } from '../../app/deps.ts';
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

export interface AttemptResult {
  claimed: ClaimedDelivery;
  outcome: AttemptOutcome;
}

/** One outcome; see `recordOutcomes`. */
export async function recordOutcome(
  deps: Deps,
  claimed: ClaimedDelivery,
  outcome: AttemptOutcome,
): Promise<boolean> {
  return (await recordOutcomes(deps, [{ claimed, outcome }])).has(claimed.id);
}

/**
 * Records the outcomes of attempts in one transaction and returns the ids it recorded. Each row
 * is fenced by its claim: a row that no longer carries the worker's `claimId` (its lease ran out
 * and another worker took it) is left alone — the other worker's attempt, de-duplicated by the
 * adapter, records the same post.
 *
 * The posts of final outcomes are locked first, in id order (so two workers never deadlock), and
 * each post's status is then derived from all its deliveries: `publishing` while any is pending,
 * else `failed` if any failed, else `published`. A post someone moved on meanwhile (paused,
 * edited back into review, archived) keeps its status; its deliveries keep their own truth.
 * Batching matters: one round of statements for many deliveries is what lets a worker keep up
 * with thousands of deliveries a minute.
 */
export async function recordOutcomes(
  deps: Deps,
  results: readonly AttemptResult[],
): Promise<Set<string>> {
  if (results.length === 0) return new Set();
  const now = deps.now();
  const isFinal = (o: AttemptOutcome) => o.kind === 'published' || o.kind === 'failed';
  return deps.db.transaction().execute(async (tx) => {
    const finalPosts = [
      ...new Set(results.filter((r) => isFinal(r.outcome)).map((r) => r.claimed.postId)),
    ].sort();
    const authors = new Map<string, string>();
    if (finalPosts.length > 0) {
      const { rows: locked } = await sql<{ id: string; author_id: string }>`
        select id, author_id from posts where id = any(${finalPosts}::uuid[])
        order by id for update`.execute(tx);
      for (const p of locked) authors.set(p.id, p.author_id);
    }
    const rows = results.map(({ claimed, outcome }) => {
      const published = outcome.kind === 'published' ? outcome.published : null;
      const failure = outcome.kind === 'published' ? null : outcome.failure;
      const status =
        outcome.kind === 'published'
          ? 'published'
          : outcome.kind === 'failed'
            ? 'failed'
            : 'scheduled';
      const runAt = outcome.kind === 'retry' || outcome.kind === 'wait' ? outcome.runAt : now;
      return sql`(${claimed.id}::uuid, ${claimed.organizationId}::uuid, ${claimed.claimId}::uuid,
        ${status}::text, ${runAt}::timestamptz, ${outcome.kind === 'wait' ? -1 : 0}::int,
        ${published?.externalId ?? null}::text, ${published?.url ?? null}::text,
        ${published ? now : null}::timestamptz, ${failure ? errorText(failure) : null}::text,
        ${failure?.kind ?? null}::text)`;
    });
    const { rows: updated } = await sql<{ id: string }>`
      update deliveries d
      set status = v.status, run_at = v.run_at, attempts = d.attempts + v.delta,
          claim_id = null, external_id = v.external_id,
          external_url = v.external_url, published_at = v.published_at,
          last_error = v.last_error, failure_kind = v.failure_kind, updated_at = ${now}
      from (values ${sql.join(rows)}) as v(id, organization_id, claim_id, status, run_at, delta,
            external_id, external_url, published_at, last_error, failure_kind)
      where d.id = v.id and d.organization_id = v.organization_id and d.claim_id = v.claim_id
      returning d.id`.execute(tx);
    const recorded = new Set(updated.map((u) => u.id));
    const finals = results.filter((r) => recorded.has(r.claimed.id) && isFinal(r.outcome));
    if (finals.length === 0) return recorded;

    await tx
      .insertInto('activity')
      .values(
        finals.map(({ claimed, outcome }) => ({
          organization_id: claimed.organizationId,
          actor_id: null,
          kind: outcome.kind === 'published' ? 'delivery.published' : 'delivery.failed',
          subject_type: 'delivery',
          subject_id: claimed.id,
          data: JSON.stringify({
            postId: claimed.postId,
            channelId: claimed.channelId,
            attempts: claimed.attempts,
            ...(outcome.kind === 'published'
              ? {
                  externalId: outcome.published.externalId,
                  url: outcome.published.url,
                  ...(outcome.published.firstCommentRefused
                    ? { firstCommentRefused: outcome.published.firstCommentRefused }
                    : {}),
                }
              : { failure: outcome.kind === 'failed' ? outcome.failure.kind : null }),
          }),
        })),
      )
      .execute();

    const settledPosts = [...new Set(finals.map((r) => r.claimed.postId))];
    const { rows: settled } = await sql<{
      id: string;
      organization_id: string;
      author_id: string;
      status: string;
    }>`
      with agg as (
        select post_id,
               count(*) filter (where status in ('scheduled', 'publishing')) as pending,
               count(*) filter (where status = 'failed') as failed
        from deliveries where post_id = any(${settledPosts}::uuid[]) group by post_id
      ), next as (
        select post_id, case when pending > 0 then 'publishing'
                             when failed > 0 then 'failed' else 'published' end as status
        from agg
      )
      update posts p set status = next.status, updated_at = ${now}
      from next
      where p.id = next.post_id and p.status in ('scheduled', 'publishing')
        and p.status <> next.status
      returning p.id, p.organization_id, p.author_id, p.status`.execute(tx);
    const done = settled.filter((p) => p.status === 'published');
    if (done.length > 0) {
      // The author comes from the post row itself, so the recipient is the post's organization's.
      await tx
        .insertInto('notifications')
        .values(
          done.map((p) => ({
            organization_id: p.organization_id,
            member_id: p.author_id,
            kind: 'post_published',
            post_id: p.id,
            data: JSON.stringify({}),
          })),
        )
        .execute();
    }
    for (const { claimed, outcome } of finals) {
      const author = authors.get(claimed.postId);
      if (!author) continue;
      if (outcome.kind === 'failed') {
        await notifyFailure(tx, claimed, author, errorText(outcome.failure));
      } else if (outcome.kind === 'published' && outcome.published.firstCommentRefused) {
        await notifyCommentRefused(tx, claimed, author, outcome.published);
      }
    }
    return recorded;
  });
}

async function channelOf(tx: Db, d: ClaimedDelivery) {
  const channel = await tx
    .selectFrom('channels')
    .select(['unit_id', 'handle', 'network'])
    .where('organization_id', '=', d.organizationId)
    .where('id', '=', d.channelId)
    .executeTakeFirst();
  return {
    channel,
    /** What the notification says about the channel (mail templates read `channel`). */
    data: {
      deliveryId: d.id,
      channelId: d.channelId,
      network: channel?.network ?? null,
      handle: channel?.handle ?? null,
      channel: channel ? `${channel.handle} (${channel.network})` : null,
    },
  };
}

/**
 * The post is out but the network refused its first comment for good (`withFirstComment`): the
 * author is told, with the post's link, so they can add the comment by hand.
 */
async function notifyCommentRefused(
  tx: Db,
  d: ClaimedDelivery,
  authorId: string,
  published: Published,
): Promise<void> {
  const { data } = await channelOf(tx, d);
  await notify(tx, {
    organizationId: d.organizationId,
    memberIds: [authorId],
    kind: 'post_comment_refused',
    postId: d.postId,
    data: { ...data, url: published.url, reason: published.firstCommentRefused!.slice(0, 2000) },
  });
}

/** The author and the hub responsible for the channel's unit (its leads where no hub covers it). */
async function notifyFailure(
  tx: Db,
  d: ClaimedDelivery,
  authorId: string,
  error: string,
): Promise<void> {
  const { channel, data } = await channelOf(tx, d);
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
    data: { ...data, error },
  });
}
