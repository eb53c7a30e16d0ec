import type { Post, PostActionInput } from '../../contracts/posts.ts';
import type { Actor, Deps } from '../deps.ts';
import { supersedePending } from './approval-round.ts';
import { syncDeliveries } from './deliveries.ts';
import { assertMayManage, withLockedPost } from './post-access.ts';
import { toPost } from './post-view.ts';
import { movePost } from './transition.ts';

/**
 * Archives a post: it leaves every queue and calendar for good. Steps still pending are
 * superseded and pending deliveries withdrawn. Not while it is being published.
 */
export async function archivePost(
  deps: Deps,
  actor: Actor,
  postId: string,
  input: PostActionInput,
): Promise<Post> {
  return withLockedPost(deps, actor, postId, async (tx, ctx, post) => {
    await assertMayManage(tx, ctx, post);
    const row = await movePost(tx, post, {
      actor,
      to: 'archived',
      kind: 'post.archived',
      minutes: input.spentMinutes,
      now: ctx.now,
      set: { paused_from: null },
    });
    await supersedePending(tx, row, ctx.now);
    await syncDeliveries(tx, row, ctx.now);
    return toPost(tx, row);
  });
}
