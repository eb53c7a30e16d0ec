import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DutyNotice, DutyPage, DutyStatusPage } from '../src/contracts/duties.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { buildChannel, buildMember, buildOrg, buildUnit, testDeps } from './factories.ts';
import { signIn, startTestServer, type Client, type TestServer } from './http.ts';
import { detailOf } from './responses.ts';

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

/**
 * A coordinated organization: a hub over the root, a department with a German lead and an
 * English contributor, a channel of the department called "Werft auf Mastodon".
 */
async function shipyard() {
  const org = await buildOrg(database.db, { model: 'coordinated' });
  const hub = await buildUnit(database.db, org, {
    name: 'Social Hub',
    kind: 'team',
    isHub: true,
    covers: org.rootId,
  });
  const dept = await buildUnit(database.db, org, { name: 'Werft' });
  const channel = await buildChannel(database.db, org, { unitId: dept });
  await database.db
    .updateTable('channels')
    .set({ display_name: 'Werft auf Mastodon' })
    .where('id', '=', channel)
    .execute();
  const admin = await buildMember(database.db, org, { admin: true });
  const editor = await buildMember(database.db, org, {
    memberships: [{ unitId: hub, role: 'editor' }],
  });
  const lead = await buildMember(database.db, org, {
    locale: 'de',
    memberships: [{ unitId: dept, role: 'lead' }],
  });
  const contributor = await buildMember(database.db, org, {
    locale: 'en',
    memberships: [{ unitId: dept, role: 'contributor' }],
  });
  return { org, hub, dept, channel, admin, editor, lead, contributor };
}

async function switchTo(api: Client, model: string) {
  const p = await ok(api.post('/api/v1/organization/model/preview', { model }));
  return ok(api.post('/api/v1/organization/model/apply', { model, expectedRevision: p.revision }));
}

describe('duty notices of a model switch', () => {
  it('arrive in the app in each member’s language, as notice and notification', async () => {
    const s = await shipyard();
    const admin = await signIn(server, s.admin.email);
    const result = await switchTo(admin, 'centralized');

    const lead = await signIn(server, s.lead.email);
    const de = await ok<DutyPage>(lead.get('/api/v1/duties'));
    expect(de.pendingCount).toBe(1);
    const deNotice = de.items[0]!;
    expect(deNotice).toMatchObject({
      source: 'model_switch',
      sourceId: result.switchId,
      title: 'Modellwechsel: koordiniert (Hub and Spoke) → zentralisiert',
      acknowledgedAt: null,
    });
    expect(deNotice.lines).toEqual(
      expect.arrayContaining([
        'Die Organisation ist vom Modell „koordiniert (Hub and Spoke)“ zum Modell „zentralisiert“ gewechselt.',
        'Sie dürfen auf Werft auf Mastodon nicht mehr die Kanäle verwalten.',
        'Ihre Beiträge auf Werft auf Mastodon brauchen jetzt die Freigabe durch die Redaktion des Hubs Social Hub.',
      ]),
    );
    expect(deNotice.items[0]).toEqual({
      code: 'model.switched',
      params: { from: 'coordinated', to: 'centralized' },
    });

    const contributor = await signIn(server, s.contributor.email);
    const en = await ok<DutyPage>(contributor.get('/api/v1/duties'));
    expect(en.items[0]!.title).toBe('Model switch: coordinated (hub and spoke) → centralized');
    expect(en.items[0]!.lines).toContain(
      'Your posts on Werft auf Mastodon now need the approval of an editor of the hub Social Hub.',
    );

    // The same notice as an in-app notification, its summary in the member's language.
    const notifications = await ok(lead.get('/api/v1/notifications'));
    const duty = notifications.items.find((n: { kind: string }) => n.kind === 'duty_assigned');
    expect(duty.data).toMatchObject({
      dutyId: deNotice.id,
      source: 'model_switch',
      sourceId: result.switchId,
      title: deNotice.title,
    });
    expect(duty.data.summary).toContain('Sie dürfen auf Werft auf Mastodon nicht mehr');

    // The hub's editor may do everything in both models: no notice.
    const editor = await signIn(server, s.editor.email);
    expect((await ok<DutyPage>(editor.get('/api/v1/duties'))).items).toEqual([]);
  });

  it('are acknowledged by their member only, once', async () => {
    const s = await shipyard();
    const admin = await signIn(server, s.admin.email);
    await switchTo(admin, 'centralized');
    const lead = await signIn(server, s.lead.email);
    const contributor = await signIn(server, s.contributor.email);
    const [notice] = (await ok<DutyPage>(lead.get('/api/v1/duties'))).items;

    const foreign = await contributor.post(`/api/v1/duties/${notice!.id}/acknowledge`);
    expect(foreign.status).toBe(404);
    expect(detailOf(foreign).code).toBe('duty.not_found');
    const byAdmin = await admin.post(`/api/v1/duties/${notice!.id}/acknowledge`);
    expect(byAdmin.status).toBe(404);

    const first = await ok<DutyNotice>(lead.post(`/api/v1/duties/${notice!.id}/acknowledge`));
    expect(first.acknowledgedAt).not.toBeNull();
    const second = await ok<DutyNotice>(lead.post(`/api/v1/duties/${notice!.id}/acknowledge`));
    expect(second.acknowledgedAt).toBe(first.acknowledgedAt);
    const page = await ok<DutyPage>(lead.get('/api/v1/duties?pending=true'));
    expect(page).toMatchObject({ items: [], pendingCount: 0 });
    expect((await ok<DutyPage>(lead.get('/api/v1/duties?pending=false'))).items).toHaveLength(1);
    const log = await database.db
      .selectFrom('activity')
      .select(['kind', 'actor_id'])
      .where('organization_id', '=', s.org.id)
      .where('kind', '=', 'duty.acknowledged')
      .execute();
    expect(log).toEqual([{ kind: 'duty.acknowledged', actor_id: s.lead.id }]);
  });

  it('status: per switch, who has not acknowledged yet (admins only)', async () => {
    const s = await shipyard();
    const admin = await signIn(server, s.admin.email);
    const first = await switchTo(admin, 'centralized');
    const second = await switchTo(admin, 'decentralized');
    const lead = await signIn(server, s.lead.email);
    const leadNotices = (await ok<DutyPage>(lead.get('/api/v1/duties'))).items;
    expect(leadNotices.map((n) => n.sourceId)).toEqual([second.switchId, first.switchId]);
    await ok(lead.post(`/api/v1/duties/${leadNotices[1]!.id}/acknowledge`));

    const status = await ok<DutyStatusPage>(admin.get('/api/v1/duties/status'));
    expect(status.items.map((b) => [b.sourceId, b.label])).toEqual([
      [second.switchId, 'Model switch: centralized → decentralized'],
      [first.switchId, 'Model switch: coordinated (hub and spoke) → centralized'],
    ]);
    const older = status.items[1]!;
    expect(older.notices).toBe(first.notices);
    expect(older.acknowledged).toBe(1);
    expect(older.pending.map((p) => p.memberId)).not.toContain(s.lead.id);
    expect(older.pending.map((p) => p.memberId)).toContain(s.contributor.id);
    expect(status.items[0]!.pending.map((p) => p.memberId)).toContain(s.lead.id);

    const paged = await ok<DutyStatusPage>(admin.get('/api/v1/duties/status?limit=1'));
    expect(paged.items.map((b) => b.sourceId)).toEqual([second.switchId]);
    const rest = await ok<DutyStatusPage>(
      admin.get(`/api/v1/duties/status?limit=1&cursor=${paged.nextCursor}`),
    );
    expect(rest.items.map((b) => b.sourceId)).toEqual([first.switchId]);
    expect(rest.nextCursor).toBeNull();

    const denied = await lead.get('/api/v1/duties/status');
    expect(denied.status).toBe(403);
    expect(detailOf(denied).code).toBe('org.admin_required');
    const badCursor = await admin.get('/api/v1/duties/status?cursor=nope');
    expect(badCursor.status).toBe(400);
  });
});

