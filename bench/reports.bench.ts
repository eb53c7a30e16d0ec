/**
 * bench:reports — the cost report queries over a year of activity of an organization with 1,000
 * members, on PostgreSQL: the report by month, week, day, unit, channel, campaign, member and post
 * over the whole year, by month over the last 30 days, and the budget view (12 months). Each is
 * run warm a number of times; prints p50, p95 and max against the target p95 ≤ 100 ms, and the
 * what-if over 30 days for information. Never fails on a figure (benchmarks do not gate).
 *
 * The data (seeded, the same every run): a root, a hub covering it, 10 regions × 5 departments,
 * 20 people per department (1,000 members and 5 hub editors), a channel per department; 12,000
 * posts over 2025 with their variants, approval steps, decisions and deliveries; the activity
 * the workflow writes (about 80,000 events) plus 150,000 more events of work by the members
 * (comments, uploads, acknowledgements), and 100,000 time entries. Rows are inserted with
 * multi-row VALUES in chunks.
 *
 * DATABASE_URL names the PostgreSQL server (default postgres://postgres@127.0.0.1:5432/postgres);
 * the bench creates its own database and drops it afterwards (BENCH_KEEP_DB=1 keeps it and stops
 * after seeding, to look at query plans). BENCH_RUNS sets the runs per query (default 30). As a
 * yardstick of the machine at the time, it also times a bare `count(*)` of the year's events and
 * prints the load average: on a shared machine the figures move with both.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import { buildBudget } from '../src/app/reports/budget.ts';
import { buildCostReport } from '../src/app/reports/cost-report.ts';
import { buildWhatIf } from '../src/app/reports/what-if.ts';
import { loadSnapshot } from '../src/app/snapshot.ts';
import { seededRandom } from '../src/core/costs/generate-history.ts';
import type { Period } from '../src/core/costs/periods.ts';
import type { CostDimension } from '../src/core/costs/report.ts';
import { openDatabase } from '../src/db/connect.ts';
import type { Db } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = 3;
const TARGET_MS = 100;
const MEMBERS_PER_DEPT = 20;
const REGIONS = 10;
const DEPTS_PER_REGION = 5;
const POSTS = 12_000;
const EXTRA_EVENTS = 150_000;
const TIME_ENTRIES = 100_000;
const YEAR_START = Date.UTC(2025, 0, 1);
const YEAR_MS = 365 * 86_400_000;
const TIME_ZONE = 'Europe/Berlin';

async function admin(url: string, text: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

/** Inserts rows in chunks of multi-row VALUES (PostgreSQL takes at most 65,535 parameters). */
async function insertRows(db: Db, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const chunk = Math.floor(60_000 / columns.length);
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
      values ${sql.join(part.map((r) => sql`(${sql.join(columns.map((c) => r[c]))})`))}`.execute(
      db,
    );
  }
}

const random = seededRandom(2026);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const uuid = () => crypto.randomUUID();
const at = (ms: number) => new Date(Math.floor(ms));

async function seed(db: Db) {
  const organizationId = uuid();
  await insertRows(db, 'organizations', [
    { id: organizationId, name: 'Bench Corp', model: 'coordinated', time_zone: TIME_ZONE },
  ]);
  const root = uuid();
  const hub = uuid();
  const units: Record<string, unknown>[] = [
    {
      id: root,
      organization_id: organizationId,
      parent_id: null,
      name: 'Bench Corp',
      kind: 'company',
    },
  ];
  await insertRows(db, 'units', units);
  const more: Record<string, unknown>[] = [
    {
      id: hub,
      organization_id: organizationId,
      parent_id: root,
      name: 'Hub',
      kind: 'team',
      is_hub: true,
      covers_unit_id: root,
    },
  ];
  const departments: string[] = [];
  for (let r = 0; r < REGIONS; r++) {
    const region = uuid();
    more.push({
      id: region,
      organization_id: organizationId,
      parent_id: root,
      name: `Region ${r}`,
      kind: 'region',
      is_hub: false,
      covers_unit_id: null,
    });
    for (let d = 0; d < DEPTS_PER_REGION; d++) {
      const dept = uuid();
      departments.push(dept);
      more.push({
        id: dept,
        organization_id: organizationId,
        parent_id: region,
        name: `Dept ${r}.${d}`,
        kind: 'department',
        is_hub: false,
        covers_unit_id: null,
      });
    }
  }
  // Regions first, then their departments: parents exist before children.
  await insertRows(
    db,
    'units',
    more.filter((u) => u.kind !== 'department'),
  );
  await insertRows(
    db,
    'units',
    more.filter((u) => u.kind === 'department'),
  );

  const members: Record<string, unknown>[] = [];
  const memberships: Record<string, unknown>[] = [];
  const staff = new Map<string, { leads: string[]; writers: string[]; all: string[] }>();
  const member = (role: string, unitId: string) => {
    const id = uuid();
    members.push({
      id,
      organization_id: organizationId,
      email: `m-${id}@bench.example`,
      name: `Member ${members.length}`,
      hourly_rate_cents: int(3000, 9000),
    });
    memberships.push({ organization_id: organizationId, member_id: id, unit_id: unitId, role });
    return id;
  };
  const hubEditors = Array.from({ length: 5 }, () => member('editor', hub));
  for (const dept of departments) {
    const s = { leads: [] as string[], writers: [] as string[], all: [] as string[] };
    for (let i = 0; i < MEMBERS_PER_DEPT; i++) {
      const role = i === 0 ? 'lead' : i < 4 ? 'editor' : i < 10 ? 'contributor' : 'member';
      const id = member(role, dept);
      s.all.push(id);
      if (role === 'lead') s.leads.push(id);
      if (role !== 'member') s.writers.push(id);
    }
    staff.set(dept, s);
  }
  await insertRows(db, 'members', members);
  await insertRows(db, 'memberships', memberships);
  const channelOf = new Map<string, string>();
  await insertRows(
    db,
    'channels',
    departments.map((dept, i) => {
      const id = uuid();
      channelOf.set(dept, id);
      return {
        id,
        organization_id: organizationId,
        unit_id: dept,
        network: 'mastodon',
        handle: `@dept${i}@bench.example`,
        display_name: `Dept ${i}`,
      };
    }),
  );
  const campaigns = Array.from({ length: 20 }, (_, i) => ({
    id: uuid(),
    organization_id: organizationId,
    name: `Campaign ${i}`,
  }));
  await insertRows(db, 'campaigns', campaigns);

  const posts: Record<string, unknown>[] = [];
  const variants: Record<string, unknown>[] = [];
  const steps: Record<string, unknown>[] = [];
  const deliveries: Record<string, unknown>[] = [];
  const activity: Record<string, unknown>[] = [];
  const event = (
    kind: string,
    actor: string | null,
    subjectType: string,
    subjectId: string,
    t: number,
    minutes: number | null,
  ) =>
    activity.push({
      organization_id: organizationId,
      actor_id: actor,
      kind,
      subject_type: subjectType,
      subject_id: subjectId,
      minutes,
      created_at: at(t),
    });
  const postIds: string[] = [];
  for (let i = 0; i < POSTS; i++) {
    const id = uuid();
    postIds.push(id);
    const dept = pick(departments);
    const s = staff.get(dept)!;
    const author = pick(s.writers);
    const created = YEAR_START + random() * (YEAR_MS - 3 * 86_400_000);
    const submitted = created + int(5, 240) * 60_000;
    const nSteps = random() < 0.2 ? 0 : random() < 0.85 ? 1 : 2;
    let decided = submitted;
    for (let k = 0; k < nSteps; k++) {
      decided += int(10, 2_000) * 60_000;
      steps.push({
        id: uuid(),
        organization_id: organizationId,
        post_id: id,
        round: 1,
        position: k,
        pool: k === 0 ? 'hub' : 'unit_leads',
        pool_unit_id: k === 0 ? hub : dept,
        rule: 'any',
        status: 'approved',
        decided_at: at(decided),
      });
      event(
        'approval.approved',
        k === 0 ? pick(hubEditors) : s.leads[0]!,
        'post',
        id,
        decided,
        int(3, 20),
      );
    }
    const published = random() < 0.9;
    const status = published ? 'published' : 'approved';
    posts.push({
      id,
      organization_id: organizationId,
      unit_id: dept,
      author_id: author,
      campaign_id: random() < 0.3 ? pick(campaigns).id : null,
      title: `Post ${i}`,
      language: 'en',
      status,
      approval_round: 1,
      created_at: at(created),
      updated_at: at(decided),
      submitted_at: at(submitted),
      approved_at: at(decided),
    });
    const variantId = uuid();
    const due = decided + int(30, 600) * 60_000;
    variants.push({
      id: variantId,
      organization_id: organizationId,
      post_id: id,
      channel_id: channelOf.get(dept)!,
      text: `Text ${i}`,
      due_at: at(due),
    });
    deliveries.push({
      organization_id: organizationId,
      post_id: id,
      variant_id: variantId,
      channel_id: channelOf.get(dept)!,
      status: published ? 'published' : 'scheduled',
      due_at: at(due),
      run_at: at(due),
      published_at: published ? at(due + 60_000) : null,
    });
    event('post.created', author, 'post', id, created, random() < 0.7 ? int(10, 60) : null);
    event('post.submitted', author, 'post', id, submitted, null);
    if (random() < 0.3) event('comment.created', pick(s.all), 'post', id, submitted + 60_000, null);
    event('post.scheduled', author, 'post', id, decided, null);
    if (published) event('delivery.published', null, 'delivery', variantId, due + 60_000, null);
  }
  const everyone = members.map((m) => m.id as string);
  for (let i = 0; i < EXTRA_EVENTS; i++) {
    const who = pick(everyone);
    const t = YEAR_START + random() * YEAR_MS;
    const roll = random();
    if (roll < 0.6)
      event('comment.created', who, 'post', pick(postIds), t, random() < 0.5 ? int(2, 15) : null);
    else if (roll < 0.85) event('media.uploaded', who, 'media', uuid(), t, int(2, 20));
    else event('strategy.acknowledged', who, 'strategy', '1', t, int(5, 30));
  }
  const timeEntries = Array.from({ length: TIME_ENTRIES }, () => {
    const dept = pick(departments);
    return {
      organization_id: organizationId,
      member_id: pick(staff.get(dept)!.all),
      category: pick(['respond', 'respond', 'train', 'plan', 'create', 'coordinate']),
      minutes: int(5, 120),
      at: at(YEAR_START + random() * YEAR_MS),
      source: pick(['measured', 'manual', 'timer']),
      unit_id: random() < 0.5 ? dept : null,
    };
  });
  await insertRows(db, 'posts', posts);
  await insertRows(db, 'post_variants', variants);
  await insertRows(db, 'approval_steps', steps);
  await insertRows(db, 'deliveries', deliveries);
  await insertRows(db, 'activity', activity);
  await insertRows(db, 'time_entries', timeEntries);
  await insertRows(db, 'cost_settings', [
    {
      organization_id: organizationId,
      currency: 'EUR',
      monthly_budget_cents: 5_000_000,
      default_minutes: JSON.stringify([
        { kind: 'comment.created', minutes: 5 },
        { kind: 'post.submitted', minutes: 3 },
      ]),
    },
  ]);
  await insertRows(
    db,
    'other_costs',
    Array.from({ length: 24 }, (_, i) => ({
      organization_id: organizationId,
      kind: pick(['tool', 'ads', 'agency']),
      description: `Cost ${i}`,
      amount_cents: int(10_000, 500_000),
      starts_on: `2025-${String((i % 12) + 1).padStart(2, '0')}-01`,
      ends_on: `2025-${String((i % 12) + 1).padStart(2, '0')}-28`,
      unit_id: random() < 0.5 ? pick(departments) : null,
    })),
  );
  await sql`analyze`.execute(db);
  return {
    organizationId,
    counts: {
      members: members.length,
      posts: posts.length,
      activity: activity.length,
      timeEntries: timeEntries.length,
    },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function time(label: string, fn: () => Promise<unknown>, runs = RUNS, gate = true) {
  for (let i = 0; i < (gate ? WARMUP : 1); i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const p95 = percentile(ms, 95);
  const verdict = gate ? (p95 <= TARGET_MS ? 'PASS' : 'FAIL') : 'info';
  console.log(
    `${label.padEnd(34)} p50 ${percentile(ms, 50).toFixed(1).padStart(7)} ms  p95 ${p95
      .toFixed(1)
      .padStart(7)} ms  max ${ms.at(-1)!.toFixed(1).padStart(7)} ms  ${verdict}`,
  );
}

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `mooring_bench_${crypto.randomBytes(4).toString('hex')}`;
await admin(serverUrl, `create database ${name}`);
const dbUrl = new URL(serverUrl);
dbUrl.pathname = `/${name}`;
const database = await openDatabase({ databaseUrl: dbUrl.toString(), dataDir: '/tmp' });
try {
  await migrateToLatest(database.db as never);
  const db = database.db;
  const started = performance.now();
  const { organizationId, counts } = await seed(db);
  console.log(
    `bench:reports — ${counts.members} members, ${counts.posts} posts, ${counts.activity} activity events, ` +
      `${counts.timeEntries} time entries over 2025 (seeded in ${((performance.now() - started) / 1000).toFixed(1)} s); ` +
      `${RUNS} warm runs each, target p95 ≤ ${TARGET_MS} ms`,
  );
  if (process.env.BENCH_KEEP_DB) {
    console.log(`kept ${dbUrl.toString()} (organization ${organizationId})`);
    process.exit(0);
  }
  const year = {
    from: new Date('2024-12-31T23:00:00Z'), // 2025-01-01 00:00 in Berlin
    to: new Date('2025-12-31T23:00:00Z'),
  };
  const load = () =>
    os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
  console.log(`load average ${load()} on ${os.cpus().length} CPUs`);
  await time(
    'yardstick: count(*) of the year',
    () =>
      sql`select count(*) from activity where organization_id = ${organizationId}
          and created_at >= ${year.from} and created_at < ${year.to}`.execute(db),
    RUNS,
    false,
  );
  const costReport = (groupBy: CostDimension, period: Period = 'month', range = year) =>
    buildCostReport(db, {
      organizationId,
      timeZone: TIME_ZONE,
      ...range,
      groupBy,
      period,
      scope: { unitIds: null, unitId: null },
    });
  for (const period of ['month', 'week', 'day'] as const)
    await time(`year by ${period}`, () => costReport('period', period));
  for (const by of ['unit', 'channel', 'campaign', 'member', 'post'] as const)
    await time(`year by ${by}`, () => costReport(by));
  await time('30 days by month', () =>
    costReport('period', 'month', {
      from: new Date('2025-11-30T23:00:00Z'),
      to: new Date('2025-12-31T23:00:00Z'),
    }),
  );
  await time('budget, 12 months', () =>
    buildBudget(db, {
      organizationId,
      timeZone: TIME_ZONE,
      now: new Date('2025-12-20T12:00:00Z'),
      months: 12,
    }),
  );
  const loaded = await loadSnapshot(db, organizationId);
  await time(
    'what-if, 30 days (~1,000 posts)',
    () =>
      buildWhatIf(db, {
        snapshot: loaded.snapshot,
        input: loaded.input,
        timeZone: TIME_ZONE,
        now: new Date('2025-12-29T00:00:00Z'),
        days: 30,
        overrides: {},
      }),
    3,
    false,
  );
  console.log(
    `load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} at the end`,
  );
} finally {
  await database.close();
  await admin(serverUrl, `drop database if exists ${name} with (force)`);
}
