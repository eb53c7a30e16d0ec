import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCOUNT_ROUTES,
  type Case,
  type Fixture,
  type FixtureKey,
  type RouteEntry,
} from './bad-input.cases.ts';
import { ADVISOR_ROUTES } from './bad-input.advisor.cases.ts';
import { CALENDAR_ROUTES } from './bad-input.calendar.cases.ts';
import { CAMPAIGN_ROUTES } from './bad-input.campaigns.cases.ts';
import { CONTENT_ROUTES, contentFixture } from './bad-input.content.cases.ts';
import { COST_ROUTES } from './bad-input.costs.cases.ts';
import { MODEL_SWITCH_ROUTES, modelSwitchFixture } from './bad-input.model-switch.cases.ts';
import { STAFFING_ROUTES, staffingFixture } from './bad-input.staffing.cases.ts';
import { STRUCTURE_ROUTES } from './bad-input.structure.cases.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { TEST_PASSWORD, testDeps } from './factories.ts';
import { startTestServer, type TestServer } from './http.ts';
import { WRITE_METHODS, apiRoutes, type ApiRoute, type JsonSchema } from './openapi.ts';
import { errorOf } from './responses.ts';
import {
  TENANT_TABLES,
  databaseTables,
  fingerprint,
  populateOrg,
  type Fingerprint,
} from './tenants.ts';

/**
 * Every write route refuses bad input with the right status, error code and field path, and
 * writes nothing: after each case the whole database (this file's own) has the fingerprint it had
 * before. Requests carry the admin's session, not an API token, whose use is itself written.
 */

let database: TestDatabase;
let server: TestServer;
let fixture: Fixture;
let session: { cookie: string; csrf: string };
let baseline: Fingerprint;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(testDeps(database.db));
  const org = await populateOrg(database.db, server, 'bad');
  fixture = {
    root: org.units.root,
    region: org.units.region,
    dept: org.units.dept,
    team: org.units.team,
    hub: org.units.hub,
    spare: org.units.spare,
    admin: org.admin.id,
    member: org.member.id,
    channel: org.channels.main,
    channel2: org.channels.second,
    adminToken: org.tokens.admin,
    memberToken: org.tokens.member,
    memberEmailUpper: org.member.email.toUpperCase(),
    channelHandleUpper: org.handles.main.toUpperCase(),
    otherCost: org.costs.otherCost,
    timer: org.costs.timer,
    ...(await contentFixture(server, org)),
    ...(await modelSwitchFixture(database.db, org)),
    ...(await staffingFixture(org)),
  };
  session = await sessionOf(org.admin.email);
  baseline = await fingerprint(database.db);
});
afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

