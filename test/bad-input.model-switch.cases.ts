import type { Db } from '../src/db/connect.ts';
import {
  UNKNOWN_ID,
  bad,
  body,
  conflict,
  notFound,
  ref,
  unprocessable,
  type RouteEntry,
} from './bad-input.cases.ts';
import type { PopulatedOrg } from './tenants.ts';

/**
 * The model switch, duty notices and training records (the table's format: bad-input.cases.ts).
 * The populated organization is coordinated with one hub covering the root: a switch to
 * multi_coordinated lacks regional hubs; a switch to centralized would go through with the right
 * revision, so every case here carries something else that is wrong.
 */

/** The organization's revision and duty notices of the admin and the member. */
export async function modelSwitchFixture(
  db: Db,
  org: PopulatedOrg,
): Promise<{ revision: string; duty: string; memberDuty: string }> {
  const { revision } = await db
    .selectFrom('organizations')
    .select('revision')
    .where('id', '=', org.id)
    .executeTakeFirstOrThrow();
  const duty = async (memberId: string) =>
    (
      await db
        .selectFrom('duty_notices')
        .select('id')
        .where('organization_id', '=', org.id)
        .where('member_id', '=', memberId)
        .orderBy('created_at')
        .executeTakeFirstOrThrow()
    ).id;
  return { revision, duty: await duty(org.admin.id), memberDuty: await duty(org.member.id) };
}

const settings = { decentralized: { contributorsNeedLeadDefault: false } };
const settingsPaths = `modelSettings modelSettings.decentralized
  modelSettings.decentralized.contributorsNeedLeadDefault`;

export const MODEL_SWITCH_ROUTES: RouteEntry[] = [
  {
    route: 'POST /api/v1/organization/model/preview',
    base: { model: 'centralized', modelSettings: settings },
    paths: body(`model ${settingsPaths}`),
    required: body('model'),
    cases: [
      unprocessable(
        'the model it has, with its settings',
        { body: { model: 'coordinated' } },
        'model_switch.unchanged',
        'body.model',
      ),
    ],
  },
  {
    route: 'POST /api/v1/organization/model/apply',
    base: {
      model: 'centralized',
      modelSettings: settings,
      expectedRevision: '1',
      acceptMissingStructure: false,
    },
    paths: body(`model ${settingsPaths} expectedRevision acceptMissingStructure`),
    required: body('model expectedRevision'),
    cases: [
      bad(
        'a revision that is not a number',
        { body: { model: 'centralized', expectedRevision: '12a' } },
        'invalid_format',
        'body.expectedRevision',
      ),
      bad(
        'a revision of 20 digits',
        { body: { model: 'centralized', expectedRevision: '9'.repeat(20) } },
        'invalid_format',
        'body.expectedRevision',
      ),
      unprocessable(
        'the model it has',
        { body: { model: 'coordinated', expectedRevision: ref('revision') } },
        'model_switch.unchanged',
        'body.model',
      ),
      conflict(
        'a revision from before a change',
        { body: { model: 'centralized', expectedRevision: '1' } },
        'organization.changed',
        'body.expectedRevision',
      ),
      unprocessable(
        'multi_coordinated without regional hubs',
        { body: { model: 'multi_coordinated', expectedRevision: ref('revision') } },
        'model_switch.structure_missing',
        'body.acceptMissingStructure',
      ),
      unprocessable(
        'multi_coordinated without regional hubs: the gap',
        {
          body: {
            model: 'multi_coordinated',
            expectedRevision: ref('revision'),
            acceptMissingStructure: false,
          },
        },
        'structure.regional_hubs_missing',
        'body.model',
      ),
    ],
  },
  {
    route: 'POST /api/v1/duties/{id}/acknowledge',
    id: ref('duty'),
    cases: [
      notFound("the member's notice", { id: ref('memberDuty') }, 'duty.not_found'),
      notFound('not there', { id: UNKNOWN_ID }, 'duty.not_found'),
    ],
  },
  {
    route: 'POST /api/v1/members/{id}/training-records',
    id: ref('member'),
    base: { topic: 'other', title: 'Crisis drill', completedAt: '2024-01-05T10:00:00Z' },
    paths: body('topic title completedAt'),
    required: body('topic'),
    cases: [
      bad('other without a title', { body: { topic: 'other' } }, 'custom', 'body.title'),
      bad(
        'a blank title',
        { body: { topic: 'business_policy', title: '   ' } },
        'too_small',
        'body.title',
      ),
      bad(
        'not a time',
        { body: { topic: 'business_policy', completedAt: 'yesterday' } },
        'invalid_format',
        'body.completedAt',
      ),
      bad(
        'completed in the future',
        { body: { topic: 'business_policy', completedAt: '2999-01-01T00:00:00Z' } },
        'training.completed_in_future',
        'body.completedAt',
      ),
      notFound(
        'a member that is not there',
        { id: UNKNOWN_ID, body: { topic: 'customer_handling' } },
        'member.not_found',
      ),
    ],
  },
];
