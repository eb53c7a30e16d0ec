import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './db.ts';
import {
  buildChannel,
  buildMember,
  buildOrg,
  buildPost,
  buildUnit,
  testDeps,
  type BuiltMember,
  type BuiltOrg,
} from './factories.ts';
import { signIn, startTestServer, type Client, type TestServer } from './http.ts';
import { errorOf, pathsOf } from './responses.ts';

let database: TestDatabase;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(testDeps(database.db));
});

afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

const UNKNOWN_ID = '6f1c2a1e-5b7d-4c3e-9a2f-1d2e3f4a5b6c';
const mention = (m: BuiltMember, name = 'Someone') => `@[${name}](${m.id})`;

interface World {
  org: BuiltOrg;
  hubEditor: BuiltMember;
  branchLead: BuiltMember;
  author: BuiltMember;
  outsider: BuiltMember;
  draftId: string;
  publishedId: string;
}

/**
 * Centralized: the hub sees everything; the branch's lead sees published posts and their own
 * drafts only, so the author's draft is hidden from them. `outsider` belongs to another
 * organization.
 */
async function centralizedWorld(): Promise<World> {
  const db = database.db;
  const org = await buildOrg(db, { model: 'centralized' });
  const hub = await buildUnit(db, org, { name: 'Comms', isHub: true, covers: org.rootId });
  const branch = await buildUnit(db, org, { name: 'Branch' });
  const hubEditor = await buildMember(db, org, { memberships: [{ unitId: hub, role: 'editor' }] });
  const branchLead = await buildMember(db, org, {
    memberships: [{ unitId: branch, role: 'lead' }],
  });
  const author = await buildMember(db, org, { memberships: [{ unitId: branch, role: 'editor' }] });
  const channel = await buildChannel(db, org, { unitId: branch });
  const draft = await buildPost(db, org, {
    unitId: branch,
    authorId: author.id,
    channelIds: [channel],
    status: 'draft',
    dueAt: '2026-06-01T10:00:00Z',
    text: 'Our new branch opens',
  });
  const published = await buildPost(db, org, {
    unitId: hub,
    authorId: hubEditor.id,
    channelIds: [channel],
    status: 'published',
    dueAt: '2026-05-01T10:00:00Z',
    text: 'Hello',
  });
  const other = await buildOrg(db);
  const outsider = await buildMember(db, other, { admin: true });
  return {
    org,
    hubEditor,
    branchLead,
    author,
    outsider,
    draftId: draft.id,
    publishedId: published.id,
  };
}

async function notificationsOf(c: Client, query = '') {
  const res = await c.get(`/api/v1/notifications${query}`);
  expect(res.status).toBe(200);
  return res.body as {
    items: {
      id: string;
      kind: string;
      postId: string | null;
      data: Record<string, unknown>;
      readAt: string | null;
    }[];
    nextCursor: string | null;
    unreadCount: number;
  };
}

