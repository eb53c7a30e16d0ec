import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './db.ts';
import {
  buildApiToken,
  buildMember,
  buildOrg,
  buildUnit,
  testDeps,
  type BuiltOrg,
} from './factories.ts';
import type { CreatedMember, Member } from '../src/contracts/members.ts';
import { client, signIn, startTestServer, type Client, type TestServer } from './http.ts';
import { bodyOf, detailOf, errorOf, pathsOf } from './responses.ts';

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

async function adminOf(): Promise<{ org: BuiltOrg; adminId: string; api: Client }> {
  const org = await buildOrg(database.db);
  const admin = await buildMember(database.db, org, { admin: true });
  return {
    org,
    adminId: admin.id,
    api: client(server, { bearer: await buildApiToken(database.db, admin) }),
  };
}

function uniqueEmail(tag: string): string {
  return `${tag}-${Math.random().toString(36).slice(2, 10)}@example.test`;
}

async function memberCount(orgId: string): Promise<number> {
  const rows = await database.db
    .selectFrom('members')
    .select('id')
    .where('organization_id', '=', orgId)
    .execute();
  return rows.length;
}

async function activityKinds(orgId: string): Promise<string[]> {
  const rows = await database.db
    .selectFrom('activity')
    .select('kind')
    .where('organization_id', '=', orgId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.kind);
}

