import type { ErrorCode } from '../src/app/errors.ts';
import { TEST_PASSWORD } from './factories.ts';

/**
 * The table of bad-input.http.test.ts (accounts, people and tokens here; the organization's
 * structure in bad-input.structure.cases.ts, posts and media in bad-input.content.cases.ts,
 * comments, notifications and the calendar in bad-input.calendar.cases.ts, campaigns in bad-input.campaigns.cases.ts): every write route of the API with a valid base body, the
 * field paths of its body (from which the test generates, per the OpenAPI schema, wrong types,
 * missing and unknown fields, lengths, enums, uuids, ranges and NUL characters) and the cases no
 * schema can generate: nested rules, refinements and the semantic refusals of the use cases.
 *
 * Ids are references into the populated organization (`ref('dept')`), resolved when a case runs.
 */
export type FixtureKey =
  | 'root'
  | 'region'
  | 'dept'
  | 'team'
  | 'hub'
  | 'spare'
  | 'admin'
  | 'member'
  | 'channel'
  | 'channel2'
  | 'adminToken'
  | 'memberToken'
  | 'memberEmailUpper'
  | 'channelHandleUpper'
  | 'post'
  | 'draft'
  | 'longDraft'
  | 'approved'
  | 'ownSubmitted'
  | 'campaign'
  | 'media'
  | 'notification'
  | 'memberNotification'
  | 'revision'
  | 'duty'
  | 'memberDuty'
  | 'otherCost'
  | 'timer'
  | 'staffingPlan'
  | 'discardedPlan';
export type Fixture = Record<FixtureKey, string>;

export const ref = (key: FixtureKey): string => `{{${key}}}`;

/** A well-formed id that names nothing. */
export const UNKNOWN_ID = '6f1c2a1e-5b7d-4c3e-9a2f-1d2e3f4a5b6c';

export interface Case {
  name: string;
  status: number;
  code: ErrorCode;
  /** `details[].code` of the detail that names the problem. */
  detail: string;
  /** `details[].path`: absent when the URL names the object; for a 400 the only path named. */
  path?: string;
  /** Replaces the route's `{id}`. */
  id?: string;
  body?: unknown;
  /** Sent as is instead of a JSON body. */
  raw?: { contentType: string; text: string };
}

export interface RouteEntry {
  /** `METHOD /api/v1/path` as in the OpenAPI document. */
  route: string;
  /** For `{id}`: an object the actor may change, so a wrongly accepted request would show. */
  id?: string;
  /** A valid body with every field filled in (never sent as is). */
  base?: Record<string, unknown>;
  /** Every field path of the body schema; the test checks the schema has exactly these. */
  paths?: string[];
  /** The required ones among them. */
  required?: string[];
  cases: Case[];
}

/** Field paths as `details[].path` names them: `body('name kind')` → `body.name`, `body.kind`. */
export const body = (names: string): string[] =>
  names
    .split(/\s+/)
    .filter(Boolean)
    .map((n) => `body.${n}`);

type Input = Pick<Case, 'id' | 'body' | 'raw'>;
const refusal =
  (status: number, code: ErrorCode) =>
  (name: string, input: Input, detail: string, path?: string): Case => ({
    name,
    ...input,
    status,
    code,
    detail,
    ...(path === undefined ? {} : { path }),
  });
export const bad = refusal(400, 'bad_input');
export const unauthenticated = refusal(401, 'unauthenticated');
export const forbidden = refusal(403, 'forbidden');
export const notFound = refusal(404, 'not_found');
export const conflict = refusal(409, 'conflict');
export const unprocessable = refusal(422, 'unprocessable');

export const manyIds = (n: number) =>
  Array.from({ length: n }, (_, i) => `6f1c2a1e-5b7d-4c3e-9a2f-${String(i).padStart(12, '0')}`);

