import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CostFiguresView, CostReport, CostRowView } from '../src/contracts/reports.ts';
import { buildCostHistory, testClock, type CostHistory } from './costs-history.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { testDeps } from './factories.ts';
import { startTestServer, type TestServer } from './http.ts';
import { bodyOf, errorOf } from './responses.ts';

/*
 * The cost report on the fixed history of costs-history.ts. Every expectation is worked out by
 * hand from its table; the arithmetic is written next to each.
 *
 * Minutes and cent-minutes (minutes × rate) per member:
 *   alice  30 + 15 + 20 + 10 + 60 = 135   × 6000 = 810,000
 *   e1      5 + 10 + 5           =  20   × 9000 = 180,000
 *   e2     20                    =  20   × 7200 = 144,000
 *   bob    45 + 7                =  52   × 4550 = 236,600
 *   dave  120                    = 120   ×    0 =       0
 *   all                            347            1,370,600
 * Categories: create 30+15+45+20+10 = 120, review 10+20+5 = 35, coordinate 5, respond 7,
 * train 120, plan 60.
 */

let database: TestDatabase;
let server: TestServer;
let h: CostHistory;

beforeAll(async () => {
  database = await createTestDatabase();
  const clock = testClock(new Date());
  const deps = { ...testDeps(database.db), now: clock.now };
  server = await startTestServer(deps);
  h = await buildCostHistory(deps, server, clock);
});
afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

