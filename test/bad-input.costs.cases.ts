import { MAX_CENTS } from '../src/contracts/costs.ts';
import {
  UNKNOWN_ID,
  bad,
  body,
  conflict,
  notFound,
  ref,
  type Case,
  type RouteEntry,
} from './bad-input.cases.ts';

/**
 * Time capture, timers, cost settings and other costs (the table's format: bad-input.cases.ts).
 * Ids name the organization's own rows (an other cost, the admin's running `plan` timer), which
 * the admin may change: a request wrongly accepted would write.
 */

const spentOn = {
  postId: ref('post'),
  unitId: ref('dept'),
  channelId: ref('channel'),
  campaignId: ref('campaign'),
};
const unknownSpentOn = (base: Record<string, unknown>): Case[] =>
  (['post', 'unit', 'channel', 'campaign'] as const).map((what) =>
    notFound(
      `a ${what} that is not there`,
      { body: { ...base, [`${what}Id`]: UNKNOWN_ID } },
      `${what}.not_found`,
      `body.${what}Id`,
    ),
  );

const time = {
  category: 'create',
  minutes: 30,
  startedAt: '2020-01-01T10:00:00Z',
  source: 'measured',
  ...spentOn,
  note: 'composer',
};
const { minutes: _minutes, ...span } = time;

const settings = {
  currency: 'CHF',
  monthlyBudgetCents: 100_000,
  defaultMinutes: [{ kind: 'post.created', minutes: 10 }],
};

const otherCost = {
  kind: 'tool',
  description: 'Licence',
  amountCents: 1_000,
  startsOn: '2030-01-01',
  endsOn: '2030-01-31',
  unitId: ref('dept'),
  channelId: ref('channel'),
  campaignId: ref('campaign'),
};
const otherCostCases = [
  bad(
    'ends before it starts',
    { body: { ...otherCost, endsOn: '2029-12-31' } },
    'custom',
    'body.endsOn',
  ),
  bad(
    'not a calendar day',
    { body: { ...otherCost, startsOn: '2030-02-30' } },
    'invalid_format',
    'body.startsOn',
  ),
  bad(
    'a time, not a day',
    { body: { ...otherCost, endsOn: '2030-01-31T00:00:00Z' } },
    'invalid_format',
    'body.endsOn',
  ),
  bad(
    'a negative amount',
    { body: { ...otherCost, amountCents: -1 } },
    'too_small',
    'body.amountCents',
  ),
  bad(
    'an amount too large',
    { body: { ...otherCost, amountCents: MAX_CENTS + 1 } },
    'too_big',
    'body.amountCents',
  ),
];

