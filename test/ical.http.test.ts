import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../src/app/auth/tokens.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import {
  buildChannel,
  buildMember,
  buildOrg,
  buildPost,
  buildUnit,
  testDeps,
} from './factories.ts';
import { signIn, startTestServer, type Client, type TestServer } from './http.ts';

/** The feed spans 30 days back and 180 ahead of "now", which the test fixes. */
const NOW = new Date('2026-10-20T12:00:00Z');
const DAY = 86_400_000;

let database: TestDatabase;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer({ ...testDeps(database.db), now: () => NOW });
});

afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: ICAL.Time;
}

async function fetchFeed(
  url: string,
): Promise<{ status: number; type: string | null; text: string }> {
  const res = await fetch(server.url + url);
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

function parseFeed(text: string): { events: ParsedEvent[]; timezones: string[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const timezones = calendar.getAllSubcomponents('vtimezone').map((tz) => {
    ICAL.TimezoneService.register(tz);
    return String(tz.getFirstPropertyValue('tzid'));
  });
  const events = calendar.getAllSubcomponents('vevent').map((ve) => {
    const e = new ICAL.Event(ve);
    return { uid: e.uid, summary: e.summary, description: e.description, start: e.startDate };
  });
  return { events, timezones };
}

async function feedUrl(c: Client): Promise<string> {
  const res = await c.post('/api/v1/calendar/feed');
  expect(res.status).toBe(201);
  return res.body.url as string;
}

async function berlinWorld() {
  const db = database.db;
  const org = await buildOrg(db, { model: 'centralized', name: 'Hanse' });
  await db
    .updateTable('organizations')
    .set({ time_zone: 'Europe/Berlin' })
    .where('id', '=', org.id)
    .execute();
  const hub = await buildUnit(db, org, { isHub: true, covers: org.rootId });
  const branch = await buildUnit(db, org);
  const viewer = await buildMember(db, org, { memberships: [{ unitId: branch, role: 'editor' }] });
  const colleague = await buildMember(db, org, {
    memberships: [{ unitId: branch, role: 'editor' }],
  });
  const hubEditor = await buildMember(db, org, { memberships: [{ unitId: hub, role: 'editor' }] });
  const mastodon = await buildChannel(db, org, { unitId: branch, network: 'mastodon' });
  const bluesky = await buildChannel(db, org, { unitId: branch, network: 'bluesky' });
  return { org, hub, branch, viewer, colleague, hubEditor, mastodon, bluesky };
}

describe('iCalendar feed', () => {
  it('serves the visible entries in the organization time zone, across the DST change', async () => {
    const w = await berlinWorld();
    const db = database.db;
    // 10:00 in Berlin on both sides of 2026-10-25 03:00 CEST → 02:00 CET.
    const beforeDst = await buildPost(db, w.org, {
      unitId: w.branch,
      authorId: w.hubEditor.id,
      channelIds: [w.mastodon, w.bluesky],
      status: 'scheduled',
      dueAt: '2026-10-24T08:00:00Z',
      title: 'Autumn offer',
    });
    const afterDst = await buildPost(db, w.org, {
      unitId: w.branch,
      authorId: w.hubEditor.id,
      channelIds: [w.mastodon],
      status: 'published',
      dueAt: '2026-10-26T09:00:00Z',
      text: 'Clocks went back; our opening hours did not.',
    });
    const ownDraft = await buildPost(db, w.org, {
      unitId: w.branch,
      authorId: w.viewer.id,
      channelIds: [w.mastodon],
      dueAt: new Date(NOW.getTime() + 179 * DAY),
      text: 'My idea',
    });
    const hiddenDraft = await buildPost(db, w.org, {
      unitId: w.branch,
      authorId: w.colleague.id,
      channelIds: [w.mastodon],
      dueAt: '2026-10-22T08:00:00Z',
      text: 'Not for your eyes',
    });
    const recent = await buildPost(db, w.org, {
      unitId: w.branch,
      authorId: w.hubEditor.id,
      channelIds: [w.bluesky],
      status: 'published',
      dueAt: new Date(NOW.getTime() - 29 * DAY),
      text: 'Recent',
    });
    for (const dueAt of [NOW.getTime() - 31 * DAY, NOW.getTime() + 181 * DAY]) {
      await buildPost(db, w.org, {
        unitId: w.branch,
        authorId: w.hubEditor.id,
        channelIds: [w.bluesky],
        status: 'published',
        dueAt: new Date(dueAt),
        text: 'Out of the feed window',
      });
    }

    const url = await feedUrl(await signIn(server, w.viewer.email));
    expect(url).toMatch(/^\/api\/v1\/calendar\/feed\/mcf_[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await fetchFeed(url);
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('text/calendar; charset=utf-8');
    const { events, timezones } = parseFeed(feed.text);
    expect(timezones).toEqual(['Europe/Berlin']);

    const uid = (post: { variantIds: Record<string, string> }, channel: string) =>
      `${post.variantIds[channel]}@mooring`;
    expect(events.map((e) => e.uid).sort()).toEqual(
      [
        uid(beforeDst, w.mastodon),
        uid(beforeDst, w.bluesky),
        uid(afterDst, w.mastodon),
        uid(ownDraft, w.mastodon),
        uid(recent, w.bluesky),
      ].sort(),
    );
    expect(feed.text).not.toContain(hiddenDraft.variantIds[w.mastodon]);
    expect(feed.text).not.toContain('Not for your eyes');
    expect(feed.text).not.toContain('Out of the feed window');

    const byUid = new Map(events.map((e) => [e.uid, e]));
    const before = byUid.get(uid(beforeDst, w.mastodon))!;
    const after = byUid.get(uid(afterDst, w.mastodon))!;
    expect(before.summary).toBe('[mastodon] Autumn offer');
    expect(after.summary).toBe('[mastodon] Clocks went back; our opening hours did not.');
    expect(byUid.get(uid(beforeDst, w.bluesky))!.summary).toBe('[bluesky] Autumn offer');
    expect(after.description).toContain('Status: published');
    for (const e of [before, after]) {
      expect(e.start.zone?.tzid).toBe('Europe/Berlin');
      expect([e.start.hour, e.start.minute]).toEqual([10, 0]);
    }
    expect(before.start.toJSDate().toISOString()).toBe('2026-10-24T08:00:00.000Z');
    expect(after.start.toJSDate().toISOString()).toBe('2026-10-26T09:00:00.000Z');
  });

  it('rotates the token: the old URL is gone at once; unknown tokens are 404', async () => {
    const w = await berlinWorld();
    const client = await signIn(server, w.viewer.email);
    const first = await client.post('/api/v1/calendar/feed');
    expect(first.body).toEqual({
      token: expect.stringMatching(/^mcf_/),
      url: `/api/v1/calendar/feed/${first.body.token}.ics`,
      createdAt: NOW.toISOString(),
    });
    const stored = await database.db
      .selectFrom('calendar_feeds')
      .select(['token_hash', 'organization_id'])
      .where('member_id', '=', w.viewer.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ token_hash: hashSecret(first.body.token), organization_id: w.org.id });
    expect((await fetchFeed(first.body.url)).status).toBe(200);

    const second = await feedUrl(client);
    expect(second).not.toBe(first.body.url);
    const old = await fetchFeed(first.body.url);
    expect(old.status).toBe(404);
    expect(JSON.parse(old.text).error.details[0].code).toBe('calendar_feed.not_found');
    expect((await fetchFeed(second)).status).toBe(200);

    for (const path of [
      `/api/v1/calendar/feed/mcf_${'A'.repeat(43)}.ics`,
      second.replace('.ics', '.ical'),
      second.replace('.ics', ''),
      '/api/v1/calendar/feed/..%2F..%2Fetc.ics',
    ]) {
      expect((await fetchFeed(path)).status, path).toBe(404);
    }
    // Creating a feed needs a signed-in member.
    const anonymous = await fetch(`${server.url}/api/v1/calendar/feed`, { method: 'POST' });
    expect(anonymous.status).toBe(401);

    const activity = await database.db
      .selectFrom('activity')
      .select('kind')
      .where('organization_id', '=', w.org.id)
      .where('kind', 'like', 'calendar_feed.%')
      .orderBy('id')
      .execute();
    expect(activity.map((a) => a.kind)).toEqual(['calendar_feed.created', 'calendar_feed.rotated']);
  });

  it('writes UTC times for an organization in UTC', async () => {
    const db = database.db;
    const org = await buildOrg(db, { model: 'holistic' });
    const member = await buildMember(db, org);
    const channel = await buildChannel(db, org);
    const post = await buildPost(db, org, {
      unitId: org.rootId,
      authorId: member.id,
      channelIds: [channel],
      dueAt: '2026-11-02T07:30:00Z',
      title: 'Monday',
    });
    const feed = await fetchFeed(await feedUrl(await signIn(server, member.email)));
    const { events, timezones } = parseFeed(feed.text);
    expect(timezones).toEqual([]);
    expect(feed.text).toContain('DTSTART:20261102T073000Z');
    expect(events).toEqual([
      expect.objectContaining({
        uid: `${post.variantIds[channel]}@mooring`,
        summary: '[mastodon] Monday',
      }),
    ]);
  });
});
