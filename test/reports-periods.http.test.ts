import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CostReport } from '../src/contracts/reports.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import {
  buildChannel,
  buildMember,
  buildOrg,
  buildPost,
  buildUnit,
  testDeps,
} from './factories.ts';
import { signIn, type Client, type TestServer, startTestServer } from './http.ts';
import { bodyOf } from './responses.ts';

/*
 * Cost reports per day, ISO week and month in the organization's time zone (Europe/Berlin:
 * UTC+1 until 2026-03-29 02:00, then UTC+2), with other costs spread over their days, and the
 * CSV export. Time entries through the API with fixed times; posts by the factories.
 *
 *  UTC time           who    category   min  cents (rate)          Berlin      week  month
 *  2026-03-02 08:00   alice  create      30  180,000 → 3,000      03-02       W10   03
 *  2026-03-03 23:30   bob    create      45  204,750 → 3,412.5    03-04 00:30 W10   03
 *  2026-03-29 00:30   alice  review      20  120,000 → 2,000      03-29 01:30 W13   03
 *  2026-03-31 22:30   alice  plan        60  360,000 → 6,000      04-01 00:30 W14   04
 *  2026-04-05 21:59   bob    respond      7   31,850 → 530.83     04-05 23:59 W14   04
 * Rates: alice 6000, bob 4550. Posts: P created 03-28 10:00Z, published 03-29 22:30Z (03-30
 * 00:30 local, W14, March), titled to test CSV quoting; Q created 03-31 21:00Z (23:00 local,
 * March), not published. Other cost: 1,001 cents over 03-30..04-02 → 251, 250, 250, 250.
 */

let database: TestDatabase;
let server: TestServer;
let admin: Client;
let posts: { p: string; q: string };

const TITLE = '=SUM(A1), "quoted"\nline';

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  server = await startTestServer(testDeps(db));
  const org = await buildOrg(db, { model: 'decentralized' });
  await db
    .updateTable('organizations')
    .set({ time_zone: 'Europe/Berlin' })
    .where('id', '=', org.id)
    .execute();
  const unit = await buildUnit(db, org);
  const adminMember = await buildMember(db, org, { admin: true });
  const alice = await buildMember(db, org, { memberships: [{ unitId: unit, role: 'editor' }] });
  const bob = await buildMember(db, org, { memberships: [{ unitId: unit, role: 'editor' }] });
  for (const [m, rate] of [
    [alice, 6000],
    [bob, 4550],
  ] as const) {
    await db
      .updateTable('members')
      .set({ hourly_rate_cents: rate })
      .where('id', '=', m.id)
      .execute();
  }
  const channel = await buildChannel(db, org, { unitId: unit });
  const p = await buildPost(db, org, {
    unitId: unit,
    authorId: alice.id,
    channelIds: [channel],
    status: 'published',
    dueAt: '2026-03-29T22:00:00Z',
    title: TITLE,
  });
  await db
    .updateTable('deliveries')
    .set({ published_at: new Date('2026-03-29T22:30:00Z') })
    .where('post_id', '=', p.id)
    .execute();
  const q = await buildPost(db, org, { unitId: unit, authorId: bob.id, channelIds: [channel] });
  for (const [id, created] of [
    [p.id, '2026-03-28T10:00:00Z'],
    [q.id, '2026-03-31T21:00:00Z'],
  ] as const) {
    await db
      .updateTable('posts')
      .set({ created_at: new Date(created) })
      .where('id', '=', id)
      .execute();
  }
  posts = { p: p.id, q: q.id };

  admin = await signIn(server, adminMember.email);
  const clients = {
    alice: await signIn(server, alice.email),
    bob: await signIn(server, bob.email),
  };
  for (const [who, category, minutes, startedAt] of [
    ['alice', 'create', 30, '2026-03-02T08:00:00Z'],
    ['bob', 'create', 45, '2026-03-03T23:30:00Z'],
    ['alice', 'review', 20, '2026-03-29T00:30:00Z'],
    ['alice', 'plan', 60, '2026-03-31T22:30:00Z'],
    ['bob', 'respond', 7, '2026-04-05T21:59:00Z'],
  ] as const) {
    const res = await clients[who].post('/api/v1/time', { category, minutes, startedAt });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  }
  const cost = await admin.post('/api/v1/costs/other', {
    kind: 'tool',
    description: 'Scheduling tool',
    amountCents: 1_001,
    startsOn: '2026-03-30',
    endsOn: '2026-04-02',
  });
  if (cost.status !== 201) throw new Error(JSON.stringify(cost.body));
});
afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

const RANGE = 'from=2026-03-01&to=2026-04-30';
/** The test client returns the response headers too (its type leaves them out). */
const headersOf = (res: object) => (res as { headers: Headers }).headers;