describe('a new strategy version', () => {
  it('asks everyone to acknowledge it; acknowledging the notice acknowledges the strategy', async () => {
    const s = await shipyard();
    const admin = await signIn(server, s.admin.email);
    await ok(admin.post('/api/v1/strategy/versions', { title: 'Listen first', body: 'B' }), 201);
    const v2 = await ok(
      admin.post('/api/v1/strategy/versions', { title: 'Show the work', body: 'B' }),
      201,
    );
    const counts = await database.db
      .selectFrom('duty_notices')
      .select(['member_id'])
      .where('organization_id', '=', s.org.id)
      .where('source', '=', 'strategy')
      .execute();
    // Every member, for each version.
    expect(counts).toHaveLength(4 * 2);

    const lead = await signIn(server, s.lead.email);
    const notices = (await ok<DutyPage>(lead.get('/api/v1/duties'))).items;
    expect(notices.map((n) => n.title)).toEqual([
      'Neue Strategie: Show the work',
      'Neue Strategie: Listen first',
    ]);
    expect(notices[0]!.lines[0]).toContain('Version 2 der Strategie, „Show the work“');
    const denied = await ok(lead.get(`/api/v1/decide?action=publish&channelId=${s.channel}`));
    expect(denied.allowed).toBe(false);
    expect(denied.reasons[0].code).toBe('gate.uninformed');

    // The old version's notice is only marked read; the lead stays uninformed.
    await ok(lead.post(`/api/v1/duties/${notices[1]!.id}/acknowledge`));
    expect((await ok(lead.get('/api/v1/strategy'))).acknowledgedVersion).toBe(0);
    // The current one acknowledges the strategy itself.
    const acknowledged = await ok<DutyNotice>(
      lead.post(`/api/v1/duties/${notices[0]!.id}/acknowledge`),
    );
    expect(acknowledged.acknowledgedAt).not.toBeNull();
    expect((await ok(lead.get('/api/v1/strategy'))).acknowledgedVersion).toBe(v2.version);
    const allowed = await ok(lead.get(`/api/v1/decide?action=publish&channelId=${s.channel}`));
    expect(allowed.allowed).toBe(true);

    // Acknowledging the strategy directly closes every notice of that version and older ones.
    const contributor = await signIn(server, s.contributor.email);
    await ok(contributor.post('/api/v1/strategy/acknowledge', { version: 2 }));
    expect((await ok<DutyPage>(contributor.get('/api/v1/duties'))).pendingCount).toBe(0);

    const status = await ok<DutyStatusPage>(admin.get('/api/v1/duties/status?source=strategy'));
    expect(status.items.map((b) => b.label)).toEqual([
      'New strategy: Show the work',
      'New strategy: Listen first',
    ]);
    expect(status.items[0]!.pending.map((p) => p.memberId).sort()).toEqual(
      [s.admin.id, s.editor.id].sort(),
    );
  });
});