export const COST_ROUTES: RouteEntry[] = [
  {
    route: 'POST /api/v1/time',
    base: time,
    paths: body(
      'category minutes startedAt endedAt source postId unitId channelId campaignId note',
    ),
    required: body('category'),
    cases: [
      bad(
        'minutes and a span',
        { body: { ...time, endedAt: '2020-01-01T11:00:00Z' } },
        'custom',
        'body.endedAt',
      ),
      bad(
        'neither minutes nor a span',
        { body: { category: 'create' } },
        'custom',
        'body.startedAt',
      ),
      bad('a span without its end', { body: span }, 'custom', 'body.endedAt'),
      bad(
        'a span that ends before it starts',
        { body: { ...span, endedAt: '2020-01-01T09:59:00Z' } },
        'custom',
        'body.endedAt',
      ),
      bad(
        'a span longer than a day',
        { body: { ...span, endedAt: '2020-01-02T10:01:00Z' } },
        'custom',
        'body.endedAt',
      ),
      bad(
        'not an instant',
        { body: { ...time, startedAt: 'yesterday' } },
        'invalid_format',
        'body.startedAt',
      ),
      bad(
        'in the future',
        { body: { ...time, startedAt: '2099-01-01T00:00:00Z' } },
        'time.in_future',
        'body.startedAt',
      ),
      bad(
        'a timer is not a source one sends',
        { body: { ...time, source: 'timer' } },
        'invalid_value',
        'body.source',
      ),
      ...unknownSpentOn(time),
    ],
  },
  {
    route: 'POST /api/v1/timers',
    base: { category: 'review', ...spentOn, note: 'reviewing' },
    paths: body('category postId unitId channelId campaignId note'),
    required: body('category'),
    cases: [
      conflict(
        'the category’s timer runs already',
        { body: { category: 'plan' } },
        'timer.already_running',
        'body.category',
      ),
      ...unknownSpentOn({ category: 'review' }),
    ],
  },
  {
    route: 'POST /api/v1/timers/{id}/stop',
    id: ref('timer'),
    cases: [notFound('a timer that is not there', { id: UNKNOWN_ID }, 'timer.not_found')],
  },
  {
    route: 'PUT /api/v1/costs/settings',
    base: settings,
    paths: body(
      'currency monthlyBudgetCents defaultMinutes defaultMinutes.0.kind defaultMinutes.0.minutes',
    ),
    required: body(
      'currency monthlyBudgetCents defaultMinutes defaultMinutes.0.kind defaultMinutes.0.minutes',
    ),
    cases: [
      bad(
        'a currency in lower case',
        { body: { ...settings, currency: 'chf' } },
        'invalid_format',
        'body.currency',
      ),
      bad(
        'not a currency code',
        { body: { ...settings, currency: 'EURO' } },
        'invalid_format',
        'body.currency',
      ),
      bad(
        'a negative budget',
        { body: { ...settings, monthlyBudgetCents: -1 } },
        'too_small',
        'body.monthlyBudgetCents',
      ),
      bad(
        'a budget with a fraction of a cent',
        { body: { ...settings, monthlyBudgetCents: 1.5 } },
        'invalid_type',
        'body.monthlyBudgetCents',
      ),
      bad(
        'a budget too large',
        { body: { ...settings, monthlyBudgetCents: MAX_CENTS + 1 } },
        'too_big',
        'body.monthlyBudgetCents',
      ),
      bad(
        'a kind twice',
        {
          body: {
            ...settings,
            defaultMinutes: [
              { kind: 'post.created', minutes: 10 },
              { kind: 'post.created', minutes: 20 },
            ],
          },
        },
        'custom',
        'body.defaultMinutes.1.kind',
      ),
      bad(
        'recorded time is not a kind with a default',
        { body: { ...settings, defaultMinutes: [{ kind: 'time.recorded', minutes: 5 }] } },
        'invalid_value',
        'body.defaultMinutes.0.kind',
      ),
      bad(
        'more than a day',
        { body: { ...settings, defaultMinutes: [{ kind: 'post.created', minutes: 1441 }] } },
        'too_big',
        'body.defaultMinutes.0.minutes',
      ),
    ],
  },
  {
    route: 'POST /api/v1/costs/other',
    base: otherCost,
    paths: body('kind description amountCents startsOn endsOn unitId channelId campaignId'),
    required: body('kind description amountCents startsOn endsOn'),
    cases: [
      ...otherCostCases,
      ...unknownSpentOn(otherCost).filter((c) => c.path !== 'body.postId'),
    ],
  },
  {
    route: 'PATCH /api/v1/costs/other/{id}',
    id: ref('otherCost'),
    base: otherCost,
    paths: body('kind description amountCents startsOn endsOn unitId channelId campaignId'),
    cases: [
      ...otherCostCases,
      bad(
        'an end before the stored start',
        { body: { endsOn: '2000-01-01' } },
        'other_cost.days_order',
        'body.endsOn',
      ),
      ...unknownSpentOn({}).filter((c) => c.path !== 'body.postId'),
      notFound('a cost that is not there', { id: UNKNOWN_ID }, 'other_cost.not_found'),
    ],
  },
  {
    route: 'DELETE /api/v1/costs/other/{id}',
    id: ref('otherCost'),
    cases: [notFound('a cost that is not there', { id: UNKNOWN_ID }, 'other_cost.not_found')],
  },
];
