import type { Post } from '../../contracts/posts.ts';
import type { Actor, Deps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { channelIdsOf } from './post-access.ts';
import { toPost } from './post-view.ts';
import { assertCanSeePost } from './visibility.ts';

/** One post with its variants, deliveries and current approval round. */
export async function getPost(deps: Deps, actor: Actor, postId: string): Promise<Post> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  const row = await deps.db
    .selectFrom('posts')
    .selectAll()
    .where('organization_id', '=', actor.organizationId)
    .where('id', '=', postId)
    .executeTakeFirst();
  if (!row) throw notFound('post');
  assertCanSeePost(snapshot, actor, row, await channelIdsOf(deps.db, row));
  return toPost(deps.db, row);
}
