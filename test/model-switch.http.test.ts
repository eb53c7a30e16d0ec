import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ModelApplyResult,
  ModelPreview,
  ModelPreviews,
} from '../src/contracts/model-switch.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import {
  buildChannel,
  buildMember,
  buildNewsroom,
  buildOrg,
  buildUnit,
  testDeps,
  type Newsroom,
} from './factories.ts';
import { signIn, startTestServer, type Client, type TestServer } from './http.ts';
import { bodyOf, detailOf, errorOf } from './responses.ts';
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

/** A newsroom (coordinated, hub over the root) with the author's post in review. */
async function newsroomWithPost(): Promise<{
  org: Newsroom;
  admin: Client;
  author: Client;
  postId: string;
}> {
  const org = await buildNewsroom(database.db);
  const admin = await signIn(server, org.admin.email);
  const author = await signIn(server, org.author.email);
  const post = await ok(
    author.post('/api/v1/posts', {
      title: 'Harbour news',
      language: 'en',
      variants: [{ channelId: org.channels.mastodon, text: 'The harbour opens.' }],
    }),
    201,
  );
  await ok(author.post(`/api/v1/posts/${post.id}/submit`, {}));
  return { org, admin, author, postId: post.id };
}

const preview = (c: Client, body: object) =>
  ok<ModelPreview>(c.post('/api/v1/organization/model/preview', body));

