import { sql, type ExpressionBuilder } from 'kysely';
import { decide } from '../../core/governance/decide.ts';
import type { Snapshot } from '../../core/governance/snapshot.ts';
import type { DeliveriesQuery, DeliveryPage } from '../../contracts/deliveries.ts';
import type { DB } from '../../db/schema.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { notFound } from '../errors.ts';
import {
  afterKey,
  cursorTime,
  decodeTimeCursor,
  encodeTimeCursor,
} from '../notifications/time-cursor.ts';
import { loadActorSnapshot } from '../snapshot.ts';

/**
 * The deliveries the member sees, latest due first, with counts per status. The rule is the one
 * of posts (`posts/visibility.ts`): one's own posts' deliveries, every delivery on channels whose
 * calendar one sees whole, and published ones on channels where one sees only what is published.
 * It is applied in SQL, so pages are full and counts exact.
 */
export async function listDeliveries(
  deps: Deps,
  actor: Actor,
  query: DeliveriesQuery,
): Promise<DeliveryPage> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'view_organization');
  if (query.channelId !== undefined && !snapshot.channelIndex.has(query.channelId)) {
    throw notFound('channel', 'querystring.channelId');
  }
  const org = actor.organizationId;
  if (query.postId !== undefined) {
    const post = await deps.db
      .selectFrom('posts')
      .select('id')
      .where('organization_id', '=', org)
      .where('id', '=', query.postId)
      .executeTakeFirst();
    if (!post) throw notFound('post', 'querystring.postId');
  }
  const scope = channelScopes(snapshot, actor);
  const visible = (eb: ExpressionBuilder<DB, 'deliveries' | 'posts'>) =>
    eb.or([
      eb('posts.author_id', '=', actor.memberId),
      ...(scope.all.length ? [eb('deliveries.channel_id', 'in', scope.all)] : []),
      ...(scope.published.length
        ? [
            eb.and([
              eb('deliveries.channel_id', 'in', scope.published),
              eb('deliveries.status', '=', 'published'),
            ]),
          ]
        : []),
    ]);
  const base = deps.db
    .selectFrom('deliveries')
    .innerJoin('posts', (j) =>
      j
        .onRef('posts.id', '=', 'deliveries.post_id')
        .onRef('posts.organization_id', '=', 'deliveries.organization_id'),
    )
    .where('deliveries.organization_id', '=', org)
    .where(visible);

  const after = query.cursor === undefined ? null : decodeTimeCursor(query.cursor);
  const rows = await base
    .innerJoin('channels', (j) =>
      j
        .onRef('channels.id', '=', 'deliveries.channel_id')
        .onRef('channels.organization_id', '=', 'deliveries.organization_id'),
    )
    .selectAll('deliveries')
    .select(['channels.network', cursorTime('deliveries.due_at').as('cursor_at')])
    .$if(query.status !== undefined, (q) => q.where('deliveries.status', '=', query.status!))
    .$if(query.channelId !== undefined, (q) =>
      q.where('deliveries.channel_id', '=', query.channelId!),
    )
    .$if(query.postId !== undefined, (q) => q.where('deliveries.post_id', '=', query.postId!))
    .$if(after !== null, (q) =>
      q.where(afterKey(after!, 'desc', { at: 'deliveries.due_at', id: 'deliveries.id' })),
    )
    .orderBy('deliveries.due_at', 'desc')
    .orderBy('deliveries.id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const counted = await base
    .select(['deliveries.status', sql<string>`count(*)`.as('n')])
    .groupBy('deliveries.status')
    .execute();
  const count = (s: string) => Number(counted.find((c) => c.status === s)?.n ?? 0);

  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items: items.map((r) => ({
      id: r.id,
      postId: r.post_id,
      channelId: r.channel_id,
      network: r.network,
      status: r.status,
      dueAt: r.due_at.toISOString(),
      runAt: r.run_at.toISOString(),
      attempts: r.attempts,
      externalId: r.external_id,
      externalUrl: r.external_url,
      publishedAt: r.published_at?.toISOString() ?? null,
      failureKind: r.failure_kind,
      lastError: r.last_error,
      updatedAt: r.updated_at.toISOString(),
    })),
    nextCursor:
      rows.length > query.limit && last
        ? encodeTimeCursor({ at: last.cursor_at, id: last.id })
        : null,
    counts: {
      scheduled: count('scheduled'),
      publishing: count('publishing'),
      published: count('published'),
      failed: count('failed'),
    },
  };
}

/** The channels whose calendar the member sees whole, and those where only published posts. */
function channelScopes(snapshot: Snapshot, actor: Actor): { all: string[]; published: string[] } {
  const all: string[] = [];
  const published: string[] = [];
  for (const channelId of snapshot.channelIds) {
    const d = decide(snapshot, actor.memberId, 'view_calendar', { channelId });
    if (!d.allowed) continue;
    if (d.scope === 'all' || d.scope === 'read_only') all.push(channelId);
    else published.push(channelId);
  }
  return { all, published };
}
