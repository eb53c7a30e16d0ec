import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { CostReport } from '../src/contracts/reports.ts';
import { buildCostReport, type CostReportRequest } from '../src/app/reports/cost-report.ts';
import { loadCostSettings } from '../src/app/costs/cost-settings.ts';
import { readOtherCostDays } from '../src/app/reports/read-other-costs.ts';
import { readRolledTime } from '../src/app/reports/read-rolled-time.ts';
import { readSummedTime } from '../src/app/reports/read-time.ts';
import { readTimelines } from '../src/app/reports/read-timelines.ts';
import { localMidnight } from '../src/app/reports/report-range.ts';
import { ACTIVITY_KIND_CATEGORIES } from '../src/core/costs/activity-kinds.ts';
import {
  costFiguresOf,
  costPerPublishedPost,
  emptyTimeSums,
  type CostFigures,
} from '../src/core/costs/figures.ts';
import { seededRandom } from '../src/core/costs/generate-history.ts';
import type { Period } from '../src/core/costs/periods.ts';
import { periodPlacer } from '../src/core/costs/periods.ts';
import { addSums, costReportOfSums, type SummedGroup } from '../src/core/costs/report.ts';
import type { Db } from '../src/db/connect.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import {
  buildCampaign,
  buildChannel,
  buildMember,
  buildOrg,
  buildPost,
  buildUnit,
  type BuiltOrg,
} from './factories.ts';

/*
 * The report rollups (migration 2026-11-30T0300-report-rollups) against the rows they sum. A
 * seeded history of events and time entries over a change of daylight saving time, then edits of
 * every kind the rollups depend on: entries changed and removed, rates, memberships, a post's
 * campaign and channels, a member, post, channel and campaign removed, default minutes, the time
 * zone, deliveries and approval steps, and several of these in one transaction. After each:
 * - the rollups equal a rebuild from scratch (incremental upkeep never drifts), and
 * - every report (each grouping, period, scope and range, whole days and arbitrary instants)
 *   equals the report computed from the log as before the rollups (`reportFromLog` below).
 */

let database: TestDatabase;
let db: Db;
let org: BuiltOrg;
let tz = 'Europe/Berlin';
const ids = {
  units: [] as string[],
  members: [] as string[],
  channels: [] as string[],
  campaigns: [] as string[],
  posts: [] as string[],
};

const random = seededRandom(20261130);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const HISTORY_FROM = Date.parse('2026-03-20T00:00:00Z');
const HISTORY_DAYS = 24;
/** A random instant of the history; now and then exactly a local midnight. */
const someTime = () =>
  random() < 0.05
    ? localMidnight(`2026-03-${20 + int(0, 10)}`, tz)
    : new Date(HISTORY_FROM + Math.floor(random() * HISTORY_DAYS * 86_400_000));

const COSTED = Object.keys(ACTIVITY_KIND_CATEGORIES);

async function addActivity(q: Db, n: number): Promise<void> {
  const rows = Array.from({ length: n }, () => {
    const roll = random();
    const [subjectType, subjectId] =
      roll < 0.55
        ? ['post', random() < 0.1 ? pick(ids.posts).toUpperCase() : pick(ids.posts)]
        : roll < 0.65
          ? ['unit', pick(ids.units)]
          : roll < 0.75
            ? ['channel', pick(ids.channels)]
            : roll < 0.85
              ? ['campaign', pick(ids.campaigns)]
              : ['strategy', '1'];
    return {
      organization_id: org.id,
      actor_id: random() < 0.05 ? null : pick(ids.members),
      kind: random() < 0.1 ? 'post.scheduled' : pick(COSTED),
      subject_type: subjectType,
      subject_id: subjectId,
      minutes: random() < 0.4 ? null : int(0, 45),
      created_at: someTime(),
    };
  });
  await q.insertInto('activity').values(rows).execute();
}

/** Removed rows: events may still name them (the log keeps ids), entries may not. */
const gone = new Set<string>();

