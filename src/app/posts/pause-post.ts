import type { Post, PostActionInput } from '../../contracts/posts.ts';
import type { Actor, Deps } from '../deps.ts';
import { syncDeliveries } from './deliveries.ts';
import { assertMayManage, withLockedPost } from './post-access.ts';
import { toPost } from './post-view.ts';
import { movePost } from './transition.ts';

/**
 * Pauses a post in review, approved or scheduled: nothing is published and no one decides on it
 * until it is resumed. The author may pause their post; others need `pause_others` on each of its
 * channels. Pending deliveries are withdrawn.
 */
export async function pausePost(
  deps: Deps,
  actor: Actor,
  postId: string,
  input: PostActionInput,
): Promise<Post> {
  return withLockedPost(deps, actor, postId, async (tx, ctx, post) => {
    await assertMayManage(tx, ctx, post);
    const row = await movePost(tx, post, {
      actor,
      to: 'paused',
      kind: 'post.paused',
      minutes: input.spentMinutes,
      now: ctx.now,
      set: { paused_from: post.status },
    });
    await syncDeliveries(tx, row, ctx.now);
    return toPost(tx, row);
  });
}
