import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CostSettings,
  OtherCost,
  StoppedTimer,
  TimeEntry,
  Timer,
} from '../src/contracts/costs.ts';
import type { CostReport } from '../src/contracts/reports.ts';
import { ACTIVITY_KIND_CATEGORIES } from '../src/core/costs/activity-kinds.ts';
import { testClock, type TestClock } from './costs-history.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import {
  buildChannel,
  buildMember,
  buildOrg,
  buildUnit,
  testDeps,
  type BuiltMember,
  type BuiltOrg,
} from './factories.ts';
import { signIn, startTestServer, type Client, type TestServer } from './http.ts';
import { bodyOf, errorOf } from './responses.ts';

/**
 * Time capture (measured or entered minutes, spans, timers), the cost settings with default
 * minutes per activity kind, and other costs. The server reads a clock the test moves.
 */

let database: TestDatabase;
let server: TestServer;
let clock: TestClock;
let org: BuiltOrg;
let unit: string;
let channel: string;
let people: Record<'admin' | 'lead' | 'editor' | 'other', BuiltMember>;
let api: Record<keyof typeof people, Client>;

const START = new Date('2026-06-01T10:00:00Z');
const minutesLater = (m: number, from = START) => new Date(from.getTime() + m * 60_000);

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  clock = testClock(START);
  server = await startTestServer({ ...testDeps(db), now: clock.now });
  org = await buildOrg(db);
  unit = await buildUnit(db, org, { name: 'Marketing' });
  people = {
    admin: await buildMember(db, org, { admin: true }),
    lead: await buildMember(db, org, { memberships: [{ unitId: unit, role: 'lead' }] }),
    editor: await buildMember(db, org, { memberships: [{ unitId: unit, role: 'editor' }] }),
    other: await buildMember(db, org, { memberships: [{ unitId: unit, role: 'editor' }] }),
  };
  await db
    .updateTable('members')
    .set({ hourly_rate_cents: 6000 })
    .where('id', '=', people.editor.id)
    .execute();
  channel = await buildChannel(db, org, { unitId: unit });
  api = Object.fromEntries(
    await Promise.all(
      Object.entries(people).map(async ([k, m]) => [k, await signIn(server, m.email)]),
    ),
  ) as typeof api;
});
afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

