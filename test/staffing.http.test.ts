import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DutyPage } from '../src/contracts/duties.ts';
import type { StaffingPlanView } from '../src/contracts/staffing.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { buildChannel, buildMember, buildOrg, buildUnit, testDeps } from './factories.ts';
import { signIn, startTestServer, type TestServer } from './http.ts';
import { detailOf } from './responses.ts';
import { fingerprint } from './tenants.ts';

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

async function ok<T = any>(res: Promise<{ status: number; body: any }>, status = 200): Promise<T> {
  const r = await res;
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.body as T;
}

/** One active department, no lead yet; the hub has one editor of the two it needs. */
const PROFILE = {
  employees: 30,
  onSiteShare: 0.9,
  activeDepartments: 1,
  countries: 1,
  socialTeamSize: 0,
  directiveCulture: 3,
  regulation: 3,
  authenticityVsControl: 3,
};

/**
 * A coordinated organization: a hub over the root with one editor (Finn), the department "Werft"
 * with a contributor (Ann, English, trained) and a plain member (Ben, German, untrained), and a
 * channel of the department.
 */
async function yard() {
  const db = database.db;
  const org = await buildOrg(db, { model: 'coordinated' });
  const hub = await buildUnit(db, org, {
    name: 'Social Hub',
    kind: 'team',
    isHub: true,
    covers: org.rootId,
  });
  const dept = await buildUnit(db, org, { name: 'Werft' });
  const channel = await buildChannel(db, org, { unitId: dept });
  await db
    .updateTable('channels')
    .set({ display_name: 'Werft auf Mastodon' })
    .where('id', '=', channel)
    .execute();
  const admin = await buildMember(db, org, { admin: true });
  const finn = await buildMember(db, org, { memberships: [{ unitId: hub, role: 'editor' }] });
  const ann = await buildMember(db, org, {
    locale: 'en',
    memberships: [{ unitId: dept, role: 'contributor' }],
  });
  const ben = await buildMember(db, org, {
    locale: 'de',
    trained: false,
    memberships: [{ unitId: dept, role: 'member' }],
  });
  return { org, hub, dept, channel, admin, finn, ann, ben };
}

async function membershipsOf(orgId: string) {
  const rows = await database.db
    .selectFrom('memberships')
    .select(['member_id', 'unit_id', 'role'])
    .where('organization_id', '=', orgId)
    .execute();
  return Object.fromEntries(rows.map((r) => [`${r.member_id}@${r.unit_id}`, r.role]));
}

