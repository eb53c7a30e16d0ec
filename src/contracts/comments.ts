import { z } from 'zod';
import { idSchema, page, pageQuery } from './common.ts';

/**
 * Comments on a post. Mentions are written `@[Display Name](member-id)` (see
 * `core/comments/mentions.ts`); the web app's picker inserts them.
 */
export const commentSchema = z.object({
  id: idSchema,
  postId: idSchema,
  authorId: idSchema,
  body: z.string(),
  /** Members of the organization mentioned in the body who may see the post. */
  mentions: z.array(idSchema),
  createdAt: z.iso.datetime(),
});
export type Comment = z.infer<typeof commentSchema>;

export const MAX_COMMENT_LENGTH = 10_000;
export const MAX_MENTIONS = 50;

export const createCommentBody = z.strictObject({
  body: z
    .string()
    .trim()
    .min(1)
    .max(MAX_COMMENT_LENGTH)
    .describe('Plain text; mention a member as `@[Display Name](member-id)`.'),
});
export type CreateCommentInput = z.infer<typeof createCommentBody>;

/** Oldest first, as a conversation reads. */
export const commentsQuery = pageQuery;
export type CommentsQuery = z.infer<typeof commentsQuery>;

export const commentPage = page(commentSchema);
export type CommentPage = z.infer<typeof commentPage>;
