import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { buildMember, buildOrg, buildUnit, testDeps } from './factories.ts';
import { client, signIn, startTestServer, type Client, type TestServer } from './http.ts';
import { detailOf, errorOf, pathsOf } from './responses.ts';
import { fingerprint } from './tenants.ts';

let database: TestDatabase;
let server: TestServer;
let english: Client;
let german: Client;
let units: { root: string; hub: string; press: string; sales: string };
let otherOrgUnits: string[];

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(testDeps(database.db));
  const org = await buildOrg(database.db, { model: 'decentralized' });
  const hub = await buildUnit(database.db, org, {
    name: 'Social media',
    kind: 'team',
    isHub: true,
    covers: org.rootId,
  });
  const press = await buildUnit(database.db, org, { name: 'Press' });
  const sales = await buildUnit(database.db, org, { name: 'Sales' });
  units = { root: org.rootId, hub, press, sales };
  await buildMember(database.db, org, { memberships: [{ unitId: hub, role: 'lead' }] });
  await buildMember(database.db, org, { memberships: [{ unitId: press, role: 'contributor' }] });
  // A member with no social media role at all may ask too.
  const plain = await buildMember(database.db, org, { trained: false });
  const deutsch = await buildMember(database.db, org, { locale: 'de', trained: false });
  english = await signIn(server, plain.email);
  german = await signIn(server, deutsch.email);
  // Another organization's units never appear in the plan.
  const other = await buildOrg(database.db, { model: 'coordinated' });
  otherOrgUnits = [
    other.rootId,
    await buildUnit(database.db, other, { isHub: true, kind: 'team', covers: other.rootId }),
    await buildUnit(database.db, other, { name: 'Aardvark' }),
  ];
});
afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

/** The coordinated statement of the source article: large, a team of its own, staff off site. */
const LARGE_WITH_TEAM = {
  employees: 3000,
  onSiteShare: 0.5,
  activeDepartments: 2,
  countries: 1,
  socialTeamSize: 5,
  directiveCulture: 3,
  regulation: 3,
  authenticityVsControl: 3,
};