/** A session cookie and its CSRF token, for requests with hand-made bodies. */
async function sessionOf(email: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

/** Replaces `{{key}}` references with the fixture's ids. */
function resolve<T>(value: T): T {
  if (value === undefined) return value;
  const text = JSON.stringify(value).replace(/\{\{(\w+)\}\}/g, (_, k: string) => {
    const id = fixture[k as FixtureKey];
    if (id === undefined) throw new Error(`unknown fixture reference ${k}`);
    return id;
  });
  return JSON.parse(text) as T;
}

async function send(route: string, c: Case) {
  const [method, template] = route.split(' ') as [string, string];
  const headers: Record<string, string> = { cookie: session.cookie, 'x-csrf-token': session.csrf };
  let body: string | undefined;
  if (c.raw) {
    headers['content-type'] = c.raw.contentType;
    body = c.raw.text;
  } else if (c.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(resolve(c.body));
  }
  const res = await fetch(server.url + template.replace('{id}', resolve(c.id) ?? ''), {
    method,
    headers,
    body,
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
}

// Cases generated from the body schema ------------------------------------------------------

const REMOVE = Symbol('remove');
type Segment = string | number;

function withValue(base: unknown, segments: Segment[], value: unknown): unknown {
  const copy = structuredClone(base) as Record<Segment, unknown>;
  let node = copy;
  segments.slice(0, -1).forEach((s) => (node = node[s] as Record<Segment, unknown>));
  const last = segments.at(-1)!;
  if (value === REMOVE) delete node[last];
  else node[last] = value;
  return copy;
}

const WRONG_TYPE: Record<NonNullable<JsonSchema['type']>, unknown> = {
  string: 12345,
  number: '12',
  integer: '12',
  boolean: 'yes',
  array: 'not a list',
  object: 'not an object',
};

interface Visited {
  paths: string[];
  required: string[];
}

/** zod calls a missing or mistyped value of an enum field an invalid option. */
const missingOrWrong = (s: JsonSchema) => (s.enum ? 'invalid_value' : 'invalid_type');

/** Mutations of one value per constraint its schema states, each naming its expected path. */
function valueMutations(s: JsonSchema): { what: string; value: unknown; detail: string }[] {
  const out: { what: string; value: unknown; detail: string }[] = [];
  if (s.type)
    out.push({ what: `not ${s.type}`, value: WRONG_TYPE[s.type], detail: missingOrWrong(s) });
  if (s.type === 'string') {
    out.push({ what: 'contains NUL', value: 'a\u0000b', detail: 'text.nul_character' });
    if (s.maxLength !== undefined)
      out.push({
        what: `${s.maxLength + 1} characters`,
        value: 'x'.repeat(s.maxLength + 1),
        detail: 'too_big',
      });
    if (s.minLength)
      out.push({
        what: `${s.minLength - 1} characters`,
        value: 'x'.repeat(s.minLength - 1),
        detail: 'too_small',
      });
    if (s.enum)
      out.push({ what: 'not an option', value: 'no_such_option', detail: 'invalid_value' });
    if (s.format === 'uuid')
      out.push({ what: 'not a uuid', value: 'not-a-uuid', detail: 'invalid_format' });
    if (s.format === 'email')
      out.push({ what: 'not an email', value: 'not-an-email', detail: 'invalid_format' });
  }
  if (s.type === 'number' || s.type === 'integer') {
    if (s.minimum !== undefined)
      out.push({ what: `below ${s.minimum}`, value: s.minimum - 1, detail: 'too_small' });
    if (s.maximum !== undefined && s.maximum < Number.MAX_SAFE_INTEGER)
      out.push({ what: `above ${s.maximum}`, value: s.maximum + 1, detail: 'too_big' });
  }
  if (s.type === 'integer')
    out.push({ what: 'not an integer', value: (s.minimum ?? 0) + 0.5, detail: 'invalid_type' });
  return out;
}

/**
 * Per field of the schema (nested objects, and the first item of arrays of objects): missing if
 * required, then `valueMutations`; an unknown field where the object is strict. Each case expects
 * the path of the field it broke.
 */
function generate(
  schema: JsonSchema,
  base: unknown,
  segments: Segment[],
  out: Case[],
  visited: Visited,
): void {
  const body = (segs: Segment[]) => ['body', ...segs].join('.');
  for (const [key, s] of Object.entries(schema.properties ?? {})) {
    const here = [...segments, key];
    const path = body(here);
    visited.paths.push(path);
    const mutate = (what: string, value: unknown, detail: string) =>
      out.push({
        name: `${path}: ${what}`,
        body: withValue(base, here, value),
        status: 400,
        code: 'bad_input',
        detail,
        path,
      });
    if (schema.required?.includes(key)) {
      visited.required.push(path);
      mutate('missing', REMOVE, missingOrWrong(s));
    }
    for (const m of valueMutations(s)) mutate(m.what, m.value, m.detail);
    const value = here.reduce<any>((v, seg) => v?.[seg], base);
    if (s.type === 'object' && s.properties && value !== undefined) {
      generate(s, base, here, out, visited);
    }
    if (s.type === 'array' && s.items?.properties && Array.isArray(value) && value.length > 0) {
      generate(s.items, base, [...here, 0], out, visited);
    }
  }
  if (schema.additionalProperties === false) {
    const path = body([...segments, 'unexpected']);
    out.push({
      name: `${path}: unknown field`,
      body: withValue(base, [...segments, 'unexpected'], true),
      status: 400,
      code: 'bad_input',
      detail: 'unrecognized_key',
      path,
    });
  }
}

const bodyError = (name: string, raw: Case['raw'], detail: string): Case => ({
  name,
  raw,
  status: 400,
  code: 'bad_input',
  detail,
  path: 'body',
});

/** Generated and hand-written cases of a route, and the body paths the generator visited. */
function casesOf(entry: RouteEntry, route: ApiRoute | undefined) {
  const visited: Visited = { paths: [], required: [] };
  const generated: Case[] = [
    bodyError(
      'malformed JSON',
      { contentType: 'application/json', text: '{"name":' },
      'FST_ERR_CTP_INVALID_JSON_BODY',
    ),
    bodyError(
      'wrong content type',
      { contentType: 'application/xml', text: '<unit/>' },
      'FST_ERR_CTP_INVALID_MEDIA_TYPE',
    ),
  ];
  if (route?.body && entry.base) {
    generated.push(
      bodyError(
        'empty JSON body',
        { contentType: 'application/json', text: '' },
        'FST_ERR_CTP_EMPTY_JSON_BODY',
      ),
      bodyError(
        'text instead of JSON',
        { contentType: 'text/plain', text: 'name=x' },
        'invalid_type',
      ),
      { ...bodyError('a list instead of an object', undefined, 'invalid_type'), body: [] },
    );
    generate(route.body, entry.base, [], generated, visited);
  }
  if (entry.route.includes('{id}')) {
    for (const [what, id, detail] of [
      ['not a uuid', 'not-a-uuid', 'invalid_format'],
      ['a uuid with a NUL', `${entry.id ?? ''}%00`, 'text.nul_character'],
    ] as const) {
      generated.push({
        name: `params.id: ${what}`,
        id,
        body: entry.base,
        status: 400,
        code: 'bad_input',
        detail,
        path: 'params.id',
      });
    }
  }
  const cases = [...generated, ...entry.cases].map((c) => ({
    ...c,
    id: c.id ?? entry.id,
    body: c.body === undefined && !c.raw ? entry.base : c.body,
  }));
  return { cases, visited };
}

// The tests ---------------------------------------------------------------------------------

const ROUTES = [
  ...ACCOUNT_ROUTES,
  ...STRUCTURE_ROUTES,
  ...CONTENT_ROUTES,
  ...CALENDAR_ROUTES,
  ...CAMPAIGN_ROUTES,
  ...COST_ROUTES,
  ...ADVISOR_ROUTES,
  ...MODEL_SWITCH_ROUTES,
  ...STAFFING_ROUTES,
];
const routes = await apiRoutes();
const writeRoutes = routes.filter((r) => WRITE_METHODS.includes(r.method)).map((r) => r.key);
const byKey = new Map(routes.map((r) => [r.key, r]));

describe('the table', () => {
  it('has every write route of the OpenAPI document, once', () => {
    expect(ROUTES.map((r) => r.route).sort()).toEqual([...writeRoutes].sort());
  });

  it('fingerprints every table of the database', async () => {
    expect((await databaseTables(database.db)).sort()).toEqual(Object.keys(TENANT_TABLES).sort());
  });
});

for (const entry of ROUTES) {
  const route = byKey.get(entry.route);
  const { cases, visited } = casesOf(entry, route);
  describe(entry.route, () => {
    it('lists exactly the fields of its body schema', () => {
      expect(route, 'not in the OpenAPI document').toBeDefined();
      expect(Boolean(route?.body), 'a base body exactly when the route takes one').toBe(
        entry.base !== undefined,
      );
      expect([...visited.paths].sort()).toEqual([...(entry.paths ?? [])].sort());
      expect([...visited.required].sort()).toEqual([...(entry.required ?? [])].sort());
    });

    it.each(cases)('$name → $status $detail', async (c) => {
      const res = await send(entry.route, c);
      expect(res.status, JSON.stringify(res.body)).toBe(c.status);
      const error = errorOf(res);
      expect(error.code).toBe(c.code);
      const detail = error.details.find((d) => d.code === c.detail);
      expect(detail, JSON.stringify(error)).toBeDefined();
      expect(detail?.path).toBe(c.path);
      if (c.status === 400)
        expect([...new Set(error.details.map((d) => d.path))]).toEqual([c.path]);
      expect(await fingerprint(database.db)).toEqual(baseline);
    });
  });
}
