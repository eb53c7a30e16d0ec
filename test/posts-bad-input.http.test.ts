import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bumpRevision } from '../src/app/activity.ts';
import type { Post } from '../src/contracts/posts.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { buildNewsroom, testDeps, type Newsroom } from './factories.ts';
import { signIn, startTestServer, type Client, type TestServer } from './http.ts';
import { bodyOf, detailOf, errorOf } from './responses.ts';

/** Bad input and refused actions on posts: each answer's status, code and field path. */

const DUE = '2030-01-08T09:00:00.000Z';
const PAST = '2020-01-01T00:00:00.000Z';

let database: TestDatabase;
let server: TestServer;
let room: Newsroom;
let other: Newsroom;
let author: Client;
let editor: Client;
let editor2: Client;
let lead: Client;
let stranger: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  const deps = testDeps(database.db);
  room = await buildNewsroom(database.db);
  other = await buildNewsroom(database.db);
  server = await startTestServer(deps);
  [author, editor, editor2, lead, stranger] = await Promise.all([
    signIn(server, room.author.email),
    signIn(server, room.editors[0].email),
    signIn(server, room.editors[1].email),
    signIn(server, room.lead.email),
    signIn(server, other.editors[0].email),
  ]);
});

afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

async function draft(
  c: Client,
  variants: Record<string, unknown>[] = [{ channelId: room.channels.mastodon, text: 'Hello.' }],
): Promise<Post> {
  const res = await c.post('/api/v1/posts', { language: 'en', variants });
  if (res.status !== 201) throw new Error(`draft: ${res.status} ${JSON.stringify(res.body)}`);
  return bodyOf<Post>(res);
}

async function inReview(): Promise<Post> {
  const post = await draft(author);
  const res = await author.post(`/api/v1/posts/${post.id}/submit`, {});
  if (res.status !== 200) throw new Error(`submit: ${res.status} ${JSON.stringify(res.body)}`);
  return bodyOf<{ post: Post }>(res).post;
}

describe('counting and guidelines on submit', () => {
  it('a text over the network’s limit: 422 with the path, the counted length and the limit', async () => {
    const post = await draft(author, [
      { channelId: room.channels.mastodon, text: 'a'.repeat(501) },
      { channelId: room.channels.bluesky, text: 'ü'.repeat(300) },
    ]);
    const res = await author.post(`/api/v1/posts/${post.id}/submit`, {});
    expect(res.status).toBe(422);
    expect(errorOf(res).code).toBe('unprocessable');
    expect(errorOf(res).details).toEqual([
      expect.objectContaining({
        path: 'body.variants.0.text',
        code: 'text.too_long',
        params: { network: 'mastodon', length: 501, limit: 500 },
      }),
    ]);
    expect(bodyOf<Post>(await author.get(`/api/v1/posts/${post.id}`)).status).toBe('draft');
  });

  it('a Bluesky text over 300 graphemes names the second variant', async () => {
    const post = await draft(author, [
      { channelId: room.channels.mastodon, text: 'Fine.' },
      { channelId: room.channels.bluesky, text: 'b'.repeat(301) },
    ]);
    const res = await author.post(`/api/v1/posts/${post.id}/submit`, {});
    expect(res.status).toBe(422);
    expect(detailOf(res)).toMatchObject({
      path: 'body.variants.1.text',
      code: 'text.too_long',
      params: { network: 'bluesky', length: 301, limit: 300, byteLimit: 3000 },
    });
  });

  it('a finding that blocks: 422 with its positions in the text', async () => {
    const put = await editor.put(`/api/v1/units/${room.org.rootId}/guidelines`, {
      name: 'House rules',
      rules: [
        { kind: 'banned_term', term: 'verboten', reason: 'Not our tone.', severity: 'block' },
      ],
    });
    expect(put.status).toBe(200);
    const post = await draft(author, [
      { channelId: room.channels.mastodon, text: 'Das ist verboten.' },
    ]);
    const res = await author.post(`/api/v1/posts/${post.id}/submit`, {});
    expect(res.status).toBe(422);
    expect(detailOf(res)).toMatchObject({
      path: 'body.variants.0.text',
      code: 'guideline.banned_term',
      params: {
        ruleUnitId: room.org.rootId,
        severity: 'block',
        positions: [{ start: 8, end: 16 }],
      },
    });
  });

  it('an author who may not publish on a channel: 403 with the reasons per channel', async () => {
    // Drafting needs no informed author; publishing does.
    const gated = await buildNewsroom(database.db);
    await database.db
      .updateTable('organizations')
      .set({ strategy_version: 1 })
      .where('id', '=', gated.org.id)
      .execute();
    await bumpRevision(database.db, gated.org.id);
    const c = await signIn(server, gated.author.email);
    const res0 = await c.post('/api/v1/posts', {
      language: 'en',
      variants: [
        { channelId: gated.channels.mastodon, text: 'One.' },
        { channelId: gated.channels.bluesky, text: 'Two.' },
      ],
    });
    expect(res0.status).toBe(201);
    const res = await c.post(`/api/v1/posts/${bodyOf<Post>(res0).id}/submit`, {});
    expect(res.status).toBe(403);
    expect(
      errorOf(res)
        .details.filter((d) => d.code === 'gate.uninformed')
        .map((d) => [d.path, d.params?.channelId]),
    ).toEqual([
      ['body.variants.0.channelId', gated.channels.mastodon],
      ['body.variants.1.channelId', gated.channels.bluesky],
    ]);
  });
});

