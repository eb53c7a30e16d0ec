import {
  UNKNOWN_ID,
  bad,
  body,
  conflict,
  forbidden,
  manyIds,
  notFound,
  ref,
  unprocessable,
  type Case,
  type RouteEntry,
} from './bad-input.cases.ts';
import { signIn, type TestServer } from './http.ts';
import type { PopulatedOrg } from './tenants.ts';

/**
 * Posts and media (the table's format: bad-input.cases.ts). The session is the admin's: `draft` is
 * their own draft, `ownSubmitted` their own submitted post, `post` the member's post in review
 * that the admin (a hub editor) may decide, `approved` a member's post the admin approved. The media upload takes multipart, not JSON: its
 * cases are written out.
 */

/** The content ids of the table, with posts populateOrg does not make: over the limit, approved… */
export async function contentFixture(server: TestServer, org: PopulatedOrg) {
  const ok = async (res: Promise<{ status: number; body: any }>, status: number) => {
    const r = await res;
    if (r.status !== status) throw new Error(`${r.status} ${JSON.stringify(r.body)}`);
    return r.body as { id: string };
  };
  const variants = (text: string) => [{ channelId: org.channels.main, text }];
  const longDraft = await ok(
    org.api.post('/api/v1/posts', { language: 'en', variants: variants('a'.repeat(501)) }),
    201,
  );
  const member = await signIn(server, org.member.email);
  const approved = await ok(
    member.post('/api/v1/posts', { language: 'en', variants: variants('Approved.') }),
    201,
  );
  await ok(member.post(`/api/v1/posts/${approved.id}/submit`, {}), 200);
  await ok(org.api.post(`/api/v1/posts/${approved.id}/approval`, { decision: 'approve' }), 200);
  const ownSubmitted = await ok(
    org.api.post('/api/v1/posts', { language: 'en', variants: variants('Mine.') }),
    201,
  );
  await ok(org.api.post(`/api/v1/posts/${ownSubmitted.id}/submit`, {}), 200);
  return {
    post: org.posts.submitted,
    draft: org.posts.draft,
    longDraft: longDraft.id,
    approved: approved.id,
    ownSubmitted: ownSubmitted.id,
    campaign: org.campaign,
    media: org.media,
    notification: org.notifications[0]!,
    memberNotification: org.notifications[1]!,
  };
}

const DUE = new Date(Date.now() + 30 * 86_400_000).toISOString();
const PAST = '2020-01-01T00:00:00.000Z';

const variant = {
  channelId: ref('channel'),
  text: 'Hello #harbour',
  link: 'https://example.com/news',
  firstComment: 'More soon.',
  mediaIds: [ref('media')],
  dueAt: DUE,
};
const variantPaths = 'channelId text link firstComment mediaIds dueAt'
  .split(' ')
  .map((f) => `variants.0.${f}`)
  .join(' ');
const minimal = { language: 'en', variants: [{ channelId: ref('channel'), text: 'Hi' }] };
const withVariant = (v: object) => ({ ...minimal, variants: [{ ...minimal.variants[0], ...v }] });

/** Refusals of the variants, at create and at edit (`extra`: the edit's version). */
const variantCases = (extra: object): Case[] => [
  bad(
    'a due time in the past',
    { body: { ...withVariant({ dueAt: PAST }), ...extra } },
    'schedule.in_past',
    'body.variants.0.dueAt',
  ),
  bad(
    'a channel twice',
    { body: { ...minimal, ...extra, variants: [minimal.variants[0], minimal.variants[0]] } },
    'variant.duplicate_channel',
    'body.variants.1.channelId',
  ),
  bad(
    'a link that is not http(s)',
    { body: { ...withVariant({ link: 'ftp://example.com/x' }), ...extra } },
    'invalid_format',
    'body.variants.0.link',
  ),
  bad(
    '21 variants',
    {
      body: {
        ...minimal,
        ...extra,
        variants: manyIds(21).map((channelId) => ({ channelId, text: 'x' })),
      },
    },
    'too_big',
    'body.variants',
  ),
  bad(
    'no variants',
    { body: { ...minimal, ...extra, variants: [] } },
    'too_small',
    'body.variants',
  ),
  notFound(
    'an unknown channel',
    { body: { ...withVariant({ channelId: UNKNOWN_ID }), ...extra } },
    'channel.not_found',
    'body.variants.0.channelId',
  ),
  notFound(
    'unknown media',
    { body: { ...withVariant({ mediaIds: [UNKNOWN_ID] }), ...extra } },
    'media.not_found',
    'body.variants.0.mediaIds.0',
  ),
  notFound(
    'an unknown campaign',
    { body: { ...minimal, ...extra, campaignId: UNKNOWN_ID } },
    'campaign.not_found',
    'body.campaignId',
  ),
];

