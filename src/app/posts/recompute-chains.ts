import type { Db } from '../../db/connect.ts';
import type { Actor, Deps } from '../deps.ts';
import { loadSnapshot } from '../snapshot.ts';
import { beginRound } from './approval-round.ts';
import type { PostContext } from './post-context.ts';

/**
 * After a model switch, inside its transaction: every post in review gets a new round with the
 * chain the new model asks (old steps superseded, one `post.chain_recomputed` event each). A post
 * whose author may no longer publish on one of its channels, or whose findings now block, goes
 * back to draft (`post.returned_to_draft`, with the reasons). Posts are locked in id order.
 */
export async function recomputeChains(
  tx: Db,
  deps: Deps,
  actor: Actor,
  change: { from: string; to: string },
): Promise<number> {
  const { snapshot, organization } = await loadSnapshot(tx, actor.organizationId);
  const posts = await tx
    .selectFrom('posts')
    .selectAll()
    .where('organization_id', '=', actor.organizationId)
    .where('status', '=', 'in_review')
    .orderBy('id')
    .forUpdate()
    .execute();
  const ctx: PostContext = {
    deps,
    actor,
    snapshot,
    timeZone: organization.time_zone,
    now: deps.now(),
  };
  for (const post of posts) {
    await beginRound(tx, ctx, post, {
      kind: 'post.chain_recomputed',
      data: { reason: 'model_changed', ...change },
      onRefusal: 'draft',
    });
  }
  return posts.length;
}
