import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './db.ts';
import {
  buildChannel,
  buildMember,
  buildOrg,
  buildPost,
  buildUnit,
  testDeps,
} from './factories.ts';
import { signIn, startTestServer, type TestServer } from './http.ts';
import { errorOf } from './responses.ts';

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

interface Page {
  items: { id: string; postId: string; status: string; network: string; attempts: number }[];
  nextCursor: string | null;
  counts: Record<'scheduled' | 'publishing' | 'published' | 'failed', number>;
}

/** A centralized organization: a hub covering the root, a branch with a contributor. */
async function centralized() {
  const db = database.db;
  const org = await buildOrg(db, { model: 'centralized' });
  const hub = await buildUnit(db, org, { isHub: true, covers: org.rootId });
  const branch = await buildUnit(db, org, { name: 'Branch' });
  const hubEditor = await buildMember(db, org, { memberships: [{ unitId: hub, role: 'editor' }] });
  const author = await buildMember(db, org, {
    memberships: [{ unitId: branch, role: 'contributor' }],
  });
  const colleague = await buildMember(db, org, {
    memberships: [{ unitId: branch, role: 'contributor' }],
  });
  const channel = await buildChannel(db, org, { unitId: branch, network: 'webhook' });
  const at = (h: number) => new Date(Date.UTC(2026, 11, 1, h));
  const mine = await buildPost(db, org, {
    unitId: branch,
    authorId: author.id,
    channelIds: [channel],
    status: 'scheduled',
    dueAt: at(10),
  });
  const theirsScheduled = await buildPost(db, org, {
    unitId: branch,
    authorId: colleague.id,
    channelIds: [channel],
    status: 'scheduled',
    dueAt: at(11),
  });
  const theirsPublished = await buildPost(db, org, {
    unitId: branch,
    authorId: colleague.id,
    channelIds: [channel],
    status: 'published',
    dueAt: at(9),
  });
  const theirsFailed = await buildPost(db, org, {
    unitId: branch,
    authorId: colleague.id,
    channelIds: [channel],
    status: 'scheduled',
    dueAt: at(8),
  });
  await db
    .updateTable('deliveries')
    .set({ status: 'failed', attempts: 6, failure_kind: 'transient', last_error: 'HTTP 503' })
    .where('post_id', '=', theirsFailed.id)
    .execute();
  return {
    org,
    hubEditor,
    author,
    colleague,
    channel,
    mine,
    theirsScheduled,
    theirsPublished,
    theirsFailed,
  };
}

describe('GET /deliveries', () => {
  it('the hub sees every delivery with counts per status, latest due first', async () => {
    const o = await centralized();
    const res = await (await signIn(server, o.hubEditor.email)).get('/api/v1/deliveries');
    expect(res.status).toBe(200);
    const page = res.body as Page;
    expect(page.items.map((i) => i.postId)).toEqual([
      o.theirsScheduled.id,
      o.mine.id,
      o.theirsPublished.id,
      o.theirsFailed.id,
    ]);
    expect(page.counts).toEqual({ scheduled: 2, publishing: 0, published: 1, failed: 1 });
    expect(page.items[3]).toMatchObject({ status: 'failed', attempts: 6, network: 'webhook' });
  });

  it('a branch member sees their own deliveries and what is published, counted alike', async () => {
    const o = await centralized();
    const res = await (await signIn(server, o.author.email)).get('/api/v1/deliveries');
    const page = res.body as Page;
    expect(page.items.map((i) => i.postId).sort()).toEqual(
      [o.mine.id, o.theirsPublished.id].sort(),
    );
    expect(page.counts).toEqual({ scheduled: 1, publishing: 0, published: 1, failed: 0 });
  });

  it('filters by status and post, and pages with a cursor without repeats', async () => {
    const o = await centralized();
    const hub = await signIn(server, o.hubEditor.email);
    const failed = (await hub.get('/api/v1/deliveries?status=failed')).body as Page;
    expect(failed.items.map((i) => i.postId)).toEqual([o.theirsFailed.id]);
    expect(failed.counts.scheduled).toBe(2);
    const byPost = (await hub.get(`/api/v1/deliveries?postId=${o.mine.id}`)).body as Page;
    expect(byPost.items.map((i) => i.postId)).toEqual([o.mine.id]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = cursor ? `&cursor=${cursor}` : '';
      const page = (await hub.get(`/api/v1/deliveries?limit=3${q}`)).body as Page;
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
  });

  it('refuses bad filters with the field at fault', async () => {
    const o = await centralized();
    const hub = await signIn(server, o.hubEditor.email);
    const bad = await hub.get('/api/v1/deliveries?status=lost');
    expect(bad.status).toBe(400);
    expect(errorOf(bad).details[0]!.path).toBe('querystring.status');
    const unknown = await hub.get(`/api/v1/deliveries?channelId=${crypto.randomUUID()}`);
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown).details[0]!.path).toBe('querystring.channelId');
    const cursor = await hub.get('/api/v1/deliveries?cursor=nope');
    expect(cursor.status).toBe(400);
  });

  it("never shows another organization's deliveries", async () => {
    const a = await centralized();
    const b = await centralized();
    const page = (await (await signIn(server, b.hubEditor.email)).get('/api/v1/deliveries'))
      .body as Page;
    const aPosts = new Set([a.mine.id, a.theirsScheduled.id, a.theirsPublished.id]);
    expect(page.items.some((i) => aPosts.has(i.postId))).toBe(false);
    const other = await (
      await signIn(server, b.hubEditor.email)
    ).get(`/api/v1/deliveries?channelId=${a.channel}`);
    expect(other.status).toBe(404);
  });
});