const signUp = {
  base: {
    organizationName: 'Harbour Works',
    name: 'Ada Admin',
    email: 'ada@harbour.example',
    password: 'a long enough password',
    locale: 'de',
    timeZone: 'Europe/Berlin',
    model: 'coordinated',
  },
  paths: body('organizationName name email password locale timeZone model'),
  required: body('organizationName name email password model'),
};
const signUpCases = (): Case[] => [
  bad(
    'unknown time zone',
    { body: { ...signUp.base, timeZone: 'Mars/Olympus' } },
    'custom',
    'body.timeZone',
  ),
  // A valid body reaches the use case: on a populated installation sign-up is closed. So every
  // 400 above came from validation, before the use case.
  forbidden('valid body, installation not empty', { body: signUp.base }, 'signup.closed'),
];

const membership = { unitId: ref('dept'), role: 'editor' };
const newMember = { email: 'x@example.test', name: 'X' };

/** Sign-up, sign-in, own profile, the organization, its members and tokens, text checks. */
export const ACCOUNT_ROUTES: RouteEntry[] = [
  { route: 'POST /api/v1/auth/signup', ...signUp, cases: signUpCases() },
  { route: 'POST /api/v1/organizations', ...signUp, cases: signUpCases() },
  {
    route: 'POST /api/v1/auth/login',
    base: { email: 'someone@example.test', password: 'whatever it is' },
    paths: body('email password'),
    required: body('email password'),
    cases: [
      unauthenticated(
        'wrong password: no session',
        { body: { email: ref('memberEmailUpper'), password: 'not the password' } },
        'auth.invalid_credentials',
      ),
    ],
  },
  {
    route: 'POST /api/v1/auth/accept-invite',
    base: { token: 'x'.repeat(43), password: 'a long enough password' },
    paths: body('token password'),
    required: body('token password'),
    cases: [
      unauthenticated(
        'unknown invitation',
        { body: { token: 'y'.repeat(43), password: 'a long enough password' } },
        'auth.invite_invalid',
      ),
    ],
  },
  { route: 'POST /api/v1/auth/logout', cases: [] },
  {
    route: 'PATCH /api/v1/auth/me',
    base: {
      name: 'Ada',
      locale: 'de',
      emailNotifications: false,
      currentPassword: TEST_PASSWORD,
      newPassword: 'a new password',
    },
    paths: body('name locale emailNotifications currentPassword newPassword'),
    required: [],
    cases: [
      bad(
        'new password without the current one',
        { body: { newPassword: 'a new password' } },
        'auth.current_password_required',
        'body.currentPassword',
      ),
      bad(
        'wrong current password',
        { body: { currentPassword: 'not the password', newPassword: 'a new password' } },
        'auth.wrong_password',
        'body.currentPassword',
      ),
      bad(
        'current password without a new one',
        { body: { currentPassword: TEST_PASSWORD } },
        'auth.new_password_required',
        'body.newPassword',
      ),
    ],
  },
  {
    route: 'PATCH /api/v1/organization',
    base: {
      name: 'Harbour Works',
      locale: 'de',
      timeZone: 'Europe/Berlin',
      model: 'centralized',
      modelSettings: { decentralized: { contributorsNeedLeadDefault: false } },
    },
    paths: body(`name locale timeZone model modelSettings modelSettings.decentralized
      modelSettings.decentralized.contributorsNeedLeadDefault`),
    required: [],
    cases: [
      bad('unknown time zone', { body: { timeZone: 'Mars/Olympus' } }, 'custom', 'body.timeZone'),
      unprocessable(
        'another model: only through the model switch',
        { body: { name: 'Harbour Works', model: 'centralized' } },
        'organization.use_model_switch',
        'body.model',
      ),
      unprocessable(
        'other model settings: only through the model switch',
        { body: { modelSettings: { decentralized: { contributorsNeedLeadDefault: false } } } },
        'organization.use_model_switch',
        'body.modelSettings',
      ),
    ],
  },
  {
    route: 'POST /api/v1/members',
    base: {
      email: 'new.person@example.test',
      name: 'New Person',
      locale: 'de',
      admin: false,
      password: 'a long enough password',
      memberships: [membership],
      trained: true,
      weeklyHours: 4.5,
      hourlyRateCents: 4200,
      onSite: false,
    },
    paths: body(`email name locale admin password memberships memberships.0.unitId
      memberships.0.role trained weeklyHours hourlyRateCents onSite`),
    required: body('email name memberships.0.unitId memberships.0.role'),
    cases: [
      bad(
        'a unit twice',
        { body: { ...newMember, memberships: [membership, membership] } },
        'custom',
        'body.memberships.1.unitId',
      ),
      bad(
        '501 memberships',
        {
          body: {
            ...newMember,
            memberships: manyIds(501).map((unitId) => ({ unitId, role: 'member' })),
          },
        },
        'too_big',
        'body.memberships',
      ),
      conflict(
        'email taken (in another case)',
        { body: { ...newMember, email: ref('memberEmailUpper') } },
        'member.email_taken',
        'body.email',
      ),
      notFound(
        'membership in an unknown unit',
        { body: { ...newMember, memberships: [membership, { unitId: UNKNOWN_ID, role: 'lead' }] } },
        'unit.not_found',
        'body.memberships.1.unitId',
      ),
    ],
  },
  {
    route: 'PATCH /api/v1/members/{id}',
    id: ref('member'),
    base: {
      name: 'Renamed',
      locale: 'de',
      admin: true,
      weeklyHours: 10,
      hourlyRateCents: 5000,
      onSite: false,
    },
    paths: body('name locale admin weeklyHours hourlyRateCents onSite'),
    required: [],
    cases: [
      conflict(
        'the last admin gives up admin',
        { id: ref('admin'), body: { admin: false } },
        'member.last_admin',
        'body.admin',
      ),
      notFound('unknown member', { id: UNKNOWN_ID, body: { name: 'X' } }, 'member.not_found'),
    ],
  },
  {
    route: 'DELETE /api/v1/members/{id}',
    id: ref('member'),
    cases: [
      conflict('yourself', { id: ref('admin') }, 'member.delete_self', 'params.id'),
      notFound('unknown member', { id: UNKNOWN_ID }, 'member.not_found'),
    ],
  },
  {
    route: 'PUT /api/v1/members/{id}/memberships',
    id: ref('member'),
    base: { memberships: [membership] },
    paths: body('memberships memberships.0.unitId memberships.0.role'),
    required: body('memberships memberships.0.unitId memberships.0.role'),
    cases: [
      bad(
        'a unit twice',
        { body: { memberships: [membership, membership] } },
        'custom',
        'body.memberships.1.unitId',
      ),
      notFound(
        'unknown unit',
        { body: { memberships: [{ unitId: UNKNOWN_ID, role: 'member' }] } },
        'unit.not_found',
        'body.memberships.0.unitId',
      ),
    ],
  },
  {
    route: 'POST /api/v1/members/{id}/training',
    id: ref('member'),
    base: { trained: false },
    paths: body('trained'),
    required: body('trained'),
    cases: [],
  },
  {
    route: 'POST /api/v1/tokens',
    base: { name: 'CI', expiresInDays: 30 },
    paths: body('name expiresInDays'),
    required: body('name'),
    cases: [],
  },
  {
    route: 'DELETE /api/v1/tokens/{id}',
    id: ref('adminToken'),
    cases: [notFound("another member's token", { id: ref('memberToken') }, 'token.not_found')],
  },
  {
    // Pure counting, no database: the fingerprint shows it stays that way.
    route: 'POST /api/v1/text/check',
    base: { network: 'mastodon', text: 'Hello #harbour', limit: 500, contentWarning: 'Boats' },
    paths: body('network text limit contentWarning'),
    required: body('network text'),
    cases: [],
  },
];
