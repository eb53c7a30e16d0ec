import type { Deps } from '../src/app/deps.ts';
import { claimDeliveries } from '../src/jobs/deliveries/claim.ts';
import { recordOutcome } from '../src/jobs/deliveries/record.ts';
import {
  buildCampaign,
  buildChannel,
  buildMember,
  buildOrg,
  buildUnit,
  type BuiltMember,
  type BuiltOrg,
} from './factories.ts';
import { signIn, type Client, type TestServer } from './http.ts';

/**
 * A small fixed history for the cost report tests, written through the real API (posts,
 * approvals, comments, schedules, time entries, a timer) and the real delivery worker's claim and
 * record. Every figure the tests expect is worked out by hand from the table below.
 *
 * Coordinated; a hub covering the root. Rates in cents per hour:
 *   alice  contributor in U1   6000      bob   contributor in U2   4550
 *   e1     hub editor          9000      e2    hub editor          7200
 *   dave   member in U2           0      lead  lead of U1          5000 (spends nothing)
 * Channels C1, C2 of U1, C3 of U2; campaign K. Default minutes: comment.created = 5.
 *
 *  t (min)  who    what                                   minutes  category
 *     0     alice  creates P1 [C1] in K                        30  create
 *    60     alice  submits P1 (hub step opens)                 15  create
 *   100     e1     comments on P1                          5 dflt  coordinate
 *   150     e1     approves P1 (wait 90)                       10  review
 *   160     alice  schedules P1 at 240                          –
 *   200     bob    creates P2 [C3]                             45  create
 *   210     bob    submits P2                                   –
 *   240     e2     approves P2 (wait 30)                       20  review
 *   240            P1 published (draft → published 240)
 *   250     bob    schedules P2 at 300
 *   300            P2 published (100)
 *   400     alice  creates P3 [C1, C2]                         20  create
 *   410     alice  submits P3
 *   710     e1     approves P3 (wait 300)                       5  review
 *   720     alice  schedules P3: C1 at 760, C2 at 820
 *   760            P3 out on C1;  820 out on C2: published (420)
 *   900     alice  creates P4 [C2]                             10  create
 *   905     alice  submits P4: its hub step stays open
 *   950     bob    records 7 respond minutes (measured, U2)     7  respond
 *   960     dave   records 120 train minutes by hand          120  train
 *  1000     alice  starts a plan timer; 1060 stops it          60  plan
 *
 * Plus an ads cost of 10,000 cents on one day, for nothing in particular.
 *
 * The API writes the activity log with the database's clock (now), the posts and time entries
 * with the server's (the test's clock, which starts 5 days ago): the report range is the ten days
 * around now, which holds both.
 */
export interface CostHistory {
  org: BuiltOrg;
  units: { hub: string; u1: string; u2: string };
  channels: { c1: string; c2: string; c3: string };
  campaign: string;
  posts: { p1: string; p2: string; p3: string; p4: string };
  members: Record<'admin' | 'alice' | 'bob' | 'e1' | 'e2' | 'dave' | 'lead', BuiltMember>;
  clients: Record<'admin' | 'alice' | 'bob' | 'e1' | 'e2' | 'dave' | 'lead', Client>;
  /** The ads cost's day (local date of the organization, UTC). */
  adsDay: string;
  /** The report range: ten days around now. */
  range: { from: string; to: string };
}

/** A clock the server reads (`deps.now`), moved by the test. */
export interface TestClock {
  now: () => Date;
  set: (at: Date) => void;
}

export function testClock(start: Date): TestClock {
  let at = start;
  return { now: () => new Date(at), set: (d) => (at = d) };
}

async function ok<T = any>(
  res: Promise<{ status: number; body: any }>,
  status: number,
  what: string,
): Promise<T> {
  const r = await res;
  if (r.status !== status) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as T;
}