describe('preview', () => {
  it('shows who gains and loses what, the chains of posts in review, and writes nothing', async () => {
    const { org, admin, postId } = await newsroomWithPost();
    const before = await fingerprint(database.db, org.org.id);
    const p = await preview(admin, { model: 'centralized' });
    expect(await fingerprint(database.db, org.org.id)).toEqual(before);

    expect(p.from.model).toBe('coordinated');
    expect(p.to).toEqual({
      model: 'centralized',
      modelSettings: { decentralized: { contributorsNeedLeadDefault: true } },
    });
    const row = await database.db
      .selectFrom('organizations')
      .select('revision')
      .where('id', '=', org.org.id)
      .executeTakeFirstOrThrow();
    expect(p.revision).toBe(row.revision);

    // The department's lead may manage its channels in coordinated, not in centralized.
    const lead = p.members.find((m) => m.memberId === org.lead.id)!;
    expect(lead.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'manage_channels',
          channelId: org.channels.mastodon,
          change: 'lost',
          before: expect.objectContaining({ allowed: true }),
          after: expect.objectContaining({ allowed: false }),
        }),
      ]),
    );
    expect(lead.counts.lost).toBeGreaterThan(0);
    // The author's chain: the hub before, the hub's editors after.
    const author = p.members.find((m) => m.memberId === org.author.id)!;
    const publish = author.changes.find(
      (c) => c.action === 'publish' && c.channelId === org.channels.mastodon,
    )!;
    expect(publish.before.steps).toEqual([{ pool: 'hub', unitId: org.hub, rule: 'any' }]);
    expect(publish.after.steps).toEqual([{ pool: 'hub_editors', unitId: org.hub, rule: 'any' }]);
    // The hub's editors do everything in both models.
    expect(p.members.map((m) => m.memberId)).not.toContain(org.editors[0].id);
    expect(p.summary).toMatchObject({
      membersAffected: p.members.length,
      postsInReview: 1,
      postsChanged: 1,
      postsReturnedToDraft: 0,
      structureRequired: 0,
    });
    expect(p.posts).toEqual([
      {
        postId,
        title: 'Harbour news',
        authorId: org.author.id,
        before: [
          {
            pool: 'hub',
            unitId: org.hub,
            rule: 'any',
            channelIds: [org.channels.mastodon],
            status: 'pending',
          },
        ],
        after: [
          {
            pool: 'hub_editors',
            unitId: org.hub,
            rule: 'any',
            channelIds: [org.channels.mastodon],
          },
        ],
        outcome: 'in_review',
        changed: true,
        reasons: [],
      },
    ]);
  });

  it('previews every other model side by side', async () => {
    const { org, admin } = await newsroomWithPost();
    const all = await ok<ModelPreviews>(admin.get('/api/v1/organization/model/previews'));
    expect(all.current.model).toBe('coordinated');
    expect(all.previews.map((p) => p.to.model)).toEqual([
      'holistic',
      'decentralized',
      'centralized',
      'multi_coordinated',
    ]);
    for (const p of all.previews) expect(p.revision).toBe(all.revision);
    // Each equals the single preview of that model.
    const single = await preview(admin, { model: 'decentralized' });
    expect(all.previews[1]).toEqual(single);
    // multi_coordinated lacks regional hubs; the others have what they need.
    expect(all.previews.map((p) => p.summary.structureRequired)).toEqual([0, 0, 0, 1]);
    expect(all.previews[3]!.structure[0]).toMatchObject({
      code: 'structure.regional_hubs_missing',
      required: true,
      fixes: [{ kind: 'create_hub', parentId: org.dept, covers: org.dept }],
    });
  });

  it('names missing structure in the reader’s language, with what to create', async () => {
    const org = await buildOrg(database.db, { model: 'decentralized', name: 'Werft Nord' });
    const dept = await buildUnit(database.db, org, { name: 'Vertrieb' });
    await buildChannel(database.db, org, { unitId: dept });
    const admin = await buildMember(database.db, org, { admin: true, locale: 'de' });
    await buildMember(database.db, org, { memberships: [{ unitId: dept, role: 'lead' }] });
    const api = await signIn(server, admin.email);
    const p = await preview(api, { model: 'coordinated' });
    expect(p.structure).toEqual([
      {
        code: 'structure.root_hub_missing',
        required: true,
        params: { model: 'coordinated', unitId: org.rootId },
        fixes: [{ kind: 'create_hub', parentId: org.rootId, covers: org.rootId }],
        message: expect.stringContaining('Hub für die ganze Organisation'),
      },
    ]);
    expect(p.structure[0]!.message).toContain('Company');

    const refused = await api.post('/api/v1/organization/model/apply', {
      model: 'coordinated',
      expectedRevision: p.revision,
    });
    expect(refused.status).toBe(422);
    expect(errorOf(refused).details.map((d) => [d.code, d.path])).toEqual([
      ['model_switch.structure_missing', 'body.acceptMissingStructure'],
      ['structure.root_hub_missing', 'body.model'],
    ]);
    const switched = await ok<ModelApplyResult>(
      api.post('/api/v1/organization/model/apply', {
        model: 'coordinated',
        expectedRevision: p.revision,
        acceptMissingStructure: true,
      }),
    );
    expect(switched.organization.model).toBe('coordinated');
    // The lead still publishes in the department; what needs the hub says it is missing.
    const lead = await database.db
      .selectFrom('members')
      .select('email')
      .where('organization_id', '=', org.id)
      .where('admin', '=', false)
      .executeTakeFirstOrThrow();
    const leadApi = await signIn(server, lead.email);
    const root = await ok(
      leadApi.get(`/api/v1/decide?action=manage_guidelines&unitId=${org.rootId}`),
    );
    expect(root.allowed).toBe(false);
    expect(root.reasons.map((r: { code: string }) => r.code)).toContain('structure.missing_hub');
  });

  it('refuses the model it already has (422) and bad input (400)', async () => {
    const { admin } = await newsroomWithPost();
    const same = await admin.post('/api/v1/organization/model/preview', { model: 'coordinated' });
    expect(same.status).toBe(422);
    expect(detailOf(same)).toMatchObject({ code: 'model_switch.unchanged', path: 'body.model' });
    const bad = await admin.post('/api/v1/organization/model/preview', { model: 'anarchy' });
    expect(bad.status).toBe(400);
    expect(detailOf(bad).path).toBe('body.model');
  });
});