describe('comments with mentions', () => {
  it('notifies each mentioned member who may see the post, once, never the author', async () => {
    const w = await centralizedWorld();
    const author = await signIn(server, w.author.email);
    const body =
      `${mention(w.hubEditor, 'Hub Editor')} please look, ${mention(w.hubEditor, 'again')} ` +
      `${mention(w.branchLead, 'Lead')} ${mention(w.author, 'Me')} ${mention(w.outsider)} ` +
      `@[Nobody](${UNKNOWN_ID}) @${w.hubEditor.email.split('@')[0]}`;
    const res = await author.post(`/api/v1/posts/${w.draftId}/comments`, { body: ` ${body} ` });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      postId: w.draftId,
      authorId: w.author.id,
      body,
      mentions: [w.hubEditor.id, w.author.id],
    });

    const hub = await signIn(server, w.hubEditor.email);
    const inbox = await notificationsOf(hub);
    expect(inbox.unreadCount).toBe(1);
    expect(inbox.items).toEqual([
      expect.objectContaining({
        kind: 'mention',
        postId: w.draftId,
        readAt: null,
        data: expect.objectContaining({
          commentId: res.body.id,
          authorId: w.author.id,
          excerpt: expect.stringMatching(/^@Hub Editor please look, @again @Lead @Me/),
        }),
      }),
    ]);
    // The lead cannot see the draft: the mention tells them nothing.
    const lead = await signIn(server, w.branchLead.email);
    expect((await notificationsOf(lead)).unreadCount).toBe(0);
    expect((await notificationsOf(author)).unreadCount).toBe(0);
    const outsider = await signIn(server, w.outsider.email);
    expect((await notificationsOf(outsider)).unreadCount).toBe(0);

    const activity = await database.db
      .selectFrom('activity')
      .select(['kind', 'subject_type', 'subject_id', 'data', 'actor_id'])
      .where('organization_id', '=', w.org.id)
      .where('kind', '=', 'comment.created')
      .execute();
    expect(activity).toEqual([
      {
        kind: 'comment.created',
        subject_type: 'post',
        subject_id: w.draftId,
        actor_id: w.author.id,
        data: {
          category: 'coordinate',
          commentId: res.body.id,
          mentions: [w.hubEditor.id, w.author.id],
          notified: 1,
        },
      },
    ]);
  });

  it('lets whoever sees the post read and comment; others get 404', async () => {
    const w = await centralizedWorld();
    const hub = await signIn(server, w.hubEditor.email);
    const lead = await signIn(server, w.branchLead.email);
    const outsider = await signIn(server, w.outsider.email);

    expect((await hub.post(`/api/v1/posts/${w.draftId}/comments`, { body: 'ok' })).status).toBe(
      201,
    );
    expect((await hub.get(`/api/v1/posts/${w.draftId}/comments`)).body.items).toHaveLength(1);

    for (const res of [
      await lead.get(`/api/v1/posts/${w.draftId}/comments`),
      await lead.post(`/api/v1/posts/${w.draftId}/comments`, { body: 'hidden?' }),
      await outsider.get(`/api/v1/posts/${w.draftId}/comments`),
      await outsider.post(`/api/v1/posts/${w.publishedId}/comments`, { body: 'x' }),
      await hub.get(`/api/v1/posts/${UNKNOWN_ID}/comments`),
    ]) {
      expect(res.status).toBe(404);
      expect(errorOf(res).details[0]?.code).toBe('post.not_found');
    }
    // Published posts are everyone's to see and discuss.
    const onPublished = await lead.post(`/api/v1/posts/${w.publishedId}/comments`, {
      body: `Nice, ${mention(w.author)}`,
    });
    expect(onPublished.status).toBe(201);
    expect(onPublished.body.mentions).toEqual([w.author.id]);
    const author = await signIn(server, w.author.email);
    expect((await notificationsOf(author)).unreadCount).toBe(1);

    const count = await database.db
      .selectFrom('comments')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('organization_id', '=', w.org.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(2);
  });

  it('refuses bad input with paths', async () => {
    const w = await centralizedWorld();
    const author = await signIn(server, w.author.email);
    const url = `/api/v1/posts/${w.draftId}/comments`;
    expect(pathsOf(await author.post(url, {}))).toEqual(['body.body']);
    expect(pathsOf(await author.post(url, { body: '   ' }))).toEqual(['body.body']);
    expect(pathsOf(await author.post(url, { body: 'x'.repeat(10_001) }))).toEqual(['body.body']);
    expect(pathsOf(await author.post(url, { body: 'x', extra: 1 }))).toEqual(['body.extra']);
    expect(pathsOf(await author.post('/api/v1/posts/not-a-uuid/comments', { body: 'x' }))).toEqual([
      'params.id',
    ]);
    expect(pathsOf(await author.get(`${url}?cursor=nope`))).toEqual(['querystring.cursor']);
    expect(pathsOf(await author.get(`${url}?limit=0`))).toEqual(['querystring.limit']);
    const tooMany = Array.from({ length: 51 }, (_, i) =>
      mention({ ...w.hubEditor, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }),
    ).join(' ');
    const res = await author.post(url, { body: tooMany });
    expect(res.status).toBe(400);
    expect(errorOf(res).details[0]).toMatchObject({
      path: 'body.body',
      code: 'comment.too_many_mentions',
    });
  });

  it('pages comments oldest first without repeats or gaps', async () => {
    const w = await centralizedWorld();
    const author = await signIn(server, w.author.email);
    const url = `/api/v1/posts/${w.draftId}/comments`;
    for (let i = 0; i < 5; i++) {
      expect((await author.post(url, { body: `c${i}` })).status).toBe(201);
    }
    const seen: string[] = [];
    let next = `${url}?limit=2`;
    for (;;) {
      const res = await author.get(next);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((c: { body: string }) => c.body));
      if (!res.body.nextCursor) break;
      next = `${url}?limit=2&cursor=${encodeURIComponent(res.body.nextCursor)}`;
    }
    expect(seen).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
  });
});