async function addTimeEntries(q: Db, n: number): Promise<void> {
  const maybe = (items: string[], p: number) =>
    random() < p ? pick(items.filter((id) => !gone.has(id))) : null;
  const rows = Array.from({ length: n }, () => ({
    organization_id: org.id,
    member_id: pick(ids.members),
    category: pick(['create', 'review', 'coordinate', 'respond', 'train', 'plan']),
    minutes: int(0, 120),
    at: someTime(),
    source: 'manual',
    post_id: maybe(ids.posts, 0.4),
    unit_id: maybe(ids.units, 0.25),
    channel_id: maybe(ids.channels, 0.2),
    campaign_id: maybe(ids.campaigns, 0.25),
  }));
  await q.insertInto('time_entries').values(rows).execute();
}

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  org = await buildOrg(db, { model: 'decentralized' });
  await db.updateTable('organizations').set({ time_zone: tz }).where('id', '=', org.id).execute();
  const u1 = await buildUnit(db, org);
  const u2 = await buildUnit(db, org);
  const u3 = await buildUnit(db, org, { parentId: u1, kind: 'team' });
  ids.units = [org.rootId, u1, u2, u3];
  const memberships = [[u1], [u2], [u1, u2], [], [u3], [u2]];
  for (const units of memberships) {
    const m = await buildMember(db, org, {
      memberships: units.map((unitId) => ({ unitId, role: 'editor' as const })),
    });
    await db
      .updateTable('members')
      .set({ hourly_rate_cents: int(0, 9000) })
      .where('id', '=', m.id)
      .execute();
    ids.members.push(m.id);
  }
  const [c1, c2, c3, c4] = [
    await buildChannel(db, org, { unitId: u1 }),
    await buildChannel(db, org, { unitId: u1 }),
    await buildChannel(db, org, { unitId: u2 }),
    await buildChannel(db, org, { unitId: u3 }),
  ];
  ids.channels = [c1, c2, c3, c4];
  ids.campaigns = [await buildCampaign(db, org), await buildCampaign(db, org)];
  const [k1, k2] = ids.campaigns;
  const [m0, m1, , , m4] = ids.members;
  const post = async (
    unitId: string,
    authorId: string,
    channelIds: string[],
    campaignId: string | null,
    published: boolean,
  ) => {
    const p = await buildPost(db, org, {
      unitId,
      authorId,
      channelIds,
      campaignId,
      // Untitled posts have no label.
      title: random() < 0.8 ? `Post ${ids.posts.length}.${int(0, 999)}` : '',
      status: published ? 'published' : 'draft',
      dueAt: published ? new Date(HISTORY_FROM + int(2, 20) * 86_400_000) : null,
    });
    const created = new Date(HISTORY_FROM + int(0, 10) * 86_400_000 + int(0, 86_399_999));
    const submitted = new Date(created.getTime() + int(1, 600) * 60_000 + 0.25);
    await db
      .updateTable('posts')
      .set({ created_at: created, submitted_at: submitted })
      .where('id', '=', p.id)
      .execute();
    let decided = submitted.getTime();
    for (let position = 0; position < int(0, 3); position++) {
      decided += int(-30, 900) * 60_000 + 0.5;
      await db
        .insertInto('approval_steps')
        .values({
          organization_id: org.id,
          post_id: p.id,
          round: 1,
          position,
          pool: position === 0 ? 'unit_leads' : 'hub',
          pool_unit_id: unitId,
          rule: 'any',
          status: random() < 0.2 ? 'pending' : 'approved',
          decided_at: random() < 0.2 ? null : new Date(decided),
        })
        .execute();
    }
    if (published) {
      await db
        .updateTable('deliveries')
        .set({
          published_at: sql`now() - ${`${int(1, 2000)} minutes`}::interval`,
        })
        .where('post_id', '=', p.id)
        .execute();
    }
    return p.id;
  };
  ids.posts = [
    await post(u1, m0!, [c1], k1!, true),
    await post(u1, m0!, [c1, c2], null, true),
    await post(u2, m1!, [c3, c1, c2], k2!, false),
    await post(u1, m4!, [c2], null, true),
    await post(u2, m1!, [c3], k1!, false),
    await post(u3, m4!, [], null, false),
  ];
  await db
    .insertInto('cost_settings')
    .values({
      organization_id: org.id,
      default_minutes: JSON.stringify([
        { kind: 'comment.created', minutes: 5 },
        { kind: 'post.submitted', minutes: 3 },
      ]),
    })
    .execute();
  await db
    .insertInto('other_costs')
    .values({
      organization_id: org.id,
      kind: 'tool',
      description: 'Tool',
      amount_cents: 10_007,
      starts_on: '2026-03-25',
      ends_on: '2026-04-03',
      unit_id: u1,
    })
    .execute();
  await addActivity(db, 400);
  await addTimeEntries(db, 200);
});
afterAll(async () => {
  await database?.dispose();
});