describe('drafts and due times', () => {
  it('a due time in the past: 400 schedule.in_past at create and at schedule', async () => {
    const res = await author.post('/api/v1/posts', {
      language: 'en',
      variants: [{ channelId: room.channels.mastodon, text: 'Late.', dueAt: PAST }],
    });
    expect(res.status).toBe(400);
    expect(detailOf(res)).toMatchObject({
      path: 'body.variants.0.dueAt',
      code: 'schedule.in_past',
    });
    const post = await draft(author);
    const put = await author.put(`/api/v1/posts/${post.id}/schedule`, {
      variants: [{ channelId: room.channels.mastodon, dueAt: PAST }],
    });
    expect(put.status).toBe(400);
    expect(detailOf(put)).toMatchObject({
      path: 'body.variants.0.dueAt',
      code: 'schedule.in_past',
    });
  });

  it('a due time for a channel the post has no variant for: 400', async () => {
    const post = await draft(author);
    const res = await author.put(`/api/v1/posts/${post.id}/schedule`, {
      variants: [{ channelId: room.channels.bluesky, dueAt: DUE }],
    });
    expect(res.status).toBe(400);
    expect(detailOf(res)).toMatchObject({
      path: 'body.variants.0.channelId',
      code: 'schedule.not_a_variant',
    });
  });

  it('two variants for one channel: 400; an unknown channel: 404', async () => {
    const twice = await author.post('/api/v1/posts', {
      language: 'en',
      variants: [
        { channelId: room.channels.mastodon, text: 'A' },
        { channelId: room.channels.mastodon, text: 'B' },
      ],
    });
    expect(twice.status).toBe(400);
    expect(detailOf(twice)).toMatchObject({
      path: 'body.variants.1.channelId',
      code: 'variant.duplicate_channel',
    });
    const unknown = await author.post('/api/v1/posts', {
      language: 'en',
      variants: [{ channelId: other.channels.mastodon, text: 'A' }],
    });
    expect(unknown.status).toBe(404);
    expect(detailOf(unknown).code).toBe('channel.not_found');
  });

  it('editing with a stale version: 409 post.version_conflict', async () => {
    const post = await draft(author);
    const first = await author.patch(`/api/v1/posts/${post.id}`, { version: 1, title: 'First' });
    expect(first.status).toBe(200);
    expect(bodyOf<Post>(first).version).toBe(2);
    const stale = await author.patch(`/api/v1/posts/${post.id}`, { version: 1, title: 'Second' });
    expect(stale.status).toBe(409);
    expect(detailOf(stale)).toMatchObject({
      code: 'post.version_conflict',
      path: 'body.version',
      params: { current: 2, sent: 1 },
    });
    expect(bodyOf<Post>(await author.get(`/api/v1/posts/${post.id}`)).title).toBe('First');
  });

  it('only the author edits: 403 post.author_only for the unit’s lead', async () => {
    const post = await draft(author);
    const res = await lead.patch(`/api/v1/posts/${post.id}`, { version: 1, title: 'Mine now' });
    expect(res.status).toBe(403);
    expect(detailOf(res).code).toBe('post.author_only');
  });

  it('submitting twice: 409 post.invalid_transition', async () => {
    const post = await inReview();
    const res = await author.post(`/api/v1/posts/${post.id}/submit`, {});
    expect(res.status).toBe(409);
    expect(detailOf(res)).toMatchObject({
      code: 'post.invalid_transition',
      params: { from: 'in_review', to: 'in_review' },
    });
  });
});

