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
import { STAFFING_PROFILE, type PopulatedOrg } from './tenants.ts';

/**
 * Staffing plans (the table's format: bad-input.cases.ts). The populated organization has a
 * proposed plan (coordinated, two active departments): in `dept` one lead place is open and the
 * one contributor place is taken by the member, who is a contributor there.
 */

/** The proposed plan of the populated organization, and a second one, discarded. */
export async function staffingFixture(
  org: PopulatedOrg,
): Promise<{ staffingPlan: string; discardedPlan: string }> {
  const res = await org.api.post('/api/v1/staffing-plans', {
    profile: STAFFING_PROFILE,
    model: 'centralized',
  });
  if (res.status !== 201) throw new Error(`staffing plan: ${res.status}`);
  const id = (res.body as { id: string }).id;
  const discarded = await org.api.post(`/api/v1/staffing-plans/${id}/discard`);
  if (discarded.status !== 200) throw new Error(`discard: ${discarded.status}`);
  return { staffingPlan: org.staffingPlan, discardedPlan: id };
}

const byRole = {
  hub_lead: 6000,
  hub_editor: 5500,
  regional_hub_lead: 5500,
  unit_lead: 5000,
  unit_contributor: 4500,
  trained_member: 4000,
};
const lead = (memberId: string) => ({ unitId: ref('dept'), role: 'unit_lead', memberId });

export const STAFFING_ROUTES: RouteEntry[] = [
  {
    route: 'POST /api/v1/staffing-plans',
    base: {
      profile: STAFFING_PROFILE,
      model: 'coordinated',
      rates: { defaultCents: 5000, byRole },
      assignments: [lead(ref('admin'))],
    },
    paths: [
      ...body(
        'profile profile.employees profile.onSiteShare profile.activeDepartments ' +
          'profile.countries profile.socialTeamSize profile.directiveCulture profile.regulation ' +
          'profile.authenticityVsControl model rates rates.defaultCents rates.byRole assignments ' +
          'assignments.0.unitId assignments.0.role assignments.0.memberId',
      ),
      ...body(
        Object.keys(byRole)
          .map((r) => `rates.byRole.${r}`)
          .join(' '),
      ),
    ],
    required: body(
      'profile profile.employees profile.onSiteShare profile.activeDepartments ' +
        'profile.countries profile.socialTeamSize profile.directiveCulture profile.regulation ' +
        'profile.authenticityVsControl assignments.0.unitId assignments.0.role ' +
        'assignments.0.memberId',
    ),
    cases: [
      bad(
        'more active departments than people',
        { body: { profile: { ...STAFFING_PROFILE, employees: 1, socialTeamSize: 0 } } },
        'custom',
        'body.profile.activeDepartments',
      ),
      notFound(
        'a unit that is not there',
        {
          body: {
            profile: STAFFING_PROFILE,
            assignments: [{ ...lead(ref('admin')), unitId: UNKNOWN_ID }],
          },
        },
        'unit.not_found',
        'body.assignments.0.unitId',
      ),
      notFound(
        'a member that is not there',
        { body: { profile: STAFFING_PROFILE, assignments: [lead(UNKNOWN_ID)] } },
        'member.not_found',
        'body.assignments.0.memberId',
      ),
      unprocessable(
        'a role the plan does not have in that unit',
        {
          body: {
            profile: STAFFING_PROFILE,
            model: 'coordinated',
            assignments: [{ unitId: ref('spare'), role: 'hub_lead', memberId: ref('admin') }],
          },
        },
        'staffing_plan.no_such_role',
        'body.assignments.0',
      ),
      unprocessable(
        'two people for the one open lead place',
        {
          body: {
            profile: STAFFING_PROFILE,
            model: 'coordinated',
            assignments: [lead(ref('admin')), lead(ref('member'))],
          },
        },
        'staffing_plan.role_full',
        'body.assignments.1',
      ),
      unprocessable(
        'the same member for two roles',
        {
          body: {
            profile: STAFFING_PROFILE,
            model: 'coordinated',
            assignments: [
              lead(ref('member')),
              { unitId: ref('hub'), role: 'hub_editor', memberId: ref('member') },
            ],
          },
        },
        'staffing_plan.member_twice',
        'body.assignments.1',
      ),
      unprocessable(
        'a member who already holds the role',
        {
          body: {
            profile: STAFFING_PROFILE,
            model: 'coordinated',
            assignments: [
              { unitId: ref('dept'), role: 'unit_contributor', memberId: ref('member') },
            ],
          },
        },
        'staffing_plan.role_in_place',
        'body.assignments.0',
      ),
    ],
  },
  {
    route: 'POST /api/v1/staffing-plans/{id}/apply',
    id: ref('staffingPlan'),
    cases: [
      notFound('not there', { id: UNKNOWN_ID }, 'staffing_plan.not_found'),
      conflict('a discarded plan', { id: ref('discardedPlan') }, 'staffing_plan.not_proposed'),
    ],
  },
  {
    route: 'POST /api/v1/staffing-plans/{id}/discard',
    id: ref('staffingPlan'),
    cases: [
      notFound('not there', { id: UNKNOWN_ID }, 'staffing_plan.not_found'),
      conflict('a discarded plan', { id: ref('discardedPlan') }, 'staffing_plan.not_proposed'),
    ],
  },
];