describe('apply', () => {
  it('switches, logs, recomputes the chains and tells everyone concerned', async () => {
    const { org, admin, author, postId } = await newsroomWithPost();
    const p = await preview(admin, { model: 'centralized' });
    const result = await ok<ModelApplyResult>(
      admin.post('/api/v1/organization/model/apply', {
        model: 'centralized',
        expectedRevision: p.revision,
      }),
    );
    expect(result.organization.model).toBe('centralized');
    expect(result.postsRecomputed).toBe(1);
    expect(result.preview.members).toEqual(p.members);
    expect(result.notices).toBe(p.members.length);

    const post = await ok(author.get(`/api/v1/posts/${postId}`));
    expect(post.approval.steps.map((s: { pool: string }) => s.pool)).toEqual(['hub_editors']);

    const log = await database.db
      .selectFrom('activity')
      .select(['kind', 'data', 'actor_id'])
      .where('organization_id', '=', org.org.id)
      .where('kind', '=', 'organization.model_changed')
      .execute();
    expect(log).toEqual([
      {
        kind: 'organization.model_changed',
        actor_id: org.admin.id,
        data: expect.objectContaining({
          from: 'coordinated',
          to: 'centralized',
          switchId: result.switchId,
          membersAffected: p.summary.membersAffected,
          postsRecomputed: 1,
          notices: result.notices,
        }),
      },
    ]);
    const switchRow = await database.db
      .selectFrom('model_switches')
      .selectAll()
      .where('id', '=', result.switchId)
      .executeTakeFirstOrThrow();
    expect(switchRow).toMatchObject({
      organization_id: org.org.id,
      from_model: 'coordinated',
      to_model: 'centralized',
      applied_by: org.admin.id,
      revision: p.revision,
    });

    // The author is told that their post has a new chain and who approves their posts now.
    const duties = await ok(author.get('/api/v1/duties'));
    expect(duties.pendingCount).toBe(1);
    const notice = duties.items[0];
    expect(notice.items.map((i: { code: string }) => i.code)).toEqual(
      expect.arrayContaining(['model.switched', 'approvers.changed', 'posts.rechained']),
    );
    expect(notice.lines.join('\n')).toContain('Harbour news');

    // A second apply with the same, now stale revision changes nothing.
    const again = await admin.post('/api/v1/organization/model/apply', {
      model: 'holistic',
      expectedRevision: p.revision,
    });
    expect(again.status).toBe(409);
  });

  it('switches model settings alone, as a switch of its own', async () => {
    const org = await buildNewsroom(database.db, { model: 'decentralized' });
    const admin = await signIn(server, org.admin.email);
    const settings = { decentralized: { contributorsNeedLeadDefault: false } };
    const p = await preview(admin, { model: 'decentralized', modelSettings: settings });
    const author = p.members.find((m) => m.memberId === org.author.id)!;
    expect(author.changes.filter((c) => c.action === 'publish').map((c) => c.change)).toEqual([
      'changed',
      'changed',
    ]);
    const result = await ok<ModelApplyResult>(
      admin.post('/api/v1/organization/model/apply', {
        model: 'decentralized',
        modelSettings: settings,
        expectedRevision: p.revision,
      }),
    );
    expect(result.organization.modelSettings).toEqual(settings);
    const kinds = await database.db
      .selectFrom('activity')
      .select('kind')
      .where('organization_id', '=', org.org.id)
      .where('kind', 'like', 'organization.%')
      .execute();
    expect(kinds.map((k) => k.kind)).toEqual(['organization.model_settings_changed']);
    const items = await database.db
      .selectFrom('duty_notices')
      .select('items')
      .where('member_id', '=', org.author.id)
      .executeTakeFirstOrThrow();
    expect(items.items[0]).toEqual({
      code: 'settings.changed',
      params: { model: 'decentralized' },
    });
  });

  it('refuses when the organization changed since the preview (409), then works again', async () => {
    const { org, admin } = await newsroomWithPost();
    const p = await preview(admin, { model: 'centralized' });
    await ok(
      admin.post('/api/v1/units', { parentId: org.org.rootId, name: 'New team', kind: 'team' }),
      201,
    );
    const before = await fingerprint(database.db, org.org.id);
    const stale = await admin.post('/api/v1/organization/model/apply', {
      model: 'centralized',
      expectedRevision: p.revision,
    });
    expect(stale.status).toBe(409);
    expect(detailOf(stale)).toMatchObject({
      code: 'organization.changed',
      path: 'body.expectedRevision',
    });
    expect(await fingerprint(database.db, org.org.id)).toEqual(before);
    const fresh = await preview(admin, { model: 'centralized' });
    expect(fresh.revision).not.toBe(p.revision);
    await ok(
      admin.post('/api/v1/organization/model/apply', {
        model: 'centralized',
        expectedRevision: fresh.revision,
      }),
    );
  });

  it('is for admins only: 403 with the reason, nothing written', async () => {
    const { org, author } = await newsroomWithPost();
    const editor = await signIn(server, org.editors[0].email);
    const before = await fingerprint(database.db, org.org.id);
    for (const c of [author, editor]) {
      const p = await c.post('/api/v1/organization/model/preview', { model: 'centralized' });
      expect(p.status).toBe(403);
      expect(detailOf(p)).toMatchObject({
        code: 'org.admin_required',
        params: { action: 'manage_organization' },
      });
      const all = await c.get('/api/v1/organization/model/previews');
      expect(all.status).toBe(403);
      const a = await c.post('/api/v1/organization/model/apply', {
        model: 'centralized',
        expectedRevision: '1',
      });
      expect(a.status).toBe(403);
      expect(detailOf(a).code).toBe('org.admin_required');
    }
    expect(await fingerprint(database.db, org.org.id)).toEqual(before);
  });

  it('is atomic: a failure while writing the duty notices leaves nothing behind', async () => {
    const { org, admin, postId } = await newsroomWithPost();
    const p = await preview(admin, { model: 'centralized' });
    // The last writes of a switch are the duty notices; make them fail for this organization.
    await sql`create function fail_duties() returns trigger language plpgsql as $$
      begin raise exception 'duty notices are down'; end $$`.execute(database.db);
    await sql`create trigger fail_duties before insert on duty_notices for each row
      when (new.organization_id = ${sql.lit(org.org.id)}::uuid) execute function fail_duties()`.execute(
      database.db,
    );
    const before = await fingerprint(database.db, org.org.id);
    try {
      const res = await admin.post('/api/v1/organization/model/apply', {
        model: 'centralized',
        expectedRevision: p.revision,
      });
      expect(res.status).toBe(500);
      expect(await fingerprint(database.db, org.org.id)).toEqual(before);
      const post = await database.db
        .selectFrom('posts')
        .select('approval_round')
        .where('id', '=', postId)
        .executeTakeFirstOrThrow();
      expect(post.approval_round).toBe(1);
    } finally {
      await sql`drop trigger fail_duties on duty_notices`.execute(database.db);
      await sql`drop function fail_duties()`.execute(database.db);
    }
    // The same preview still applies: nothing moved the revision.
    await ok(
      admin.post('/api/v1/organization/model/apply', {
        model: 'centralized',
        expectedRevision: p.revision,
      }),
    );
  });
});

describe('PATCH /organization', () => {
  it('keeps name, locale and time zone; a model change points to the switch', async () => {
    const { org, admin } = await newsroomWithPost();
    const res = await admin.patch('/api/v1/organization', { name: 'Renamed', model: 'holistic' });
    expect(res.status).toBe(422);
    expect(detailOf(res)).toMatchObject({
      code: 'organization.use_model_switch',
      path: 'body.model',
    });
    const renamed = await ok(admin.patch('/api/v1/organization', { name: 'Renamed' }));
    expect(renamed).toMatchObject({ name: 'Renamed', model: 'coordinated' });
    expect(bodyOf<{ id: string }>({ body: renamed }).id).toBe(org.org.id);
  });
});
