import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGS, DEMO_PASSWORD } from '../src/app/demo/demo-orgs.ts';
import { seedDemo } from '../src/app/demo/seed-demo.ts';
import type { Deps } from '../src/app/deps.ts';
import type { Campaign } from '../src/contracts/campaigns.ts';
import type { Post, SubmitResult } from '../src/contracts/posts.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import {
  buildCampaign,
  buildMember,
  buildNewsroom,
  buildOrg,
  buildPost,
  buildUnit,
  testDeps,
} from './factories.ts';
import { signIn, startTestServer, type Client, type TestServer } from './http.ts';
import { bodyOf, errorOf } from './responses.ts';

let database: TestDatabase;
let deps: Deps;
let server: TestServer;
let aurora: { units: Map<string, string>; channels: Map<string, string> };

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database.db);
  const seeded = await seedDemo(deps);
  const org = seeded.find((s) => s.name === 'Aurora Group')!.organizationId;
  const [units, channels] = await Promise.all([
    database.db
      .selectFrom('units')
      .select(['id', 'name'])
      .where('organization_id', '=', org)
      .execute(),
    database.db
      .selectFrom('channels')
      .select(['id', 'handle'])
      .where('organization_id', '=', org)
      .execute(),
  ]);
  aurora = {
    units: new Map(units.map((u) => [u.id, u.name])),
    channels: new Map(channels.map((c) => [c.handle, c.id])),
  };
  server = await startTestServer(deps);
});

afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

const paths = (res: { body: unknown }) => errorOf(res).details.map((d) => d.path);
const codes = (res: { body: unknown }) => errorOf(res).details.map((d) => d.code);