/** The cost report as it was computed before the rollups: from the log and the posts' rows. */
async function reportFromLog(r: CostReportRequest): Promise<CostReport> {
  const source = { organizationId: r.organizationId, from: r.from, to: r.to };
  const settings = await loadCostSettings(db, r.organizationId);
  const summed = await readSummedTime(db, {
    ...source,
    unitIds: r.scope.unitIds,
    defaults: settings.defaultMinutes,
    by: r.groupBy,
    period: r.period,
    timeZone: r.timeZone,
  });
  const timelines = await readTimelines(db, r.organizationId, {
    ...source,
    unitIds: r.scope.unitIds,
  });
  const otherDays = await readOtherCostDays(db, {
    ...source,
    unitIds: r.scope.unitIds,
    timeZone: r.timeZone,
  });
  const place = r.groupBy === 'period' ? periodPlacer(r.period, r.timeZone) : null;
  const keyOf = (g: SummedGroup) => (place ? place(g.at!).key : (g.key ?? null));
  const centMinutes = new Map<string | null, number>();
  const total = emptyTimeSums();
  for (const g of summed) {
    centMinutes.set(keyOf(g), (centMinutes.get(keyOf(g)) ?? 0) + g.sums.centMinutes);
    addSums(total, g.sums);
  }
  const other = new Map<string | null, number>();
  const otherGroups: SummedGroup[] = [];
  let otherTotal = 0;
  for (const d of otherDays) {
    otherTotal += d.cents;
    let group: SummedGroup;
    if (r.groupBy === 'period') group = { at: d.start, sums: emptyTimeSums() };
    else if (r.groupBy === 'unit' || r.groupBy === 'channel' || r.groupBy === 'campaign')
      group = { key: d[`${r.groupBy}Id`], sums: emptyTimeSums() };
    else continue;
    other.set(keyOf(group), (other.get(keyOf(group)) ?? 0) + d.cents);
    otherGroups.push(group);
  }
  const view = (f: CostFigures, cm: number, otherCents: number) => ({
    ...f,
    otherCostCents: otherCents,
    totalCostCents: f.costCents + otherCents,
    totalCostPerPublishedPostCents: costPerPublishedPost(cm + 60 * otherCents, f.publishedPosts),
  });
  const rows = costReportOfSums([...summed, ...otherGroups], timelines, {
    by: r.groupBy,
    period: r.period,
    timeZone: r.timeZone,
  });
  return {
    organizationId: r.organizationId,
    from: r.from.toISOString(),
    to: r.to.toISOString(),
    timeZone: r.timeZone,
    currency: settings.currency,
    groupBy: r.groupBy,
    period: r.period,
    unitId: r.scope.unitId,
    rows: rows.map(({ key, start, ...f }) => ({
      key,
      label: null,
      start: start?.toISOString() ?? null,
      ...view(f, centMinutes.get(key) ?? 0, other.get(key) ?? 0),
    })),
    total: view(costFiguresOf(total, timelines), total.centMinutes, otherTotal),
  };
}

