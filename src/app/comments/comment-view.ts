import type { Comment } from '../../contracts/comments.ts';
import type { CommentsTable } from '../../db/schema.ts';
import type { Selectable } from 'kysely';

export function toComment(row: Selectable<CommentsTable>): Comment {
  return {
    id: row.id,
    postId: row.post_id,
    authorId: row.author_id,
    body: row.body,
    mentions: row.mentions,
    createdAt: row.created_at.toISOString(),
  };
}