describe('notifications', () => {
  it('counts unread, pages newest first, marks one or all read', async () => {
    const w = await centralizedWorld();
    const author = await signIn(server, w.author.email);
    const hub = await signIn(server, w.hubEditor.email);
    for (let i = 0; i < 3; i++) {
      await author.post(`/api/v1/posts/${w.draftId}/comments`, {
        body: `n${i} ${mention(w.hubEditor)}`,
      });
    }
    const first = await notificationsOf(hub, '?limit=2');
    expect(first.unreadCount).toBe(3);
    expect(first.items.map((n) => n.data.excerpt)).toEqual(['n2 @Someone', 'n1 @Someone']);
    const rest = await notificationsOf(
      hub,
      `?limit=2&cursor=${encodeURIComponent(first.nextCursor!)}`,
    );
    expect(rest.items.map((n) => n.data.excerpt)).toEqual(['n0 @Someone']);
    expect(rest.nextCursor).toBeNull();

    const oldest = rest.items[0]!;
    const read = await hub.post(`/api/v1/notifications/${oldest.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    const again = await hub.post(`/api/v1/notifications/${oldest.id}/read`);
    expect(again.body.readAt).toBe(read.body.readAt);
    expect((await notificationsOf(hub)).unreadCount).toBe(2);
    expect((await notificationsOf(hub, '?unread=true')).items).toHaveLength(2);
    expect((await notificationsOf(hub, '?unread=false')).items.map((n) => n.id)).toEqual([
      oldest.id,
    ]);

    // Nobody reads or marks another member's notifications.
    const lead = await signIn(server, w.branchLead.email);
    const foreign = await lead.post(`/api/v1/notifications/${first.items[0]!.id}/read`);
    expect(foreign.status).toBe(404);
    expect(errorOf(foreign).details[0]?.code).toBe('notification.not_found');
    const outsider = await signIn(server, w.outsider.email);
    expect((await outsider.post(`/api/v1/notifications/${first.items[0]!.id}/read`)).status).toBe(
      404,
    );
    expect((await notificationsOf(hub)).unreadCount).toBe(2);

    const all = await hub.post('/api/v1/notifications/read-all');
    expect(all.status).toBe(200);
    expect(all.body).toEqual({ marked: 2, unreadCount: 0 });
    expect((await notificationsOf(hub)).unreadCount).toBe(0);
    expect((await hub.post('/api/v1/notifications/read-all')).body).toEqual({
      marked: 0,
      unreadCount: 0,
    });
  });

  it('refuses bad input with paths', async () => {
    const w = await centralizedWorld();
    const hub = await signIn(server, w.hubEditor.email);
    expect(pathsOf(await hub.get('/api/v1/notifications?unread=yes'))).toEqual([
      'querystring.unread',
    ]);
    expect(pathsOf(await hub.get('/api/v1/notifications?cursor=%25%25'))).toEqual([
      'querystring.cursor',
    ]);
    expect(pathsOf(await hub.get('/api/v1/notifications?limit=201'))).toEqual([
      'querystring.limit',
    ]);
    expect(pathsOf(await hub.post('/api/v1/notifications/nope/read'))).toEqual(['params.id']);
    expect((await hub.post(`/api/v1/notifications/${UNKNOWN_ID}/read`)).status).toBe(404);
  });
});
