import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Post } from '../src/contracts/posts.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { buildNewsroom, testDeps, type Newsroom } from './factories.ts';
import { signIn, startTestServer, type Client, type TestServer } from './http.ts';
import { bodyOf, detailOf } from './responses.ts';

/**
 * Two approvers acting at the same moment, through two HTTP requests in flight together. The post
 * row is locked in each decision's transaction, so the decisions are serialized: with an `any`
 * step the first completes it and moves the post; the second finds the step closed and is refused
 * with 409 `approval.step_closed` (it is not recorded). With an `all` step both count.
 */

const ROUNDS = 6;

let database: TestDatabase;
let server: TestServer;
let room: Newsroom;
let author: Client;
let editors: [Client, Client];

beforeAll(async () => {
  database = await createTestDatabase();
  room = await buildNewsroom(database.db);
  server = await startTestServer(testDeps(database.db));
  author = await signIn(server, room.author.email);
  editors = [
    await signIn(server, room.editors[0].email),
    await signIn(server, room.editors[1].email),
  ];
});

afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

async function submitted(): Promise<Post> {
  const created = await author.post('/api/v1/posts', {
    language: 'en',
    variants: [{ channelId: room.channels.mastodon, text: 'At the same time.' }],
  });
  const post = bodyOf<Post>(created);
  const res = await author.post(`/api/v1/posts/${post.id}/submit`, {});
  expect(res.status).toBe(200);
  return bodyOf<{ post: Post }>(res).post;
}

async function stateOf(postId: string) {
  const [post, steps, decisions, approvedEvents] = await Promise.all([
    database.db
      .selectFrom('posts')
      .select(['status', 'version'])
      .where('id', '=', postId)
      .executeTakeFirstOrThrow(),
    database.db
      .selectFrom('approval_steps')
      .select(['status', 'rule'])
      .where('post_id', '=', postId)
      .execute(),
    database.db
      .selectFrom('approval_decisions')
      .select(['member_id', 'decision'])
      .where('post_id', '=', postId)
      .execute(),
    database.db
      .selectFrom('activity')
      .select('kind')
      .where('subject_id', '=', postId)
      .where('kind', '=', 'post.approved')
      .execute(),
  ]);
  return { post, steps, decisions, approvedEvents: approvedEvents.length };
}

describe('two approvers at the same moment', () => {
  it(`an any step: exactly one completes it, the other gets 409 (${ROUNDS} rounds)`, async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const post = await submitted();
      const answers = await Promise.all(
        editors.map((c) =>
          c.post(`/api/v1/posts/${post.id}/approval`, { decision: 'approve', comment: `#${i}` }),
        ),
      );
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses).toEqual([200, 409]);
      const refused = answers.find((a) => a.status === 409)!;
      expect(detailOf(refused).code).toBe('approval.step_closed');
      const winner = answers.findIndex((a) => a.status === 200);
      const state = await stateOf(post.id);
      expect(state.post.status).toBe('approved');
      expect(state.steps).toEqual([{ status: 'approved', rule: 'any' }]);
      expect(state.decisions).toEqual([
        { member_id: room.editors[winner]!.id, decision: 'approve' },
      ]);
      expect(state.approvedEvents).toBe(1);
    }
  });

  it(`an all step: both decisions count, the post is approved once (${ROUNDS} rounds)`, async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const post = await submitted();
      await database.db
        .updateTable('approval_steps')
        .set({ rule: 'all' })
        .where('post_id', '=', post.id)
        .execute();
      const answers = await Promise.all(
        editors.map((c) => c.post(`/api/v1/posts/${post.id}/approval`, { decision: 'approve' })),
      );
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      const statuses = answers.map((a) => bodyOf<Post>(a).status).sort();
      expect(statuses).toEqual(['approved', 'in_review']);
      const state = await stateOf(post.id);
      expect(state.post.status).toBe('approved');
      expect(state.steps).toEqual([{ status: 'approved', rule: 'all' }]);
      expect(state.decisions).toHaveLength(2);
      expect(state.approvedEvents).toBe(1);
    }
  });

  it('an approval racing a rejection: one wins, the post moves once', async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const post = await submitted();
      const answers = await Promise.all([
        editors[0].post(`/api/v1/posts/${post.id}/approval`, { decision: 'approve' }),
        editors[1].post(`/api/v1/posts/${post.id}/approval`, {
          decision: 'reject',
          comment: 'No.',
        }),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const state = await stateOf(post.id);
      expect(state.decisions).toHaveLength(1);
      const expected = state.decisions[0]!.decision === 'approve' ? 'approved' : 'rejected';
      expect(state.post.status).toBe(expected);
      expect(state.steps).toEqual([{ status: expected, rule: 'any' }]);
    }
  });
});
