import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { buildMember, buildOrg, buildUnit, testDeps } from './factories.ts';
import { signIn, startTestServer, type TestServer } from './http.ts';

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

interface ErrorBody {
  error: { code: string; details: { path?: string; code: string }[] };
}
interface Overview {
  current: {
    version: number;
    title: string;
    body: string;
    goals: { kpi: string; target: number; unitId: string | null; description: string }[];
  } | null;
  versions: { version: number; title: string }[];
  acknowledgedVersion: number;
}
interface Acks {
  version: number;
  acknowledged: { memberId: string; email: string; acknowledgedAt: string | null }[];
  pending: { memberId: string }[];
}

const v1 = {
  title: 'Listen first',
  body: 'We answer every customer within a day.',
  goals: [
    { kpi: 'response_time_minutes', target: 1440 },
    { kpi: 'posts_per_week', target: 5, description: 'Steady, not loud' },
  ],
};

async function countRows(table: 'strategy_versions' | 'goals' | 'acknowledgements', org: string) {
  const r = await database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('organization_id', '=', org)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe('strategy and goals', () => {
  it('publishes versions, asks everyone to acknowledge, and tracks who did', async () => {
    const org = await buildOrg(database.db, { model: 'decentralized' });
    const unit = await buildUnit(database.db, org, { name: 'Support' });
    const admin = await buildMember(database.db, org, { admin: true });
    const editor = await buildMember(database.db, org, {
      memberships: [{ unitId: unit, role: 'editor' }],
    });
    const a = await signIn(server, admin.email);
    const e = await signIn(server, editor.email);

    expect((await e.get('/api/v1/strategy')).body).toEqual({
      current: null,
      versions: [],
      acknowledgedVersion: 0,
    });
    const first = await a.post('/api/v1/strategy/versions', v1);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ version: 1, title: 'Listen first', publishedBy: admin.id });
    const second = await a.post('/api/v1/strategy/versions', {
      title: 'Listen and show',
      body: 'Also show the work.',
      goals: [
        { kpi: 'followers', target: 2000, unitId: unit },
        { kpi: 'reach', target: 0, unitId: null },
      ],
    });
    expect(second.status).toBe(201);
    expect((second.body as { version: number }).version).toBe(2);

    const overview = (await e.get('/api/v1/strategy')).body as Overview;
    expect(overview.current).toMatchObject({ version: 2, title: 'Listen and show' });
    expect(overview.current!.goals).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kpi: 'followers', target: 2000, unitId: unit }),
        expect.objectContaining({ kpi: 'reach', target: 0, unitId: null, description: '' }),
      ]),
    );
    expect(overview.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(overview.acknowledgedVersion).toBe(0);
    const orgRow = await database.db
      .selectFrom('organizations')
      .select('strategy_version')
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(orgRow.strategy_version).toBe(2);

    // Uninformed: the editor may no longer publish until they acknowledge.
    const before = await e.get(`/api/v1/decide?action=publish&unitId=${unit}`);
    expect(before.body).toMatchObject({ allowed: false });
    expect(JSON.stringify(before.body)).toContain('gate.uninformed');

    const stale = await e.post('/api/v1/strategy/acknowledge', { version: 1 });
    expect(stale.status).toBe(409);
    expect((stale.body as ErrorBody).error.details[0]).toMatchObject({
      code: 'strategy.not_current',
    });
    const ack = await e.post('/api/v1/strategy/acknowledge', { version: 2 });
    expect(ack.status).toBe(200);
    const again = await e.post('/api/v1/strategy/acknowledge', { version: 2 });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(ack.body);
    expect(await countRows('acknowledgements', org.id)).toBe(1);
    expect((await e.get('/api/v1/strategy')).body).toMatchObject({ acknowledgedVersion: 2 });

    const after = await e.get(`/api/v1/decide?action=publish&unitId=${unit}`);
    expect(after.body).toMatchObject({ allowed: true });

    const acks = (await a.get('/api/v1/strategy/acknowledgements')).body as Acks;
    expect(acks.version).toBe(2);
    expect(acks.acknowledged).toHaveLength(1);
    expect(acks.acknowledged[0]).toMatchObject({ memberId: editor.id, email: editor.email });
    expect(Date.parse(acks.acknowledged[0]!.acknowledgedAt!)).not.toBeNaN();
    expect(acks.pending.map((p) => p.memberId)).toEqual([admin.id]);

    const log = (await a.get('/api/v1/activity?subjectType=strategy')).body as {
      items: { kind: string; actorId: string }[];
    };
    expect(log.items.map((i) => i.kind)).toEqual([
      'strategy.acknowledged',
      'strategy.published',
      'strategy.published',
    ]);
  });

  it('lets only admins (and global hub editors in hub models) publish; acknowledgements list is theirs', async () => {
    const org = await buildOrg(database.db, { model: 'coordinated' });
    const hub = await buildUnit(database.db, org, {
      name: 'Social team',
      isHub: true,
      covers: org.rootId,
    });
    const unit = await buildUnit(database.db, org, { name: 'Sales' });
    const lead = await buildMember(database.db, org, {
      memberships: [{ unitId: unit, role: 'lead' }],
    });
    const hubEditor = await buildMember(database.db, org, {
      memberships: [{ unitId: hub, role: 'editor' }],
    });
    const l = await signIn(server, lead.email);
    const denied = await l.post('/api/v1/strategy/versions', v1);
    expect(denied.status).toBe(403);
    expect((denied.body as ErrorBody).error.details.map((d) => d.code)).toEqual([
      'org.admin_required',
    ]);
    expect((await l.get('/api/v1/strategy/acknowledgements')).status).toBe(403);
    expect(await countRows('strategy_versions', org.id)).toBe(0);

    const h = await signIn(server, hubEditor.email);
    expect((await h.post('/api/v1/strategy/versions', v1)).status).toBe(201);
    expect((await h.get('/api/v1/strategy/acknowledgements')).status).toBe(200);
  });

  it('rejects bad input and foreign units without writing anything', async () => {
    const org = await buildOrg(database.db);
    const other = await buildOrg(database.db);
    const foreignUnit = await buildUnit(database.db, other);
    const admin = await buildMember(database.db, org, { admin: true });
    const a = await signIn(server, admin.email);
    const cases: [unknown, string][] = [
      [{ ...v1, goals: [{ kpi: 'likes', target: 3 }] }, 'body.goals.0.kpi'],
      [{ ...v1, goals: [{ kpi: 'reach', target: -1 }] }, 'body.goals.0.target'],
      [{ ...v1, goals: [{ kpi: 'reach', target: 1, unitId: 'x' }] }, 'body.goals.0.unitId'],
      [{ ...v1, title: '' }, 'body.title'],
      [{ ...v1, version: 7 }, 'body.version'],
    ];
    for (const [body, path] of cases) {
      const res = await a.post('/api/v1/strategy/versions', body);
      expect(res.status, path).toBe(400);
      expect(
        (res.body as ErrorBody).error.details.map((d) => d.path),
        path,
      ).toContain(path);
    }
    const foreign = await a.post('/api/v1/strategy/versions', {
      ...v1,
      goals: [{ kpi: 'reach', target: 1, unitId: foreignUnit }],
    });
    expect(foreign.status).toBe(404);
    expect((foreign.body as ErrorBody).error.details[0]).toMatchObject({
      path: 'body.goals.0.unitId',
    });
    const badAck = await a.post('/api/v1/strategy/acknowledge', { version: 'one' });
    expect(badAck.status).toBe(400);
    expect((badAck.body as ErrorBody).error.details[0]!.path).toBe('body.version');
    // Nothing to acknowledge yet.
    expect((await a.post('/api/v1/strategy/acknowledge', { version: 1 })).status).toBe(409);
    expect(await countRows('strategy_versions', org.id)).toBe(0);
    expect(await countRows('goals', org.id)).toBe(0);
    expect(await countRows('acknowledgements', org.id)).toBe(0);

    // Another organization's strategy is not visible here.
    const otherAdmin = await buildMember(database.db, other, { admin: true });
    expect(
      (await (await signIn(server, otherAdmin.email)).post('/api/v1/strategy/versions', v1)).status,
    ).toBe(201);
    expect(((await a.get('/api/v1/strategy')).body as Overview).current).toBeNull();
  });
});
