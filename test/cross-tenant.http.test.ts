import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarRange, contentIdFields, type IdField, type Kind } from './cross-tenant.content.ts';
import { costIdFields } from './cross-tenant.costs.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { testDeps } from './factories.ts';
import { startTestServer, type TestServer } from './http.ts';
import { apiRoutes, type ApiRoute, type JsonSchema } from './openapi.ts';
import { errorOf } from './responses.ts';
import {
  STAFFING_PROFILE,
  fingerprint,
  populateOrg,
  uuidsOf,
  type Fingerprint,
  type PopulatedOrg,
} from './tenants.ts';

/**
 * Two fully populated organizations, A and B. A's admin, who is also an editor of A's global hub
 * (so no permission ever hides a leak), uses B's ids everywhere an id goes: every answer is the
 * 404 an unknown id gets, nothing of B shows in any list, and neither organization changes.
 */

let database: TestDatabase;
let server: TestServer;
let a: PopulatedOrg;
let b: PopulatedOrg;
/** Every uuid of B's rows and the tag in all of B's names, emails and handles. */
let bMarkers: string[];
let aIds: string[];
let prints: { a: Fingerprint; b: Fingerprint };

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(testDeps(database.db));
  a = await populateOrg(database.db, server, 'alpha');
  b = await populateOrg(database.db, server, 'bravo');
  bMarkers = [b.tag, ...(await uuidsOf(database.db, b.id))];
  aIds = await uuidsOf(database.db, a.id);
  prints = { a: await fingerprint(database.db, a.id), b: await fingerprint(database.db, b.id) };
});
afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

async function expectBothUnchanged(): Promise<void> {
  expect(await fingerprint(database.db, b.id)).toEqual(prints.b);
  expect(await fingerprint(database.db, a.id)).toEqual(prints.a);
}

/** As A's admin (session): the JSON body and its raw text. */
async function call(method: string, path: string, body?: unknown) {
  const res = await a.api.request(method, path, body);
  return { ...res, text: JSON.stringify(res.body) };
}

const randomId = () => crypto.randomUUID();

/** What `{id}` names, by the first segment of the path after /api/v1. */
const KIND_BY_PREFIX: Record<string, Kind> = {
  organizations: 'organization',
  members: 'member',
  tokens: 'token',
  units: 'unit',
  channels: 'channel',
  campaigns: 'campaign',
  posts: 'post',
  media: 'media',
  notifications: 'notification',
  timers: 'timer',
  costs: 'other_cost',
  duties: 'duty',
  'staffing-plans': 'staffing_plan',
};

function kindOf(path: string): Kind {
  const prefix = /^\/api\/v1\/([^/]+)\//.exec(path)?.[1] ?? '';
  const kind = KIND_BY_PREFIX[prefix];
  if (!kind) throw new Error(`no object kind for ${path}: add its prefix to KIND_BY_PREFIX`);
  return kind;
}

function idsOf(o: PopulatedOrg, kind: Kind): string[] {
  switch (kind) {
    case 'organization':
      return [o.id];
    case 'member':
      return [o.admin.id, o.member.id, o.inviteeId];
    case 'token':
      return [o.tokens.admin, o.tokens.member];
    case 'unit':
      return Object.values(o.units);
    case 'channel':
      return Object.values(o.channels);
    case 'post':
      return Object.values(o.posts);
    case 'media':
      return [o.media];
    case 'notification':
      return o.notifications;
    case 'campaign':
      return [o.campaign];
    case 'timer':
      return [o.costs.timer];
    case 'other_cost':
      return [o.costs.otherCost];
    case 'duty':
      return o.duties;
    case 'staffing_plan':
      return [o.staffingPlan];
  }
}

