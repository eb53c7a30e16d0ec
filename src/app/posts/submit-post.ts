import type { SubmitPostInput, SubmitResult } from '../../contracts/posts.ts';
import { SUBMITTABLE, type PostStatus } from '../../core/posts/status.ts';
import type { Actor, Deps } from '../deps.ts';
import { beginRound } from './approval-round.ts';
import { assertAuthor, assertVersion, withLockedPost } from './post-access.ts';
import { toPost } from './post-view.ts';
import { invalidMove } from './transition.ts';

/**
 * Submits a draft (or a post whose changes were requested) for approval: every variant is counted
 * (422 with `body.variants.N.text`, the length and the limit, when over) and checked against the
 * guidelines (422 for findings that block in the model, with their positions); `decide` gives the
 * chain, and a new approval round starts. No steps: approved at once, and scheduled when every
 * variant has a due time.
 */
export async function submitPost(
  deps: Deps,
  actor: Actor,
  postId: string,
  input: SubmitPostInput,
): Promise<SubmitResult> {
  return withLockedPost(deps, actor, postId, async (tx, ctx, post) => {
    assertAuthor(actor, post);
    assertVersion(post, input.version);
    if (!SUBMITTABLE.includes(post.status as PostStatus))
      throw invalidMove(post.status, 'in_review');
    const { post: row, checks } = await beginRound(tx, ctx, post, {
      kind: 'post.submitted',
      minutes: input.spentMinutes,
      onRefusal: 'throw',
    });
    return { post: await toPost(tx, row), checks };
  });
}