describe('members', () => {
  it('creates, reads, updates, re-assigns, trains and deletes a member, each an activity event', async () => {
    const { org, api } = await adminOf();
    const press = await buildUnit(database.db, org, { name: 'Press' });
    const sales = await buildUnit(database.db, org, { name: 'Sales' });
    const revisionBefore = (
      await database.db
        .selectFrom('organizations')
        .select('revision')
        .where('id', '=', org.id)
        .executeTakeFirstOrThrow()
    ).revision;

    const created = await api.post('/api/v1/members', {
      email: uniqueEmail('crud'),
      name: 'Grace',
      password: 'a good long password',
      memberships: [{ unitId: press, role: 'editor' }],
      trained: true,
      weeklyHours: 7.5,
      hourlyRateCents: 4200,
      onSite: false,
    });
    expect(created.status).toBe(201);
    const m = bodyOf<CreatedMember>(created);
    expect(m).toMatchObject({
      name: 'Grace',
      admin: false,
      locale: 'en',
      weeklyHours: 7.5,
      hourlyRateCents: 4200,
      onSite: false,
      invitePending: false,
      inviteToken: null,
      memberships: [{ unitId: press, role: 'editor' }],
    });
    expect(m.trainedAt).not.toBeNull();
    expect(Object.keys(m).some((k) => /hash|password/i.test(k))).toBe(false);
    const row = await database.db
      .selectFrom('members')
      .select(['weekly_minutes', 'password_hash'])
      .where('id', '=', m.id)
      .executeTakeFirstOrThrow();
    expect(row.weekly_minutes).toBe(450);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const revisionAfter = (
      await database.db
        .selectFrom('organizations')
        .select('revision')
        .where('id', '=', org.id)
        .executeTakeFirstOrThrow()
    ).revision;
    expect(BigInt(revisionAfter)).toBeGreaterThan(BigInt(revisionBefore));

    const { inviteToken: _t, inviteExpiresAt: _e, ...shown } = m;
    expect((await api.get(`/api/v1/members/${m.id}`)).body).toEqual(shown);

    const updated = await api.patch(`/api/v1/members/${m.id}`, {
      name: 'Grace H.',
      weeklyHours: 2,
      admin: true,
    });
    expect(updated.status).toBe(200);
    expect(bodyOf<Member>(updated)).toMatchObject({
      name: 'Grace H.',
      weeklyHours: 2,
      admin: true,
      hourlyRateCents: 4200,
    });

    const reassigned = await api.put(`/api/v1/members/${m.id}/memberships`, {
      memberships: [
        { unitId: sales, role: 'lead' },
        { unitId: org.rootId, role: 'member' },
      ],
    });
    expect(reassigned.status).toBe(200);
    expect(bodyOf<Member>(reassigned).memberships).toHaveLength(2);
    expect(bodyOf<Member>(reassigned).memberships).toEqual(
      expect.arrayContaining([
        { unitId: sales, role: 'lead' },
        { unitId: org.rootId, role: 'member' },
      ]),
    );

    const untrained = await api.post(`/api/v1/members/${m.id}/training`, { trained: false });
    expect(bodyOf<Member>(untrained).trainedAt).toBeNull();
    const trained = await api.post(`/api/v1/members/${m.id}/training`, { trained: true });
    expect(bodyOf<Member>(trained).trainedAt).not.toBeNull();

    expect((await api.delete(`/api/v1/members/${m.id}`)).status).toBe(200);
    expect((await api.get(`/api/v1/members/${m.id}`)).status).toBe(404);
    const left = await database.db
      .selectFrom('memberships')
      .select('unit_id')
      .where('member_id', '=', m.id)
      .execute();
    expect(left).toEqual([]);

    expect(await activityKinds(org.id)).toEqual([
      'member.created',
      'member.updated',
      'member.memberships_replaced',
      'member.trained',
      'member.trained',
      'member.deleted',
    ]);
  });

  it('pages through members with a cursor, without gaps or repeats', async () => {
    const { org, api } = await adminOf();
    for (let i = 0; i < 4; i++) await buildMember(database.db, org);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const res = await api.get(`/api/v1/members${query}`);
      expect(res.status).toBe(200);
      const page = bodyOf<{ items: Member[]; nextCursor: string | null }>(res);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((x) => x.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);

    const bad = await api.get('/api/v1/members?cursor=bm9wZQ');
    expect(bad.status).toBe(400);
    expect(detailOf(bad).path).toBe('querystring.cursor');
    for (const micros of ['99999999999999999999', '9223372036854775808']) {
      const cursor = Buffer.from(`${micros}:00000000-0000-0000-0000-000000000000`).toString(
        'base64url',
      );
      const overflow = await api.get(`/api/v1/members?cursor=${cursor}`);
      expect(overflow.status, micros).toBe(400);
      expect(detailOf(overflow).code).toBe('cursor.invalid');
    }
    const tooMany = await api.get('/api/v1/members?limit=500');
    expect(tooMany.status).toBe(400);
    expect(detailOf(tooMany).path).toBe('querystring.limit');
  });

  it('keeps emails unique across the installation, case-insensitively (409)', async () => {
    const { api } = await adminOf();
    const other = await adminOf();
    const email = uniqueEmail('taken');
    expect((await api.post('/api/v1/members', { email, name: 'First' })).status).toBe(201);
    const before = await memberCount(other.org.id);
    const dup = await other.api.post('/api/v1/members', {
      email: email.toUpperCase(),
      name: 'Second',
    });
    expect(dup.status).toBe(409);
    expect(detailOf(dup)).toMatchObject({
      code: 'member.email_taken',
      path: 'body.email',
    });
    expect(await memberCount(other.org.id)).toBe(before);
  });

  it('never lets the last admin go (409), and nobody removes themselves', async () => {
    const { org, adminId, api } = await adminOf();
    const self = await api.patch(`/api/v1/members/${adminId}`, { admin: false });
    expect(self.status).toBe(409);
    expect(detailOf(self)).toMatchObject({
      code: 'member.last_admin',
      path: 'body.admin',
    });
    const deleteSelf = await api.delete(`/api/v1/members/${adminId}`);
    expect(deleteSelf.status).toBe(409);
    expect(detailOf(deleteSelf).code).toBe('member.delete_self');

    const second = await buildMember(database.db, org, { admin: true });
    expect((await api.patch(`/api/v1/members/${adminId}`, { admin: false })).status).toBe(200);
    const secondApi = client(server, { bearer: await buildApiToken(database.db, second) });
    expect((await secondApi.patch(`/api/v1/members/${second.id}`, { admin: false })).status).toBe(
      409,
    );
    const admins = await database.db
      .selectFrom('members')
      .select('id')
      .where('organization_id', '=', org.id)
      .where('admin', '=', true)
      .execute();
    expect(admins).toEqual([{ id: second.id }]);
  });

  it('validates memberships: units of the organization only (404), each unit once (400)', async () => {
    const { org, api } = await adminOf();
    const unit = await buildUnit(database.db, org);
    const foreign = await buildOrg(database.db);
    const member = await buildMember(database.db, org, {
      memberships: [{ unitId: unit, role: 'editor' }],
    });

    const alien = await api.put(`/api/v1/members/${member.id}/memberships`, {
      memberships: [{ unitId: foreign.rootId, role: 'lead' }],
    });
    expect(alien.status).toBe(404);
    expect(detailOf(alien).code).toBe('unit.not_found');
    const twice = await api.put(`/api/v1/members/${member.id}/memberships`, {
      memberships: [
        { unitId: unit, role: 'lead' },
        { unitId: unit, role: 'member' },
      ],
    });
    expect(twice.status).toBe(400);
    expect(detailOf(twice).path).toBe('body.memberships.1.unitId');
    const badRole = await api.put(`/api/v1/members/${member.id}/memberships`, {
      memberships: [{ unitId: unit, role: 'boss' }],
    });
    expect(badRole.status).toBe(400);
    expect(detailOf(badRole).path).toBe('body.memberships.0.role');

    const rows = await database.db
      .selectFrom('memberships')
      .select(['unit_id', 'role'])
      .where('member_id', '=', member.id)
      .execute();
    expect(rows).toEqual([{ unit_id: unit, role: 'editor' }]);

    const createAlien = await api.post('/api/v1/members', {
      email: uniqueEmail('alien'),
      name: 'Alien',
      memberships: [{ unitId: foreign.rootId, role: 'member' }],
    });
    expect(createAlien.status).toBe(404);
    expect(await memberCount(org.id)).toBe(2);
  });

  it('lets every member read but only admins write (403 with reason codes)', async () => {
    const { org } = await adminOf();
    const target = await buildMember(database.db, org);
    const plain = await buildMember(database.db, org, {
      memberships: [{ unitId: org.rootId, role: 'lead' }],
    });
    const api = await signIn(server, plain.email);
    expect((await api.get('/api/v1/members')).status).toBe(200);
    expect((await api.get(`/api/v1/members/${target.id}`)).status).toBe(200);

    const writes = [
      api.post('/api/v1/members', { email: uniqueEmail('nope'), name: 'Nope' }),
      api.patch(`/api/v1/members/${target.id}`, { name: 'Renamed' }),
      api.put(`/api/v1/members/${target.id}/memberships`, { memberships: [] }),
      api.post(`/api/v1/members/${target.id}/training`, { trained: false }),
      api.delete(`/api/v1/members/${target.id}`),
    ];
    for (const res of await Promise.all(writes)) {
      expect(res.status).toBe(403);
      expect(errorOf(res).code).toBe('forbidden');
      expect(detailOf(res)).toMatchObject({
        code: 'org.admin_required',
        params: { action: 'manage_members' },
      });
    }
    expect(await memberCount(org.id)).toBe(3);
    expect(await activityKinds(org.id)).toEqual([]);
  });

  it("answers 404 for another organization's member on every route", async () => {
    const { api } = await adminOf();
    const other = await buildOrg(database.db);
    const stranger = await buildMember(database.db, other, { admin: true });
    const calls = [
      api.get(`/api/v1/members/${stranger.id}`),
      api.patch(`/api/v1/members/${stranger.id}`, { name: 'Taken over' }),
      api.put(`/api/v1/members/${stranger.id}/memberships`, { memberships: [] }),
      api.post(`/api/v1/members/${stranger.id}/training`, { trained: false }),
      api.delete(`/api/v1/members/${stranger.id}`),
    ];
    for (const res of await Promise.all(calls)) {
      expect(res.status).toBe(404);
      expect(detailOf(res).code).toBe('member.not_found');
    }
    const row = await database.db
      .selectFrom('members')
      .select(['name', 'trained_at'])
      .where('id', '=', stranger.id)
      .executeTakeFirstOrThrow();
    expect(row.trained_at).not.toBeNull();
    expect(row.name).not.toBe('Taken over');
  });

  it('rejects bad input with field paths and writes nothing', async () => {
    const { org, adminId, api } = await adminOf();
    const res = await api.post('/api/v1/members', {
      email: 'not-an-email',
      name: '',
      weeklyHours: 81,
      hourlyRateCents: 12.5,
      password: 'short',
      role: 'admin',
    });
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe('bad_input');
    expect(pathsOf(res)).toEqual([
      'body.email',
      'body.hourlyRateCents',
      'body.name',
      'body.password',
      'body.role',
      'body.weeklyHours',
    ]);
    const patch = await api.patch(`/api/v1/members/${adminId}`, { email: 'x@y.example' });
    expect(patch.status).toBe(400);
    expect(detailOf(patch).path).toBe('body.email');
    const badId = await api.get('/api/v1/members/not-a-uuid');
    expect(badId.status).toBe(400);
    expect(detailOf(badId).path).toBe('params.id');
    expect(await memberCount(org.id)).toBe(1);
    expect(await activityKinds(org.id)).toEqual([]);
  });
});