describe('approvals', () => {
  it('approving one’s own post: 403 approval.own_post', async () => {
    const post = await inReview();
    const res = await author.post(`/api/v1/posts/${post.id}/approval`, { decision: 'approve' });
    expect(res.status).toBe(403);
    expect(detailOf(res).code).toBe('approval.own_post');
  });

  it('approving twice: 409 approval.already_decided; a second approver finds the step closed', async () => {
    const post = await inReview();
    expect(
      (await editor.post(`/api/v1/posts/${post.id}/approval`, { decision: 'approve' })).status,
    ).toBe(200);
    const again = await editor.post(`/api/v1/posts/${post.id}/approval`, { decision: 'approve' });
    expect(again.status).toBe(409);
    expect(detailOf(again).code).toBe('approval.already_decided');
    const late = await editor2.post(`/api/v1/posts/${post.id}/approval`, { decision: 'approve' });
    expect(late.status).toBe(409);
    expect(detailOf(late).code).toBe('approval.step_closed');
  });

  it('someone outside the pool: 403 approval.not_in_pool; a draft cannot be approved', async () => {
    const post = await inReview();
    const res = await lead.post(`/api/v1/posts/${post.id}/approval`, { decision: 'approve' });
    expect(res.status).toBe(403);
    expect(errorOf(res).details.map((d) => d.code)).toEqual([
      'approval.not_in_pool',
      'model.coordinated.hub_editors_only',
      'relation.not_in_hub',
    ]);
    const fresh = await draft(author);
    const early = await editor.post(`/api/v1/posts/${fresh.id}/approval`, { decision: 'approve' });
    expect(early.status).toBe(409);
    expect(detailOf(early).code).toBe('post.not_in_review');
  });

  it('rejecting or requesting changes needs a comment: 400 body.comment', async () => {
    const post = await inReview();
    for (const decision of ['reject', 'request_changes']) {
      const res = await editor.post(`/api/v1/posts/${post.id}/approval`, { decision });
      expect(res.status).toBe(400);
      expect(detailOf(res).path).toBe('body.comment');
    }
  });

  it('pausing someone else’s post needs pause_others: 403', async () => {
    const post = await inReview();
    const res = await lead.post(`/api/v1/posts/${post.id}/pause`, {});
    expect(res.status).toBe(403);
    expect(detailOf(res).code).toBe('model.coordinated.hub_editors_only');
  });
});

describe('another organization’s post', () => {
  it('is 404 for every verb, and nothing changes', async () => {
    const post = await inReview();
    const before = await database.db
      .selectFrom('posts')
      .select(sql<string>`posts::text`.as('row'))
      .where('id', '=', post.id)
      .executeTakeFirstOrThrow();
    const id = post.id;
    const answers = await Promise.all([
      stranger.get(`/api/v1/posts/${id}`),
      stranger.patch(`/api/v1/posts/${id}`, { version: post.version, title: 'x' }),
      stranger.post(`/api/v1/posts/${id}/submit`, {}),
      stranger.post(`/api/v1/posts/${id}/approval`, { decision: 'approve' }),
      stranger.put(`/api/v1/posts/${id}/schedule`, {
        variants: [{ channelId: room.channels.mastodon, dueAt: DUE }],
      }),
      stranger.post(`/api/v1/posts/${id}/pause`, {}),
      stranger.post(`/api/v1/posts/${id}/resume`, {}),
      stranger.post(`/api/v1/posts/${id}/archive`, {}),
    ]);
    for (const res of answers) {
      expect(res.status).toBe(404);
      expect(detailOf(res).code).toBe('post.not_found');
    }
    const list = bodyOf<{ items: Post[] }>(await stranger.get('/api/v1/posts'));
    expect(list.items.map((p) => p.id)).not.toContain(id);
    const after = await database.db
      .selectFrom('posts')
      .select(sql<string>`posts::text`.as('row'))
      .where('id', '=', post.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual(before);
  });
});
