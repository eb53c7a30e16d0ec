import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGS, DEMO_PASSWORD } from '../src/app/demo/demo-orgs.ts';
import { seedDemoCopy, type DemoSummary } from '../src/app/demo/seed-demo.ts';
import type { Deps } from '../src/app/deps.ts';
import { loadSnapshot } from '../src/app/snapshot.ts';
import type { ModelPreview } from '../src/contracts/model-switch.ts';
import { decide } from '../src/core/governance/decide.ts';
import { decideOrganization, ORGANIZATION_ACTIONS } from '../src/core/governance/organization.ts';
import type { Snapshot } from '../src/core/governance/snapshot.ts';
import type { Decision } from '../src/core/governance/types.ts';
import { ACTIONS, MODELS } from '../src/core/governance/types.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { testDeps } from './factories.ts';
import { signIn, startTestServer, type TestServer } from './http.ts';
import { bodyOf, detailOf } from './responses.ts';

/**
 * Every demo organization switched to every other model (20 switches): preview, then apply over
 * the API as the organization's admin. Afterwards the organization decides exactly as a fresh
 * copy of it that had the target model from the start: the whole `decide` matrix (every member ×
 * every channel and unit × every action, with steps, scope and reasons) and every
 * organization-level action. The preview's diff is what actually changed.
 */

let database: TestDatabase;
let deps: Deps;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database.db);
  server = await startTestServer(deps);
});
afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

/** Id → name of every unit, channel (its handle) and member, to compare two organizations. */
async function namesOf(organizationId: string): Promise<Map<string, string>> {
  const [units, channels, members] = await Promise.all([
    database.db
      .selectFrom('units')
      .select(['id', 'name'])
      .where('organization_id', '=', organizationId)
      .execute(),
    database.db
      .selectFrom('channels')
      .select(['id', 'handle'])
      .where('organization_id', '=', organizationId)
      .execute(),
    database.db
      .selectFrom('members')
      .select(['id', 'name'])
      .where('organization_id', '=', organizationId)
      .execute(),
  ]);
  return new Map([
    ...units.map((u) => [u.id, `unit:${u.name}`] as const),
    ...channels.map((c) => [c.id, `channel:${c.handle}`] as const),
    ...members.map((m) => [m.id, `member:${m.name}`] as const),
  ]);
}

/** A decision with every id replaced by its name, as one comparable line. */
function line(names: Map<string, string>, question: string, d: Decision): string {
  const name = (v: unknown) => (typeof v === 'string' ? (names.get(v) ?? v) : v);
  return JSON.stringify([
    question,
    d.allowed,
    d.steps.map((s) => [s.pool, name(s.unitId), s.rule]),
    d.scope ?? null,
    d.reasons.map((r) => [
      r.code,
      Object.entries(r.params ?? {})
        .map(([k, v]) => [k, name(v)])
        .sort(),
    ]),
  ]);
}

/** Every question the organization can be asked, by name: the full matrix. */
function matrix(s: Snapshot, names: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const memberId of s.memberIds) {
    const who = names.get(memberId)!;
    const ask = (what: string, d: Decision) => {
      const key = `${who} ${what}`;
      out.set(key, line(names, key, d));
    };
    for (const action of ORGANIZATION_ACTIONS) {
      ask(action, decideOrganization(s, memberId, action));
    }
    for (const action of ACTIONS) {
      for (const channelId of s.channelIds) {
        ask(`${action} ${names.get(channelId)}`, decide(s, memberId, action, { channelId }, {}));
      }
      for (const unitId of s.unitIds) {
        ask(`${action} ${names.get(unitId)}`, decide(s, memberId, action, { unitId }, {}));
      }
    }
  }
  return out;
}

async function snapshotOf(organizationId: string): Promise<Snapshot> {
  return (await loadSnapshot(database.db, organizationId)).snapshot;
}

const adminOf = (summary: DemoSummary) => summary.members.find((m) => m.admin)!.email;

const SWITCHES = DEMO_ORGS.flatMap((org, i) =>
  MODELS.filter((m) => m !== org.model).map((to) => ({ org, to, tag: `${i}${to.slice(0, 4)}` })),
);

describe('switching each demo organization to each other model', () => {
  it('covers 20 switches', () => {
    expect(SWITCHES).toHaveLength(20);
  });

  it.each(SWITCHES)('$org.name: $org.model → $to', async ({ org, to, tag }) => {
    const switched = await seedDemoCopy(deps, org.name, { model: org.model, tag: `s${tag}` });
    const fresh = await seedDemoCopy(deps, org.name, { model: to, tag: `f${tag}` });
    const names = await namesOf(switched.organizationId);
    const freshNames = await namesOf(fresh.organizationId);
    const before = matrix(await snapshotOf(switched.organizationId), names);

    const admin = await signIn(server, adminOf(switched), DEMO_PASSWORD);
    const res = await admin.post('/api/v1/organization/model/preview', { model: to });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const preview = bodyOf<ModelPreview>(res);
    expect(preview).toMatchObject({ from: { model: org.model }, to: { model: to } });

    const apply = (body: object) =>
      admin.post('/api/v1/organization/model/apply', {
        model: to,
        expectedRevision: preview.revision,
        ...body,
      });
    if (preview.summary.structureRequired > 0) {
      const refused = await apply({});
      expect(refused.status, JSON.stringify(refused.body)).toBe(422);
      expect(detailOf(refused).code).toBe('model_switch.structure_missing');
    }
    const applied = await apply({ acceptMissingStructure: preview.summary.structureRequired > 0 });
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    expect(applied.body.organization.model).toBe(to);

    const afterSnapshot = await snapshotOf(switched.organizationId);
    expect(afterSnapshot.model).toBe(to);
    const after = matrix(afterSnapshot, names);
    const expected = matrix(await snapshotOf(fresh.organizationId), freshNames);
    expect([...after.values()].sort()).toEqual([...expected.values()].sort());

    // The preview named exactly the channel questions whose answer changed.
    const channelKeys = [...before.keys()].filter((k) => / channel:/.test(k));
    const changed = channelKeys.filter((k) => {
      const [b, a] = [JSON.parse(before.get(k)!), JSON.parse(after.get(k)!)];
      return (
        b[1] !== a[1] || (a[1] && JSON.stringify([b[2], b[3]]) !== JSON.stringify([a[2], a[3]]))
      );
    });
    const previewed = preview.members.flatMap((m) =>
      m.changes.map((c) => `${names.get(m.memberId)} ${c.action} ${names.get(c.channelId)}`),
    );
    expect(previewed.sort()).toEqual(changed.sort());
    expect(changed.length, 'a switch that changes nothing shows nothing').toBeGreaterThan(0);

    // One duty notice per member the switch concerns, each also a notification.
    const notices = await database.db
      .selectFrom('duty_notices')
      .select('member_id')
      .where('organization_id', '=', switched.organizationId)
      .where('source', '=', 'model_switch')
      .execute();
    expect(applied.body.notices).toBe(notices.length);
    expect(new Set(notices.map((n) => n.member_id))).toEqual(
      new Set(preview.members.map((m) => m.memberId)),
    );
  });
});
