import type { z } from 'zod';
import type {
  createPostBody,
  decideApprovalBody,
  listPostsQuery,
  scheduleBody,
  submitPostBody,
  updatePostBody,
} from '../../contracts/posts.ts';
import { postPage, postSchema, submitResultSchema } from '../../contracts/posts.ts';
import { request } from './client.ts';

export function listPosts(query: Partial<z.output<typeof listPostsQuery>> = {}) {
  return request(postPage, 'GET', '/posts', { query });
}

export function getPost(id: string) {
  return request(postSchema, 'GET', `/posts/${id}`);
}

export function createPost(input: z.input<typeof createPostBody>) {
  return request(postSchema, 'POST', '/posts', { body: input });
}

export function updatePost(id: string, input: z.input<typeof updatePostBody>) {
  return request(postSchema, 'PATCH', `/posts/${id}`, { body: input });
}

export function submitPost(id: string, input: z.input<typeof submitPostBody>) {
  return request(submitResultSchema, 'POST', `/posts/${id}/submit`, { body: input });
}

export function decideApproval(id: string, input: z.input<typeof decideApprovalBody>) {
  return request(postSchema, 'POST', `/posts/${id}/approval`, { body: input });
}

export function schedulePost(id: string, input: z.input<typeof scheduleBody>) {
  return request(postSchema, 'PUT', `/posts/${id}/schedule`, { body: input });
}
