import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrainingOverview } from '../src/contracts/training.ts';
import type { ModelKey } from '../src/core/governance/types.ts';
import { MODELS } from '../src/core/governance/types.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { buildChannel, buildMember, buildOrg, buildUnit, testDeps } from './factories.ts';
import { signIn, startTestServer, type TestServer } from './http.ts';
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
 * One organization per model with the same tree: root ─ region ─ dept (the channel's unit), a
 * hub over the root and a regional hub over the region (ordinary units in holistic and
 * decentralized). Strategy version 1. `approver` is untrained, in the position that approves in
 * the model; `uninformed` is a department editor who has not acknowledged the strategy (German).
 */
async function orgFor(model: ModelKey) {
  const org = await buildOrg(database.db, { model, strategyVersion: 1 });
  const region = await buildUnit(database.db, org, { name: 'Region', kind: 'region' });
  const dept = await buildUnit(database.db, org, { name: 'Dept', parentId: region });
  const hub = await buildUnit(database.db, org, {
    name: 'Hub',
    kind: 'team',
    isHub: true,
    covers: org.rootId,
  });
  const regional = await buildUnit(database.db, org, {
    name: 'Regional hub',
    kind: 'team',
    parentId: region,
    isHub: true,
    covers: region,
  });
  const channel = await buildChannel(database.db, org, { unitId: dept });
  const seat: Record<ModelKey, { unitId: string; role: 'member' | 'lead' | 'editor' }> = {
    holistic: { unitId: dept, role: 'member' },
    decentralized: { unitId: dept, role: 'lead' },
    coordinated: { unitId: hub, role: 'editor' },
    centralized: { unitId: hub, role: 'editor' },
    multi_coordinated: { unitId: regional, role: 'editor' },
  };
  const admin = await buildMember(database.db, org, { admin: true, strategyAckVersion: 1 });
  const approver = await buildMember(database.db, org, {
    trained: false,
    strategyAckVersion: 1,
    memberships: [seat[model]],
  });
  const uninformed = await buildMember(database.db, org, {
    locale: 'de',
    strategyAckVersion: 0,
    memberships: [{ unitId: dept, role: 'editor' }],
  });
  return { org, channel, admin, approver, uninformed };
}

describe('training records', () => {
  it('both required topics make a member trained, as of the later one', async () => {
    const o = await orgFor('holistic');
    const admin = await signIn(server, o.admin.email);
    const path = `/api/v1/members/${o.approver.id}/training-records`;

    const first = await ok<TrainingOverview>(
      admin.post(path, { topic: 'customer_handling', completedAt: '2024-03-02T09:00:00Z' }),
      201,
    );
    expect(first).toMatchObject({ trainedAt: null, missingTopics: ['business_policy'] });
    const other = await ok<TrainingOverview>(
      admin.post(path, {
        topic: 'other',
        title: 'Crisis drill',
        completedAt: '2024-04-01T09:00:00Z',
      }),
      201,
    );
    expect(other.trainedAt).toBeNull();
    const second = await ok<TrainingOverview>(
      admin.post(path, { topic: 'business_policy', completedAt: '2024-03-09T14:30:00+01:00' }),
      201,
    );
    expect(second.trainedAt).toBe('2024-03-09T13:30:00.000Z');
    expect(second.missingTopics).toEqual([]);
    expect(second.records.map((r) => [r.topic, r.title, r.confirmedBy])).toEqual([
      ['customer_handling', '', o.admin.id],
      ['business_policy', '', o.admin.id],
      ['other', 'Crisis drill', o.admin.id],
    ]);
    // Already trained: a later refresher keeps the date.
    const refresher = await ok<TrainingOverview>(
      admin.post(path, { topic: 'business_policy' }),
      201,
    );
    expect(refresher.trainedAt).toBe('2024-03-09T13:30:00.000Z');

    const member = await ok(admin.get(`/api/v1/members/${o.approver.id}`));
    expect(member.trainedAt).toBe('2024-03-09T13:30:00.000Z');
    const log = await database.db
      .selectFrom('activity')
      .select('kind')
      .where('organization_id', '=', o.org.id)
      .where('subject_id', '=', o.approver.id)
      .orderBy('id')
      .execute();
    expect(log.map((l) => l.kind)).toEqual([
      'member.training_recorded',
      'member.training_recorded',
      'member.training_recorded',
      'member.trained',
      'member.training_recorded',
    ]);

    // The flag still clears the gate; the records stay as history.
    await ok(admin.post(`/api/v1/members/${o.approver.id}/training`, { trained: false }));
    const cleared = await ok<TrainingOverview>(admin.get(path));
    expect(cleared.trainedAt).toBeNull();
    expect(cleared.records).toHaveLength(4);
  });

  it('members read their own; only admins read others and record', async () => {
    const o = await orgFor('coordinated');
    const member = await signIn(server, o.approver.email);
    const own = await ok<TrainingOverview>(
      member.get(`/api/v1/members/${o.approver.id}/training-records`),
    );
    expect(own).toEqual({
      memberId: o.approver.id,
      trainedAt: null,
      missingTopics: ['business_policy', 'customer_handling'],
      records: [],
    });
    const others = await member.get(`/api/v1/members/${o.uninformed.id}/training-records`);
    expect(others.status).toBe(403);
    expect(detailOf(others).code).toBe('org.admin_required');
    const write = await member.post(`/api/v1/members/${o.approver.id}/training-records`, {
      topic: 'business_policy',
    });
    expect(write.status).toBe(403);
    expect(detailOf(write).code).toBe('org.admin_required');
    const rows = await database.db
      .selectFrom('training_records')
      .select('id')
      .where('organization_id', '=', o.org.id)
      .execute();
    expect(rows).toEqual([]);
  });
});

describe('the training and strategy gates, through /decide, in every model', () => {
  it.each(MODELS)(
    '%s: every denial names its gate; records and acknowledgement lift it',
    async (model) => {
      const o = await orgFor(model);
      const approver = await signIn(server, o.approver.email);
      const approve = `/api/v1/decide?action=approve&channelId=${o.channel}`;
      const denied = await ok(approver.get(approve));
      expect(denied.allowed).toBe(false);
      expect(denied.reasons[0]).toEqual({
        code: 'gate.untrained',
        params: {},
        message:
          'You have not yet completed the training in business policy and customer handling.',
      });

      const uninformed = await signIn(server, o.uninformed.email);
      for (const action of ['publish', 'approve', 'reply_inbox']) {
        const d = await ok(
          uninformed.get(`/api/v1/decide?action=${action}&channelId=${o.channel}`),
        );
        expect(d.allowed, action).toBe(false);
        expect(d.reasons[0], action).toEqual({
          code: 'gate.uninformed',
          params: { strategyVersion: 1, acknowledgedVersion: 0 },
          message:
            'Sie haben die aktuelle Strategie (Version 1) noch nicht bestätigt: Sie dürfen Entwürfe schreiben, aber nicht veröffentlichen oder freigeben.',
        });
      }
      // Drafting has no gate.
      expect(
        (await ok(uninformed.get(`/api/v1/decide?action=draft&channelId=${o.channel}`))).allowed,
      ).toBe(true);

      const admin = await signIn(server, o.admin.email);
      for (const topic of ['business_policy', 'customer_handling']) {
        await ok(admin.post(`/api/v1/members/${o.approver.id}/training-records`, { topic }), 201);
      }
      const allowed = await ok(approver.get(approve));
      expect(allowed.allowed, JSON.stringify(allowed)).toBe(true);

      await ok(uninformed.post('/api/v1/strategy/acknowledge', { version: 1 }));
      const publish = await ok(
        uninformed.get(`/api/v1/decide?action=publish&channelId=${o.channel}`),
      );
      expect(publish.allowed, JSON.stringify(publish)).toBe(true);
    },
  );
});