/** A valid body for each `{id}` route that takes one, so that only the id can be wrong. */
const BODY_FOR: Record<string, (o: PopulatedOrg) => unknown> = {
  'PATCH /api/v1/members/{id}': () => ({ name: 'Renamed' }),
  'PUT /api/v1/members/{id}/memberships': (o) => ({
    memberships: [{ unitId: o.units.dept, role: 'member' }],
  }),
  'POST /api/v1/members/{id}/training': () => ({ trained: false }),
  'POST /api/v1/members/{id}/training-records': () => ({ topic: 'business_policy' }),
  'PATCH /api/v1/units/{id}': () => ({ name: 'Renamed' }),
  'POST /api/v1/units/{id}/move': (o) => ({ parentId: o.units.root }),
  'PUT /api/v1/units/{id}/guidelines': () => ({ name: 'Rules', rules: [] }),
  'PATCH /api/v1/channels/{id}': () => ({ displayName: 'Renamed' }),
  'PATCH /api/v1/campaigns/{id}': () => ({ name: 'Renamed' }),
  'PATCH /api/v1/costs/other/{id}': () => ({ description: 'Renamed' }),
  'PATCH /api/v1/posts/{id}': () => ({ version: 1, title: 'Renamed' }),
  'POST /api/v1/posts/{id}/submit': () => ({}),
  'POST /api/v1/posts/{id}/approval': () => ({ decision: 'approve' }),
  'PUT /api/v1/posts/{id}/schedule': (o) => ({
    variants: [{ channelId: o.channels.main, dueAt: o.dueAt }],
  }),
  'POST /api/v1/posts/{id}/pause': () => ({}),
  'POST /api/v1/posts/{id}/resume': () => ({}),
  'POST /api/v1/posts/{id}/archive': () => ({}),
  'POST /api/v1/posts/{id}/comments': () => ({ body: 'Leak' }),
};

/** Every id that travels in a body or a query string (cross-tenant.content.ts). */
const ID_FIELDS: Record<string, IdField[]> = {
  ...contentIdFields(() => a),
  ...costIdFields(() => a),
  'POST /api/v1/staffing-plans': (['unitId', 'memberId'] as const).map((field) => ({
    field: `assignments[].${field}`,
    kind: field === 'unitId' ? ('unit' as const) : ('member' as const),
    path: `body.assignments.0.${field}`,
    request: (id: string) => ({
      path: '/api/v1/staffing-plans',
      body: {
        profile: STAFFING_PROFILE,
        model: 'coordinated',
        assignments: [
          {
            unitId: a.units.dept,
            role: 'unit_lead',
            memberId: a.member.id,
            [field]: id,
          },
        ],
      },
    }),
  })),
  'POST /api/v1/units': [
    {
      field: 'parentId',
      kind: 'unit',
      path: 'body.parentId',
      request: (id) => ({
        path: '/api/v1/units',
        body: { parentId: id, name: 'Leak', kind: 'team' },
      }),
    },
    {
      field: 'covers',
      kind: 'unit',
      path: 'body.covers',
      request: (id) => ({
        path: '/api/v1/units',
        body: { parentId: a.units.root, name: 'Leak', kind: 'team', isHub: true, covers: id },
      }),
    },
  ],
  'PATCH /api/v1/units/{id}': [
    {
      field: 'covers',
      kind: 'unit',
      path: 'body.covers',
      request: (id) => ({
        path: `/api/v1/units/${a.units.dept}`,
        body: { isHub: true, covers: id },
      }),
    },
  ],
  'POST /api/v1/units/{id}/move': [
    {
      field: 'parentId',
      kind: 'unit',
      path: 'body.parentId',
      request: (id) => ({ path: `/api/v1/units/${a.units.team}/move`, body: { parentId: id } }),
    },
  ],
  'POST /api/v1/channels': [
    {
      field: 'unitId',
      kind: 'unit',
      path: 'body.unitId',
      request: (id) => ({
        path: '/api/v1/channels',
        body: { unitId: id, network: 'mastodon', handle: '@leak@social.example', displayName: 'L' },
      }),
    },
  ],
  'PATCH /api/v1/channels/{id}': [
    {
      field: 'unitId',
      kind: 'unit',
      path: 'body.unitId',
      request: (id) => ({ path: `/api/v1/channels/${a.channels.main}`, body: { unitId: id } }),
    },
  ],
  'POST /api/v1/campaigns': [
    {
      field: 'masterPostId',
      kind: 'post',
      path: 'body.masterPostId',
      request: (id) => ({ path: '/api/v1/campaigns', body: { name: 'Leak', masterPostId: id } }),
    },
  ],
  'PATCH /api/v1/campaigns/{id}': [
    {
      field: 'masterPostId',
      kind: 'post',
      path: 'body.masterPostId',
      request: (id) => ({ path: `/api/v1/campaigns/${a.campaign}`, body: { masterPostId: id } }),
    },
  ],
  'POST /api/v1/members': [
    {
      field: 'memberships[].unitId',
      kind: 'unit',
      path: 'body.memberships.1.unitId',
      request: (id) => ({
        path: '/api/v1/members',
        body: {
          email: 'leak@example.test',
          name: 'Leak',
          memberships: [
            { unitId: a.units.team, role: 'member' },
            { unitId: id, role: 'lead' },
          ],
        },
      }),
    },
  ],
  'PUT /api/v1/members/{id}/memberships': [
    {
      field: 'memberships[].unitId',
      kind: 'unit',
      path: 'body.memberships.1.unitId',
      request: (id) => ({
        path: `/api/v1/members/${a.member.id}/memberships`,
        body: {
          memberships: [
            { unitId: a.units.dept, role: 'contributor' },
            { unitId: id, role: 'lead' },
          ],
        },
      }),
    },
  ],
  'POST /api/v1/strategy/versions': [
    {
      field: 'goals[].unitId',
      kind: 'unit',
      path: 'body.goals.1.unitId',
      request: (id) => ({
        path: '/api/v1/strategy/versions',
        body: {
          title: 'Leak',
          body: '',
          goals: [
            { kpi: 'reach', target: 1, unitId: a.units.dept },
            { kpi: 'reach', target: 1, unitId: id },
          ],
        },
      }),
    },
  ],
  'GET /api/v1/deliveries': [
    {
      field: 'channelId',
      kind: 'channel',
      path: 'querystring.channelId',
      request: (id) => ({ path: `/api/v1/deliveries?channelId=${id}` }),
    },
    {
      field: 'postId',
      kind: 'post',
      path: 'querystring.postId',
      request: (id) => ({ path: `/api/v1/deliveries?postId=${id}` }),
    },
  ],
  'GET /api/v1/decide': [
    {
      field: 'channelId',
      kind: 'channel',
      path: 'querystring.channelId',
      request: (id) => ({ path: `/api/v1/decide?action=publish&channelId=${id}` }),
    },
    {
      field: 'unitId',
      kind: 'unit',
      path: 'querystring.unitId',
      request: (id) => ({ path: `/api/v1/decide?action=manage_channels&unitId=${id}` }),
    },
  ],
};