async function report(query: string): Promise<CostReport> {
  const res = await admin.get(`/api/v1/reports/costs?${RANGE}&${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return bodyOf<CostReport>(res);
}

const brief = (r: CostReport) =>
  r.rows.map((x) => ({
    key: x.key,
    start: x.start,
    minutes: x.minutes,
    costCents: x.costCents,
    otherCostCents: x.otherCostCents,
    publishedPosts: x.publishedPosts,
  }));

describe('periods in the organization’s time zone', () => {
  it('a day given as `to` is included: the range ends at the next local midnight', async () => {
    const r = await report('groupBy=period');
    expect(r.from).toBe('2026-02-28T23:00:00.000Z');
    expect(r.to).toBe('2026-04-30T22:00:00.000Z');
    expect(r.timeZone).toBe('Europe/Berlin');
  });

  it('per month', async () => {
    const r = await report('groupBy=period&period=month');
    expect(brief(r)).toEqual([
      // 180,000 + 204,750 + 120,000 = 504,750 → 8,412.5 → 8,413; other 251 + 250; P.
      {
        key: '2026-03',
        start: '2026-02-28T23:00:00.000Z',
        minutes: 95,
        costCents: 8_413,
        otherCostCents: 501,
        publishedPosts: 1,
      },
      // 360,000 + 31,850 = 391,850 → 6,530.83 → 6,531; other 250 + 250.
      {
        key: '2026-04',
        start: '2026-03-31T22:00:00.000Z',
        minutes: 67,
        costCents: 6_531,
        otherCostCents: 500,
        publishedPosts: 0,
      },
    ]);
    // (504,750 + 60 × 501) / 60 = 8,913.5 → 8,914
    expect(r.rows[0]!.totalCostPerPublishedPostCents).toBe(8_914);
    expect(r.rows[0]!.totalCostCents).toBe(8_914);
    expect(r.rows[0]!.coordinationShare).toBeCloseTo(20 / 95, 12);
  });

  it('per ISO week', async () => {
    const r = await report('groupBy=period&period=week');
    expect(brief(r)).toEqual([
      // 180,000 + 204,750 = 384,750 → 6,412.5 → 6,413
      {
        key: '2026-W10',
        start: '2026-03-01T23:00:00.000Z',
        minutes: 75,
        costCents: 6_413,
        otherCostCents: 0,
        publishedPosts: 0,
      },
      // Sunday 03-29 01:30 local, before the clocks change.
      {
        key: '2026-W13',
        start: '2026-03-22T23:00:00.000Z',
        minutes: 20,
        costCents: 2_000,
        otherCostCents: 0,
        publishedPosts: 0,
      },
      // Monday 03-30 (summer time) to Sunday 04-05 23:59: P, all of the tool.
      {
        key: '2026-W14',
        start: '2026-03-29T22:00:00.000Z',
        minutes: 67,
        costCents: 6_531,
        otherCostCents: 1_001,
        publishedPosts: 1,
      },
    ]);
  });

  it('per day', async () => {
    const r = await report('groupBy=period&period=day');
    expect(r.rows.map((x) => [x.key, x.minutes, x.costCents, x.otherCostCents])).toEqual([
      ['2026-03-02', 30, 3_000, 0],
      ['2026-03-04', 45, 3_413, 0],
      ['2026-03-29', 20, 2_000, 0],
      ['2026-03-30', 0, 0, 251],
      ['2026-03-31', 0, 0, 250],
      ['2026-04-01', 60, 6_000, 250],
      ['2026-04-02', 0, 0, 250],
      ['2026-04-05', 7, 531, 0],
    ]);
    // Q, unpublished, is placed by its creation (03-31 23:00 local): its day has no publication.
    expect(r.rows[4]!.publishedPosts).toBe(0);
    expect(r.rows[3]!.publishedPosts).toBe(1);
    expect(r.rows[3]!.draftToPublished).toEqual({
      count: 1,
      medianMinutes: 2_190, // 03-28 10:00Z → 03-29 22:30Z = 36.5 h
      p90Minutes: 2_190,
    });
  });
});

describe('CSV', () => {
  it('quotes fields, keeps formulas inert, ends lines in CRLF, and ends with the total', async () => {
    const res = await admin.get(`/api/v1/reports/costs.csv?${RANGE}&groupBy=post`);
    expect(res.status).toBe(200);
    expect(headersOf(res).get('content-type')).toBe('text/csv; charset=utf-8');
    expect(headersOf(res).get('content-disposition')).toBe(
      'attachment; filename="costs-post-2026-02-28.csv"',
    );
    const text = res.body as string;
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rest] = text.slice(0, -2).split('\r\n');
    expect(header).toBe(
      'row,key,label,start,currency,minutes,hours,cost,other_cost,total_cost,create_minutes,' +
        'review_minutes,coordinate_minutes,respond_minutes,train_minutes,plan_minutes,' +
        'coordination_share,published_posts,cost_per_published_post,' +
        'total_cost_per_published_post,approval_wait_count,approval_wait_median_minutes,' +
        'approval_wait_p90_minutes,approval_wait_open,draft_to_published_count,' +
        'draft_to_published_median_minutes,draft_to_published_p90_minutes',
    );
    expect(rest).toContain(
      `group,${posts.p},"'=SUM(A1), ""quoted""\nline",,EUR,0,0.00,0.00,0.00,0.00,0,0,0,0,0,0,,` +
        '1,0.00,0.00,0,,,0,1,2190,2190',
    );
    expect(rest).toContain(
      `group,${posts.q},,,EUR,0,0.00,0.00,0.00,0.00,0,0,0,0,0,0,,0,,,0,,,0,0,,`,
    );
    // All time: 162 minutes = 2.70 h; 896,600 / 60 = 14,943.33 → 149.43; tool 10.01;
    // share 20 / 162 = 0.1235; per published post 149.43 and (896,600 + 60,060) / 60 → 159.44.
    expect(rest.at(-1)).toBe(
      'total,,,,EUR,162,2.70,149.43,10.01,159.44,75,20,0,7,0,60,0.1235,1,149.43,159.44,0,,,0,1,2190,2190',
    );
    // Time on no post is the null row: key and label empty.
    expect(rest).toContain(
      'group,,,,EUR,162,2.70,149.43,0.00,149.43,75,20,0,7,0,60,0.1235,0,,,0,,,0,0,,',
    );
    expect(rest).toHaveLength(4);
  });
});
