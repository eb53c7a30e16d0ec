import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { buildMember, buildOrg, buildUnit, testDeps, type BuiltOrg } from './factories.ts';
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
  error: {
    code: string;
    details: { path?: string; code: string; params?: Record<string, unknown> }[];
  };
}
interface Effective {
  unitId: string;
  rules: {
    unitId: string;
    unitName: string;
    rule: Record<string, unknown>;
    tightenedBy: string[];
  }[];
  ignored: { unitId: string; loosening: string }[];
}

const companyRules = {
  name: 'Company rules',
  rules: [
    { kind: 'banned_term', severity: 'block', term: 'cheap', reason: 'Not our voice' },
    { kind: 'hashtag_max', severity: 'warn', max: 3 },
    { kind: 'link_domains', severity: 'warn', domains: ['acme.com', 'acme.de'] },
  ],
};

async function ruleRows(org: BuiltOrg, unitId: string) {
  return database.db
    .selectFrom('guideline_rules')
    .innerJoin('guideline_sets', 'guideline_sets.id', 'guideline_rules.set_id')
    .select(['guideline_rules.position', 'guideline_rules.rule', 'guideline_sets.name'])
    .where('guideline_sets.organization_id', '=', org.id)
    .where('guideline_sets.unit_id', '=', unitId)
    .orderBy('guideline_rules.position')
    .execute();
}

async function decentralized() {
  const org = await buildOrg(database.db, { model: 'decentralized' });
  const press = await buildUnit(database.db, org, { name: 'Press' });
  const sales = await buildUnit(database.db, org, { name: 'Sales' });
  const admin = await buildMember(database.db, org, { admin: true });
  const pressLead = await buildMember(database.db, org, {
    memberships: [{ unitId: press, role: 'lead' }],
  });
  const salesLead = await buildMember(database.db, org, {
    memberships: [{ unitId: sales, role: 'lead' }],
  });
  return { org, press, sales, admin, pressLead, salesLead };
}

