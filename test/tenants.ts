import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../src/db/connect.ts';
import type { DB } from '../src/db/schema.ts';
import {
  TEST_PASSWORD,
  buildCampaign,
  buildMember,
  buildOrg,
  buildUnit,
  type BuiltMember,
} from './factories.ts';
import { signIn, type Client, type TestServer } from './http.ts';
import { populateCosts, type PopulatedCosts } from './tenants.costs.ts';

/**
 * Every table of the schema with the column that ties a row to its organization. `satisfies`
 * makes a table added to `DB` a type error here until the fingerprint covers it.
 */
export const TENANT_TABLES = {
  organizations: 'id',
  units: 'organization_id',
  members: 'organization_id',
  memberships: 'organization_id',
  sessions: 'organization_id',
  api_tokens: 'organization_id',
  channels: 'organization_id',
  guideline_sets: 'organization_id',
  guideline_rules: 'organization_id',
  strategy_versions: 'organization_id',
  goals: 'organization_id',
  acknowledgements: 'organization_id',
  activity: 'organization_id',
  campaigns: 'organization_id',
  media: 'organization_id',
  posts: 'organization_id',
  post_variants: 'organization_id',
  approval_steps: 'organization_id',
  approval_decisions: 'organization_id',
  comments: 'organization_id',
  notifications: 'organization_id',
  deliveries: 'organization_id',
  calendar_feeds: 'organization_id',
  cost_settings: 'organization_id',
  time_entries: 'organization_id',
  timers: 'organization_id',
  other_costs: 'organization_id',
  model_switches: 'organization_id',
  duty_notices: 'organization_id',
  training_records: 'organization_id',
  staffing_plans: 'organization_id',
  report_time: 'organization_id',
  report_split_time: 'organization_id',
  report_posts: 'organization_id',
  report_rollup_queue: 'organization_id',
} as const satisfies Record<keyof DB, 'id' | 'organization_id'>;

export type Fingerprint = Record<keyof DB, string>;

/**
 * Row count and md5 of the rows of every table, in one query: of one organization, or of the
 * whole database when no organization is given. Equal fingerprints mean nothing was written.
 */
export async function fingerprint(db: Db, organizationId?: string): Promise<Fingerprint> {
  const columns = Object.entries(TENANT_TABLES).map(([table, key]) => {
    const where = organizationId ? sql`where ${sql.ref(`t.${key}`)} = ${organizationId}` : sql``;
    return sql`(select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '')
      from ${sql.table(table)} t ${where}) as ${sql.ref(table)}`;
  });
  const { rows } = await sql<Fingerprint>`select ${sql.join(columns)}`.execute(db);
  return rows[0]!;
}

