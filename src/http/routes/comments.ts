import { createComment } from '../../app/comments/create-comment.ts';
import { listComments } from '../../app/comments/list-comments.ts';
import {
  commentPage,
  commentSchema,
  commentsQuery,
  createCommentBody,
} from '../../contracts/comments.ts';
import { errorResponse, idParams } from '../../contracts/common.ts';
import { actorOf } from '../auth.ts';
import type { RouteContext } from './index.ts';

export function commentRoutes({ api, deps }: RouteContext): void {
  const tags = ['comments'];
  api.get(
    '/posts/:id/comments',
    {
      schema: {
        tags,
        summary: 'The comments on a post, oldest first, cursor-paged (whoever sees the post)',
        params: idParams,
        querystring: commentsQuery,
        response: { 200: commentPage, 400: errorResponse, 404: errorResponse },
      },
    },
    async (req) => listComments(deps, actorOf(req), req.params.id, req.query),
  );
  api.post(
    '/posts/:id/comments',
    {
      schema: {
        tags,
        summary:
          'Comment on a post; `@[Name](member-id)` mentions notify members who may see the post',
        params: idParams,
        body: createCommentBody,
        response: { 201: commentSchema, 400: errorResponse, 404: errorResponse },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createComment(deps, actorOf(req), req.params.id, req.body)),
  );
}
