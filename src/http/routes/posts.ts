import { archivePost } from '../../app/posts/archive-post.ts';
import { createPost } from '../../app/posts/create-post.ts';
import { decideApproval } from '../../app/posts/decide-approval.ts';
import { getPost } from '../../app/posts/get-post.ts';
import { listPosts } from '../../app/posts/list-posts.ts';
import { pausePost } from '../../app/posts/pause-post.ts';
import { resumePost } from '../../app/posts/resume-post.ts';
import { schedulePost } from '../../app/posts/schedule-post.ts';
import { submitPost } from '../../app/posts/submit-post.ts';
import { updatePost } from '../../app/posts/update-post.ts';
import { errorResponse, idParams } from '../../contracts/common.ts';
import {
  createPostBody,
  decideApprovalBody,
  listPostsQuery,
  postActionBody,
  postPage,
  postSchema,
  scheduleBody,
  submitPostBody,
  submitResultSchema,
  updatePostBody,
} from '../../contracts/posts.ts';
import { actorOf } from '../auth.ts';
import type { RouteContext } from './index.ts';

export function postRoutes({ api, deps }: RouteContext): void {
  const tags = ['posts'];
  const errors = {
    400: errorResponse,
    403: errorResponse,
    404: errorResponse,
    409: errorResponse,
    422: errorResponse,
  };
  api.get(
    '/posts',
    {
      schema: {
        tags,
        summary: 'The posts the member sees, newest first (cursor pagination)',
        querystring: listPostsQuery,
        response: { 200: postPage, 400: errorResponse },
      },
    },
    async (req) => listPosts(deps, actorOf(req), req.query),
  );
  api.get(
    '/posts/:id',
    {
      schema: {
        tags,
        summary: 'One post with its variants, deliveries and current approval round',
        params: idParams,
        response: { 200: postSchema, 404: errorResponse },
      },
    },
    async (req) => getPost(deps, actorOf(req), req.params.id),
  );
  api.post(
    '/posts',
    {
      schema: {
        tags,
        summary: 'Draft a post with one variant per channel',
        body: createPostBody,
        response: { 201: postSchema, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createPost(deps, actorOf(req), req.body)),
  );
  api.patch(
    '/posts/:id',
    {
      schema: {
        tags,
        summary:
          'Edit a post (send the version you read); a content change after submission starts a new approval round',
        params: idParams,
        body: updatePostBody,
        response: { 200: postSchema, ...errors },
      },
    },
    async (req) => updatePost(deps, actorOf(req), req.params.id, req.body),
  );
  api.post(
    '/posts/:id/submit',
    {
      schema: {
        tags,
        summary: 'Submit for approval: counts, guideline checks and the approval chain',
        params: idParams,
        body: submitPostBody,
        response: { 200: submitResultSchema, ...errors },
      },
    },
    async (req) => submitPost(deps, actorOf(req), req.params.id, req.body),
  );
  api.post(
    '/posts/:id/approval',
    {
      schema: {
        tags,
        summary: 'Approve, reject or request changes on the open approval step',
        params: idParams,
        body: decideApprovalBody,
        response: { 200: postSchema, ...errors },
      },
    },
    async (req) => decideApproval(deps, actorOf(req), req.params.id, req.body),
  );
  api.put(
    '/posts/:id/schedule',
    {
      schema: {
        tags,
        summary:
          'Set the due time of each variant (the author; once approved, also whoever may pause it on all its channels); an approved post with all times is scheduled',
        params: idParams,
        body: scheduleBody,
        response: { 200: postSchema, ...errors },
      },
    },
    async (req) => schedulePost(deps, actorOf(req), req.params.id, req.body),
  );
  const action = (verb: string, summary: string, run: typeof pausePost) =>
    api.post(
      `/posts/:id/${verb}`,
      {
        schema: {
          tags,
          summary,
          params: idParams,
          body: postActionBody,
          response: { 200: postSchema, ...errors },
        },
      },
      async (req) => run(deps, actorOf(req), req.params.id, req.body),
    );
  action('pause', 'Pause a post in review, approved or scheduled', pausePost);
  action('resume', 'Resume a paused post where it was', resumePost);
  action('archive', 'Archive a post for good', archivePost);
}
