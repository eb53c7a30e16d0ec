import {
  UNKNOWN_ID,
  bad,
  body,
  conflict,
  manyIds,
  notFound,
  ref,
  unprocessable,
  type Case,
  type RouteEntry,
} from './bad-input.cases.ts';

const channel = {
  unitId: ref('team'),
  network: 'mastodon',
  handle: '@new@social.example',
  displayName: 'New channel',
  credentials: { accessToken: 'secret' },
  sensitive: true,
  limits: { maxChars: 500 },
};
const credentialCases = (base: object): Case[] =>
  (
    [
      ['empty key', { '': 'x' }, 'invalid_key', 'body.credentials'],
      [
        '21 fields',
        Object.fromEntries(manyIds(21).map((k) => [k, 'v'])),
        'custom',
        'body.credentials',
      ],
      ['value not a string', { accessToken: 42 }, 'invalid_type', 'body.credentials.accessToken'],
      [
        'value past 10000 characters',
        { accessToken: 'x'.repeat(10_001) },
        'too_big',
        'body.credentials.accessToken',
      ],
    ] as const
  ).map(([what, credentials, detail, path]) =>
    bad(`credentials: ${what}`, { body: { ...base, credentials } }, detail, path),
  );

const rules = (...items: unknown[]) => ({ name: 'Team rules', rules: items });
const hashtagMax = { kind: 'hashtag_max', severity: 'block', max: 2 };
const window = {
  kind: 'posting_window',
  severity: 'warn',
  days: [1, 2],
  start: '09:00',
  end: '17:00',
};
const badRule = (what: string, rule: unknown, at: string, detail: string): Case =>
  bad(`rules[0]: ${what}`, { body: rules(rule) }, detail, `body.rules.0${at}`);

