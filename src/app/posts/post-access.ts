import type { Snapshot } from '../../core/governance/snapshot.ts';
import type { Db } from '../../db/connect.ts';
import { authorize } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { AppError, conflict } from '../errors.ts';
import { loadActorSnapshot, loadSnapshot } from '../snapshot.ts';
import type { PostContext } from './post-context.ts';
import { lockPost, type PostRow } from './post-rows.ts';
import { assertCanSeePost, canManagePost } from './visibility.ts';

/** The channel ids of the post's variants. */
export async function channelIdsOf(db: Db, post: PostRow): Promise<string[]> {
  const rows = await db
    .selectFrom('post_variants')
    .select('channel_id')
    .where('organization_id', '=', post.organization_id)
    .where('post_id', '=', post.id)
    .orderBy('position')
    .execute();
  return rows.map((r) => r.channel_id);
}

/**
 * Runs `fn` in a transaction with the post locked. The snapshot is read before the transaction
 * (cached per revision; on PGlite a second connection would wait for this one) and read again
 * inside it only if the organization changed meanwhile. A post the actor may not see is 404.
 */
export async function withLockedPost<T>(
  deps: Deps,
  actor: Actor,
  postId: string,
  fn: (tx: Db, ctx: PostContext, post: PostRow) => Promise<T>,
): Promise<T> {
  const loaded = await loadActorSnapshot(deps.db, actor);
  return deps.db.transaction().execute(async (tx) => {
    const post = await lockPost(tx, actor.organizationId, postId);
    const org = await tx
      .selectFrom('organizations')
      .select(['revision', 'time_zone'])
      .where('id', '=', actor.organizationId)
      .executeTakeFirstOrThrow();
    let snapshot: Snapshot = loaded.snapshot;
    if (org.revision !== loaded.organization.revision) {
      snapshot = (await loadSnapshot(tx, actor.organizationId)).snapshot;
    }
    assertCanSeePost(snapshot, actor, post, await channelIdsOf(tx, post));
    const ctx: PostContext = { deps, actor, snapshot, timeZone: org.time_zone, now: deps.now() };
    return fn(tx, ctx, post);
  });
}

/** Only the author changes the content of a post, submits and schedules it. */
export function assertAuthor(actor: Actor, post: PostRow): void {
  if (post.author_id !== actor.memberId) {
    throw new AppError('forbidden', 'Only the author may do this.', {
      details: [{ code: 'post.author_only' }],
    });
  }
}

/** A stale version: someone changed the post since the client read it. */
export function assertVersion(post: PostRow, version: number | undefined): void {
  if (version !== undefined && version !== post.version) {
    const err = conflict(
      'post.version_conflict',
      `The post changed since version ${version}; it is at version ${post.version}.`,
      'body.version',
    );
    err.details[0]!.params = { current: post.version, sent: version };
    throw err;
  }
}

/**
 * The author, or someone who may pause others' posts on every channel of the post
 * (`canManagePost`); else 403 with the policy's reasons for the first channel refused.
 */
export async function assertMayManage(tx: Db, ctx: PostContext, post: PostRow): Promise<void> {
  const channelIds = await channelIdsOf(tx, post);
  if (canManagePost(ctx.snapshot, ctx.actor, post, channelIds)) return;
  for (const channelId of channelIds) {
    authorize(ctx.snapshot, ctx.actor, 'pause_others', { channelId });
  }
  assertAuthor(ctx.actor, post);
}
