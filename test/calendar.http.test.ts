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

const JUNE = 'from=2026-06-01T00:00:00Z&to=2026-07-01T00:00:00Z';

interface Entry {
  postId: string;
  variantId: string;
  channelId: string;
  unitId: string;
  status: string;
  dueAt: string;
  title: string;
  excerpt: string;
  authorId: string;
  campaignId: string | null;
  readOnly: boolean;
  conflicts: { kind: string; [k: string]: unknown }[];
}

async function calendar(c: Client, query: string): Promise<Entry[]> {
  const res = await c.get(`/api/v1/calendar?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.truncated).toBe(false);
  return res.body.items as Entry[];
}

/** Post id → readOnly, for compact visibility assertions. */
const seen = (entries: Entry[]) =>
  Object.fromEntries(entries.map((e) => [e.postId, e.readOnly] as const));

describe('GET /calendar visibility per model', () => {
  it('centralized: the hub sees everything; others see published posts and their own', async () => {
    const db = database.db;
    const org = await buildOrg(db, { model: 'centralized' });
    const hub = await buildUnit(db, org, { isHub: true, covers: org.rootId });
    const branch = await buildUnit(db, org);
    const hubMember = await buildMember(db, org, {
      memberships: [{ unitId: hub, role: 'member' }],
    });
    const lead = await buildMember(db, org, { memberships: [{ unitId: branch, role: 'lead' }] });
    const editor = await buildMember(db, org, {
      memberships: [{ unitId: branch, role: 'editor' }],
    });
    const channel = await buildChannel(db, org, { unitId: branch });
    const post = (authorId: string, status: string, day: string) =>
      buildPost(db, org, {
        unitId: branch,
        authorId,
        channelIds: [channel],
        status,
        dueAt: `2026-06-${day}T09:00:00Z`,
        text: `${status} of ${authorId.slice(0, 4)}`,
      });
    const editorDraft = await post(editor.id, 'draft', '02');
    const editorReview = await post(editor.id, 'in_review', '03');
    const editorApproved = await post(editor.id, 'approved', '04');
    const scheduled = await post(editor.id, 'scheduled', '05');
    const publishing = await post(editor.id, 'publishing', '06');
    const published = await post(editor.id, 'published', '07');
    const leadDraft = await post(lead.id, 'draft', '08');
    const failed = await post(editor.id, 'failed', '09');

    expect(seen(await calendar(await signIn(server, hubMember.email), JUNE))).toEqual({
      [editorDraft.id]: false,
      [editorReview.id]: false,
      [editorApproved.id]: false,
      [scheduled.id]: false,
      [publishing.id]: false,
      [published.id]: false,
      [leadDraft.id]: false,
      [failed.id]: false,
    });
    expect(seen(await calendar(await signIn(server, lead.email), JUNE))).toEqual({
      [scheduled.id]: true,
      [publishing.id]: true,
      [published.id]: true,
      [leadDraft.id]: false,
    });
    const own = await calendar(await signIn(server, editor.email), JUNE);
    expect(own.map((e) => e.postId)).not.toContain(leadDraft.id);
    expect(own.map((e) => e.postId)).toContain(editorDraft.id);
  });

  it('decentralized: other units are read-only, nothing is hidden', async () => {
    const db = database.db;
    const org = await buildOrg(db, { model: 'decentralized' });
    const marketing = await buildUnit(db, org, { name: 'Marketing' });
    const sales = await buildUnit(db, org, { name: 'Sales' });
    const marketer = await buildMember(db, org, {
      memberships: [{ unitId: marketing, role: 'contributor' }],
    });
    const seller = await buildMember(db, org, { memberships: [{ unitId: sales, role: 'editor' }] });
    const mChannel = await buildChannel(db, org, { unitId: marketing });
    const sChannel = await buildChannel(db, org, { unitId: sales });
    const salesDraft = await buildPost(db, org, {
      unitId: sales,
      authorId: seller.id,
      channelIds: [sChannel],
      dueAt: '2026-06-10T12:00:00Z',
      title: 'Trade fair',
      text: 'See you at the fair',
    });
    const marketingDraft = await buildPost(db, org, {
      unitId: marketing,
      authorId: marketer.id,
      channelIds: [mChannel],
      dueAt: '2026-06-11T12:00:00Z',
    });
    const entries = await calendar(await signIn(server, marketer.email), JUNE);
    expect(seen(entries)).toEqual({ [salesDraft.id]: true, [marketingDraft.id]: false });
    expect(entries[0]).toEqual({
      postId: salesDraft.id,
      variantId: salesDraft.variantIds[sChannel],
      channelId: sChannel,
      unitId: sales,
      status: 'draft',
      dueAt: '2026-06-10T12:00:00.000Z',
      title: 'Trade fair',
      excerpt: 'See you at the fair',
      authorId: seller.id,
      campaignId: null,
      labels: [],
      readOnly: true,
      conflicts: [],
    });
  });
});

describe('GET /calendar filters and input', () => {
  async function world() {
    const db = database.db;
    const org = await buildOrg(db, { model: 'holistic' });
    const region = await buildUnit(db, org, { kind: 'region' });
    const team = await buildUnit(db, org, { parentId: region, kind: 'team' });
    const other = await buildUnit(db, org);
    const a = await buildMember(db, org, { memberships: [{ unitId: team, role: 'editor' }] });
    const b = await buildMember(db, org, { memberships: [{ unitId: other, role: 'editor' }] });
    const ch1 = await buildChannel(db, org, { unitId: team });
    const ch2 = await buildChannel(db, org, { unitId: other });
    const campaign = await buildCampaign(db, org);
    const p1 = await buildPost(db, org, {
      unitId: team,
      authorId: a.id,
      channelIds: [ch1, ch2],
      status: 'scheduled',
      campaignId: campaign,
      variants: {
        [ch1]: { dueAt: '2026-06-01T00:00:00Z' },
        [ch2]: { dueAt: '2026-06-15T08:00:00Z' },
      },
    });
    const p2 = await buildPost(db, org, {
      unitId: other,
      authorId: b.id,
      channelIds: [ch2],
      dueAt: '2026-06-30T23:59:59Z',
      text: 'x'.repeat(300),
    });
    // Outside the range (`to` is exclusive) or without a due time: never in the calendar.
    await buildPost(db, org, {
      unitId: other,
      authorId: b.id,
      channelIds: [ch2],
      dueAt: '2026-07-01T00:00:00Z',
    });
    await buildPost(db, org, { unitId: other, authorId: b.id, channelIds: [ch2], dueAt: null });
    const client = await signIn(server, a.email);
    return { org, region, team, other, a, b, ch1, ch2, campaign, p1, p2, client };
  }

  it('orders by due time, includes `from`, excludes `to`, and filters', async () => {
    const w = await world();
    const all = await calendar(w.client, JUNE);
    expect(all.map((e) => [e.postId, e.channelId])).toEqual([
      [w.p1.id, w.ch1],
      [w.p1.id, w.ch2],
      [w.p2.id, w.ch2],
    ]);
    expect(all[2]!.excerpt).toHaveLength(140);
    expect(all[2]!.excerpt.endsWith('…')).toBe(true);
    const ids = (entries: Entry[]) => entries.map((e) => e.variantId);
    expect(ids(await calendar(w.client, `${JUNE}&unitId=${w.region}`))).toEqual(
      Object.values(w.p1.variantIds),
    );
    expect(ids(await calendar(w.client, `${JUNE}&channelId=${w.ch2}`))).toEqual([
      w.p1.variantIds[w.ch2],
      w.p2.variantIds[w.ch2],
    ]);
    expect(ids(await calendar(w.client, `${JUNE}&campaignId=${w.campaign}`))).toHaveLength(2);
    expect(ids(await calendar(w.client, `${JUNE}&status=draft`))).toEqual([w.p2.variantIds[w.ch2]]);
    expect(ids(await calendar(w.client, `${JUNE}&authorId=${w.b.id}`))).toEqual([
      w.p2.variantIds[w.ch2],
    ]);
    expect(ids(await calendar(w.client, `${JUNE}&authorId=${w.b.id}&status=scheduled`))).toEqual(
      [],
    );
    expect(
      ids(
        await calendar(w.client, 'from=2026-06-15T10:00:00%2B02:00&to=2026-06-15T10:00:01%2B02:00'),
      ),
    ).toEqual([w.p1.variantIds[w.ch2]]);
  });

  it('refuses bad ranges and filters with paths', async () => {
    const w = await world();
    const cases: [string, string[]][] = [
      ['to=2026-07-01T00:00:00Z', ['querystring.from']],
      ['from=yesterday&to=2026-07-01T00:00:00Z', ['querystring.from']],
      ['from=2026-07-01T00:00:00Z&to=2026-07-01T00:00:00Z', ['querystring.to']],
      ['from=2026-07-02T00:00:00Z&to=2026-07-01T00:00:00Z', ['querystring.to']],
      ['from=2026-01-01T00:00:00Z&to=2027-01-02T00:00:01Z', ['querystring.to']],
      [`${JUNE}&status=lost`, ['querystring.status']],
      [`${JUNE}&unitId=nope`, ['querystring.unitId']],
      [`${JUNE}&windowMinutes=0`, ['querystring.windowMinutes']],
      [`${JUNE}&color=red`, ['querystring.color']],
    ];
    for (const [query, paths] of cases) {
      const res = await w.client.get(`/api/v1/calendar?${query}`);
      expect(res.status, query).toBe(400);
      expect(pathsOf(res), query).toEqual(paths);
      const conflicts = await w.client.get(`/api/v1/calendar/conflicts?${query}`);
      expect(pathsOf(conflicts), query).toEqual(paths);
    }
    // A leap year's 366 days are fine.
    expect(
      (await w.client.get('/api/v1/calendar?from=2028-01-01T00:00:00Z&to=2029-01-01T00:00:00Z'))
        .status,
    ).toBe(200);
  });

  it("answers 404 for another organization's ids", async () => {
    const w = await world();
    const them = await world();
    const cases: [string, string][] = [
      [`unitId=${them.team}`, 'unit.not_found'],
      [`channelId=${them.ch1}`, 'channel.not_found'],
      [`campaignId=${them.campaign}`, 'campaign.not_found'],
      [`authorId=${them.a.id}`, 'member.not_found'],
    ];
    for (const [filter, code] of cases) {
      const res = await w.client.get(`/api/v1/calendar?${JUNE}&${filter}`);
      expect(res.status, filter).toBe(404);
      expect(errorOf(res).details[0]?.code).toBe(code);
    }
    // Their posts never show up in ours.
    const mine = await calendar(w.client, JUNE);
    expect(mine.map((e) => e.postId)).not.toContain(them.p1.id);
  });
});
