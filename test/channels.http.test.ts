import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../src/app/deps.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { buildChannel, buildMember, buildOrg, buildUnit, testDeps } from './factories.ts';
import { signIn, startTestServer, type TestServer } from './http.ts';

let database: TestDatabase;
let deps: Deps;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database.db);
  server = await startTestServer(deps);
});

afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

interface ChannelBody {
  id: string;
  unitId: string;
  handle: string;
  displayName: string;
  hasCredentials: boolean;
  sensitive: boolean;
  limits: { maxChars?: number };
}
interface ErrorBody {
  error: { code: string; details: { path?: string; code: string }[] };
}

/** A decentralized organization with two departments, each with a lead, plus an admin. */
async function decentralizedOrg() {
  const org = await buildOrg(database.db, { model: 'decentralized' });
  const a = await buildUnit(database.db, org, { name: 'Marketing' });
  const b = await buildUnit(database.db, org, { name: 'Sales' });
  const leadA = await buildMember(database.db, org, { memberships: [{ unitId: a, role: 'lead' }] });
  const leadB = await buildMember(database.db, org, { memberships: [{ unitId: b, role: 'lead' }] });
  const contributorA = await buildMember(database.db, org, {
    memberships: [{ unitId: a, role: 'contributor' }],
  });
  const admin = await buildMember(database.db, org, { admin: true });
  return { org, a, b, leadA, leadB, contributorA, admin };
}

