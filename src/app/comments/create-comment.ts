import type { Comment, CreateCommentInput } from '../../contracts/comments.ts';
import { MAX_MENTIONS } from '../../contracts/comments.ts';
import { mentionedMemberIds, mentionsAsText } from '../../core/comments/mentions.ts';
import { recordActivity } from '../activity.ts';
import { excerptOf } from '../calendar/calendar-view.ts';
import { calendarViewer } from '../calendar/visibility.ts';
import type { Actor, Deps } from '../deps.ts';
import { badInput } from '../errors.ts';
import { notify } from '../notifications/notify.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { toComment } from './comment-view.ts';
import { loadVisiblePost } from './visible-post.ts';

/**
 * Comments on a post the actor may see in the calendar. Mentions (`@[Name](member-id)`) count
 * only for members of the organization who may see the post too, so a mention never tells anyone
 * about a post hidden from them; each of them but the author is notified once, however often
 * they are mentioned. Comments are coordination: the activity event says so for the cost reports.
 */
export async function createComment(
  deps: Deps,
  actor: Actor,
  postId: string,
  input: CreateCommentInput,
): Promise<Comment> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  const mentioned = mentionedMemberIds(input.body);
  if (mentioned.length > MAX_MENTIONS) {
    throw badInput(
      'body.body',
      'comment.too_many_mentions',
      `A comment may mention at most ${MAX_MENTIONS} members.`,
    );
  }
  return deps.db.transaction().execute(async (tx) => {
    const post = await loadVisiblePost(tx, snapshot, actor, postId);
    const mentions = mentioned.filter(
      (memberId) =>
        snapshot.memberIndex.has(memberId) &&
        calendarViewer(snapshot, memberId).seesPost(post, post.channelIds),
    );
    const row = await tx
      .insertInto('comments')
      .values({
        organization_id: actor.organizationId,
        post_id: post.id,
        author_id: actor.memberId,
        body: input.body,
        mentions: JSON.stringify(mentions),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const notified = await notify(tx, {
      organizationId: actor.organizationId,
      memberIds: mentions.filter((id) => id !== actor.memberId),
      kind: 'mention',
      postId: post.id,
      data: {
        commentId: row.id,
        authorId: actor.memberId,
        excerpt: excerptOf(mentionsAsText(input.body)),
      },
    });
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'comment.created',
      subjectType: 'post',
      subjectId: post.id,
      data: { category: 'coordinate', commentId: row.id, mentions, notified },
    });
    return toComment(row);
  });
}
