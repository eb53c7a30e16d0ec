import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordActivity } from '../src/app/activity.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { buildMember, buildOrg, testDeps } from './factories.ts';
import { signIn, startTestServer, type TestServer } from './http.ts';

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
  items: {
    id: string;
    kind: string;
    actorId: string | null;
    subjectId: string | null;
    minutes: number | null;
    createdAt: string;
    data: Record<string, unknown>;
  }[];
  nextCursor: string | null;
}
interface ErrorBody {
  error: { code: string; details: { path?: string; code: string }[] };
}

describe('GET /activity', () => {
  it('pages newest first by cursor, without repeats or gaps, and filters', async () => {
    const org = await buildOrg(database.db);
    const other = await buildOrg(database.db);
    const admin = await buildMember(database.db, org, { admin: true });
    for (let i = 0; i < 7; i++) {
      await recordActivity(database.db, {
        organizationId: org.id,
        actorId: admin.id,
        kind: i % 2 === 0 ? 'post.drafted' : 'post.reviewed',
        subjectType: 'post',
        subjectId: `p${i}`,
        data: { i },
        minutes: i,
      });
    }
    await recordActivity(database.db, {
      organizationId: other.id,
      actorId: null,
      kind: 'post.drafted',
      subjectType: 'post',
      subjectId: 'theirs',
    });
    const c = await signIn(server, admin.email);
    const seen: Page['items'] = [];
    let url = '/api/v1/activity?limit=3';
    const sizes: number[] = [];
    for (;;) {
      const res = await c.get(url);
      expect(res.status).toBe(200);
      const page = res.body as Page;
      sizes.push(page.items.length);
      seen.push(...page.items);
      if (!page.nextCursor) break;
      url = `/api/v1/activity?limit=3&cursor=${encodeURIComponent(page.nextCursor)}`;
    }
    expect(sizes).toEqual([3, 3, 1]);
    expect(seen.map((e) => e.subjectId)).toEqual(['p6', 'p5', 'p4', 'p3', 'p2', 'p1', 'p0']);
    const ids = seen.map((e) => BigInt(e.id));
    expect(ids.every((id, i) => i === 0 || id < ids[i - 1]!)).toBe(true);
    expect(seen[0]).toMatchObject({
      kind: 'post.drafted',
      actorId: admin.id,
      minutes: 6,
      data: { i: 6 },
    });
    expect(new Date(seen[0]!.createdAt).getTime()).not.toBeNaN();

    const drafted = (await c.get('/api/v1/activity?kind=post.drafted&limit=10')).body as Page;
    expect(drafted.items.map((e) => e.subjectId)).toEqual(['p6', 'p4', 'p2', 'p0']);
    expect(drafted.nextCursor).toBeNull();
    const one = (await c.get('/api/v1/activity?subjectType=post&subjectId=p3')).body as Page;
    expect(one.items.map((e) => e.kind)).toEqual(['post.reviewed']);
  });

  it('rejects malformed cursors and limits (400) and non-admins (403)', async () => {
    const org = await buildOrg(database.db);
    const admin = await buildMember(database.db, org, { admin: true });
    const member = await buildMember(database.db, org, {
      memberships: [{ unitId: org.rootId, role: 'lead' }],
    });
    const c = await signIn(server, admin.email);
    for (const [query, path] of [
      ['cursor=abc', 'querystring.cursor'],
      ['cursor=a-1', 'querystring.cursor'],
      ['cursor=a99999999999999999999999', 'querystring.cursor'],
      ['limit=0', 'querystring.limit'],
      ['limit=1000', 'querystring.limit'],
      ['color=red', 'querystring.color'],
    ] as const) {
      const res = await c.get(`/api/v1/activity?${query}`);
      expect(res.status, query).toBe(400);
      expect(
        (res.body as ErrorBody).error.details.map((d) => d.path),
        query,
      ).toContain(path);
    }
    const denied = await (await signIn(server, member.email)).get('/api/v1/activity');
    expect(denied.status).toBe(403);
    expect((denied.body as ErrorBody).error.details.map((d) => d.code)).toEqual([
      'org.admin_required',
    ]);
  });
});
