import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { buildApiToken, buildMember, buildOrg, buildUnit, testDeps } from './factories.ts';
import { client, startTestServer, type Client, type TestServer } from './http.ts';

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

async function adminOf(model: 'decentralized' | 'multi_coordinated' = 'decentralized') {
  const org = await buildOrg(database.db, { model });
  const admin = await buildMember(database.db, org, { admin: true });
  const api: Client = client(server, { bearer: await buildApiToken(database.db, admin) });
  return { org, admin, api };
}

async function unitCount(orgId: string): Promise<number> {
  const r = await database.db
    .selectFrom('units')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('organization_id', '=', orgId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe('units', () => {
  it('creates, renames, moves and deletes units, each an activity event', async () => {
    const { org, api } = await adminOf();
    const a = await api.post('/api/v1/units', {
      parentId: org.rootId,
      name: 'Marketing',
      kind: 'department',
    });
    expect(a.status).toBe(201);
    const b = await api.post('/api/v1/units', {
      parentId: org.rootId,
      name: 'Social',
      kind: 'team',
    });
    const moved = await api.post(`/api/v1/units/${b.body.id}/move`, { parentId: a.body.id });
    expect(moved.status).toBe(200);
    expect(moved.body.parentId).toBe(a.body.id);
    const renamed = await api.patch(`/api/v1/units/${a.body.id}`, { name: 'Brand & Marketing' });
    expect(renamed.body.name).toBe('Brand & Marketing');
    expect((await api.delete(`/api/v1/units/${a.body.id}`)).body.error.code).toBe('conflict');
    expect((await api.delete(`/api/v1/units/${b.body.id}`)).status).toBe(200);
    const list = await api.get('/api/v1/units');
    expect(list.body.items.map((u: { name: string }) => u.name).sort()).toEqual([
      'Brand & Marketing',
      'Company',
    ]);
    const kinds = await database.db
      .selectFrom('activity')
      .select('kind')
      .where('organization_id', '=', org.id)
      .orderBy('id')
      .execute();
    expect(kinds.map((k) => k.kind)).toEqual([
      'unit.created',
      'unit.created',
      'unit.moved',
      'unit.updated',
      'unit.deleted',
    ]);
  });

  it('refuses to move a unit under its own descendant (409) and writes nothing', async () => {
    const { org, api } = await adminOf();
    const a = await buildUnit(database.db, org);
    const b = await buildUnit(database.db, org, { parentId: a });
    const res = await api.post(`/api/v1/units/${a}/move`, { parentId: b });
    expect(res.status).toBe(409);
    expect(res.body.error.details[0]).toMatchObject({ code: 'unit.cycle', path: 'body.parentId' });
    const self = await api.post(`/api/v1/units/${a}/move`, { parentId: a });
    expect(self.body.error.details[0].code).toBe('unit.cycle');
    const row = await database.db
      .selectFrom('units')
      .select('parent_id')
      .where('id', '=', a)
      .executeTakeFirstOrThrow();
    expect(row.parent_id).toBe(org.rootId);
  });

  it('allows one global hub only (409 for a second)', async () => {
    const { org, api } = await adminOf('multi_coordinated');
    const g = await api.post('/api/v1/units', {
      parentId: org.rootId,
      name: 'Global',
      kind: 'team',
      isHub: true,
      covers: org.rootId,
    });
    expect(g.status).toBe(201);
    const before = await unitCount(org.id);
    const g2 = await api.post('/api/v1/units', {
      parentId: org.rootId,
      name: 'Global 2',
      kind: 'team',
      isHub: true,
      covers: org.rootId,
    });
    expect(g2.status).toBe(409);
    expect(g2.body.error.details[0].code).toBe('hub.second_global');
    expect(await unitCount(org.id)).toBe(before);
    const noCover = await api.post('/api/v1/units', {
      parentId: org.rootId,
      name: 'Hub',
      kind: 'team',
      isHub: true,
    });
    expect(noCover.status).toBe(400);
    expect(noCover.body.error.details[0]).toMatchObject({
      path: 'body.covers',
      code: 'hub.covers_required',
    });
  });

  it('lets only admins change the structure (403 with reason code)', async () => {
    const { org } = await adminOf();
    const lead = await buildMember(database.db, org, {
      memberships: [{ unitId: org.rootId, role: 'lead' }],
    });
    const api = client(server, { bearer: await buildApiToken(database.db, lead) });
    const res = await api.post('/api/v1/units', { parentId: org.rootId, name: 'X', kind: 'team' });
    expect(res.status).toBe(403);
    expect(res.body.error.details[0].code).toBe('org.admin_required');
    expect((await api.get('/api/v1/units')).status).toBe(200);
  });

  it("answers 404 for another organization's units", async () => {
    const { api } = await adminOf();
    const other = await buildOrg(database.db);
    const res = await api.post('/api/v1/units', {
      parentId: other.rootId,
      name: 'X',
      kind: 'team',
    });
    expect(res.status).toBe(404);
    expect((await api.get(`/api/v1/units/${other.rootId}`)).status).toBe(404);
    expect(
      (await api.post(`/api/v1/units/${other.rootId}/move`, { parentId: other.rootId })).status,
    ).toBe(404);
  });

  it('rejects bad input with field paths', async () => {
    const { org, api } = await adminOf();
    const res = await api.post('/api/v1/units', {
      parentId: 'nope',
      name: '',
      kind: 'tribe',
      extra: 1,
    });
    expect(res.status).toBe(400);
    const paths = res.body.error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(['body.extra', 'body.kind', 'body.name', 'body.parentId']);
    expect(await unitCount(org.id)).toBe(1);
  });

  it('needs authentication', async () => {
    const res = await client(server).get('/api/v1/units');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });
});