const unknownPost = (input: Case['body'] = {}) =>
  notFound('a post that is not there', { id: UNKNOWN_ID, body: input }, 'post.not_found');
const notTheAuthor = (input: Case['body']) =>
  forbidden(
    'the member’s post (only the author may)',
    { id: ref('post'), body: input },
    'post.author_only',
  );
const stale = (input: Case['body']) =>
  conflict('a stale version', { body: input }, 'post.version_conflict', 'body.version');
const invalidMove = (name: string, id: string) =>
  conflict(name, { id, body: {} }, 'post.invalid_transition');

/** Multipart bodies by hand: one part per entry, `name` and `filename` as the browser sends them. */
const multipart = (field: string, filename: string, type: string, content: string) => ({
  contentType: 'multipart/form-data; boundary=mooring-test',
  text: [
    '--mooring-test',
    `Content-Disposition: form-data; name="${field}"; filename="${filename}"`,
    `Content-Type: ${type}`,
    '',
    content,
    '--mooring-test--',
    '',
  ].join('\r\n'),
});

export const CONTENT_ROUTES: RouteEntry[] = [
  {
    route: 'POST /api/v1/posts',
    base: {
      unitId: ref('dept'),
      campaignId: ref('campaign'),
      title: 'Launch',
      labels: ['launch'],
      language: 'en',
      variants: [variant],
      spentMinutes: 5,
    },
    paths: body(`unitId campaignId title labels language variants ${variantPaths} spentMinutes`),
    required: body('language variants variants.0.channelId variants.0.text'),
    cases: [
      ...variantCases({}),
      bad(
        'not a language tag',
        { body: { ...minimal, language: 'english!' } },
        'invalid_format',
        'body.language',
      ),
      notFound(
        'an unknown unit',
        { body: { ...minimal, unitId: UNKNOWN_ID } },
        'unit.not_found',
        'body.unitId',
      ),
    ],
  },
  {
    route: 'PATCH /api/v1/posts/{id}',
    id: ref('draft'),
    base: {
      version: 1,
      campaignId: ref('campaign'),
      title: 'Launch',
      labels: ['launch'],
      language: 'en',
      variants: [variant],
      spentMinutes: 5,
    },
    paths: body(`version campaignId title labels language variants ${variantPaths} spentMinutes`),
    required: body('version variants.0.channelId variants.0.text'),
    cases: [
      ...variantCases({ version: 1 }),
      stale({ version: 2, title: 'Stale' }),
      notTheAuthor({ version: 1, title: 'Mine' }),
      unknownPost({ version: 1, title: 'X' }),
    ],
  },
  {
    route: 'POST /api/v1/posts/{id}/submit',
    id: ref('draft'),
    base: { version: 1, spentMinutes: 5 },
    paths: body('version spentMinutes'),
    required: [],
    cases: [
      unprocessable(
        'a text over the network’s limit',
        { id: ref('longDraft'), body: {} },
        'text.too_long',
        'body.variants.0.text',
      ),
      stale({ version: 2 }),
      notTheAuthor({}),
      invalidMove('submitted again', ref('ownSubmitted')),
      unknownPost(),
    ],
  },
  {
    route: 'POST /api/v1/posts/{id}/approval',
    id: ref('post'),
    base: { decision: 'approve', comment: 'Fine.', spentMinutes: 2 },
    paths: body('decision comment spentMinutes'),
    required: body('decision'),
    cases: [
      bad(
        'a rejection without a comment',
        { body: { decision: 'reject' } },
        'custom',
        'body.comment',
      ),
      forbidden(
        'one’s own post',
        { id: ref('draft'), body: { decision: 'approve' } },
        'approval.own_post',
      ),
      conflict(
        'approving twice',
        { id: ref('approved'), body: { decision: 'approve' } },
        'approval.already_decided',
      ),
      unknownPost({ decision: 'approve' }),
    ],
  },
  {
    route: 'PUT /api/v1/posts/{id}/schedule',
    id: ref('draft'),
    base: { variants: [{ channelId: ref('channel'), dueAt: DUE }], version: 1, spentMinutes: 1 },
    paths: body('variants variants.0.channelId variants.0.dueAt version spentMinutes'),
    required: body('variants variants.0.channelId variants.0.dueAt'),
    cases: [
      bad(
        'a due time in the past',
        { body: { variants: [{ channelId: ref('channel'), dueAt: PAST }] } },
        'schedule.in_past',
        'body.variants.0.dueAt',
      ),
      bad(
        'a channel twice',
        {
          body: {
            variants: [
              { channelId: ref('channel'), dueAt: DUE },
              { channelId: ref('channel'), dueAt: DUE },
            ],
          },
        },
        'variant.duplicate_channel',
        'body.variants.1.channelId',
      ),
      bad(
        'a channel the post has no variant for',
        { body: { variants: [{ channelId: ref('channel2'), dueAt: DUE }] } },
        'schedule.not_a_variant',
        'body.variants.0.channelId',
      ),
      notFound(
        'an unknown channel',
        { body: { variants: [{ channelId: UNKNOWN_ID, dueAt: DUE }] } },
        'channel.not_found',
        'body.variants.0.channelId',
      ),
      stale({ version: 2, variants: [{ channelId: ref('channel'), dueAt: DUE }] }),
      notTheAuthor({ variants: [{ channelId: ref('channel'), dueAt: DUE }] }),
      unknownPost({ variants: [{ channelId: ref('channel'), dueAt: DUE }] }),
    ],
  },
  {
    route: 'POST /api/v1/posts/{id}/pause',
    id: ref('post'),
    base: { spentMinutes: 1 },
    paths: body('spentMinutes'),
    required: [],
    cases: [invalidMove('a draft', ref('draft')), unknownPost()],
  },
  {
    route: 'POST /api/v1/posts/{id}/resume',
    id: ref('post'),
    base: { spentMinutes: 1 },
    paths: body('spentMinutes'),
    required: [],
    cases: [
      invalidMove('a draft (not paused)', ref('draft')),
      invalidMove('a post in review (not paused)', ref('post')),
      invalidMove('an approved post (not paused)', ref('approved')),
      unknownPost(),
    ],
  },
  {
    route: 'POST /api/v1/posts/{id}/archive',
    id: ref('draft'),
    base: { spentMinutes: 1 },
    paths: body('spentMinutes'),
    required: [],
    cases: [unknownPost()],
  },
  {
    route: 'POST /api/v1/media',
    cases: [
      bad('JSON instead of multipart', { body: { file: 'x' } }, 'media.multipart_required', 'body'),
      bad(
        'text that calls itself a PNG',
        { raw: multipart('file', 'logo.png', 'image/png', 'just some text') },
        'media.unsupported_type',
        'body.file',
      ),
      bad(
        'a PDF',
        {
          raw: multipart(
            'file',
            'doc.pdf',
            'application/pdf',
            '%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n',
          ),
        },
        'media.unsupported_type',
        'body.file',
      ),
      bad(
        'the file in another field',
        { raw: multipart('attachment', 'logo.png', 'image/png', 'x') },
        'media.file_missing',
        'body.file',
      ),
    ],
  },
];