/** The uuid fields of a route's body (`memberships[].unitId`) and query string. */
function uuidFields(route: ApiRoute): string[] {
  const walk = (s: JsonSchema | undefined, at: string): string[] => {
    if (!s) return [];
    if (s.format === 'uuid') return [at];
    if (s.type === 'array') return walk(s.items, `${at}[]`);
    return Object.entries(s.properties ?? {}).flatMap(([k, p]) => walk(p, at ? `${at}.${k}` : k));
  };
  const query = route.params.filter((p) => p.in === 'query' && p.schema.format === 'uuid');
  return [...walk(route.body ?? undefined, ''), ...query.map((p) => p.name)];
}

/** Query strings for list routes that need one (and the longest pages). */
const LIST_QUERY: Record<string, (o: PopulatedOrg) => string> = {
  'GET /api/v1/decide': (o) => `?action=manage_channels&unitId=${o.units.dept}`,
  'GET /api/v1/members': () => '?limit=200',
  'GET /api/v1/activity': () => '?limit=200',
  // By member: the rows name A's members, so a leak of B's would show.
  'GET /api/v1/reports/costs': () => '?groupBy=member',
  'GET /api/v1/reports/costs.csv': () => '?groupBy=member',
  'GET /api/v1/calendar': (o) => calendarRange(o.dueAt),
  'GET /api/v1/calendar/conflicts': (o) => calendarRange(o.dueAt),
};

const routes = await apiRoutes();
const idRoutes = routes.filter((r) => r.path.includes('{id}'));
const listRoutes = routes.filter((r) => r.method === 'GET' && !r.path.includes('{'));
const exercised = new Set<string>();