/** Units, channels, guidelines and the strategy (the table's format: bad-input.cases.ts). */
export const STRUCTURE_ROUTES: RouteEntry[] = [
  {
    route: 'POST /api/v1/units',
    base: {
      parentId: ref('root'),
      name: 'Marketing',
      kind: 'department',
      isHub: true,
      covers: ref('dept'),
      contributorsNeedLead: true,
    },
    paths: body('parentId name kind isHub covers contributorsNeedLead'),
    required: body('parentId name kind'),
    cases: [
      conflict(
        'a second global hub',
        {
          body: {
            parentId: ref('root'),
            name: 'G2',
            kind: 'team',
            isHub: true,
            covers: ref('root'),
          },
        },
        'hub.second_global',
        'body.covers',
      ),
      bad(
        'a hub that covers nothing',
        { body: { parentId: ref('root'), name: 'H', kind: 'team', isHub: true } },
        'hub.covers_required',
        'body.covers',
      ),
      bad(
        'covers without being a hub',
        { body: { parentId: ref('root'), name: 'H', kind: 'team', covers: ref('dept') } },
        'hub.covers_without_hub',
        'body.covers',
      ),
      notFound(
        'unknown parent',
        { body: { parentId: UNKNOWN_ID, name: 'X', kind: 'team' } },
        'unit.not_found',
        'body.parentId',
      ),
      notFound(
        'a hub of an unknown unit',
        {
          body: { parentId: ref('root'), name: 'H', kind: 'team', isHub: true, covers: UNKNOWN_ID },
        },
        'unit.not_found',
        'body.covers',
      ),
      bad(
        'body past 1 MB',
        {
          raw: {
            contentType: 'application/json',
            text: JSON.stringify({ name: 'x'.repeat(1 << 20) }),
          },
        },
        'FST_ERR_CTP_BODY_TOO_LARGE',
        'body',
      ),
    ],
  },
  {
    route: 'PATCH /api/v1/units/{id}',
    id: ref('dept'),
    base: {
      name: 'Renamed',
      kind: 'team',
      isHub: true,
      covers: ref('team'),
      contributorsNeedLead: false,
    },
    paths: body('name kind isHub covers contributorsNeedLead'),
    required: [],
    cases: [
      conflict(
        'a second global hub',
        { body: { isHub: true, covers: ref('root') } },
        'hub.second_global',
        'body.covers',
      ),
      notFound(
        'covers an unknown unit',
        { body: { isHub: true, covers: UNKNOWN_ID } },
        'unit.not_found',
        'body.covers',
      ),
      bad(
        'covers without being a hub',
        { body: { covers: ref('team') } },
        'hub.covers_without_hub',
        'body.covers',
      ),
    ],
  },
  {
    route: 'DELETE /api/v1/units/{id}',
    id: ref('spare'),
    cases: [
      conflict('the root', { id: ref('root') }, 'unit.root_undeletable', 'params.id'),
      conflict('a unit with sub-units', { id: ref('region') }, 'unit.has_children', 'params.id'),
      conflict('a unit with channels', { id: ref('team') }, 'unit.has_channels', 'params.id'),
    ],
  },
  {
    route: 'POST /api/v1/units/{id}/move',
    id: ref('team'),
    base: { parentId: ref('region') },
    paths: body('parentId'),
    required: body('parentId'),
    cases: [
      conflict(
        'under its own descendant',
        { id: ref('region'), body: { parentId: ref('team') } },
        'unit.cycle',
        'body.parentId',
      ),
      conflict(
        'under itself',
        { id: ref('dept'), body: { parentId: ref('dept') } },
        'unit.cycle',
        'body.parentId',
      ),
      conflict(
        'the root',
        { id: ref('root'), body: { parentId: ref('spare') } },
        'unit.root_immovable',
        'params.id',
      ),
      notFound(
        'under an unknown parent',
        { body: { parentId: UNKNOWN_ID } },
        'unit.not_found',
        'body.parentId',
      ),
      notFound('an unknown unit', { id: UNKNOWN_ID }, 'unit.not_found'),
    ],
  },
  {
    route: 'POST /api/v1/channels',
    base: channel,
    paths: body('unitId network handle displayName credentials sensitive limits limits.maxChars'),
    required: body('unitId network handle displayName'),
    cases: [
      ...credentialCases(channel),
      conflict(
        'handle taken (in another case)',
        { body: { ...channel, handle: ref('channelHandleUpper') } },
        'channel.handle_taken',
        'body.handle',
      ),
      notFound(
        'unknown unit',
        { body: { ...channel, unitId: UNKNOWN_ID } },
        'unit.not_found',
        'body.unitId',
      ),
    ],
  },
  {
    route: 'PATCH /api/v1/channels/{id}',
    id: ref('channel'),
    base: {
      unitId: ref('team'),
      handle: '@renamed@social.example',
      displayName: 'Renamed',
      sensitive: false,
      credentials: { accessToken: 'new secret' },
      limits: { maxChars: 280 },
    },
    paths: body('unitId handle displayName sensitive credentials limits limits.maxChars'),
    required: [],
    cases: [
      ...credentialCases({}),
      conflict(
        "another channel's handle",
        { id: ref('channel2'), body: { handle: ref('channelHandleUpper') } },
        'channel.handle_taken',
        'body.handle',
      ),
      notFound(
        'to an unknown unit',
        { body: { unitId: UNKNOWN_ID } },
        'unit.not_found',
        'body.unitId',
      ),
    ],
  },
  {
    route: 'DELETE /api/v1/channels/{id}',
    id: ref('channel'),
    cases: [notFound('unknown channel', { id: UNKNOWN_ID }, 'channel.not_found')],
  },
  {
    // `team` inherits hashtag_max block 5 from the root and 3 from `dept`.
    route: 'PUT /api/v1/units/{id}/guidelines',
    id: ref('team'),
    base: rules(hashtagMax),
    paths: body('name rules'),
    required: body('name rules'),
    cases: [
      badRule('kind unknown', { ...hashtagMax, kind: 'emoji_max' }, '.kind', 'invalid_union'),
      badRule('kind missing', { severity: 'warn', max: 1 }, '.kind', 'invalid_union'),
      badRule(
        'severity unknown',
        { ...hashtagMax, severity: 'fatal' },
        '.severity',
        'invalid_value',
      ),
      badRule('max negative', { ...hashtagMax, max: -1 }, '.max', 'too_small'),
      badRule('max not an integer', { ...hashtagMax, max: 1.5 }, '.max', 'invalid_type'),
      badRule('max missing', { kind: 'hashtag_max', severity: 'block' }, '.max', 'invalid_type'),
      badRule(
        'term blank',
        { kind: 'banned_term', severity: 'warn', term: ' ', reason: '' },
        '.term',
        'too_small',
      ),
      badRule(
        'domains not a list',
        { kind: 'link_domains', severity: 'warn', domains: 'a.example' },
        '.domains',
        'invalid_type',
      ),
      badRule(
        'language code too short',
        { kind: 'languages', severity: 'warn', codes: ['e'] },
        '.codes.0',
        'too_small',
      ),
      badRule('day past Saturday', { ...window, days: [7] }, '.days.0', 'too_big'),
      badRule('start not a time', { ...window, start: '00:60' }, '.start', 'invalid_format'),
      badRule('end before start', { ...window, end: '08:00' }, '.end', 'custom'),
      bad(
        'rules[1] invalid',
        { body: rules(hashtagMax, { ...hashtagMax, max: 'two' }) },
        'invalid_type',
        'body.rules.1.max',
      ),
      bad(
        '201 rules',
        { body: rules(...Array.from({ length: 201 }, () => hashtagMax)) },
        'too_big',
        'body.rules',
      ),
      unprocessable(
        'raises an inherited limit',
        { body: rules({ ...hashtagMax, max: 4 }) },
        'guideline.loosens_inherited',
        'body.rules.0',
      ),
      unprocessable(
        'lowers an inherited block to a warning',
        { body: rules(hashtagMax, { ...hashtagMax, severity: 'warn' }) },
        'guideline.loosens_inherited',
        'body.rules.1',
      ),
      notFound('unknown unit', { id: UNKNOWN_ID, body: rules(hashtagMax) }, 'unit.not_found'),
    ],
  },
  {
    route: 'DELETE /api/v1/units/{id}/guidelines',
    id: ref('dept'),
    cases: [
      notFound('a unit without its own set', { id: ref('spare') }, 'guideline_set.not_found'),
    ],
  },
  {
    route: 'POST /api/v1/strategy/versions',
    base: {
      title: 'Strategy 3',
      body: 'Grow where we are.',
      goals: [{ kpi: 'followers', target: 1000, unitId: ref('dept'), description: 'More' }],
    },
    paths: body('title body goals goals.0.kpi goals.0.target goals.0.unitId goals.0.description'),
    required: body('title body goals.0.kpi goals.0.target'),
    cases: [
      bad(
        '101 goals',
        {
          body: {
            title: 'T',
            body: '',
            goals: Array.from({ length: 101 }, () => ({ kpi: 'reach', target: 1 })),
          },
        },
        'too_big',
        'body.goals',
      ),
      notFound(
        'a goal of an unknown unit',
        {
          body: { title: 'T', body: '', goals: [{ kpi: 'reach', target: 1, unitId: UNKNOWN_ID }] },
        },
        'unit.not_found',
        'body.goals.0.unitId',
      ),
    ],
  },
  {
    // Version 2 is current.
    route: 'POST /api/v1/strategy/acknowledge',
    base: { version: 2 },
    paths: body('version'),
    required: body('version'),
    cases: [
      conflict(
        'an older version',
        { body: { version: 1 } },
        'strategy.not_current',
        'body.version',
      ),
      conflict(
        'a version not yet published',
        { body: { version: 3 } },
        'strategy.not_current',
        'body.version',
      ),
    ],
  },
];