describe('guidelines', () => {
  it('stores a set per unit, inherits it down the tree, and lets units tighten it', async () => {
    const { org, press, admin, pressLead } = await decentralized();
    const a = await signIn(server, admin.email);
    const root = await a.put(`/api/v1/units/${org.rootId}/guidelines`, companyRules);
    expect(root.status).toBe(200);
    expect(root.body).toMatchObject({
      unitId: org.rootId,
      name: 'Company rules',
      rules: companyRules.rules,
    });

    const p = await signIn(server, pressLead.email);
    const own = {
      name: 'Press rules',
      rules: [
        { kind: 'hashtag_max', severity: 'block', max: 1 },
        { kind: 'banned_term', severity: 'warn', term: 'exclusive', reason: 'Overused' },
        { kind: 'link_domains', severity: 'warn', domains: ['press.acme.com'] },
      ],
    };
    expect((await p.put(`/api/v1/units/${press}/guidelines`, own)).status).toBe(200);

    // One row per rule, in order, as JSON.
    const rows = await ruleRows(org, press);
    expect(rows.map((r) => r.position)).toEqual([0, 1, 2]);
    expect(rows.map((r) => r.rule)).toEqual(own.rules);

    const mine = await p.get(`/api/v1/units/${press}/guidelines`);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ unitId: press, name: 'Press rules', rules: own.rules });

    const effective = (await p.get(`/api/v1/units/${press}/guidelines/effective`))
      .body as Effective;
    expect(effective.unitId).toBe(press);
    expect(effective.ignored).toEqual([]);
    const byKind = (kind: string, term?: string) =>
      effective.rules.find(
        (r) => r.rule.kind === kind && (term === undefined || r.rule.term === term),
      );
    expect(byKind('banned_term', 'cheap')).toMatchObject({
      unitId: org.rootId,
      unitName: 'Company',
      tightenedBy: [],
    });
    expect(byKind('banned_term', 'exclusive')).toMatchObject({ unitId: press, unitName: 'Press' });
    expect(byKind('hashtag_max')).toMatchObject({
      unitId: org.rootId,
      rule: { max: 1, severity: 'block' },
      tightenedBy: [press],
    });
    expect(byKind('link_domains')!.rule.domains).toEqual(['press.acme.com']);
    expect(effective.rules).toHaveLength(4);

    // Replacing is whole: the old rules go.
    const smaller = {
      name: 'Press rules v2',
      rules: [{ kind: 'hashtag_max', severity: 'warn', max: 2 }],
    };
    expect((await p.put(`/api/v1/units/${press}/guidelines`, smaller)).status).toBe(200);
    expect((await ruleRows(org, press)).map((r) => r.rule)).toEqual(smaller.rules);

    const log = (await a.get(`/api/v1/activity?subjectType=unit&subjectId=${press}`)).body as {
      items: { kind: string; data: Record<string, unknown> }[];
    };
    expect(log.items.map((i) => i.kind)).toEqual(['guidelines.replaced', 'guidelines.replaced']);
    expect(log.items[0]!.data).toMatchObject({ name: 'Press rules v2', rules: 1 });
  });

  it('refuses a set that loosens an inherited rule (422) and keeps the old one', async () => {
    const { org, press, admin, pressLead } = await decentralized();
    await (
      await signIn(server, admin.email)
    ).put(`/api/v1/units/${org.rootId}/guidelines`, companyRules);
    const p = await signIn(server, pressLead.email);
    const before = { name: 'Press', rules: [{ kind: 'hashtag_max', severity: 'warn', max: 2 }] };
    expect((await p.put(`/api/v1/units/${press}/guidelines`, before)).status).toBe(200);

    const res = await p.put(`/api/v1/units/${press}/guidelines`, {
      name: 'Looser',
      rules: [
        { kind: 'banned_term', severity: 'warn', term: 'Cheap', reason: 'soft' },
        { kind: 'languages', severity: 'warn', codes: ['de'] },
        { kind: 'hashtag_max', severity: 'warn', max: 5 },
        { kind: 'link_domains', severity: 'warn', domains: ['acme.com', 'evil.example'] },
      ],
    });
    expect(res.status).toBe(422);
    const details = (res.body as ErrorBody).error.details;
    expect(details.map((d) => [d.path, d.code, d.params?.loosening])).toEqual([
      ['body.rules.0', 'guideline.loosens_inherited', 'severity_lowered'],
      ['body.rules.2', 'guideline.loosens_inherited', 'limit_raised'],
      ['body.rules.3', 'guideline.loosens_inherited', 'domains_added'],
    ]);
    expect(details[1]!.params).toMatchObject({
      inherited: { kind: 'hashtag_max', max: 3 },
      inheritedUnitId: org.rootId,
    });
    const rows = await ruleRows(org, press);
    expect(rows.map((r) => r.rule)).toEqual(before.rules);
    expect(rows[0]!.name).toBe('Press');
  });

  it('decentralized: a lead of another unit may not set this unit’s guidelines (403)', async () => {
    const { org, press, salesLead, pressLead } = await decentralized();
    const s = await signIn(server, salesLead.email);
    const res = await s.put(`/api/v1/units/${press}/guidelines`, companyRules);
    expect(res.status).toBe(403);
    expect((res.body as ErrorBody).error.details.map((d) => d.code)).toEqual([
      'model.decentralized.unit_leads_only',
      'relation.not_member_of_unit',
    ]);
    // The root's rules bind everyone: only admins set them.
    const p = await signIn(server, pressLead.email);
    const root = await p.put(`/api/v1/units/${org.rootId}/guidelines`, companyRules);
    expect(root.status).toBe(403);
    expect((root.body as ErrorBody).error.details.map((d) => d.code)).toEqual([
      'model.decentralized.root_admins_only',
    ]);
    expect((await s.delete(`/api/v1/units/${press}/guidelines`)).status).toBe(403);
    // Reading is open to every member.
    expect((await s.get(`/api/v1/units/${press}/guidelines`)).status).toBe(200);
    expect(await ruleRows(org, press)).toEqual([]);
  });

  it('centralized: only hub editors manage guidelines', async () => {
    const org = await buildOrg(database.db, { model: 'centralized' });
    const hub = await buildUnit(database.db, org, {
      name: 'HQ social',
      isHub: true,
      covers: org.rootId,
    });
    const branch = await buildUnit(database.db, org, { name: 'Branch' });
    const branchLead = await buildMember(database.db, org, {
      memberships: [{ unitId: branch, role: 'lead' }],
    });
    const admin = await buildMember(database.db, org, { admin: true });
    const hubEditor = await buildMember(database.db, org, {
      memberships: [{ unitId: hub, role: 'editor' }],
    });
    for (const who of [branchLead, admin]) {
      const res = await (
        await signIn(server, who.email)
      ).put(`/api/v1/units/${branch}/guidelines`, companyRules);
      expect(res.status).toBe(403);
      expect((res.body as ErrorBody).error.details.map((d) => d.code)).toContain(
        'model.centralized.hub_only',
      );
    }
    const h = await signIn(server, hubEditor.email);
    expect((await h.put(`/api/v1/units/${org.rootId}/guidelines`, companyRules)).status).toBe(200);
    expect(
      (await h.put(`/api/v1/units/${branch}/guidelines`, { name: 'Branch', rules: [] })).status,
    ).toBe(200);
  });

  it('deletes a set, answers 404 for foreign units, and rejects bad input (400) writing nothing', async () => {
    const { org, press, admin, pressLead } = await decentralized();
    const other = await decentralized();
    const a = await signIn(server, admin.email);
    const p = await signIn(server, pressLead.email);
    await p.put(`/api/v1/units/${press}/guidelines`, companyRules);

    expect((await p.delete(`/api/v1/units/${press}/guidelines`)).status).toBe(200);
    expect((await p.get(`/api/v1/units/${press}/guidelines`)).body).toEqual({
      unitId: press,
      name: null,
      rules: [],
      updatedAt: null,
    });
    expect((await p.delete(`/api/v1/units/${press}/guidelines`)).status).toBe(404);
    const log = (await a.get(`/api/v1/activity?kind=guidelines.deleted`)).body as {
      items: { subjectId: string }[];
    };
    expect(log.items.map((i) => i.subjectId)).toEqual([press]);

    const foreign = other.press;
    await (
      await signIn(server, other.pressLead.email)
    ).put(`/api/v1/units/${foreign}/guidelines`, companyRules);
    for (const res of [
      await a.get(`/api/v1/units/${foreign}/guidelines`),
      await a.get(`/api/v1/units/${foreign}/guidelines/effective`),
      await a.put(`/api/v1/units/${foreign}/guidelines`, companyRules),
      await a.delete(`/api/v1/units/${foreign}/guidelines`),
    ]) {
      expect(res.status).toBe(404);
    }
    expect(await ruleRows(other.org, foreign)).toHaveLength(3);

    const tooMany = Array.from({ length: 201 }, () => ({
      kind: 'hashtag_max',
      severity: 'warn',
      max: 1,
    }));
    const cases: [unknown, string][] = [
      [{ rules: [] }, 'body.name'],
      [{ name: 'x', rules: [], extra: true }, 'body.extra'],
      [{ name: 'x', rules: tooMany }, 'body.rules'],
      [
        { name: 'x', rules: [{ kind: 'hashtag_max', severity: 'warn', max: -1 }] },
        'body.rules.0.max',
      ],
      [
        { name: 'x', rules: [{ kind: 'hashtag_max', severity: 'loud', max: 1 }] },
        'body.rules.0.severity',
      ],
      [
        {
          name: 'x',
          rules: [
            { kind: 'posting_window', severity: 'warn', days: [1], start: '18:00', end: '09:00' },
          ],
        },
        'body.rules.0.end',
      ],
    ];
    for (const [body, path] of cases) {
      const res = await p.put(`/api/v1/units/${press}/guidelines`, body);
      expect(res.status, path).toBe(400);
      expect(
        (res.body as ErrorBody).error.details.map((d) => d.path),
        path,
      ).toContain(path);
    }
    const unknownKind = await p.put(`/api/v1/units/${press}/guidelines`, {
      name: 'x',
      rules: [{ kind: 'vibes', severity: 'warn' }],
    });
    expect(unknownKind.status).toBe(400);
    expect((unknownKind.body as ErrorBody).error.details[0]!.path).toMatch(/^body\.rules\.0/);
    expect(await ruleRows(org, press)).toEqual([]);
    const sets = await database.db
      .selectFrom('guideline_sets')
      .select('id')
      .where('organization_id', '=', org.id)
      .execute();
    expect(sets).toEqual([]);
  });
});
