import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { buildChannel, buildMember, buildOrg, buildUnit, testDeps } from './factories.ts';
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

interface Answer {
  action: string;
  allowed: boolean;
  steps: { pool: string; unitId: string | null; rule: string }[];
  scope?: string;
  reasons: { code: string; params: Record<string, unknown>; message: string }[];
}
interface ErrorBody {
  error: { code: string; details: { path?: string; code: string }[] };
}

describe('GET /decide', () => {
  it('holistic: an untrained member needs one trained peer', async () => {
    const org = await buildOrg(database.db, { model: 'holistic' });
    const channel = await buildChannel(database.db, org);
    const novice = await buildMember(database.db, org, { trained: false });
    const c = await signIn(server, novice.email);
    const res = await c.get(`/api/v1/decide?action=publish&channelId=${channel}`);
    expect(res.status).toBe(200);
    const answer = res.body as Answer;
    expect(answer).toMatchObject({ action: 'publish', allowed: true });
    expect(answer.steps).toEqual([{ pool: 'trained_peers', unitId: null, rule: 'any' }]);
    expect(answer.reasons.map((r) => r.code)).toContain('approval.untrained_author');
    expect(answer.reasons[0]!.message).toBe(
      'You are not trained yet, so one trained colleague has to approve.',
    );
  });

  it('centralized: a branch editor needs the hub editors, explained in German', async () => {
    const org = await buildOrg(database.db, { model: 'centralized' });
    const hub = await buildUnit(database.db, org, {
      name: 'Zentrale',
      isHub: true,
      covers: org.rootId,
    });
    const branch = await buildUnit(database.db, org, { name: 'Filiale Köln' });
    const channel = await buildChannel(database.db, org, { unitId: branch });
    const editor = await buildMember(database.db, org, {
      locale: 'de',
      memberships: [{ unitId: branch, role: 'editor' }],
    });
    const c = await signIn(server, editor.email);
    const publish = (await c.get(`/api/v1/decide?action=publish&channelId=${channel}`))
      .body as Answer;
    expect(publish.allowed).toBe(true);
    expect(publish.steps).toEqual([{ pool: 'hub_editors', unitId: hub, rule: 'any' }]);
    expect(publish.reasons).toEqual([
      {
        code: 'approval.non_hub_author',
        params: {},
        message:
          'Beiträge von Personen außerhalb des Hubs brauchen die Freigabe durch die Redaktion des Hubs.',
      },
    ]);
    // Only the hub manages guidelines: a no is an answer (200), not an error.
    const guidelines = await c.get(`/api/v1/decide?action=manage_guidelines&unitId=${branch}`);
    expect(guidelines.status).toBe(200);
    const answer = guidelines.body as Answer;
    expect(answer.allowed).toBe(false);
    expect(answer.reasons.map((r) => r.code)).toEqual([
      'model.centralized.hub_only',
      'relation.not_in_hub',
    ]);
    expect(answer.reasons.map((r) => r.message)).toEqual([
      'Im zentralisierten Modell darf das nur der zentrale Hub.',
      'Sie gehören nicht zum zuständigen Hub.',
    ]);
  });

  it('decentralized: a contributor needs a lead of the unit; the unit is named', async () => {
    const org = await buildOrg(database.db, { model: 'decentralized' });
    const unit = await buildUnit(database.db, org, { name: 'Presse' });
    const other = await buildUnit(database.db, org, { name: 'Vertrieb' });
    const channel = await buildChannel(database.db, org, { unitId: unit });
    const contributor = await buildMember(database.db, org, {
      locale: 'de',
      memberships: [{ unitId: unit, role: 'contributor' }],
    });
    const c = await signIn(server, contributor.email);
    const answer = (await c.get(`/api/v1/decide?action=publish&channelId=${channel}`))
      .body as Answer;
    expect(answer.allowed).toBe(true);
    expect(answer.steps).toEqual([{ pool: 'unit_leads', unitId: unit, rule: 'any' }]);
    expect(answer.reasons).toEqual([
      {
        code: 'grant.unit_role',
        params: { role: 'contributor', unitId: unit },
        message: 'Sie haben die Rolle „Mitwirkende“ in Presse.',
      },
      {
        code: 'approval.contributor_needs_lead',
        params: {},
        message: 'Beiträge von Mitwirkenden brauchen die Freigabe durch die Leitung der Einheit.',
      },
    ]);
    const channels = (await c.get(`/api/v1/decide?action=manage_channels&unitId=${other}`))
      .body as Answer;
    expect(channels).toMatchObject({ action: 'manage_channels', allowed: false, steps: [] });
    expect(channels.reasons.map((r) => r.code)).toEqual([
      'model.decentralized.unit_leads_only',
      'relation.not_member_of_unit',
    ]);
    expect(channels.reasons[0]!.message).toBe(
      'Im dezentralen Modell darf das nur die Leitung der Einheit.',
    );
  });

  it('answers 404 for unknown or foreign targets and 400 for bad questions', async () => {
    const org = await buildOrg(database.db);
    const other = await buildOrg(database.db);
    const foreign = await buildChannel(database.db, other);
    const member = await buildMember(database.db, org, {
      memberships: [{ unitId: org.rootId, role: 'lead' }],
    });
    const c = await signIn(server, member.email);
    const notFound = await c.get(`/api/v1/decide?action=draft&channelId=${foreign}`);
    expect(notFound.status).toBe(404);
    expect((notFound.body as ErrorBody).error.details[0]!.code).toBe('channel.not_found');
    const unknownUnit = await c.get(`/api/v1/decide?action=draft&unitId=${other.rootId}`);
    expect(unknownUnit.status).toBe(404);

    const bad: [string, string][] = [
      [`/api/v1/decide?channelId=${foreign}`, 'querystring.action'],
      [`/api/v1/decide?action=fly&channelId=${foreign}`, 'querystring.action'],
      ['/api/v1/decide?action=draft', 'querystring.channelId'],
      ['/api/v1/decide?action=draft&channelId=nope', 'querystring.channelId'],
      [
        `/api/v1/decide?action=draft&unitId=${org.rootId}&channelId=${foreign}`,
        'querystring.unitId',
      ],
      [`/api/v1/decide?action=draft&unitId=${org.rootId}&extra=1`, 'querystring.extra'],
    ];
    for (const [url, path] of bad) {
      const res = await c.get(url);
      expect(res.status, url).toBe(400);
      expect(
        (res.body as ErrorBody).error.details.map((d) => d.path),
        url,
      ).toContain(path);
    }
    const yes = (await c.get(`/api/v1/decide?action=manage_channels&unitId=${org.rootId}`))
      .body as Answer;
    expect(yes.allowed).toBe(true);
  });
});
