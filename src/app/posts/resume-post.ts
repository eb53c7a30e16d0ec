import type { Post, PostActionInput } from '../../contracts/posts.ts';
import { isPostStatus, type PostStatus } from '../../core/posts/status.ts';
import type { Actor, Deps } from '../deps.ts';
import { scheduleIfReady } from './approval-round.ts';
import { everyVariantDue } from './deliveries.ts';
import { assertMayManage, withLockedPost } from './post-access.ts';
import { toPost } from './post-view.ts';
import { invalidMove, movePost } from './transition.ts';

/**
 * Resumes a paused post where it was. A post paused while scheduled whose due time passed
 * meanwhile comes back approved: it needs a new time rather than going out late.
 */
export async function resumePost(
  deps: Deps,
  actor: Actor,
  postId: string,
  input: PostActionInput,
): Promise<Post> {
  return withLockedPost(deps, actor, postId, async (tx, ctx, post) => {
    await assertMayManage(tx, ctx, post);
    const from = post.paused_from;
    let to: PostStatus = from !== null && isPostStatus(from) ? from : 'in_review';
    // Only a paused post resumes: the status table alone would let a draft or an approved post
    // "resume" into review, past the checks and the approval chain.
    if (post.status !== 'paused') throw invalidMove(post.status, to);
    if (to === 'scheduled' && !(await everyVariantDue(tx, post, ctx.now))) to = 'approved';
    const row = await movePost(tx, post, {
      actor,
      to,
      kind: 'post.resumed',
      minutes: input.spentMinutes,
      now: ctx.now,
      set: { paused_from: null },
    });
    return toPost(tx, await scheduleIfReady(tx, ctx, row));
  });
}