const report = async (query: string, who: keyof CostHistory['clients'] = 'admin') => {
  const q = `from=${encodeURIComponent(h.range.from)}&to=${encodeURIComponent(h.range.to)}&${query}`;
  const res = await h.clients[who].get(`/api/v1/reports/costs?${q}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return bodyOf<CostReport>(res);
};
const row = (r: CostReport, key: string | null): CostRowView => {
  const found = r.rows.find((x) => x.key === key);
  if (!found) throw new Error(`no row ${key} in ${JSON.stringify(r.rows.map((x) => x.key))}`);
  return found;
};
const money = (f: CostFiguresView) => ({
  minutes: f.minutes,
  costCents: f.costCents,
  otherCostCents: f.otherCostCents,
  totalCostCents: f.totalCostCents,
  publishedPosts: f.publishedPosts,
  costPerPublishedPostCents: f.costPerPublishedPostCents,
  totalCostPerPublishedPostCents: f.totalCostPerPublishedPostCents,
});

describe('the total', () => {
  it('hours, cost, cost per published post and the coordination share', async () => {
    const { total } = await report('groupBy=unit');
    expect(total.minutesByCategory).toEqual({
      create: 120,
      review: 35,
      coordinate: 5,
      respond: 7,
      train: 120,
      plan: 60,
    });
    expect(money(total)).toEqual({
      minutes: 347,
      // 1,370,600 / 60 = 22,843.33 → 22,843
      costCents: 22_843,
      otherCostCents: 10_000,
      totalCostCents: 32_843,
      // P1, P2, P3 (P4 is in review)
      publishedPosts: 3,
      // 1,370,600 / (60 × 3) = 7,614.44 → 7,614
      costPerPublishedPostCents: 7_614,
      // (1,370,600 + 60 × 10,000) / 180 = 10,947.78 → 10,948
      totalCostPerPublishedPostCents: 10_948,
    });
    // 347 / 60 = 5.7833
    expect(total.hours).toBe(5.78);
    // (35 + 5) / 347
    expect(total.coordinationShare).toBeCloseTo(40 / 347, 12);
  });

  it('approval waits (median, p90) and draft → published', async () => {
    const { total } = await report('groupBy=period&period=month');
    // Waits 90 (P1), 30 (P2), 300 (P3): sorted 30, 90, 300 → median rank ⌈1.5⌉ = 2 → 90,
    // p90 rank ⌈2.7⌉ = 3 → 300; P4's step is still open.
    expect(total.approvalWait).toEqual({ count: 3, medianMinutes: 90, p90Minutes: 300, open: 1 });
    // P1 0 → 240, P2 200 → 300, P3 400 → 820 (its last channel): 100, 240, 420.
    expect(total.draftToPublished).toEqual({ count: 3, medianMinutes: 240, p90Minutes: 420 });
  });

  it('is the same whatever the grouping', async () => {
    const totals = await Promise.all(
      ['period', 'unit', 'channel', 'campaign', 'member', 'post'].map(
        async (by) => (await report(`groupBy=${by}`)).total,
      ),
    );
    for (const t of totals) expect(t).toEqual(totals[0]);
  });
});

describe('per unit', () => {
  it('attributes time by post, subject, channel or the member’s one unit', async () => {
    const r = await report('groupBy=unit');
    // U1: alice 135 (her posts, and the timer by her one unit) + e1 20 on U1's posts;
    // 810,000 + 180,000 = 990,000 → 16,500; published P1, P3: 990,000 / 120 = 8,250.
    expect(money(row(r, h.units.u1))).toEqual({
      minutes: 155,
      costCents: 16_500,
      otherCostCents: 0,
      totalCostCents: 16_500,
      publishedPosts: 2,
      costPerPublishedPostCents: 8_250,
      totalCostPerPublishedPostCents: 8_250,
    });
    expect(row(r, h.units.u1).label).toBe('Unit one');
    // Waits of P1 (90), P3 (300) and P4's open step: median rank 1 → 90, p90 rank 2 → 300.
    expect(row(r, h.units.u1).approvalWait).toEqual({
      count: 2,
      medianMinutes: 90,
      p90Minutes: 300,
      open: 1,
    });
    // U2: e2 20 on P2, bob 45 + 7 (respond entry names U2), dave 120 (his one unit);
    // 144,000 + 236,600 = 380,600 → 6,343.33 → 6,343; P2 published → 6,343.
    expect(money(row(r, h.units.u2))).toEqual({
      minutes: 192,
      costCents: 6_343,
      otherCostCents: 0,
      totalCostCents: 6_343,
      publishedPosts: 1,
      costPerPublishedPostCents: 6_343,
      totalCostPerPublishedPostCents: 6_343,
    });
    // (20 review) / 192
    expect(row(r, h.units.u2).coordinationShare).toBeCloseTo(20 / 192, 12);
    // The ads cost names no unit: the null row, last.
    expect(r.rows.at(-1)).toMatchObject({ key: null, minutes: 0, otherCostCents: 10_000 });
    expect(r.rows).toHaveLength(3);
  });
});

describe('per channel', () => {
  it('spreads time on a post over its channels, the odd minute to the first', async () => {
    const r = await report('groupBy=channel');
    // P3 on C1 and C2: alice 20 → 10 + 10, e1 5 → 3 (C1) + 2 (C2).
    // C1: alice 30 + 15 + 10 = 55 (330,000), e1 5 + 10 + 3 = 18 (162,000) → 73, 8,200;
    //     published P1 and P3 → 492,000 / 120 = 4,100.
    expect(money(row(r, h.channels.c1))).toMatchObject({
      minutes: 73,
      costCents: 8_200,
      publishedPosts: 2,
      costPerPublishedPostCents: 4_100,
    });
    // C2: alice 10 + 10 (P4) = 20 (120,000), e1 2 (18,000) → 22, 2,300; P3 published, P4 not.
    expect(money(row(r, h.channels.c2))).toMatchObject({
      minutes: 22,
      costCents: 2_300,
      publishedPosts: 1,
      costPerPublishedPostCents: 2_300,
    });
    // C3: bob 45 (204,750), e2 20 (144,000) → 65, 348,750 / 60 = 5,812.5 → 5,813.
    expect(money(row(r, h.channels.c3))).toMatchObject({ minutes: 65, costCents: 5_813 });
    // No channel: bob's respond 7 (31,850), dave 120 (0), alice's timer 60 (360,000)
    // → 187, 391,850 / 60 = 6,530.83 → 6,531; and the ads cost.
    expect(money(row(r, null))).toMatchObject({
      minutes: 187,
      costCents: 6_531,
      otherCostCents: 10_000,
      totalCostCents: 16_531,
    });
    expect(r.rows.reduce((s, x) => s + x.minutes, 0)).toBe(347);
  });
});

describe('per campaign, member and post', () => {
  it('per campaign', async () => {
    const r = await report('groupBy=campaign');
    // K: P1's time, alice 45 (270,000) + e1 15 (135,000) = 405,000 → 6,750; P1 published.
    expect(money(row(r, h.campaign))).toMatchObject({
      minutes: 60,
      costCents: 6_750,
      publishedPosts: 1,
      costPerPublishedPostCents: 6_750,
    });
    expect(row(r, h.campaign).label).toBe('Campaign K');
    expect(row(r, h.campaign).draftToPublished).toEqual({
      count: 1,
      medianMinutes: 240,
      p90Minutes: 240,
    });
    // The rest: 347 − 60.
    expect(row(r, null).minutes).toBe(287);
  });

  it('per member: their time at their rate, and the posts they wrote', async () => {
    const r = await report('groupBy=member');
    // alice: 810,000 → 13,500; she wrote P1 and P3 (published): 810,000 / 120 = 6,750.
    expect(money(row(r, h.members.alice.id))).toMatchObject({
      minutes: 135,
      costCents: 13_500,
      publishedPosts: 2,
      costPerPublishedPostCents: 6_750,
    });
    expect(row(r, h.members.alice.id).label).toBe('Alice');
    // bob: 236,600 → 3,943.33 → 3,943; P2.
    expect(money(row(r, h.members.bob.id))).toMatchObject({
      minutes: 52,
      costCents: 3_943,
      publishedPosts: 1,
      costPerPublishedPostCents: 3_943,
    });
    // e1: 180,000 → 3,000, wrote nothing; dave: hours without cost.
    expect(money(row(r, h.members.e1.id))).toMatchObject({
      minutes: 20,
      costCents: 3_000,
      publishedPosts: 0,
      costPerPublishedPostCents: null,
    });
    expect(money(row(r, h.members.dave.id))).toMatchObject({ minutes: 120, costCents: 0 });
    expect(row(r, h.members.dave.id).hours).toBe(2);
    // Other costs are nobody's: in the total only.
    expect(r.rows.some((x) => x.otherCostCents > 0)).toBe(false);
    expect(r.total.otherCostCents).toBe(10_000);
  });

  it('per post', async () => {
    const r = await report('groupBy=post');
    // P3: alice 20 (120,000) + e1 5 (45,000) = 165,000 → 2,750; wait 300; 420 to publish.
    expect(row(r, h.posts.p3)).toMatchObject({
      label: 'Third',
      minutes: 25,
      costCents: 2_750,
      publishedPosts: 1,
      costPerPublishedPostCents: 2_750,
      approvalWait: { count: 1, medianMinutes: 300, p90Minutes: 300, open: 0 },
      draftToPublished: { count: 1, medianMinutes: 420, p90Minutes: 420 },
    });
    // P4: alice 10, in review.
    expect(row(r, h.posts.p4)).toMatchObject({
      minutes: 10,
      costCents: 1_000,
      publishedPosts: 0,
      costPerPublishedPostCents: null,
      approvalWait: { count: 0, open: 1 },
    });
  });
});

describe('who sees what', () => {
  it('a unit lead sees the units they lead, nothing else', async () => {
    const r = await report('groupBy=unit', 'lead');
    expect(r.rows.map((x) => x.key)).toEqual([h.units.u1]);
    // U1 as above; the ads cost names no unit of theirs.
    expect(money(r.total)).toMatchObject({ minutes: 155, costCents: 16_500, otherCostCents: 0 });
    expect(r.total.publishedPosts).toBe(2);
    const outside = await h.clients.lead.get(`/api/v1/reports/costs?unitId=${h.units.u2}`);
    expect(outside.status).toBe(403);
    expect(errorOf(outside).details[0]).toMatchObject({
      code: 'reports.outside_scope',
      path: 'querystring.unitId',
    });
  });

  it('an admin may narrow the report to a unit', async () => {
    const r = await report(`groupBy=member&unitId=${h.units.u2}`);
    expect(r.unitId).toBe(h.units.u2);
    expect(r.total.minutes).toBe(192);
    expect(r.rows.map((x) => x.key).sort()).toEqual(
      [h.members.bob.id, h.members.dave.id, h.members.e2.id].sort(),
    );
  });

  it('members without a lead role, editors included, see no cost report', async () => {
    for (const who of ['alice', 'e1', 'dave'] as const) {
      const res = await h.clients[who].get('/api/v1/reports/costs');
      expect(res.status, who).toBe(403);
      expect(errorOf(res).details[0]?.code).toBe('reports.lead_or_admin_required');
    }
  });

  it('what-if and budget are for admins', async () => {
    for (const path of ['/api/v1/reports/what-if', '/api/v1/reports/budget']) {
      const res = await h.clients.lead.get(path);
      expect(res.status, path).toBe(403);
      expect(errorOf(res).details[0]?.code).toBe('org.admin_required');
    }
  });
});

describe('the range', () => {
  it('leaves out what lies outside it', async () => {
    const upTo = async (daysAgo: number) => {
      const to = new Date(Date.now() - daysAgo * 86_400_000).toISOString();
      const q = `from=${encodeURIComponent(h.range.from)}&to=${encodeURIComponent(to)}`;
      return bodyOf<CostReport>(await h.clients.admin.get(`/api/v1/reports/costs?${q}`)).total;
    };
    // The log was written today (the database's clock); the posts and time entries five days
    // ago (the test's clock), the ads cost three days ago. Up to yesterday: all but the log, so
    // the time entries only: respond 7 + train 120 + plan 60.
    expect(await upTo(1)).toMatchObject({
      minutes: 187,
      publishedPosts: 3,
      otherCostCents: 10_000,
      minutesByCategory: { create: 0, review: 0, coordinate: 0, respond: 7, train: 120, plan: 60 },
    });
    // Up to six days ago: nothing at all.
    expect(await upTo(6)).toMatchObject({ minutes: 0, publishedPosts: 0, otherCostCents: 0 });
    expect((await upTo(6)).approvalWait.count).toBe(0);
  });

  it('refuses a range that ends before it starts, or spans more than 366 days', async () => {
    const bad = async (q: string, code: string) => {
      const res = await h.clients.admin.get(`/api/v1/reports/costs?${q}`);
      expect(res.status, q).toBe(400);
      expect(errorOf(res).details[0]).toMatchObject({ code, path: 'querystring.to' });
    };
    await bad('from=2026-03-02&to=2026-03-01', 'range.order');
    await bad('from=2025-01-01&to=2026-01-02', 'range.too_long');
    const res = await h.clients.admin.get('/api/v1/reports/costs?from=2026-02-30');
    expect(res.status).toBe(400);
    expect(errorOf(res).details[0]?.path).toBe('querystring.from');
  });
});