describe('POST /time', () => {
  it('records measured minutes, starting now unless told when', async () => {
    clock.set(START);
    const res = await api.editor.post('/api/v1/time', {
      category: 'create',
      minutes: 12,
      source: 'measured',
      channelId: channel,
      note: 'composer',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(bodyOf<TimeEntry>(res)).toMatchObject({
      memberId: people.editor.id,
      category: 'create',
      minutes: 12,
      at: START.toISOString(),
      source: 'measured',
      channelId: channel,
      unitId: null,
      postId: null,
      note: 'composer',
    });
  });

  it('counts a span in whole minutes, half up, and logs the entry', async () => {
    const res = await api.editor.post('/api/v1/time', {
      category: 'review',
      startedAt: '2026-06-01T08:00:00Z',
      endedAt: '2026-06-01T08:44:30Z',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const entry = bodyOf<TimeEntry>(res);
    expect(entry).toMatchObject({ minutes: 45, at: '2026-06-01T08:00:00.000Z', source: 'manual' });
    const log = await api.admin.get(`/api/v1/activity?subjectId=${entry.id}`);
    expect(log.body.items).toEqual([
      expect.objectContaining({ kind: 'time.recorded', minutes: 45, actorId: people.editor.id }),
    ]);
  });

  it('refuses time in the future, and spans that are not one', async () => {
    clock.set(START);
    const cases: [object, string, string][] = [
      [
        { minutes: 5, startedAt: minutesLater(6).toISOString() },
        'body.startedAt',
        'time.in_future',
      ],
      [
        { startedAt: START.toISOString(), endedAt: minutesLater(10).toISOString() },
        'body.endedAt',
        'time.in_future',
      ],
      [{ minutes: 5, endedAt: START.toISOString() }, 'body.endedAt', 'custom'],
      [{}, 'body.startedAt', 'custom'],
      [{ startedAt: START.toISOString() }, 'body.endedAt', 'custom'],
      [
        { startedAt: START.toISOString(), endedAt: minutesLater(-1).toISOString() },
        'body.endedAt',
        'custom',
      ],
      [
        { startedAt: minutesLater(-1441).toISOString(), endedAt: START.toISOString() },
        'body.endedAt',
        'custom',
      ],
    ];
    for (const [body, path, code] of cases) {
      const res = await api.editor.post('/api/v1/time', { category: 'plan', ...body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(errorOf(res).details).toEqual([expect.objectContaining({ path, code })]);
    }
    // Within the five minutes a client's clock may run ahead: accepted.
    const ahead = await api.editor.post('/api/v1/time', {
      category: 'plan',
      minutes: 1,
      startedAt: minutesLater(4).toISOString(),
    });
    expect(ahead.status).toBe(201);
  });
});

describe('timers', () => {
  it('start, list, stop: the minutes between, half up, as an entry from the start', async () => {
    clock.set(START);
    const started = await api.editor.post('/api/v1/timers', {
      category: 'respond',
      unitId: unit,
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const timer = bodyOf<Timer>(started);
    expect(timer).toMatchObject({ startedAt: START.toISOString(), stoppedAt: null, unitId: unit });
    expect(bodyOf<{ items: Timer[] }>(await api.editor.get('/api/v1/timers')).items).toEqual([
      timer,
    ]);

    clock.set(new Date(START.getTime() + 25 * 60_000 + 30_000)); // 25.5 min → 26
    const stopped = await api.editor.post(`/api/v1/timers/${timer.id}/stop`);
    expect(stopped.status, JSON.stringify(stopped.body)).toBe(200);
    const s = bodyOf<StoppedTimer>(stopped);
    expect(s.capped).toBe(false);
    expect(s.entry).toMatchObject({
      minutes: 26,
      at: START.toISOString(),
      source: 'timer',
      category: 'respond',
      unitId: unit,
    });
    expect(s.timer).toMatchObject({
      stoppedAt: clock.now().toISOString(),
      timeEntryId: s.entry.id,
    });
    expect(bodyOf<{ items: Timer[] }>(await api.editor.get('/api/v1/timers')).items).toEqual([]);

    const again = await api.editor.post(`/api/v1/timers/${timer.id}/stop`);
    expect(again.status).toBe(409);
    expect(errorOf(again).details[0]?.code).toBe('timer.stopped');
  });

  it('runs one per member and category', async () => {
    clock.set(START);
    const first = bodyOf<Timer>(await api.editor.post('/api/v1/timers', { category: 'plan' }));
    const second = await api.editor.post('/api/v1/timers', { category: 'plan' });
    expect(second.status).toBe(409);
    expect(errorOf(second).details[0]).toMatchObject({
      code: 'timer.already_running',
      path: 'body.category',
    });
    // Another category, or another member: fine.
    expect((await api.editor.post('/api/v1/timers', { category: 'train' })).status).toBe(201);
    expect((await api.other.post('/api/v1/timers', { category: 'plan' })).status).toBe(201);
    // Someone else's timer is not found, as an unknown one; it keeps running.
    const foreign = await api.other.post(`/api/v1/timers/${first.id}/stop`);
    expect(foreign.status).toBe(404);
    expect(errorOf(foreign).details[0]?.code).toBe('timer.not_found');
    const mine = bodyOf<{ items: Timer[] }>(await api.editor.get('/api/v1/timers')).items;
    expect(mine.map((t) => t.category).sort()).toEqual(['plan', 'train']);
    for (const t of mine) await api.editor.post(`/api/v1/timers/${t.id}/stop`);
    // Stopped, the category is free again.
    expect((await api.editor.post('/api/v1/timers', { category: 'plan' })).status).toBe(201);
  });

  it('records one day for a timer left running longer', async () => {
    clock.set(START);
    const timer = bodyOf<Timer>(await api.lead.post('/api/v1/timers', { category: 'coordinate' }));
    clock.set(minutesLater(3 * 24 * 60));
    const s = bodyOf<StoppedTimer>(await api.lead.post(`/api/v1/timers/${timer.id}/stop`));
    expect(s.capped).toBe(true);
    expect(s.entry.minutes).toBe(1440);
  });
});

describe('cost settings', () => {
  it('has defaults before anyone sets them', async () => {
    const fresh = await buildOrg(database.db);
    const admin = await buildMember(database.db, fresh, { admin: true });
    const res = await (await signIn(server, admin.email)).get('/api/v1/costs/settings');
    expect(bodyOf<CostSettings>(res)).toEqual({
      organizationId: fresh.id,
      currency: 'EUR',
      monthlyBudgetCents: null,
      defaultMinutes: [],
      updatedBy: null,
      updatedAt: null,
    });
  });

  it('admins replace them; leads read them; others neither', async () => {
    clock.set(START);
    const body = {
      currency: 'CHF',
      monthlyBudgetCents: 250_000,
      defaultMinutes: [{ kind: 'approval.approved', minutes: 7 }],
    };
    const put = await api.admin.put('/api/v1/costs/settings', body);
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const expected = {
      organizationId: org.id,
      ...body,
      updatedBy: people.admin.id,
      updatedAt: START.toISOString(),
    };
    expect(put.body).toEqual(expected);
    expect((await api.lead.get('/api/v1/costs/settings')).body).toEqual(expected);
    const byLead = await api.lead.put('/api/v1/costs/settings', body);
    expect(byLead.status).toBe(403);
    expect(errorOf(byLead).details[0]?.code).toBe('org.admin_required');
    const byEditor = await api.editor.get('/api/v1/costs/settings');
    expect(byEditor.status).toBe(403);
    expect(errorOf(byEditor).details[0]?.code).toBe('reports.lead_or_admin_required');
  });

  it('a kind may appear once, and only a kind that is work', async () => {
    const twice = await api.admin.put('/api/v1/costs/settings', {
      currency: 'EUR',
      monthlyBudgetCents: null,
      defaultMinutes: [
        { kind: 'post.created', minutes: 5 },
        { kind: 'post.created', minutes: 6 },
      ],
    });
    expect(twice.status).toBe(400);
    expect(errorOf(twice).details).toEqual([
      expect.objectContaining({ path: 'body.defaultMinutes.1.kind', code: 'custom' }),
    ]);
    // Recorded time is logged as time.recorded and read from its own table: never a kind here.
    expect(Object.keys(ACTIVITY_KIND_CATEGORIES).some((k) => k.startsWith('time.'))).toBe(false);
  });
});

describe('default minutes apply where the log carries none, when reports read it', () => {
  it('counts the default for an event without minutes, what was measured otherwise', async () => {
    // Sessions expire by the server's clock: move it before signing in.
    clock.set(new Date());
    const db = database.db;
    const o = await buildOrg(db);
    const u = await buildUnit(db, o);
    const admin = await buildMember(db, o, { admin: true });
    const editor = await buildMember(db, o, { memberships: [{ unitId: u, role: 'editor' }] });
    const c = await buildChannel(db, o, { unitId: u });
    const a = await signIn(server, admin.email);
    const e = await signIn(server, editor.email);
    const post = (spentMinutes?: number) =>
      e.post('/api/v1/posts', {
        language: 'en',
        variants: [{ channelId: c, text: 'Hi' }],
        ...(spentMinutes === undefined ? {} : { spentMinutes }),
      });
    expect((await post()).status).toBe(201);
    expect((await post(3)).status).toBe(201);
    // Recorded time counts once, though the log has it too.
    expect((await e.post('/api/v1/time', { category: 'plan', minutes: 10 })).status).toBe(201);
    const total = async () =>
      bodyOf<CostReport>(await a.get('/api/v1/reports/costs?groupBy=member')).total
        .minutesByCategory;
    expect(await total()).toMatchObject({ create: 3, plan: 10 });
    await a.put('/api/v1/costs/settings', {
      currency: 'EUR',
      monthlyBudgetCents: null,
      defaultMinutes: [{ kind: 'post.created', minutes: 25 }],
    });
    // The default applies to the past events too: the log keeps what was measured.
    expect(await total()).toMatchObject({ create: 28, plan: 10 });
  });
});

describe('other costs', () => {
  it('admins add, list, change and remove them', async () => {
    clock.set(START);
    const created = await api.admin.post('/api/v1/costs/other', {
      kind: 'agency',
      description: 'Photo shoot',
      amountCents: 120_000,
      startsOn: '2026-05-01',
      endsOn: '2026-05-31',
      unitId: unit,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const cost = bodyOf<OtherCost>(created);
    expect(cost).toMatchObject({
      kind: 'agency',
      amountCents: 120_000,
      startsOn: '2026-05-01',
      endsOn: '2026-05-31',
      unitId: unit,
      channelId: null,
      createdBy: people.admin.id,
    });
    const list = (q = '') =>
      api.admin.get(`/api/v1/costs/other${q}`).then((r) => bodyOf<{ items: OtherCost[] }>(r).items);
    expect((await list()).map((c) => c.id)).toContain(cost.id);
    expect((await list('?from=2026-06-01')).map((c) => c.id)).not.toContain(cost.id);
    expect((await list('?to=2026-04-30')).map((c) => c.id)).not.toContain(cost.id);
    expect((await list('?from=2026-05-31&to=2026-05-31')).map((c) => c.id)).toContain(cost.id);

    const changed = await api.admin.patch(`/api/v1/costs/other/${cost.id}`, {
      amountCents: 99_000,
      unitId: null,
    });
    expect(bodyOf<OtherCost>(changed)).toMatchObject({ amountCents: 99_000, unitId: null });
    const early = await api.admin.patch(`/api/v1/costs/other/${cost.id}`, { endsOn: '2026-04-30' });
    expect(early.status).toBe(400);
    expect(errorOf(early).details[0]).toMatchObject({
      code: 'other_cost.days_order',
      path: 'body.endsOn',
    });

    expect((await api.admin.delete(`/api/v1/costs/other/${cost.id}`)).status).toBe(200);
    expect((await list()).map((c) => c.id)).not.toContain(cost.id);
    expect((await api.admin.delete(`/api/v1/costs/other/${cost.id}`)).status).toBe(404);
  });

  it('are for admins only', async () => {
    const body = {
      kind: 'tool',
      description: 'x',
      amountCents: 1,
      startsOn: '2026-05-01',
      endsOn: '2026-05-01',
    };
    for (const who of ['lead', 'editor'] as const) {
      for (const res of [
        await api[who].post('/api/v1/costs/other', body),
        await api[who].get('/api/v1/costs/other'),
      ]) {
        expect(res.status, who).toBe(403);
        expect(errorOf(res).details[0]?.code).toBe('org.admin_required');
      }
    }
  });
});
