import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Budget } from '../src/contracts/reports.ts';
import { slope } from '../src/app/reports/budget.ts';
import { testClock } from './costs-history.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { buildMember, buildOrg, buildUnit, testDeps } from './factories.ts';
import { signIn, startTestServer, type Client, type TestServer } from './http.ts';
import { bodyOf, errorOf } from './responses.ts';

/*
 * The budget view on a fixed history, Europe/Berlin, the server's clock at 2026-03-16 12:00Z.
 * alice (6000 cents/h) records 600 minutes in January (60,000), 900 in February (90,000) and 450
 * so far in March (45,000). A tool of 31,000 cents over 2026-01-01..03-31 (90 days): 344 a day
 * and 40 days with a cent more (01-01..02-09) → January 31 × 345 = 10,695, February
 * 9 × 345 + 19 × 344 = 9,641, March 31 × 344 = 10,664. Budget 100,000 a month.
 */

let database: TestDatabase;
let server: TestServer;
let admin: Client;
let orgId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const clock = testClock(new Date('2026-03-16T12:00:00Z'));
  server = await startTestServer({ ...testDeps(db), now: clock.now });
  const org = await buildOrg(db);
  orgId = org.id;
  await db
    .updateTable('organizations')
    .set({ time_zone: 'Europe/Berlin' })
    .where('id', '=', org.id)
    .execute();
  const unit = await buildUnit(db, org);
  const adminMember = await buildMember(db, org, { admin: true });
  const alice = await buildMember(db, org, { memberships: [{ unitId: unit, role: 'editor' }] });
  await db
    .updateTable('members')
    .set({ hourly_rate_cents: 6000 })
    .where('id', '=', alice.id)
    .execute();
  admin = await signIn(server, adminMember.email);
  const aliceApi = await signIn(server, alice.email);
  for (const [minutes, startedAt] of [
    [600, '2026-01-01T00:30:00+01:00'], // the first minutes of January, local
    [900, '2026-02-28T23:00:00+01:00'], // the last hour of February, local
    [300, '2026-03-01T00:00:00+01:00'],
    [150, '2026-03-16T09:00:00Z'],
    // Before the range: December, local (2025-12-31 23:59 +01:00).
    [999, '2025-12-31T22:59:00Z'],
  ] as const) {
    const res = await aliceApi.post('/api/v1/time', { category: 'create', minutes, startedAt });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  }
  for (const req of [
    admin.put('/api/v1/costs/settings', {
      currency: 'EUR',
      monthlyBudgetCents: 100_000,
      defaultMinutes: [],
    }),
    admin.post('/api/v1/costs/other', {
      kind: 'tool',
      description: 'Suite',
      amountCents: 31_000,
      startsOn: '2026-01-01',
      endsOn: '2026-03-31',
    }),
  ]) {
    const res = await req;
    if (res.status >= 300) throw new Error(JSON.stringify(res.body));
  }
});
afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

describe('GET /reports/budget', () => {
  it('cost per month against the budget, with the change from month to month', async () => {
    const res = await admin.get('/api/v1/reports/budget?months=3');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const b = bodyOf<Budget>(res);
    expect(b).toMatchObject({
      organizationId: orgId,
      currency: 'EUR',
      timeZone: 'Europe/Berlin',
      monthlyBudgetCents: 100_000,
    });
    expect(b.months).toEqual([
      {
        month: '2026-01',
        start: '2025-12-31T23:00:00.000Z',
        staffCostCents: 60_000,
        otherCostCents: 10_695,
        totalCostCents: 70_695,
        budgetCents: 100_000,
        remainingCents: 29_305,
        budgetShare: 0.70695,
        changeCents: null,
        changeShare: null,
        complete: true,
      },
      {
        month: '2026-02',
        start: '2026-01-31T23:00:00.000Z',
        staffCostCents: 90_000,
        otherCostCents: 9_641,
        totalCostCents: 99_641,
        budgetCents: 100_000,
        remainingCents: 359,
        budgetShare: 0.99641,
        changeCents: 28_946,
        changeShare: 28_946 / 70_695,
        complete: true,
      },
      {
        month: '2026-03',
        start: '2026-02-28T23:00:00.000Z',
        staffCostCents: 45_000,
        otherCostCents: 10_664,
        totalCostCents: 55_664,
        budgetCents: 100_000,
        remainingCents: 44_336,
        budgetShare: 0.55664,
        changeCents: -43_977,
        changeShare: -43_977 / 99_641,
        complete: false,
      },
    ]);
  });

  it('projects the current month linearly and fits the trend', async () => {
    const b = bodyOf<Budget>(await admin.get('/api/v1/reports/budget?months=3'));
    // March runs 02-28 23:00Z → 03-31 22:00Z = 743 h; 373 h have passed by 03-16 12:00Z.
    // 45,000 × 743 / 373 = 89,638.07 → 89,638, plus March's share of the tool, 10,664.
    expect(b.current).toEqual({
      month: '2026-03',
      elapsedShare: 373 / 743,
      projectedCents: 100_302,
      projectedBudgetShare: 1.00302,
      projectedChangeCents: 100_302 - 99_641,
      projectedOverBudget: true,
    });
    // Two complete months: the slope is their difference.
    expect(b.trend).toEqual({ slopeCentsPerMonth: 28_946, completeMonths: 2 });
  });

  it('defaults to six months; one month has no change and no trend', async () => {
    const six = bodyOf<Budget>(await admin.get('/api/v1/reports/budget'));
    expect(six.months.map((m) => m.month)).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    // December holds the 999 minutes before the range above: 99,900.
    expect(six.months[2]).toMatchObject({ staffCostCents: 99_900, otherCostCents: 0 });
    const one = bodyOf<Budget>(await admin.get('/api/v1/reports/budget?months=1'));
    expect(one.months).toHaveLength(1);
    expect(one.months[0]!.changeCents).toBeNull();
    expect(one.current.projectedChangeCents).toBeNull();
    expect(one.trend).toEqual({ slopeCentsPerMonth: null, completeMonths: 0 });
  });

  it('refuses a number of months out of range', async () => {
    for (const months of ['0', '37', 'x', '1.5']) {
      const res = await admin.get(`/api/v1/reports/budget?months=${months}`);
      expect(res.status, months).toBe(400);
      expect(errorOf(res).details[0]?.path).toBe('querystring.months');
    }
  });
});

describe('slope', () => {
  it('is the least-squares slope', () => {
    expect(slope([])).toBeNull();
    expect(slope([5])).toBeNull();
    expect(slope([1, 2, 3, 4])).toBe(1);
    // x̄ = 1, ȳ = 4: ((−1)(−3) + 0 + (1)(3)) / 2 = 3
    expect(slope([1, 5, 7])).toBe(3);
  });
});
