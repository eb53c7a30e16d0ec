import { sql } from 'kysely';
import { inPool } from '../../core/governance/pool.ts';
import type { Snapshot } from '../../core/governance/snapshot.ts';
import { isAncestorOrSelf } from '../../core/governance/snapshot-queries.ts';
import type { ListPostsQuery, PostPage } from '../../contracts/posts.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { badInput } from '../errors.ts';
import { checkFilterIds } from '../filter-ids.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { poolStep } from './approval-chain.ts';
import { toPost } from './post-view.ts';
import { canManagePost, canSeePost } from './visibility.ts';

/** How many batches a page may read to fill itself with posts the actor sees. */
const MAX_BATCHES = 5;

/**
 * The posts the actor sees (and with `manageable`, manages; with `awaiting=me`, may approve now),
 * newest first, paged by (created_at, id); `unitId` also takes the units below it. Posts the
 * actor may not see (visibility.ts) are skipped; a page may then hold fewer than `limit` items
 * while `nextCursor` still leads on.
 */
export async function listPosts(
  deps: Deps,
  actor: Actor,
  query: ListPostsQuery,
): Promise<PostPage> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'view_organization');
  await checkFilterIds(deps.db, snapshot, actor.organizationId, query);
  let after = query.cursor === undefined ? null : decodeCursor(query.cursor);
  // A unit stands for itself and the units below it, as in the calendar.
  const units =
    query.unitId === undefined
      ? undefined
      : snapshot.unitIds.filter((id) => isAncestorOrSelf(snapshot, query.unitId!, id));
  const visible: Awaited<ReturnType<typeof fetchBatch>> = [];
  let more = true;
  for (let batch = 0; batch < MAX_BATCHES && more && visible.length <= query.limit; batch++) {
    const rows = await fetchBatch(deps, actor, query, units, after, query.limit + 1);
    more = rows.length === query.limit + 1;
    const awaiting =
      query.awaiting === 'me' ? await awaitingActor(deps, snapshot, actor, rows) : null;
    for (const r of rows) {
      const channelIds = r.channel_ids ?? [];
      if (
        canSeePost(snapshot, actor, r, channelIds) &&
        (query.manageable !== 'true' || canManagePost(snapshot, actor, r, channelIds)) &&
        (awaiting === null || awaiting.has(r.id))
      ) {
        visible.push(r);
      }
      after = { createdAt: r.created_at, id: r.id };
      if (visible.length > query.limit) break;
    }
  }
  const items = visible.slice(0, query.limit);
  // Full page: continue after its last item. Otherwise continue after the last row read, if the
  // batches stopped before the end.
  const next =
    visible.length > query.limit
      ? { createdAt: items.at(-1)!.created_at, id: items.at(-1)!.id }
      : more
        ? after
        : null;
  return {
    items: await Promise.all(items.map((r) => toPost(deps.db, r))),
    nextCursor: next ? encodeCursor(next.createdAt, next.id) : null,
  };
}

function fetchBatch(
  deps: Deps,
  actor: Actor,
  query: ListPostsQuery,
  units: readonly string[] | undefined,
  after: { createdAt: Date; id: string } | null,
  limit: number,
) {
  const org = actor.organizationId;
  return deps.db
    .selectFrom('posts')
    .selectAll('posts')
    .select((eb) =>
      eb
        .selectFrom('post_variants')
        .select(
          sql<string[]>`coalesce(json_agg(channel_id order by position), '[]'::json)`.as('ids'),
        )
        .whereRef('post_variants.post_id', '=', 'posts.id')
        .where('post_variants.organization_id', '=', org)
        .as('channel_ids'),
    )
    .where('posts.organization_id', '=', org)
    .$if(after !== null, (q) =>
      q.where(sql<boolean>`(posts.created_at, posts.id) < (${after!.createdAt}, ${after!.id})`),
    )
    .$if(query.status !== undefined, (q) => q.where('posts.status', '=', query.status!))
    .$if(query.awaiting === 'me', (q) =>
      q.where('posts.status', '=', 'in_review').where('posts.author_id', '<>', actor.memberId),
    )
    .$if(units !== undefined, (q) => q.where('posts.unit_id', 'in', units!))
    .$if(query.campaignId !== undefined, (q) =>
      q.where('posts.campaign_id', '=', query.campaignId!),
    )
    .$if(query.authorId !== undefined, (q) => q.where('posts.author_id', '=', query.authorId!))
    .$if(query.channelId !== undefined, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('post_variants as pv')
            .select('pv.id')
            .whereRef('pv.post_id', '=', 'posts.id')
            .where('pv.organization_id', '=', org)
            .where('pv.channel_id', '=', query.channelId!),
        ),
      ),
    )
    .orderBy('posts.created_at', 'desc')
    .orderBy('posts.id', 'desc')
    .limit(limit)
    .execute();
}

/**
 * Of the given posts in review, those whose open step (the first pending one of the current
 * round) the actor may decide now: in its pool (`inPool`, the rule `decideApproval` applies) and
 * without a decision of theirs in this round. Two queries for the whole batch.
 */
async function awaitingActor(
  deps: Deps,
  snapshot: Snapshot,
  actor: Actor,
  posts: readonly { id: string; approval_round: number }[],
): Promise<Set<string>> {
  const org = actor.organizationId;
  const waiting = new Set<string>();
  if (posts.length === 0) return waiting;
  const round = new Map(posts.map((p) => [p.id, p.approval_round]));
  const steps = (
    await deps.db
      .selectFrom('approval_steps')
      .selectAll()
      .where('organization_id', '=', org)
      .where('post_id', 'in', [...round.keys()])
      .orderBy('position')
      .execute()
  ).filter((s) => s.round === round.get(s.post_id));
  if (steps.length === 0) return waiting;
  const decided = await deps.db
    .selectFrom('approval_decisions')
    .select('post_id')
    .where('organization_id', '=', org)
    .where('member_id', '=', actor.memberId)
    .where(
      'step_id',
      'in',
      steps.map((s) => s.id),
    )
    .execute();
  const done = new Set(decided.map((d) => d.post_id));
  // Steps come in order: a post's first pending one is its open step.
  const open = new Map<string, (typeof steps)[number]>();
  for (const s of steps) if (s.status === 'pending' && !open.has(s.post_id)) open.set(s.post_id, s);
  for (const [postId, step] of open) {
    if (!done.has(postId) && inPool(snapshot, actor.memberId, poolStep(step))) waiting.add(postId);
  }
  return waiting;
}

function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`).toString('base64url');
}

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|([0-9a-f-]{36})$/;

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badInput('querystring.cursor', 'cursor.malformed', 'The cursor is not valid.');
  return { createdAt: new Date(match[1]!), id: match[2]! };
}