/** Publishes every delivery due at `at` through the worker's claim and record, at `at`. */
export async function publishDue(deps: Deps, clock: TestClock, at: Date): Promise<number> {
  clock.set(at);
  const claimed = await claimDeliveries(deps.db, {
    workerId: 'test',
    limit: 100,
    leaseMs: 60_000,
    now: at,
  });
  for (const c of claimed) {
    await recordOutcome(deps, c, {
      kind: 'published',
      published: { externalId: `ext-${c.id}`, url: null },
    });
  }
  return claimed.length;
}

export async function buildCostHistory(
  deps: Deps,
  server: TestServer,
  clock: TestClock,
): Promise<CostHistory> {
  const db = deps.db;
  const realNow = Date.now();
  const t0 = Math.floor((realNow - 5 * 86_400_000) / 60_000) * 60_000;
  const at = (minutes: number) => new Date(t0 + minutes * 60_000);
  clock.set(at(0));

  const org = await buildOrg(db, { model: 'coordinated' });
  const hub = await buildUnit(db, org, {
    name: 'Hub',
    kind: 'team',
    isHub: true,
    covers: org.rootId,
  });
  const u1 = await buildUnit(db, org, { name: 'Unit one' });
  const u2 = await buildUnit(db, org, { name: 'Unit two' });
  const member = (unitId: string | null, role: 'contributor' | 'editor' | 'lead' | 'member') =>
    buildMember(db, org, { memberships: unitId ? [{ unitId, role }] : [] });
  const members = {
    admin: await buildMember(db, org, { admin: true }),
    alice: await member(u1, 'contributor'),
    bob: await member(u2, 'contributor'),
    e1: await member(hub, 'editor'),
    e2: await member(hub, 'editor'),
    dave: await member(u2, 'member'),
    lead: await member(u1, 'lead'),
  };
  const rates: Partial<Record<keyof typeof members, number>> = {
    alice: 6000,
    bob: 4550,
    e1: 9000,
    e2: 7200,
    lead: 5000,
  };
  for (const [who, rate] of Object.entries(rates)) {
    await db
      .updateTable('members')
      .set({ hourly_rate_cents: rate })
      .where('id', '=', members[who as keyof typeof members].id)
      .execute();
  }
  await db
    .updateTable('members')
    .set({ name: 'Alice' })
    .where('id', '=', members.alice.id)
    .execute();
  const c1 = await buildChannel(db, org, { unitId: u1 });
  const c2 = await buildChannel(db, org, {
    unitId: u1,
    network: 'bluesky',
    handle: `c2-${org.id.slice(0, 8)}.bsky.example`,
  });
  const c3 = await buildChannel(db, org, { unitId: u2 });
  const campaign = await buildCampaign(db, org, { name: 'Campaign K' });
  const clients = Object.fromEntries(
    await Promise.all(
      Object.entries(members).map(async ([who, m]) => [who, await signIn(server, m.email)]),
    ),
  ) as CostHistory['clients'];
  const { alice, bob, e1, e2, dave, admin } = clients;

  await ok(
    admin.put('/api/v1/costs/settings', {
      currency: 'EUR',
      monthlyBudgetCents: null,
      defaultMinutes: [{ kind: 'comment.created', minutes: 5 }],
    }),
    200,
    'settings',
  );

  const variant = (channelId: string, text: string) => ({ channelId, text });
  const create = async (who: Client, t: number, body: object, what: string) => {
    clock.set(at(t));
    return (await ok<{ id: string; version: number }>(who.post('/api/v1/posts', body), 201, what))
      .id;
  };
  const step = async (t: number, req: Promise<{ status: number; body: any }>, what: string) => {
    clock.set(at(t));
    return ok(req, 200, what);
  };
  const schedule = (who: Client, id: string, t: number, due: Record<string, number>) => {
    clock.set(at(t));
    return ok(
      who.put(`/api/v1/posts/${id}/schedule`, {
        variants: Object.entries(due).map(([channelId, m]) => ({
          channelId,
          dueAt: at(m).toISOString(),
        })),
      }),
      200,
      'schedule',
    );
  };

  const p1 = await create(
    alice,
    0,
    {
      title: 'First',
      language: 'en',
      campaignId: campaign,
      variants: [variant(c1, 'One')],
      spentMinutes: 30,
    },
    'P1',
  );
  await step(60, alice.post(`/api/v1/posts/${p1}/submit`, { spentMinutes: 15 }), 'submit P1');
  clock.set(at(100));
  await ok(e1.post(`/api/v1/posts/${p1}/comments`, { body: 'Looks good' }), 201, 'comment');
  await step(
    150,
    e1.post(`/api/v1/posts/${p1}/approval`, { decision: 'approve', spentMinutes: 10 }),
    'approve P1',
  );
  await schedule(alice, p1, 160, { [c1]: 240 });

  const p2 = await create(
    bob,
    200,
    { title: 'Second', language: 'en', variants: [variant(c3, 'Two')], spentMinutes: 45 },
    'P2',
  );
  await step(210, bob.post(`/api/v1/posts/${p2}/submit`, {}), 'submit P2');
  await step(
    240,
    e2.post(`/api/v1/posts/${p2}/approval`, { decision: 'approve', spentMinutes: 20 }),
    'approve P2',
  );
  if ((await publishDue(deps, clock, at(240))) !== 1) throw new Error('P1 not published');
  await schedule(bob, p2, 250, { [c3]: 300 });
  if ((await publishDue(deps, clock, at(300))) !== 1) throw new Error('P2 not published');

  const p3 = await create(
    alice,
    400,
    {
      title: 'Third',
      language: 'en',
      variants: [variant(c1, 'Three'), variant(c2, 'Three')],
      spentMinutes: 20,
    },
    'P3',
  );
  await step(410, alice.post(`/api/v1/posts/${p3}/submit`, {}), 'submit P3');
  await step(
    710,
    e1.post(`/api/v1/posts/${p3}/approval`, { decision: 'approve', spentMinutes: 5 }),
    'approve P3',
  );
  await schedule(alice, p3, 720, { [c1]: 760, [c2]: 820 });
  if ((await publishDue(deps, clock, at(760))) !== 1) throw new Error('P3 not out on C1');
  if ((await publishDue(deps, clock, at(820))) !== 1) throw new Error('P3 not out on C2');

  const p4 = await create(
    alice,
    900,
    { title: 'Fourth', language: 'en', variants: [variant(c2, 'Four')], spentMinutes: 10 },
    'P4',
  );
  await step(905, alice.post(`/api/v1/posts/${p4}/submit`, {}), 'submit P4');

  clock.set(at(950));
  await ok(
    bob.post('/api/v1/time', { category: 'respond', minutes: 7, source: 'measured', unitId: u2 }),
    201,
    'respond',
  );
  clock.set(at(960));
  await ok(dave.post('/api/v1/time', { category: 'train', minutes: 120 }), 201, 'train');
  clock.set(at(1000));
  const timer = await ok<{ id: string }>(
    alice.post('/api/v1/timers', { category: 'plan' }),
    201,
    'timer',
  );
  clock.set(at(1060));
  await ok(alice.post(`/api/v1/timers/${timer.id}/stop`), 200, 'stop');

  const adsDay = new Date(realNow - 3 * 86_400_000).toISOString().slice(0, 10);
  await ok(
    admin.post('/api/v1/costs/other', {
      kind: 'ads',
      description: 'Boosted post',
      amountCents: 10_000,
      startsOn: adsDay,
      endsOn: adsDay,
    }),
    201,
    'ads',
  );
  clock.set(new Date(realNow));
  return {
    org,
    units: { hub, u1, u2 },
    channels: { c1, c2, c3 },
    campaign,
    posts: { p1, p2, p3, p4 },
    members,
    clients,
    adsDay,
    range: {
      from: new Date(realNow - 10 * 86_400_000).toISOString(),
      to: new Date(realNow + 86_400_000).toISOString(),
    },
  };
}