describe('staffing plans', () => {
  it('stores the plan with the people it proposes, and writes no membership', async () => {
    const y = await yard();
    const admin = await signIn(server, y.admin.email);
    const before = await membershipsOf(y.org.id);
    const plan = await ok<StaffingPlanView>(
      admin.post('/api/v1/staffing-plans', { profile: PROFILE, model: 'coordinated' }),
      201,
    );
    expect(plan).toMatchObject({ status: 'proposed', model: 'coordinated', result: null });
    expect(plan.plan.totals).toMatchObject({ people: 4, existing: 2, toFill: 2 });
    // The hub's second place goes to Ben (no social media role yet); Werft's lead to Ann, its
    // contributor, whose contributor place opens again with nobody left in Werft to take it.
    expect(
      plan.proposals.map((p) => [p.role, p.unitName, p.memberId, p.source, p.minutesPerWeek]),
    ).toEqual([
      ['hub_editor', 'Social Hub', y.ben.id, 'suggested', 2400],
      ['unit_lead', 'Werft', y.ann.id, 'suggested', 120],
    ]);
    expect(plan.unplaced).toEqual([
      { role: 'unit_contributor', unitKey: y.dept, count: 1, reason: 'no_candidates' },
    ]);
    expect(await membershipsOf(y.org.id)).toEqual(before);
    expect(await ok(admin.get(`/api/v1/staffing-plans/${plan.id}`))).toEqual(plan);
    const list = await ok<{ items: StaffingPlanView[] }>(admin.get('/api/v1/staffing-plans'));
    expect(list.items.map((p) => p.id)).toEqual([plan.id]);
  });

  it('defaults to the advisor’s first model for the profile', async () => {
    const y = await yard();
    const admin = await signIn(server, y.admin.email);
    const advice = await ok(admin.post('/api/v1/advisor', PROFILE));
    const plan = await ok<StaffingPlanView>(
      admin.post('/api/v1/staffing-plans', { profile: PROFILE }),
      201,
    );
    expect(plan.model).toBe(advice.ranking[0].model);
    expect(plan.plan).toEqual(advice.staffing);
  });

  it('applying creates the memberships and tells each person concerned in their language', async () => {
    const y = await yard();
    const admin = await signIn(server, y.admin.email);
    const plan = await ok<StaffingPlanView>(
      admin.post('/api/v1/staffing-plans', { profile: PROFILE, model: 'coordinated' }),
      201,
    );
    const applied = await ok<StaffingPlanView>(
      admin.post(`/api/v1/staffing-plans/${plan.id}/apply`),
    );
    expect(applied.status).toBe('applied');
    expect(applied.appliedBy).toBe(y.admin.id);
    expect(applied.result).toMatchObject({
      membershipsCreated: 1,
      membershipsRaised: 1,
      skipped: [],
    });
    const memberships = await membershipsOf(y.org.id);
    expect(memberships[`${y.ben.id}@${y.hub}`]).toBe('editor');
    expect(memberships[`${y.ben.id}@${y.dept}`]).toBe('member');
    expect(memberships[`${y.ann.id}@${y.dept}`]).toBe('lead');

    // Ben, German, untrained: his role and hours, the training, then the rights he gains.
    const ben = await ok<DutyPage>((await signIn(server, y.ben.email)).get('/api/v1/duties'));
    expect(ben.items).toHaveLength(1);
    const notice = ben.items[0]!;
    expect(notice).toMatchObject({
      source: 'staffing_plan',
      sourceId: plan.id,
      title: 'Personalplan',
    });
    expect(notice.lines.slice(0, 2)).toEqual([
      'Sie übernehmen die Rolle „Redaktion des Hubs“ in Social Hub, geplant mit 40 Stunden pro Woche.',
      'Bitte schließen Sie die Schulung zu Unternehmensrichtlinien und Kundenumgang ab: bis dahin dürfen Sie Entwürfe schreiben, aber nicht veröffentlichen oder freigeben.',
    ]);
    expect(notice.items.map((i) => i.code).slice(0, 2)).toEqual([
      'staffing.role_assigned',
      'training.required',
    ]);
    // As an editor of the hub over everything, he may now publish on Werft's channel.
    expect(notice.lines).toContain(
      'Neu: Sie dürfen auf Werft auf Mastodon Beiträge veröffentlichen.',
    );
    // Ann, English, trained: no training line; as Werft's lead she publishes without approval.
    const ann = await ok<DutyPage>((await signIn(server, y.ann.email)).get('/api/v1/duties'));
    expect(ann.items[0]!.lines).toEqual([
      'You take on the role of unit lead in Werft, planned at 2 hours a week.',
      'New: you may manage the guidelines on Werft auf Mastodon.',
      'New: you may manage the channels on Werft auf Mastodon.',
      'Your posts on Werft auf Mastodon now go out without approval.',
    ]);
    expect(applied.result!.notices).toBe(2);
    // Finn keeps his role and his rights: no notice.
    const notified = await database.db
      .selectFrom('notifications')
      .select('member_id')
      .where('organization_id', '=', y.org.id)
      .where('kind', '=', 'duty_assigned')
      .execute();
    expect(notified.map((n) => n.member_id)).toEqual(expect.arrayContaining([y.ben.id, y.ann.id]));
    expect(notified).toHaveLength(applied.result!.notices);

    const activity = await ok(admin.get(`/api/v1/activity?subjectId=${plan.id}`));
    expect(activity.items.map((a: { kind: string }) => a.kind).sort()).toEqual([
      'staffing_plan.applied',
      'staffing_plan.created',
    ]);
  });

  it('applies once: a second apply or a discard is a 409 and changes nothing', async () => {
    const y = await yard();
    const admin = await signIn(server, y.admin.email);
    const plan = await ok<StaffingPlanView>(
      admin.post('/api/v1/staffing-plans', { profile: PROFILE, model: 'coordinated' }),
      201,
    );
    await ok(admin.post(`/api/v1/staffing-plans/${plan.id}/apply`));
    const print = await fingerprint(database.db, y.org.id);
    for (const verb of ['apply', 'discard']) {
      const again = await admin.post(`/api/v1/staffing-plans/${plan.id}/${verb}`);
      expect(again.status).toBe(409);
      expect(detailOf(again).code).toBe('staffing_plan.not_proposed');
    }
    expect(await fingerprint(database.db, y.org.id)).toEqual(print);
  });

  it('skips proposals that no longer hold, and says so', async () => {
    const y = await yard();
    const admin = await signIn(server, y.admin.email);
    const plan = await ok<StaffingPlanView>(
      admin.post('/api/v1/staffing-plans', {
        profile: PROFILE,
        model: 'coordinated',
        assignments: [{ unitId: y.hub, role: 'hub_editor', memberId: y.ann.id }],
      }),
      201,
    );
    // Ann chosen for the hub; Werft's lead: Ben, its only other person.
    expect(plan.proposals.map((p) => [p.memberId, p.source])).toEqual([
      [y.ann.id, 'chosen'],
      [y.ben.id, 'suggested'],
    ]);
    await ok(admin.delete(`/api/v1/members/${y.ann.id}`));
    await ok(
      admin.put(`/api/v1/members/${y.ben.id}/memberships`, {
        memberships: [{ unitId: y.dept, role: 'lead' }],
      }),
    );
    const applied = await ok<StaffingPlanView>(
      admin.post(`/api/v1/staffing-plans/${plan.id}/apply`),
    );
    expect(applied.result).toEqual({
      membershipsCreated: 0,
      membershipsRaised: 0,
      skipped: [
        { memberId: y.ann.id, unitId: y.hub, role: 'hub_editor', reason: 'member_gone' },
        { memberId: y.ben.id, unitId: y.dept, role: 'unit_lead', reason: 'role_in_place' },
      ],
      notices: 0,
    });
  });

  it('is for those who manage members: others get a 403 and nothing is stored', async () => {
    const y = await yard();
    const ann = await signIn(server, y.ann.email);
    const print = await fingerprint(database.db, y.org.id);
    const res = await ann.post('/api/v1/staffing-plans', { profile: PROFILE });
    expect(res.status).toBe(403);
    expect((await ann.get('/api/v1/staffing-plans')).status).toBe(403);
    expect(await fingerprint(database.db, y.org.id)).toEqual(print);
  });
});