const GROUPINGS: [CostReportRequest['groupBy'], Period][] = [
  ['period', 'month'],
  ['period', 'week'],
  ['period', 'day'],
  ['unit', 'month'],
  ['channel', 'month'],
  ['campaign', 'month'],
  ['member', 'month'],
  ['post', 'month'],
];

/** Whole local days, a whole local year, and instants mid-day. */
const ranges = () => [
  { from: localMidnight('2026-03-01', tz), to: localMidnight('2026-05-01', tz) },
  { from: localMidnight('2026-01-01', tz), to: localMidnight('2027-01-01', tz) },
  { from: new Date('2026-03-22T10:17:00.250Z'), to: new Date('2026-04-06T15:45:30Z') },
];

const withoutLabels = (r: CostReport) => ({
  ...r,
  rows: r.rows.map((row) => ({ ...row, label: null })),
});

/** The names of the organization's units, channels, campaigns, members and posts. */
async function namesById(): Promise<Map<string, string>> {
  const { rows } = await sql<{ id: string; name: string }>`
    select id::text, name from units where organization_id = ${org.id}
    union all select id::text, display_name from channels where organization_id = ${org.id}
    union all select id::text, name from campaigns where organization_id = ${org.id}
    union all select id::text, name from members where organization_id = ${org.id}
    union all select id::text, title from posts where organization_id = ${org.id}`.execute(db);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Every report from the rollups equals the one from the log, and names its rows. */
async function expectReportsMatchLog(): Promise<void> {
  const names = await namesById();
  const scopes = [
    { unitIds: null, unitId: null },
    { unitIds: [ids.units[1]!, ids.units[3]!], unitId: ids.units[1]! },
  ];
  for (const range of ranges()) {
    for (const scope of scopes) {
      for (const [groupBy, period] of GROUPINGS) {
        const request: CostReportRequest = {
          organizationId: org.id,
          timeZone: tz,
          ...range,
          groupBy,
          period,
          scope,
        };
        const [rolled, logged] = [await buildCostReport(db, request), await reportFromLog(request)];
        expect(withoutLabels(rolled), `${groupBy} ${period} ${JSON.stringify(range)}`).toEqual(
          logged,
        );
        for (const row of rolled.rows) {
          const name = row.key === null || groupBy === 'period' ? null : names.get(row.key);
          expect(row.label, `${groupBy} ${row.key}`).toBe(name ? name : null);
        }
      }
    }
  }
}

class Rollback extends Error {}

/** The rollup tables as they are, and as a rebuild from the rows makes them. */
async function expectRollupsMatchRebuild(): Promise<void> {
  const snapshot = async (q: Db) => ({
    // Rows whose time was all taken away stay with zeros (see the migration).
    time: (
      await sql`select * from report_time where organization_id = ${org.id} and minutes <> 0
        order by dim, grain, starts_at, ends_at, key nulls first, unit_id nulls first`.execute(q)
    ).rows,
    split: (
      await sql`select * from report_split_time where organization_id = ${org.id} and minutes <> 0
        order by grain, starts_at, post_id, member_id, source, unit_id nulls first,
                 campaign_id nulls first, scope_unit_id nulls first`.execute(q)
    ).rows,
    posts: (
      await sql`select * from report_posts where organization_id = ${org.id}
        order by post_id`.execute(q)
    ).rows,
  });
  const kept = await snapshot(db);
  let rebuilt: Awaited<ReturnType<typeof snapshot>> | undefined;
  await db
    .transaction()
    .execute(async (tx) => {
      await sql`insert into report_rollup_queue (organization_id, kind)
        values (${org.id}, 'rebuild')`.execute(tx);
      await sql`set constraints report_rollup_flush immediate`.execute(tx);
      await sql`delete from report_posts where organization_id = ${org.id}`.execute(tx);
      await sql`select report_posts_refresh(${org.id},
        array(select id from posts where organization_id = ${org.id}))`.execute(tx);
      rebuilt = await snapshot(tx);
      throw new Rollback();
    })
    .catch((err: unknown) => {
      if (!(err instanceof Rollback)) throw err;
    });
  expect(kept.time.length).toBeGreaterThan(0);
  const { rows: hollow } = await sql<{ n: string }>`
    select count(*) as n from report_time where organization_id = ${org.id} and minutes = 0
      and (cent_minutes <> 0 or create_minutes <> 0 or review_minutes <> 0
           or coordinate_minutes <> 0 or respond_minutes <> 0 or train_minutes <> 0
           or plan_minutes <> 0)`.execute(db);
  expect(hollow[0]!.n).toBe('0');
  expect(kept).toEqual(rebuilt);
  const queued = await sql<{ n: string }>`select count(*) as n from report_rollup_queue`.execute(
    db,
  );
  expect(queued.rows[0]!.n).toBe('0');
}

async function expectConsistent(): Promise<void> {
  await expectRollupsMatchRebuild();
  await expectReportsMatchLog();
}

describe('report rollups', () => {
  it('keep the frozen table of work kinds of the migration equal to the code’s', async () => {
    const kinds = [...COSTED, 'post.scheduled', 'delivery.published', 'time.recorded'];
    const { rows } = await sql<{ kind: string; category: string | null }>`
      select k as kind, report_costed_category(k) as category
      from unnest(${kinds}::text[]) k`.execute(db);
    expect(Object.fromEntries(rows.map((r) => [r.kind, r.category]))).toEqual({
      ...ACTIVITY_KIND_CATEGORIES,
      'post.scheduled': null,
      'delivery.published': null,
      'time.recorded': null,
    });
  });

  it('hold what the log holds', async () => {
    await expectConsistent();
  });

  it('are read for whole periods; another time zone reads the log, with the same report', async () => {
    const source = {
      organizationId: org.id,
      ...ranges()[0]!,
      by: 'period' as const,
      period: 'week' as const,
      timeZone: tz,
    };
    expect(await readRolledTime(db, source)).not.toBeNull();
    expect(await readRolledTime(db, { ...source, by: 'post' })).not.toBeNull();
    const elsewhere = { ...source, timeZone: 'America/New_York' };
    expect(await readRolledTime(db, elsewhere)).toBeNull();
    const request: CostReportRequest = {
      ...elsewhere,
      groupBy: 'period',
      scope: { unitIds: null, unitId: null },
    };
    expect(withoutLabels(await buildCostReport(db, request))).toEqual(await reportFromLog(request));
  });

  it('follow new time entries and events, edits and removals of entries', async () => {
    await addActivity(db, 50);
    await addTimeEntries(db, 30);
    const entries = await db
      .selectFrom('time_entries')
      .select('id')
      .where('organization_id', '=', org.id)
      .orderBy('id')
      .limit(12)
      .execute();
    for (const [i, e] of entries.entries()) {
      if (i % 3 === 0) {
        await db.deleteFrom('time_entries').where('id', '=', e.id).execute();
      } else {
        await db
          .updateTable('time_entries')
          .set({
            minutes: int(1, 90),
            at: someTime(),
            post_id: i % 2 ? pick(ids.posts) : null,
            unit_id: i % 4 ? null : pick(ids.units),
          })
          .where('id', '=', e.id)
          .execute();
      }
    }
    await expectConsistent();
  });

  it('follow rates and memberships', async () => {
    const [m0, m1, m2] = ids.members;
    await db
      .updateTable('members')
      .set({ hourly_rate_cents: 7_777 })
      .where('id', '=', m0!)
      .execute();
    // Two units → one: the member's time on nothing else now counts for it.
    await db
      .deleteFrom('memberships')
      .where('member_id', '=', m2!)
      .where('unit_id', '=', ids.units[2]!)
      .execute();
    // One unit → another, the rate changed twice in the same transaction.
    await db.transaction().execute(async (tx) => {
      await tx
        .updateTable('members')
        .set({ hourly_rate_cents: 1_234 })
        .where('id', '=', m1!)
        .execute();
      await tx.deleteFrom('memberships').where('member_id', '=', m1!).execute();
      await tx
        .insertInto('memberships')
        .values({ organization_id: org.id, member_id: m1!, unit_id: ids.units[3]!, role: 'member' })
        .execute();
      await addTimeEntries(tx, 5);
      await tx
        .updateTable('members')
        .set({ hourly_rate_cents: 4_321 })
        .where('id', '=', m1!)
        .execute();
    });
    await expectConsistent();
  });

  it('follow a post’s campaign and channels, also with new time in the same transaction', async () => {
    const [p1, p2, p3, p4] = ids.posts;
    const [c1, c2, c3] = ids.channels;
    await db
      .updateTable('posts')
      .set({ campaign_id: ids.campaigns[1]! })
      .where('id', '=', p1!)
      .execute();
    // One channel → two: its time is split from now on.
    await db.transaction().execute(async (tx) => {
      await addActivity(tx, 20);
      await tx
        .insertInto('post_variants')
        .values({ organization_id: org.id, post_id: p4!, channel_id: c3!, position: 1 })
        .execute();
    });
    // Another order of a post's channels; two → one.
    await db
      .updateTable('post_variants')
      .set({ position: 5 })
      .where('post_id', '=', p3!)
      .where('channel_id', '=', c3!)
      .execute();
    await db
      .deleteFrom('post_variants')
      .where('post_id', '=', p2!)
      .where('channel_id', '=', c2!)
      .execute();
    await db
      .updateTable('post_variants')
      .set({ channel_id: c2! })
      .where('post_id', '=', p2!)
      .where('channel_id', '=', c1!)
      .execute();
    await expectConsistent();
  });

  it('follow removed members, posts, channels and campaigns', async () => {
    const m3 = ids.members[3]!;
    await db.deleteFrom('members').where('id', '=', m3).execute();
    const p5 = ids.posts[4]!;
    await db.deleteFrom('posts').where('id', '=', p5).execute();
    // A channel without posts: its entries lose it, its events keep its id.
    await db.deleteFrom('channels').where('id', '=', ids.channels[3]!).execute();
    await db.deleteFrom('campaigns').where('id', '=', ids.campaigns[1]!).execute();
    for (const id of [p5, ids.channels[3]!, ids.campaigns[1]!]) gone.add(id);
    await expectConsistent();
  });

  it('follow deliveries and approval steps', async () => {
    const [p1, p2, p3] = ids.posts;
    await db
      .updateTable('deliveries')
      .set({ status: 'failed' })
      .where('post_id', '=', p1!)
      .execute();
    await db
      .updateTable('deliveries')
      .set({ published_at: new Date('2026-04-08T21:59:59.999Z') })
      .where('post_id', '=', p2!)
      .execute();
    await db
      .updateTable('approval_steps')
      .set({ decided_at: new Date('2026-03-30T00:00:00Z'), status: 'approved' })
      .where('post_id', '=', p3!)
      .execute();
    await db
      .updateTable('posts')
      .set({ approval_round: 2 })
      .where('id', '=', ids.posts[3]!)
      .execute();
    await expectConsistent();
  });

  it('follow writers that commit at the same time', async () => {
    await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        db.transaction().execute(async (tx) => {
          await addActivity(tx, 15);
          await addTimeEntries(tx, 5);
          if (i === 0) {
            await tx
              .updateTable('members')
              .set({ hourly_rate_cents: 5_555 })
              .where('id', '=', ids.members[4]!)
              .execute();
          }
        }),
      ),
    );
    await expectConsistent();
  });

  it('follow default minutes and the time zone', async () => {
    await db
      .updateTable('cost_settings')
      .set({
        default_minutes: JSON.stringify([
          { kind: 'comment.created', minutes: 11 },
          { kind: 'media.uploaded', minutes: 2 },
        ]),
      })
      .where('organization_id', '=', org.id)
      .execute();
    await expectConsistent();
    tz = 'America/New_York';
    await db.updateTable('organizations').set({ time_zone: tz }).where('id', '=', org.id).execute();
    await addActivity(db, 20);
    await expectConsistent();
  });
});