describe('POST /api/v1/advisor', () => {
  it('ranks all five models with scores and reasons, and plans the first on the organization', async () => {
    const res = await english.post('/api/v1/advisor', LARGE_WITH_TEAM);
    expect(res.status).toBe(200);
    expect(res.body.locale).toBe('en');
    expect(res.body.ranking.map((r: { model: string }) => r.model).sort()).toEqual([
      'centralized',
      'coordinated',
      'decentralized',
      'holistic',
      'multi_coordinated',
    ]);
    const [first, second] = res.body.ranking;
    expect(first.model).toBe('coordinated');
    expect(first.score).toBeGreaterThan(second.score);
    expect(first.reasons[0]).toEqual({
      criterion: 'dedicated_team',
      effect: 'for',
      points: 10.4,
      code: 'advisor.dedicated_team.high',
      params: { model: 'coordinated', value: 5 },
      message:
        'A social media team of 5 is in place. A team of its own can be the hub that supports ' +
        'and steers the units: that speaks for the coordinated model.',
    });
    expect(res.body.uncertain).toEqual([]);

    const plan = res.body.staffing;
    expect(plan.model).toBe('coordinated');
    // The organization's hub (one lead in place) and its two departments, Press first (active).
    const rows = plan.roles.map((r: any) => [r.role, r.unit.id, r.people, r.existing]);
    expect(rows).toEqual([
      ['hub_lead', units.hub, 1, 1],
      ['hub_editor', units.hub, 1, 0],
      ['unit_lead', units.press, 1, 0],
      ['unit_contributor', units.press, 1, 1],
      ['unit_lead', units.sales, 1, 0],
      ['unit_contributor', units.sales, 1, 0],
    ]);
    expect(plan.roles[0].unit).toEqual({
      key: units.hub,
      id: units.hub,
      kind: 'team',
      isHub: true,
      name: 'Social media',
      covers: units.root,
      count: 1,
    });
    // 2 × 2,400 + 4 × 120 = 5,280 minutes = 88 h a week; at 50.00 an hour:
    // 2 × 866,667 + 4 × 43,333 = 1,906,666 cents a month.
    expect(plan.totals).toMatchObject({
      people: 6,
      existing: 2,
      toFill: 4,
      minutesPerWeek: 5280,
      hoursPerWeek: 88,
      centsPerMonth: 1_906_666,
    });
    for (const r of plan.roles) expect(otherOrgUnits).not.toContain(r.unit.id);
  });

  it("answers in German with locale 'de', and in the member's language by default", async () => {
    const de = await english.post('/api/v1/advisor', { ...LARGE_WITH_TEAM, locale: 'de' });
    expect(de.status).toBe(200);
    expect(de.body.locale).toBe('de');
    expect(de.body.ranking[0].reasons[0]).toMatchObject({
      criterion: 'dedicated_team',
      message:
        'Ein Social-Media-Team mit 5 Personen ist vorhanden. Ein eigenes Team kann als Hub die ' +
        'Einheiten unterstützen und lenken: Das spricht für das koordinierte Modell.',
    });
    const byMember = await german.post('/api/v1/advisor', LARGE_WITH_TEAM);
    expect(byMember.body.locale).toBe('de');
    expect(byMember.body.ranking).toEqual(de.body.ranking);
    const overridden = await german.post('/api/v1/advisor', { ...LARGE_WITH_TEAM, locale: 'en' });
    expect(overridden.body.ranking[0].reasons[0].message).toMatch(/^A social media team of 5/);
  });

  it('flags what stays uncertain, in the language asked for', async () => {
    const res = await english.post('/api/v1/advisor', {
      ...LARGE_WITH_TEAM,
      employees: 250,
      onSiteShare: 0.8,
      activeDepartments: 3,
      socialTeamSize: 0,
      locale: 'de',
    });
    expect(res.status).toBe(200);
    const codes = res.body.uncertain.map((u: { code: string }) => u.code);
    expect(codes).toContain('advisor.close_scores');
    const close = res.body.uncertain.find((u: any) => u.code === 'advisor.close_scores');
    expect(close.message).toMatch(
      /^Die Antworten trennen das dezentrale Modell und das holistische/,
    );
  });

  it('costs the plan with the rates given, per role', async () => {
    const res = await english.post('/api/v1/advisor', {
      ...LARGE_WITH_TEAM,
      rates: { defaultCents: 0, byRole: { hub_lead: 9000 } },
    });
    expect(res.status).toBe(200);
    // Only the lead costs: 2,400 × 9,000 × 13 / 180 = 1,560,000.
    expect(res.body.staffing.totals.centsPerMonth).toBe(1_560_000);
    expect(res.body.staffing.assumptions.defaultHourlyRateCents).toBe(0);
  });

  it('writes nothing', async () => {
    const before = await fingerprint(database.db);
    expect((await english.post('/api/v1/advisor', LARGE_WITH_TEAM)).status).toBe(200);
    expect(await fingerprint(database.db)).toEqual(before);
  });

  it('refuses bad profiles with 400 and the field paths', async () => {
    const res = await english.post('/api/v1/advisor', {
      employees: -3,
      onSiteShare: 1.5,
      activeDepartments: 2.5,
      socialTeamSize: 0,
      directiveCulture: '3',
      regulation: 6,
      authenticityVsControl: 0,
      extra: true,
    });
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe('bad_input');
    expect(pathsOf(res)).toEqual([
      'body.activeDepartments',
      'body.authenticityVsControl',
      'body.countries',
      'body.directiveCulture',
      'body.employees',
      'body.extra',
      'body.onSiteShare',
      'body.regulation',
    ]);
    const team = await english.post('/api/v1/advisor', {
      ...LARGE_WITH_TEAM,
      socialTeamSize: 3001,
    });
    expect(team.status).toBe(400);
    expect(pathsOf(team)).toEqual(['body.socialTeamSize']);
    expect(detailOf(team).message).toBe('socialTeamSize (3001) cannot exceed employees (3000)');
    const rate = await english.post('/api/v1/advisor', {
      ...LARGE_WITH_TEAM,
      rates: { defaultCents: -1, byRole: { nobody: 5 } },
    });
    expect(pathsOf(rate)).toEqual(['body.rates.byRole.nobody', 'body.rates.defaultCents']);
  });

  it('needs authentication (401)', async () => {
    const res = await client(server).post('/api/v1/advisor', LARGE_WITH_TEAM);
    expect(res.status).toBe(401);
    expect(detailOf(res).code).toBe('auth.required');
  });
});
