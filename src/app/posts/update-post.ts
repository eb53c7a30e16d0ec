import type { Post, UpdatePostInput } from '../../contracts/posts.ts';
import { EDITABLE, IN_CHAIN, type PostStatus } from '../../core/posts/status.ts';
import { recordActivity } from '../activity.ts';
import type { Actor, Deps } from '../deps.ts';
import { conflict } from '../errors.ts';
import { beginRound } from './approval-round.ts';
import { checkCampaign } from './campaign.ts';
import { assertAuthor, assertVersion, withLockedPost } from './post-access.ts';
import { toPost } from './post-view.ts';
import { writeVariants } from './write-variants.ts';

/**
 * Edits a post. `version` must be the current one (409 `post.version_conflict` otherwise). A
 * change of content (variants or language) of a post in review, approved or scheduled starts a
 * new round: the old steps are superseded and the post goes back through the chain. Checks that
 * refuse a submission refuse such an edit too (422/403), and nothing is changed.
 */
export async function updatePost(
  deps: Deps,
  actor: Actor,
  postId: string,
  input: UpdatePostInput,
): Promise<Post> {
  return withLockedPost(deps, actor, postId, async (tx, ctx, post) => {
    assertAuthor(actor, post);
    assertVersion(post, input.version);
    const status = post.status as PostStatus;
    if (!EDITABLE.includes(status)) {
      throw conflict('post.not_editable', `A ${status} post cannot be edited.`);
    }
    if (input.campaignId) await checkCampaign(tx, actor.organizationId, input.campaignId);
    if (input.variants) await writeVariants(tx, ctx, post, input.variants);
    let row = await tx
      .updateTable('posts')
      .set({
        ...(input.title !== undefined && { title: input.title }),
        ...(input.labels !== undefined && { labels: JSON.stringify(input.labels) }),
        ...(input.language !== undefined && { language: input.language }),
        ...(input.campaignId !== undefined && { campaign_id: input.campaignId }),
        version: post.version + 1,
        updated_at: ctx.now,
      })
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', postId)
      .returningAll()
      .executeTakeFirstOrThrow();
    const { version: _version, spentMinutes, ...changes } = input;
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'post.updated',
      subjectType: 'post',
      subjectId: postId,
      data: { fields: Object.keys(changes).sort(), status },
      minutes: spentMinutes ?? null,
    });
    const contentChanged = input.variants !== undefined || input.language !== undefined;
    if (contentChanged && IN_CHAIN.includes(status)) {
      ({ post: row } = await beginRound(tx, ctx, row, {
        kind: 'post.resubmitted',
        data: { reason: 'edited' },
        onRefusal: 'throw',
      }));
    }
    return toPost(tx, row);
  });
}