/** The tables that exist in the database, without the migrator's own (`src/db/migrate.ts`). */
export async function databaseTables(db: Db): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE'
      and table_name not in ('mooring_migrations', 'mooring_migrations_lock')
    order by table_name`.execute(db);
  return rows.map((r) => r.name);
}

/** Every uuid that names a row of the organization, from every table with a uuid `id`. */
export async function uuidsOf(db: Db, organizationId: string): Promise<string[]> {
  const { rows: tables } = await sql<{ name: keyof DB }>`
    select table_name as name from information_schema.columns
    where table_schema = 'public' and column_name = 'id' and data_type = 'uuid'`.execute(db);
  const ids = await Promise.all(
    tables.map(async ({ name }) => {
      if (!(name in TENANT_TABLES)) throw new Error(`${name} is missing from TENANT_TABLES`);
      const key = sql.ref(TENANT_TABLES[name]);
      const { rows } = await sql<{ id: string }>`
        select id::text as id from ${sql.table(name)} where ${key} = ${organizationId}`.execute(db);
      return rows.map((r) => r.id);
    }),
  );
  return ids.flat();
}

export interface PopulatedOrg {
  id: string;
  /** Part of every name, email and handle of the organization, to spot it in any response. */
  tag: string;
  units: {
    root: string;
    region: string;
    dept: string;
    team: string;
    /** The global hub (covers the root). */
    hub: string;
    /** A leaf with nothing attached: deletable. */
    spare: string;
  };
  /** Admin, editor of the global hub and lead of the root: no permission ever hides anything. */
  admin: BuiltMember;
  /** Contributor in `dept`, lead of `team`. */
  member: BuiltMember;
  inviteeId: string;
  channels: { main: string; second: string };
  handles: { main: string; second: string };
  tokens: { admin: string; member: string };
  /**
   * The member's post on the main channel, submitted (in review, one hub step the admin decides),
   * with the media attached, in the campaign and due outside its window (a calendar conflict); and
   * a draft of the admin's.
   */
  posts: { submitted: string; draft: string };
  campaign: string;
  media: string;
  /** Each a mention in a comment on the submitted post: the admin's first, then the member's. */
  notifications: string[];
  /** Duty notices (each strategy version asks every member): the admin's first. */
  duties: string[];
  /** When the submitted post is due: a week from now. */
  dueAt: string;
  /** The admin's private calendar feed. */
  feedUrl: string;
  /** Cost settings, an other cost, a time entry and the admin's running timer. */
  costs: PopulatedCosts;
  /** A proposed staffing plan (coordinated), not applied. */
  staffingPlan: string;
  /** The admin's session. */
  api: Client;
}

/** A 1×1 PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Uploads a file as `email` (a session of its own: the test client sends JSON only). */
async function upload(server: TestServer, email: string, name: string): Promise<{ id: string }> {
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const form = new FormData();
  form.append('file', new Blob([PNG], { type: 'image/png' }), name);
  return ok(
    fetch(`${server.url}/api/v1/media`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
      body: form,
    }).then(async (r) => ({ status: r.status, body: await r.json() })),
    201,
    'media',
  );
}

async function ok<T = any>(
  res: Promise<{ status: number; body: any }>,
  status: number,
  what: string,
): Promise<T> {
  const r = await res;
  if (r.status !== status) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as T;
}

/**
 * A coordinated organization with something in every table: a unit tree with a global hub,
 * members with memberships (one invited), two channels with sealed credentials, guideline sets on
 * two levels, two strategy versions with goals (the admin acknowledged the current one), an API
 * token each for the admin and the member, sessions, and the activity all that wrote.
 */
export async function populateOrg(
  db: Db,
  server: TestServer,
  label: string,
): Promise<PopulatedOrg> {
  const tag = `${label}-${crypto.randomBytes(3).toString('hex')}`;
  const org = await buildOrg(db, { model: 'coordinated', name: `Org ${tag}` });
  const root = org.rootId;
  const unit = (name: string, opts: Parameters<typeof buildUnit>[2] = {}) =>
    buildUnit(db, org, { name: `${name} ${tag}`, ...opts });
  const region = await unit('Region', { kind: 'region' });
  const dept = await unit('Dept', { parentId: region });
  const team = await unit('Team', { parentId: dept, kind: 'team' });
  const hub = await unit('Hub', { kind: 'team', isHub: true, covers: root });
  const spare = await unit('Spare', { parentId: region, kind: 'team' });
  const admin = await buildMember(db, org, {
    admin: true,
    email: `admin-${tag}@example.test`,
    memberships: [
      { unitId: hub, role: 'editor' },
      { unitId: root, role: 'lead' },
    ],
  });
  const member = await buildMember(db, org, {
    email: `member-${tag}@example.test`,
    memberships: [
      { unitId: dept, role: 'contributor' },
      { unitId: team, role: 'lead' },
    ],
  });
  const api = await signIn(server, admin.email);
  const invitee = await ok<{ id: string }>(
    api.post('/api/v1/members', {
      email: `invitee-${tag}@example.test`,
      name: `Invitee ${tag}`,
      memberships: [{ unitId: team, role: 'member' }],
    }),
    201,
    'invite',
  );
  const handles = { main: `@main-${tag}@social.example`, second: `@second-${tag}@social.example` };
  const channel = (unitId: string, handle: string) =>
    ok<{ id: string }>(
      api.post('/api/v1/channels', {
        unitId,
        network: 'mastodon',
        handle,
        displayName: `Channel ${tag}`,
        credentials: { accessToken: `secret-${tag}` },
      }),
      201,
      'channel',
    );
  const main = await channel(dept, handles.main);
  const second = await channel(team, handles.second);
  await ok(
    api.put(`/api/v1/units/${root}/guidelines`, {
      name: `House rules ${tag}`,
      rules: [
        { kind: 'hashtag_max', severity: 'block', max: 5 },
        { kind: 'banned_term', severity: 'warn', term: 'cheap', reason: 'tone' },
      ],
    }),
    200,
    'root guidelines',
  );
  await ok(
    api.put(`/api/v1/units/${dept}/guidelines`, {
      name: `Dept rules ${tag}`,
      rules: [{ kind: 'hashtag_max', severity: 'block', max: 3 }],
    }),
    200,
    'dept guidelines',
  );
  for (const version of [1, 2]) {
    await ok(
      api.post('/api/v1/strategy/versions', {
        title: `Strategy ${version} ${tag}`,
        body: `Be present, ${tag}.`,
        goals: [
          { kpi: 'followers', target: 1000 * version, unitId: dept },
          { kpi: 'reach', target: 5000 },
        ],
      }),
      201,
      'strategy',
    );
  }
  await ok(api.post('/api/v1/strategy/acknowledge', { version: 2 }), 200, 'acknowledge');
  const adminToken = await ok<{ id: string }>(
    api.post('/api/v1/tokens', { name: `Admin CLI ${tag}` }),
    201,
    'admin token',
  );
  const memberApi = await signIn(server, member.email);
  const memberToken = await ok<{ id: string }>(
    memberApi.post('/api/v1/tokens', { name: `Member CLI ${tag}`, expiresInDays: 30 }),
    201,
    'member token',
  );
  const media = await upload(server, admin.email, `logo-${tag}.png`);
  const day = 86_400_000;
  const due = new Date(Math.ceil(Date.now() / day) * day + 7 * day);
  const campaign = await buildCampaign(db, org, {
    name: `Campaign ${tag}`,
    startsAt: new Date(due.getTime() + day),
    endsAt: new Date(due.getTime() + 2 * day),
  });
  const submitted = await ok<{ id: string }>(
    memberApi.post('/api/v1/posts', {
      campaignId: campaign,
      title: `Post ${tag}`,
      language: 'en',
      variants: [
        {
          channelId: main.id,
          text: `Hello #harbour ${tag}`,
          mediaIds: [media.id],
          dueAt: due.toISOString(),
        },
      ],
    }),
    201,
    'post',
  );
  await ok(memberApi.post('/api/v1/strategy/acknowledge', { version: 2 }), 200, 'informed');
  await ok(memberApi.post(`/api/v1/posts/${submitted.id}/submit`, {}), 200, 'submit');
  await ok(
    memberApi.post(`/api/v1/posts/${submitted.id}/comments`, {
      body: `Have a look, @[Admin](${admin.id}) ${tag}`,
    }),
    201,
    'comment',
  );
  await ok(
    api.post(`/api/v1/posts/${submitted.id}/comments`, { body: `Fine, @[M](${member.id})` }),
    201,
    'reply',
  );
  const notifications = await db
    .selectFrom('notifications')
    .innerJoin('members', 'members.id', 'notifications.member_id')
    .select('notifications.id')
    .where('notifications.organization_id', '=', org.id)
    .where('notifications.kind', '=', 'mention')
    .orderBy('members.admin', 'desc')
    .execute();
  const duties = await db
    .selectFrom('duty_notices')
    .innerJoin('members', 'members.id', 'duty_notices.member_id')
    .select('duty_notices.id')
    .where('duty_notices.organization_id', '=', org.id)
    .orderBy('members.admin', 'desc')
    .orderBy('duty_notices.id')
    .execute();
  const draft = await ok<{ id: string }>(
    api.post('/api/v1/posts', {
      title: `Draft ${tag}`,
      language: 'en',
      variants: [{ channelId: main.id, text: `Draft ${tag}` }],
    }),
    201,
    'draft',
  );
  const feed = await ok<{ url: string }>(api.post('/api/v1/calendar/feed'), 201, 'feed');
  const costs = await populateCosts(api, memberApi, { tag, dept, postId: submitted.id });
  const staffingPlan = await ok<{ id: string }>(
    api.post('/api/v1/staffing-plans', { profile: STAFFING_PROFILE, model: 'coordinated' }),
    201,
    'staffing plan',
  );
  // A delivery as an earlier publishing attempt left it (the worker writes these, no route does).
  const variant = await db
    .selectFrom('post_variants')
    .select(['id', 'channel_id', 'organization_id'])
    .where('post_id', '=', submitted.id)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('deliveries')
    .values({
      organization_id: variant.organization_id,
      post_id: submitted.id,
      variant_id: variant.id,
      channel_id: variant.channel_id,
      status: 'failed',
      due_at: due,
      run_at: due,
      attempts: 6,
      last_error: `HTTP 503 ${tag}`,
      failure_kind: 'transient',
      updated_at: new Date(),
    })
    .execute();
  return {
    id: org.id,
    tag,
    units: { root, region, dept, team, hub, spare },
    admin,
    member,
    inviteeId: invitee.id,
    channels: { main: main.id, second: second.id },
    handles,
    tokens: { admin: adminToken.id, member: memberToken.id },
    posts: { submitted: submitted.id, draft: draft.id },
    campaign,
    media: media.id,
    notifications: notifications.map((n) => n.id),
    duties: duties.map((d) => d.id),
    dueAt: due.toISOString(),
    feedUrl: feed.url,
    costs,
    staffingPlan: staffingPlan.id,
    api,
  };
}

/** A small firm's profile, valid for `POST /staffing-plans`. */
export const STAFFING_PROFILE = {
  employees: 40,
  onSiteShare: 0.8,
  activeDepartments: 2,
  countries: 1,
  socialTeamSize: 2,
  directiveCulture: 3,
  regulation: 3,
  authenticityVsControl: 3,
};
