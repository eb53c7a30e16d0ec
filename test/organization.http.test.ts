import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { buildApiToken, buildMember, buildOrg, testDeps } from './factories.ts';
import { client, startTestServer, type TestServer } from './http.ts';
import { detailOf, pathsOf } from './responses.ts';

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

async function orgWith(opts: { admin: boolean }) {
  const org = await buildOrg(database.db, { model: 'decentralized', name: 'Anchor Ltd' });
  const member = await buildMember(database.db, org, { admin: opts.admin });
  return { org, api: client(server, { bearer: await buildApiToken(database.db, member) }) };
}

describe('organization', () => {
  it('shows the own organization, also by its id; any other id is 404', async () => {
    const { org, api } = await orgWith({ admin: false });
    const other = await buildOrg(database.db);
    const own = await api.get('/api/v1/organization');
    expect(own.status).toBe(200);
    expect(own.body).toEqual({
      id: org.id,
      name: 'Anchor Ltd',
      locale: 'en',
      timeZone: 'UTC',
      model: 'decentralized',
      modelSettings: { decentralized: { contributorsNeedLeadDefault: true } },
      strategyVersion: 0,
    });
    expect((await api.get(`/api/v1/organizations/${org.id}`)).body).toEqual(own.body);
    const foreign = await api.get(`/api/v1/organizations/${other.id}`);
    expect(foreign.status).toBe(404);
    expect(detailOf(foreign).code).toBe('organization.not_found');
  });

  it('lets admins change name, locale and time zone; the model only through the switch', async () => {
    const { org, api } = await orgWith({ admin: true });
    const res = await api.patch('/api/v1/organization', {
      name: 'Anchor GmbH',
      locale: 'de',
      timeZone: 'america/new_york',
      // The current model and settings, as a client that sends the whole object back does.
      model: 'decentralized',
      modelSettings: {},
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      name: 'Anchor GmbH',
      locale: 'de',
      timeZone: 'America/New_York',
      model: 'decentralized',
      modelSettings: { decentralized: { contributorsNeedLeadDefault: true } },
    });
    const other = await api.patch('/api/v1/organization', { name: 'X', model: 'centralized' });
    expect(other.status).toBe(422);
    expect(detailOf(other)).toMatchObject({
      code: 'organization.use_model_switch',
      path: 'body.model',
    });
    expect(detailOf(other).message).toContain('/api/v1/organization/model/apply');
    const settings = await api.patch('/api/v1/organization', {
      modelSettings: { decentralized: { contributorsNeedLeadDefault: false } },
    });
    expect(settings.status).toBe(422);
    expect(detailOf(settings)).toMatchObject({
      code: 'organization.use_model_switch',
      path: 'body.modelSettings',
    });
    const events = await database.db
      .selectFrom('activity')
      .select(['kind', 'data'])
      .where('organization_id', '=', org.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.kind)).toEqual(['organization.updated']);
    const row = await database.db
      .selectFrom('organizations')
      .select(['name', 'model', 'model_settings'])
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ name: 'Anchor GmbH', model: 'decentralized', model_settings: {} });
  });

  it('refuses non-admins (403) and bad input (400), changing nothing', async () => {
    const { org, api } = await orgWith({ admin: false });
    const denied = await api.patch('/api/v1/organization', { model: 'holistic' });
    expect(denied.status).toBe(403);
    expect(detailOf(denied).code).toBe('org.admin_required');
    const admin = await buildMember(database.db, org, { admin: true });
    const adminApi = client(server, { bearer: await buildApiToken(database.db, admin) });
    const bad = await adminApi.patch('/api/v1/organization', {
      timeZone: 'Atlantis/Capital',
      model: 'anarchy',
      owner: 'me',
    });
    expect(bad.status).toBe(400);
    expect(pathsOf(bad)).toEqual(['body.model', 'body.owner', 'body.timeZone']);
    const row = await database.db
      .selectFrom('organizations')
      .select(['model', 'time_zone'])
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ model: 'decentralized', time_zone: 'UTC' });
  });

  it('documents every route in the OpenAPI document', async () => {
    const res = await fetch(`${server.url}/api/openapi.json`);
    const doc = (await res.json()) as {
      paths: Record<string, Record<string, { tags?: string[]; summary?: string }>>;
    };
    for (const path of [
      '/api/v1/auth/signup',
      '/api/v1/auth/login',
      '/api/v1/auth/me',
      '/api/v1/auth/accept-invite',
      '/api/v1/organization',
      '/api/v1/organizations',
      '/api/v1/members',
      '/api/v1/members/{id}/memberships',
      '/api/v1/tokens/{id}',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
      for (const op of Object.values(doc.paths[path]!)) {
        expect(op.tags?.length, path).toBeGreaterThan(0);
        expect(op.summary, path).toBeTruthy();
      }
    }
  });
});