describe("B's ids in the path", () => {
  it.each(idRoutes)('$key answers 404 for each of them, as for an unknown id', async (route) => {
    const kind = kindOf(route.path);
    const makeBody = BODY_FOR[route.key];
    if (route.body && !makeBody) throw new Error(`no valid body for ${route.key} in BODY_FOR`);
    const body = makeBody?.(a);
    const path = (id: string) => route.path.replace('{id}', id);
    const unknown = await call(route.method, path(randomId()), body);
    expect(unknown.status, unknown.text).toBe(404);
    for (const id of idsOf(b, kind)) {
      const res = await call(route.method, path(id), body);
      expect(res.status, `${kind} ${id}: ${res.text}`).toBe(404);
      expect(errorOf(res)).toEqual(errorOf(unknown));
      await expectBothUnchanged();
    }
    if (route.method === 'GET') {
      // The route does answer for A's own object: the 404s above are about B's ids.
      const own = await call('GET', path(idsOf(a, kind)[0]!));
      expect(own.status, own.text).toBe(200);
    }
    exercised.add(route.key);
  });

  it('exercised every route of the OpenAPI document that has an {id}', () => {
    expect([...exercised].sort()).toEqual(idRoutes.map((r) => r.key).sort());
  });
});

describe("B's ids in bodies and query strings", () => {
  it('covers every uuid field of the OpenAPI document', () => {
    const inDocument = routes.flatMap((r) => uuidFields(r).map((f) => `${r.key} ${f}`));
    const inTable = Object.entries(ID_FIELDS).flatMap(([key, fields]) =>
      fields.map((f) => `${key} ${f.field}`),
    );
    expect(inTable.sort()).toEqual(inDocument.sort());
  });

  const cases = Object.entries(ID_FIELDS).flatMap(([key, fields]) =>
    fields.map((f) => ({ key, ...f })),
  );
  it.each(cases)(
    '$key $field answers 404 for each of them',
    async ({ key, kind, path, request }) => {
      const method = key.split(' ')[0]!;
      const send = (id: string) => {
        const r = request(id);
        return call(method, r.path, r.body);
      };
      const unknown = await send(randomId());
      expect(unknown.status, unknown.text).toBe(404);
      expect(errorOf(unknown).details).toEqual([expect.objectContaining({ path })]);
      for (const id of idsOf(b, kind)) {
        const res = await send(id);
        expect(res.status, `${kind} ${id}: ${res.text}`).toBe(404);
        expect(errorOf(res)).toEqual(errorOf(unknown));
        await expectBothUnchanged();
      }
    },
  );

  it('GET /activity?subjectId= finds nothing of B, as for an unknown subject', async () => {
    const unknown = await call('GET', `/api/v1/activity?subjectId=${randomId()}`);
    expect(unknown.status, unknown.text).toBe(200);
    expect(unknown.body.items).toEqual([]);
    for (const id of bMarkers) {
      const res = await call('GET', `/api/v1/activity?subjectId=${encodeURIComponent(id)}`);
      expect(res.status).toBe(200);
      expect(res.body, id).toEqual(unknown.body);
    }
    const own = await call('GET', `/api/v1/activity?subjectId=${a.units.dept}`);
    expect(own.body.items.length).toBeGreaterThan(0);
  });
});

describe('lists', () => {
  it.each(listRoutes)('$key shows nothing of B', async (route) => {
    const res = await call('GET', route.path + (LIST_QUERY[route.key]?.(a) ?? ''));
    expect(res.status, res.text).toBe(200);
    expect(bMarkers.filter((m) => res.text.includes(m))).toEqual([]);
    // …while it does show A's own rows: the list is not empty by accident.
    expect(
      [a.tag, ...aIds].some((m) => res.text.includes(m)),
      res.text,
    ).toBe(true);
  });

  it('the public calendar feed: an unknown token is 404, A’s own shows nothing of B', async () => {
    const unknown = await call('GET', `/api/v1/calendar/feed/mcf_${randomId()}.ics`);
    expect(unknown.status, unknown.text).toBe(404);
    const own = await call('GET', a.feedUrl);
    expect(own.status, own.text).toBe(200);
    expect(bMarkers.filter((m) => own.text.includes(m))).toEqual([]);
    expect(own.text).toContain(a.tag);
  });

  it('left both organizations as they were', async () => {
    await expectBothUnchanged();
  });
});
