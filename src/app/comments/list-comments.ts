import type { CommentPage, CommentsQuery } from '../../contracts/comments.ts';
import type { Actor, Deps } from '../deps.ts';
import {
  afterKey,
  cursorTime,
  decodeTimeCursor,
  encodeTimeCursor,
} from '../notifications/time-cursor.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { toComment } from './comment-view.ts';
import { loadVisiblePost } from './visible-post.ts';

/** The comments on a post the actor may see in the calendar, oldest first, cursor-paged. */
export async function listComments(
  deps: Deps,
  actor: Actor,
  postId: string,
  query: CommentsQuery,
): Promise<CommentPage> {
  const after = query.cursor === undefined ? null : decodeTimeCursor(query.cursor);
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  const post = await loadVisiblePost(deps.db, snapshot, actor, postId);
  const rows = await deps.db
    .selectFrom('comments')
    .selectAll()
    .select(cursorTime('created_at').as('cursor_at'))
    .where('organization_id', '=', actor.organizationId)
    .where('post_id', '=', post.id)
    .$if(after !== null, (q) => q.where(afterKey(after!, 'asc', { at: 'created_at', id: 'id' })))
    .orderBy('created_at')
    .orderBy('id')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toComment),
    nextCursor:
      rows.length > query.limit && last
        ? encodeTimeCursor({ at: last.cursor_at, id: last.id })
        : null,
  };
}
