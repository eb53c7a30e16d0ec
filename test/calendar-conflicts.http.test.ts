import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './db.ts';
import {
  buildCampaign,
  buildChannel,
  buildMember,
  buildOrg,
  buildPost,
  buildUnit,
  testDeps,
} from './factories.ts';
import { signIn, startTestServer, type Client, type TestServer } from './http.ts';

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

const JUNE = 'from=2026-06-01T00:00:00Z&to=2026-07-01T00:00:00Z';

interface Entry {
  postId: string;
  conflicts: { kind: string; [k: string]: unknown }[];
}

async function calendar(c: Client, query: string): Promise<Entry[]> {
  const res = await c.get(`/api/v1/calendar?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items as Entry[];
}

/** Post id → the kinds of its conflicts, sorted. */
const byPost = (entries: Entry[]) =>
  Object.fromEntries(entries.map((e) => [e.postId, e.conflicts.map((c) => c.kind).sort()]));

describe('conflicts', () => {
  it('finds divergence, shared topics, campaign windows and duplicates', async () => {
    const db = database.db;
    const org = await buildOrg(db, { model: 'multi_coordinated' });
    const emea = await buildUnit(db, org, { kind: 'region', name: 'EMEA' });
    const de = await buildUnit(db, org, { parentId: emea, name: 'DE' });
    const fr = await buildUnit(db, org, { parentId: emea, name: 'FR' });
    await buildUnit(db, org, { isHub: true, covers: org.rootId, name: 'Global hub' });
    const emeaHub = await buildUnit(db, org, { isHub: true, covers: emea, name: 'EMEA hub' });
    const hubber = await buildMember(db, org, {
      memberships: [{ unitId: emeaHub, role: 'editor' }],
    });
    const deEditor = await buildMember(db, org, { memberships: [{ unitId: de, role: 'editor' }] });
    const frEditor = await buildMember(db, org, { memberships: [{ unitId: fr, role: 'editor' }] });
    const global = await buildChannel(db, org, { unitId: org.rootId });
    const deCh = await buildChannel(db, org, { unitId: de });
    const frCh = await buildChannel(db, org, { unitId: fr });

    const master = await buildPost(db, org, {
      unitId: org.rootId,
      authorId: hubber.id,
      channelIds: [global],
      status: 'published',
      dueAt: '2026-05-20T10:00:00Z',
      text: 'Summer launch #AuroraSummer',
      link: 'https://aurora.example/summer',
    });
    const campaign = await buildCampaign(db, org, {
      masterPostId: master.id,
      startsAt: '2026-06-01T00:00:00Z',
      endsAt: '2026-06-20T00:00:00Z',
    });
    const deLocal = await buildPost(db, org, {
      unitId: de,
      authorId: deEditor.id,
      channelIds: [deCh],
      status: 'scheduled',
      campaignId: campaign,
      dueAt: '2026-06-10T10:00:00Z',
      text: 'Sommerstart #AuroraSummer',
      link: 'https://aurora.example/sommer',
    });
    const frLocal = await buildPost(db, org, {
      unitId: fr,
      authorId: frEditor.id,
      channelIds: [frCh],
      status: 'scheduled',
      campaignId: campaign,
      dueAt: '2026-06-25T10:00:00Z',
      text: "C'est l'été",
    });
    const deTrade = await buildPost(db, org, {
      unitId: de,
      authorId: deEditor.id,
      channelIds: [deCh],
      status: 'scheduled',
      dueAt: '2026-06-12T09:00:00Z',
      text: 'Besuchen Sie uns #Messe',
    });
    const frTrade = await buildPost(db, org, {
      unitId: fr,
      authorId: frEditor.id,
      channelIds: [frCh],
      status: 'draft',
      dueAt: '2026-06-12T10:30:00Z',
      text: 'Rendez-vous au salon #messe',
    });
    await buildPost(db, org, {
      unitId: de,
      authorId: deEditor.id,
      channelIds: [deCh],
      status: 'published',
      dueAt: '2026-03-01T10:00:00Z',
      text: 'Frohe Ostern!',
    });
    const again = await buildPost(db, org, {
      unitId: de,
      authorId: deEditor.id,
      channelIds: [deCh],
      status: 'draft',
      dueAt: '2026-06-28T10:00:00Z',
      text: 'frohe   ostern!',
    });

    const hub = await signIn(server, hubber.email);
    expect(byPost(await calendar(hub, JUNE))).toEqual({
      [deLocal.id]: ['campaign_link_mismatch'],
      [frLocal.id]: ['campaign_missing_element', 'outside_campaign_window'],
      [deTrade.id]: ['same_topic'],
      [frTrade.id]: ['same_topic'],
      [again.id]: ['duplicate_published'],
    });

    const res = await hub.get(`/api/v1/calendar/conflicts?${JUNE}`);
    expect(res.status).toBe(200);
    expect(res.body.items).toContainEqual({
      postId: frLocal.id,
      variantId: frLocal.variantIds[frCh],
      channelId: frCh,
      unitId: fr,
      dueAt: '2026-06-25T10:00:00.000Z',
      conflict: {
        kind: 'campaign_missing_element',
        campaignId: campaign,
        masterPostId: master.id,
        hashtags: ['#AuroraSummer'],
        link: 'https://aurora.example/summer',
      },
    });
    expect(res.body.items).toContainEqual(
      expect.objectContaining({
        postId: deTrade.id,
        conflict: {
          kind: 'same_topic',
          postId: frTrade.id,
          variantId: frTrade.variantIds[frCh],
          unitId: fr,
          hashtags: ['#Messe'],
          links: [],
        },
      }),
    );
    expect(res.body.items).toContainEqual(
      expect.objectContaining({
        postId: frLocal.id,
        conflict: {
          kind: 'outside_campaign_window',
          campaignId: campaign,
          startsAt: '2026-06-01T00:00:00.000Z',
          endsAt: '2026-06-20T00:00:00.000Z',
        },
      }),
    );
    // A narrower window: 90 minutes apart is no longer "the same time".
    const narrow = await calendar(hub, `${JUNE}&windowMinutes=60`);
    expect(byPost(narrow)[deTrade.id]).toEqual([]);
    // Filters do not change an entry's conflicts.
    expect(byPost(await calendar(hub, `${JUNE}&unitId=${de}`))[deTrade.id]).toEqual(['same_topic']);

    // In multi_coordinated, a member outside EMEA sees only published and scheduled posts: the
    // FR draft is hidden from them, and so is its conflict with the DE post.
    const americas = await buildUnit(db, org, { kind: 'region', name: 'Americas' });
    await buildUnit(db, org, { isHub: true, covers: americas, name: 'Americas hub' });
    const us = await buildMember(db, org, { memberships: [{ unitId: americas, role: 'editor' }] });
    const outside = byPost(await calendar(await signIn(server, us.email), JUNE));
    expect(outside[frTrade.id]).toBeUndefined();
    expect(outside[deTrade.id]).toEqual([]);
  });
});