describe('campaigns', () => {
  it('an admin creates, reads, lists, changes and deletes a campaign; posts stay', async () => {
    const org = await buildOrg(database.db, { model: 'decentralized' });
    const dept = await buildUnit(database.db, org, { name: 'Dept' });
    const admin = await buildMember(database.db, org, { admin: true });
    const lead = await buildMember(database.db, org, {
      memberships: [{ unitId: dept, role: 'lead' }],
    });
    const master = await buildPost(database.db, org, {
      unitId: dept,
      authorId: lead.id,
      channelIds: [],
      text: 'Master',
    });
    const api = await signIn(server, admin.email);

    const created = await api.post('/api/v1/campaigns', {
      name: 'Spring launch',
      startsAt: '2030-03-01T00:00:00+01:00',
      endsAt: '2030-03-31T00:00:00Z',
      masterPostId: master.id,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const campaign = bodyOf<Campaign>(created);
    expect(campaign).toMatchObject({
      name: 'Spring launch',
      startsAt: '2030-02-28T23:00:00.000Z',
      endsAt: '2030-03-31T00:00:00.000Z',
      masterPostId: master.id,
      createdBy: admin.id,
    });

    expect(bodyOf(await api.get(`/api/v1/campaigns/${campaign.id}`))).toEqual(campaign);
    expect(bodyOf<{ items: Campaign[] }>(await api.get('/api/v1/campaigns')).items).toEqual([
      campaign,
    ]);
    // Every member sees the campaigns.
    const leadApi = await signIn(server, lead.email);
    expect((await leadApi.get(`/api/v1/campaigns/${campaign.id}`)).status).toBe(200);

    const renamed = await api.patch(`/api/v1/campaigns/${campaign.id}`, {
      name: 'Spring 2030',
      endsAt: null,
      masterPostId: null,
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(bodyOf<Campaign>(renamed)).toMatchObject({
      name: 'Spring 2030',
      startsAt: '2030-02-28T23:00:00.000Z',
      endsAt: null,
      masterPostId: null,
    });

    const post = await buildPost(database.db, org, {
      unitId: dept,
      authorId: lead.id,
      channelIds: [],
      campaignId: campaign.id,
    });
    const deleted = await api.delete(`/api/v1/campaigns/${campaign.id}`);
    expect(deleted.status).toBe(200);
    expect((await api.get(`/api/v1/campaigns/${campaign.id}`)).status).toBe(404);
    const kept = await database.db
      .selectFrom('posts')
      .select('campaign_id')
      .where('id', '=', post.id)
      .executeTakeFirstOrThrow();
    expect(kept.campaign_id).toBeNull();

    const events = await database.db
      .selectFrom('activity')
      .select('kind')
      .where('subject_type', '=', 'campaign')
      .where('subject_id', '=', campaign.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.kind)).toEqual([
      'campaign.created',
      'campaign.updated',
      'campaign.deleted',
    ]);
  });

  it('refuses a non-admin in a model without hubs (403) and writes nothing', async () => {
    const org = await buildOrg(database.db, { model: 'decentralized' });
    const dept = await buildUnit(database.db, org, { name: 'Dept' });
    const lead = await buildMember(database.db, org, {
      memberships: [{ unitId: dept, role: 'lead' }],
    });
    const existing = await buildCampaign(database.db, org, { name: 'Existing' });
    const api = await signIn(server, lead.email);
    const refused = [
      await api.post('/api/v1/campaigns', { name: 'Mine' }),
      await api.patch(`/api/v1/campaigns/${existing}`, { name: 'Mine' }),
      await api.delete(`/api/v1/campaigns/${existing}`),
    ];
    for (const res of refused) expect(res.status, JSON.stringify(res.body)).toBe(403);
    const rows = await database.db
      .selectFrom('campaigns')
      .select('name')
      .where('organization_id', '=', org.id)
      .execute();
    expect(rows).toEqual([{ name: 'Existing' }]);
  });

  it('lets an editor of the hub covering the root manage campaigns', async () => {
    const newsroom = await buildNewsroom(database.db);
    const editor = await signIn(server, newsroom.editors[0].email);
    const res = await editor.post('/api/v1/campaigns', { name: 'Hub campaign' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const author = await signIn(server, newsroom.author.email);
    expect((await author.post('/api/v1/campaigns', { name: 'Nope' })).status).toBe(403);
  });

  it("answers 404 for another organization's campaign and master post", async () => {
    const mine = await buildOrg(database.db, { model: 'decentralized' });
    const admin = await buildMember(database.db, mine, { admin: true });
    const other = await buildOrg(database.db, { model: 'decentralized' });
    const otherUnit = await buildUnit(database.db, other, { name: 'Other' });
    const otherMember = await buildMember(database.db, other, {
      memberships: [{ unitId: otherUnit, role: 'lead' }],
    });
    const theirs = await buildCampaign(database.db, other, { name: 'Theirs' });
    const theirPost = await buildPost(database.db, other, {
      unitId: otherUnit,
      authorId: otherMember.id,
      channelIds: [],
    });
    const ownCampaign = await buildCampaign(database.db, mine, { name: 'Mine' });
    const api = await signIn(server, admin.email);

    for (const res of [
      await api.get(`/api/v1/campaigns/${theirs}`),
      await api.patch(`/api/v1/campaigns/${theirs}`, { name: 'Taken' }),
      await api.delete(`/api/v1/campaigns/${theirs}`),
    ]) {
      expect(res.status).toBe(404);
      expect(codes(res)).toEqual(['campaign.not_found']);
    }
    for (const res of [
      await api.post('/api/v1/campaigns', { name: 'Leak', masterPostId: theirPost.id }),
      await api.patch(`/api/v1/campaigns/${ownCampaign}`, { masterPostId: theirPost.id }),
    ]) {
      expect(res.status).toBe(404);
      expect(codes(res)).toEqual(['post.not_found']);
      expect(paths(res)).toEqual(['body.masterPostId']);
    }
    const list = bodyOf<{ items: Campaign[] }>(await api.get('/api/v1/campaigns')).items;
    expect(list.map((c) => c.name)).toEqual(['Mine']);
    const theirsNow = await database.db
      .selectFrom('campaigns')
      .select('name')
      .where('id', '=', theirs)
      .executeTakeFirstOrThrow();
    expect(theirsNow.name).toBe('Theirs');
  });

  it('refuses a window that ends before it starts (400, body.endsAt), also against the stored one', async () => {
    const org = await buildOrg(database.db, { model: 'decentralized' });
    const admin = await buildMember(database.db, org, { admin: true });
    const api = await signIn(server, admin.email);
    const backwards = await api.post('/api/v1/campaigns', {
      name: 'Backwards',
      startsAt: '2030-03-31T00:00:00Z',
      endsAt: '2030-03-01T00:00:00Z',
    });
    expect(backwards.status).toBe(400);
    expect(paths(backwards)).toEqual(['body.endsAt']);
    const missingName = await api.post('/api/v1/campaigns', {});
    expect(missingName.status).toBe(400);
    expect(paths(missingName)).toEqual(['body.name']);

    const campaign = await buildCampaign(database.db, org, {
      startsAt: '2030-03-01T00:00:00Z',
      endsAt: '2030-03-31T00:00:00Z',
    });
    const early = await api.patch(`/api/v1/campaigns/${campaign}`, {
      endsAt: '2030-02-01T00:00:00Z',
    });
    expect(early.status).toBe(400);
    expect(errorOf(early).details).toEqual([
      expect.objectContaining({ path: 'body.endsAt', code: 'campaign.window_order' }),
    ]);
    const late = await api.patch(`/api/v1/campaigns/${campaign}`, {
      startsAt: '2030-04-01T00:00:00Z',
    });
    expect(late.status).toBe(400);
    expect(paths(late)).toEqual(['body.startsAt']);
  });
});

describe('a campaign master in multi_coordinated (Aurora Group)', () => {
  const member = (name: string) => {
    const m = DEMO_ORGS.find((o) => o.name === 'Aurora Group')!.members.find(
      (x) => x.name === name,
    );
    if (!m) throw new Error(`no demo member ${name}`);
    return signIn(server, m.email, DEMO_PASSWORD);
  };
  const LINK = 'https://aurora-group.example/spring';

  async function submitted(author: Client, campaignId: string, text: string, link: string | null) {
    const created = await author.post('/api/v1/posts', {
      campaignId,
      language: 'de',
      title: 'Frühling',
      variants: [{ channelId: aurora.channels.get('aurora.deutschland')!, text, link }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const post = bodyOf<Post>(created);
    const res = await author.post(`/api/v1/posts/${post.id}/submit`, { version: post.version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const { post: inReview } = bodyOf<SubmitResult>(res);
    return inReview.approval.steps.map((s) => [s.pool, s.unitId && aurora.units.get(s.unitId)]);
  }

  it('a faithful localization needs the regional hub; a deviating one also the global hub', async () => {
    const raj = await member('Raj Malhotra');
    const master = await raj.post('/api/v1/posts', {
      language: 'en',
      title: 'Aurora Spring master',
      variants: [
        {
          channelId: aurora.channels.get('AuroraGroup')!,
          text: 'Spring is here at Aurora. #AuroraSpring',
          link: LINK,
        },
      ],
    });
    expect(master.status, JSON.stringify(master.body)).toBe(201);
    const masterPost = bodyOf<Post>(master);
    const created = await raj.post('/api/v1/campaigns', {
      name: 'Aurora Spring',
      masterPostId: masterPost.id,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const campaign = bodyOf<Campaign>(created);

    // The global hub's own master is not checked against itself: no steps for its editor.
    const own = await raj.post(`/api/v1/posts/${masterPost.id}/submit`, { version: 1 });
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(bodyOf<SubmitResult>(own).post.approval.steps).toEqual([]);

    const stefan = await member('Stefan Wolf');
    const regional = [['regional_hub', 'EMEA Social Hub']];
    const both = [...regional, ['global_hub', 'Global Brand Team']];
    expect(
      await submitted(stefan, campaign.id, 'Der Frühling ist da bei Aurora. #AuroraSpring', LINK),
    ).toEqual(regional);
    expect(await submitted(stefan, campaign.id, 'Der Frühling ist da bei Aurora.', LINK)).toEqual(
      both,
    );
    expect(
      await submitted(
        stefan,
        campaign.id,
        'Der Frühling ist da. #AuroraSpring',
        'https://aurora-group.example/fruehling',
      ),
    ).toEqual(both);
    expect(
      await submitted(stefan, campaign.id, 'Der Frühling ist da. #AuroraSpring', null),
    ).toEqual(both);
  });
});
