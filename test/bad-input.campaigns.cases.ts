import { UNKNOWN_ID, bad, body, notFound, ref, type RouteEntry } from './bad-input.cases.ts';

/**
 * Campaigns (the table's format: bad-input.cases.ts). The id names the organization's campaign,
 * which the admin may change: a request wrongly accepted would write.
 */
const campaign = {
  name: 'Spring launch',
  startsAt: '2030-03-01T00:00:00Z',
  endsAt: '2030-03-31T00:00:00Z',
  masterPostId: ref('post'),
};
const windowCases = [
  bad(
    'ends before it starts',
    { body: { ...campaign, startsAt: '2030-04-01T00:00:00Z' } },
    'custom',
    'body.endsAt',
  ),
  bad(
    'ends when it starts',
    { body: { ...campaign, endsAt: campaign.startsAt } },
    'custom',
    'body.endsAt',
  ),
];

export const CAMPAIGN_ROUTES: RouteEntry[] = [
  {
    route: 'POST /api/v1/campaigns',
    base: campaign,
    paths: body('name startsAt endsAt masterPostId'),
    required: body('name'),
    cases: [
      ...windowCases,
      notFound(
        'a master post that is not there',
        { body: { ...campaign, masterPostId: UNKNOWN_ID } },
        'post.not_found',
        'body.masterPostId',
      ),
    ],
  },
  {
    route: 'PATCH /api/v1/campaigns/{id}',
    id: ref('campaign'),
    base: campaign,
    paths: body('name startsAt endsAt masterPostId'),
    cases: [
      ...windowCases,
      bad(
        'an end before the stored start',
        { body: { endsAt: '2020-01-01T00:00:00Z' } },
        'campaign.window_order',
        'body.endsAt',
      ),
      notFound(
        'a master post that is not there',
        { body: { masterPostId: UNKNOWN_ID } },
        'post.not_found',
        'body.masterPostId',
      ),
      notFound('a campaign that is not there', { id: UNKNOWN_ID }, 'campaign.not_found'),
    ],
  },
  {
    route: 'DELETE /api/v1/campaigns/{id}',
    id: ref('campaign'),
    cases: [notFound('a campaign that is not there', { id: UNKNOWN_ID }, 'campaign.not_found')],
  },
];
