import type { PopulatedOrg } from './tenants.ts';

/** What an id names, for the tables of cross-tenant.http.test.ts. */
export type Kind =
  | 'organization'
  | 'member'
  | 'token'
  | 'unit'
  | 'channel'
  | 'post'
  | 'media'
  | 'notification'
  | 'campaign'
  | 'duty'
  | 'staffing_plan'
  | 'timer'
  | 'other_cost';

/**
 * Every id that travels in a body or a query string, written as in `uuidFields` of the test, with
 * a request that is valid apart from that id (`id`: B's object, or an unknown one).
 */
export interface IdField {
  field: string;
  kind: Kind;
  /** `details[].path` of the 404. */
  path: string;
  request: (id: string) => { path: string; body?: unknown };
}

/** A calendar range of two days around `dueAt`, as a query string. */
export function calendarRange(dueAt: string): string {
  const at = Date.parse(dueAt);
  const iso = (ms: number) => encodeURIComponent(new Date(ms).toISOString());
  return `?from=${iso(at - 86_400_000)}&to=${iso(at + 86_400_000)}`;
}

/** The filters of the post lists: each names a unit, channel, campaign or author of the org. */
function filters(key: string, path: (o: PopulatedOrg) => string, a: () => PopulatedOrg) {
  const filter = (field: string, kind: Kind): IdField => ({
    field,
    kind,
    path: `querystring.${field}`,
    request: (id) => {
      const base = path(a());
      return { path: `${base}${base.includes('?') ? '&' : '?'}${field}=${id}` };
    },
  });
  return {
    [key]: [
      filter('unitId', 'unit'),
      filter('channelId', 'channel'),
      filter('campaignId', 'campaign'),
      filter('authorId', 'member'),
    ],
  };
}

/**
 * The id fields of posts (written as A's admin: drafts on A's main channel, edits of the admin's
 * own draft, which stays at version 1) and of the post and calendar lists. `a` is organization A.
 */
export function contentIdFields(a: () => PopulatedOrg): Record<string, IdField[]> {
  const variant = (extra: object = {}) => ({
    channelId: a().channels.main,
    text: 'Leak',
    ...extra,
  });
  const create = (body: object) => ({
    path: '/api/v1/posts',
    body: { language: 'en', variants: [variant()], ...body },
  });
  const edit = (body: object) => ({
    path: `/api/v1/posts/${a().posts.draft}`,
    body: { version: 1, ...body },
  });
  const secondChannel = (id: string) => [variant(), { channelId: id, text: 'Leak' }];
  const secondMedia = (id: string) => [variant({ mediaIds: [a().media, id] })];
  return {
    'POST /api/v1/posts': [
      {
        field: 'unitId',
        kind: 'unit',
        path: 'body.unitId',
        request: (id) => create({ unitId: id }),
      },
      {
        field: 'campaignId',
        kind: 'campaign',
        path: 'body.campaignId',
        request: (id) => create({ campaignId: id }),
      },
      {
        field: 'variants[].channelId',
        kind: 'channel',
        path: 'body.variants.1.channelId',
        request: (id) => create({ variants: secondChannel(id) }),
      },
      {
        field: 'variants[].mediaIds[]',
        kind: 'media',
        path: 'body.variants.0.mediaIds.1',
        request: (id) => create({ variants: secondMedia(id) }),
      },
    ],
    'PATCH /api/v1/posts/{id}': [
      {
        field: 'campaignId',
        kind: 'campaign',
        path: 'body.campaignId',
        request: (id) => edit({ campaignId: id }),
      },
      {
        field: 'variants[].channelId',
        kind: 'channel',
        path: 'body.variants.1.channelId',
        request: (id) => edit({ variants: secondChannel(id) }),
      },
      {
        field: 'variants[].mediaIds[]',
        kind: 'media',
        path: 'body.variants.0.mediaIds.1',
        request: (id) => edit({ variants: secondMedia(id) }),
      },
    ],
    'PUT /api/v1/posts/{id}/schedule': [
      {
        field: 'variants[].channelId',
        kind: 'channel',
        path: 'body.variants.1.channelId',
        request: (id) => ({
          path: `/api/v1/posts/${a().posts.draft}/schedule`,
          body: {
            variants: [
              { channelId: a().channels.main, dueAt: a().dueAt },
              { channelId: id, dueAt: a().dueAt },
            ],
          },
        }),
      },
    ],
    ...filters('GET /api/v1/posts', () => '/api/v1/posts', a),
    ...filters('GET /api/v1/calendar', (o) => `/api/v1/calendar${calendarRange(o.dueAt)}`, a),
    ...filters(
      'GET /api/v1/calendar/conflicts',
      (o) => `/api/v1/calendar/conflicts${calendarRange(o.dueAt)}`,
      a,
    ),
  };
}