function channelCount(organizationId: string): Promise<number> {
  return database.db
    .selectFrom('channels')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('organization_id', '=', organizationId)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

function codes(body: unknown): string[] {
  return (body as ErrorBody).error.details.map((d) => d.code);
}

describe('channels', () => {
  it('creates a channel with credentials stored encrypted, and never returns them', async () => {
    const { org, a, leadA, contributorA } = await decentralizedOrg();
    const lead = await signIn(server, leadA.email);
    const secret = 'app-password-very-secret-1234';
    const res = await lead.post('/api/v1/channels', {
      unitId: a,
      network: 'bluesky',
      handle: 'acme.bsky.social',
      displayName: 'ACME on Bluesky',
      credentials: { identifier: 'acme.bsky.social', appPassword: secret },
      sensitive: true,
      limits: { maxChars: 300 },
    });
    expect(res.status).toBe(201);
    const created = res.body as ChannelBody;
    expect(created).toMatchObject({
      unitId: a,
      network: 'bluesky',
      handle: 'acme.bsky.social',
      hasCredentials: true,
      sensitive: true,
      limits: { maxChars: 300 },
    });
    expect(JSON.stringify(res.body)).not.toContain(secret);
    expect(res.body).not.toHaveProperty('credentials');

    const row = await database.db
      .selectFrom('channels')
      .select(['credentials_enc', 'organization_id'])
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row.organization_id).toBe(org.id);
    expect(row.credentials_enc).toMatch(/^v1:/);
    expect(row.credentials_enc).not.toContain(secret);
    expect(row.credentials_enc).not.toContain('appPassword');
    expect(JSON.parse(deps.secrets.open(row.credentials_enc!))).toEqual({
      identifier: 'acme.bsky.social',
      appPassword: secret,
    });

    // Every member sees the channel, never the credentials.
    const contributor = await signIn(server, contributorA.email);
    const list = await contributor.get('/api/v1/channels');
    expect(list.status).toBe(200);
    const items = (list.body as { items: ChannelBody[] }).items;
    expect(items.map((c) => c.id)).toEqual([created.id]);
    expect(JSON.stringify(list.body)).not.toContain(secret);
    const one = await contributor.get(`/api/v1/channels/${created.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(created);
  });

  it('lets only the unit lead manage channels in the decentralized model (403 with reasons)', async () => {
    const { a, b, leadA, leadB, contributorA } = await decentralizedOrg();
    const other = await signIn(server, leadB.email);
    const denied = await other.post('/api/v1/channels', {
      unitId: a,
      network: 'mastodon',
      handle: '@acme@social.example',
      displayName: 'ACME',
    });
    expect(denied.status).toBe(403);
    expect(codes(denied.body)).toContain('model.decentralized.unit_leads_only');
    expect(codes(denied.body)).toContain('relation.not_member_of_unit');

    const contributor = await signIn(server, contributorA.email);
    const low = await contributor.post('/api/v1/channels', {
      unitId: a,
      network: 'mastodon',
      handle: '@acme@social.example',
      displayName: 'ACME',
    });
    expect(low.status).toBe(403);
    expect(codes(low.body)).toContain('relation.role_too_low');

    const lead = await signIn(server, leadA.email);
    const ok = await lead.post('/api/v1/channels', {
      unitId: a,
      network: 'mastodon',
      handle: '@acme@social.example',
      displayName: 'ACME',
    });
    expect(ok.status).toBe(201);
    const id = (ok.body as ChannelBody).id;
    expect((await other.patch(`/api/v1/channels/${id}`, { displayName: 'Mine' })).status).toBe(403);
    expect((await other.delete(`/api/v1/channels/${id}`)).status).toBe(403);

    // Moving needs manage_channels on both units: lead A is nobody in B.
    const move = await lead.patch(`/api/v1/channels/${id}`, { unitId: b });
    expect(move.status).toBe(403);
    const row = await database.db
      .selectFrom('channels')
      .select(['unit_id', 'display_name'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ unit_id: a, display_name: 'ACME' });
  });

  it('updates, moves, replaces and removes credentials, deletes, and logs each step', async () => {
    const { org, a, b, admin } = await decentralizedOrg();
    // A lead of the root is the lead of every unit below it.
    const chief = await buildMember(database.db, org, {
      memberships: [{ unitId: org.rootId, role: 'lead' }],
    });
    const c = await signIn(server, chief.email);
    const created = await c.post('/api/v1/channels', {
      unitId: a,
      network: 'webhook',
      handle: 'https://hooks.example/acme',
      displayName: 'Hook',
      credentials: { secret: 'first-secret' },
    });
    expect(created.status).toBe(201);
    const id = (created.body as ChannelBody).id;

    const moved = await c.patch(`/api/v1/channels/${id}`, {
      unitId: b,
      displayName: 'Sales hook',
      sensitive: true,
      credentials: { secret: 'second-secret' },
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      unitId: b,
      displayName: 'Sales hook',
      sensitive: true,
      hasCredentials: true,
    });
    const sealed = await database.db
      .selectFrom('channels')
      .select('credentials_enc')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(sealed.credentials_enc).not.toContain('second-secret');
    expect(JSON.parse(deps.secrets.open(sealed.credentials_enc!))).toEqual({
      secret: 'second-secret',
    });

    const cleared = await c.patch(`/api/v1/channels/${id}`, { credentials: null });
    expect(cleared.status).toBe(200);
    expect((cleared.body as ChannelBody).hasCredentials).toBe(false);

    expect((await c.delete(`/api/v1/channels/${id}`)).status).toBe(200);
    expect((await c.get(`/api/v1/channels/${id}`)).status).toBe(404);

    const log = await (
      await signIn(server, admin.email)
    ).get(`/api/v1/activity?subjectType=channel&subjectId=${id}`);
    expect(log.status).toBe(200);
    const events = (log.body as { items: { kind: string; data: Record<string, unknown> }[] }).items;
    expect(events.map((e) => e.kind)).toEqual([
      'channel.deleted',
      'channel.updated',
      'channel.updated',
      'channel.created',
    ]);
    expect(events[2]!.data).toMatchObject({ credentials: 'replaced', fromUnitId: a });
    expect(events[1]!.data).toMatchObject({ credentials: 'removed' });
    expect(JSON.stringify(log.body)).not.toContain('secret"');
    expect(JSON.stringify(log.body)).not.toContain('second-secret');
  });

  it('refuses a second channel with the same network and handle (409)', async () => {
    const { org, a, b, leadA } = await decentralizedOrg();
    const chief = await buildMember(database.db, org, {
      memberships: [{ unitId: org.rootId, role: 'lead' }],
    });
    const c = await signIn(server, chief.email);
    const first = { unitId: a, network: 'x', handle: 'AcmeCorp', displayName: 'ACME' };
    expect((await c.post('/api/v1/channels', first)).status).toBe(201);
    const again = await c.post('/api/v1/channels', { ...first, unitId: b, handle: 'acmecorp' });
    expect(again.status).toBe(409);
    expect((again.body as ErrorBody).error.details[0]).toMatchObject({
      code: 'channel.handle_taken',
      path: 'body.handle',
    });
    // Another network may use the same handle.
    expect((await c.post('/api/v1/channels', { ...first, network: 'threads' })).status).toBe(201);

    // Renaming onto a taken handle is a conflict too.
    const lead = await signIn(server, leadA.email);
    const other = await lead.post('/api/v1/channels', { ...first, handle: 'acme_two' });
    expect(other.status).toBe(201);
    const rename = await lead.patch(`/api/v1/channels/${(other.body as ChannelBody).id}`, {
      handle: 'ACMECORP',
    });
    expect(rename.status).toBe(409);
    expect(codes(rename.body)).toEqual(['channel.handle_taken']);
    expect(await channelCount(org.id)).toBe(3);
  });

  it("answers 404 for another organization's channels and units", async () => {
    const mine = await decentralizedOrg();
    const theirs = await decentralizedOrg();
    const foreign = await buildChannel(database.db, theirs.org, { unitId: theirs.a });
    const c = await signIn(server, mine.leadA.email);
    expect((await c.get(`/api/v1/channels/${foreign}`)).status).toBe(404);
    expect((await c.patch(`/api/v1/channels/${foreign}`, { displayName: 'x' })).status).toBe(404);
    expect((await c.delete(`/api/v1/channels/${foreign}`)).status).toBe(404);
    const created = await c.post('/api/v1/channels', {
      unitId: theirs.a,
      network: 'x',
      handle: 'sneaky',
      displayName: 'Sneaky',
    });
    expect(created.status).toBe(404);
    const list = await c.get('/api/v1/channels');
    expect((list.body as { items: unknown[] }).items).toEqual([]);
    expect(await channelCount(theirs.org.id)).toBe(1);
    const row = await database.db
      .selectFrom('channels')
      .select('display_name')
      .where('id', '=', foreign)
      .executeTakeFirstOrThrow();
    expect(row.display_name).toBe('Test channel');
  });

  it('rejects bad input with field paths and writes nothing (400)', async () => {
    const { org, a, leadA } = await decentralizedOrg();
    const c = await signIn(server, leadA.email);
    const cases: [unknown, string][] = [
      [{ unitId: a, network: 'myspace', handle: 'h', displayName: 'D' }, 'body.network'],
      [{ unitId: a, network: 'x', handle: '', displayName: 'D' }, 'body.handle'],
      [{ unitId: 'nope', network: 'x', handle: 'h', displayName: 'D' }, 'body.unitId'],
      [{ unitId: a, network: 'x', handle: 'h', displayName: 'D', owner: 'me' }, 'body.owner'],
      [
        { unitId: a, network: 'x', handle: 'h', displayName: 'D', credentials: { token: 5 } },
        'body.credentials.token',
      ],
      [
        { unitId: a, network: 'x', handle: 'h', displayName: 'D', limits: { maxChars: 1.5 } },
        'body.limits.maxChars',
      ],
    ];
    for (const [body, path] of cases) {
      const res = await c.post('/api/v1/channels', body);
      expect(res.status, path).toBe(400);
      expect(
        (res.body as ErrorBody).error.details.map((d) => d.path),
        path,
      ).toContain(path);
    }
    const id = await buildChannel(database.db, org, { unitId: a });
    const bad = await c.patch(`/api/v1/channels/${id}`, { sensitive: 'yes' });
    expect(bad.status).toBe(400);
    expect((bad.body as ErrorBody).error.details[0]!.path).toBe('body.sensitive');
    expect((await c.get('/api/v1/channels/not-a-uuid')).status).toBe(400);
    expect(await channelCount(org.id)).toBe(1);
  });
});
