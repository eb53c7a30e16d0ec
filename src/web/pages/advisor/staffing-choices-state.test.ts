import { describe, expect, it } from 'vitest';
import { createStaffingPlanBody } from '../../../contracts/staffing.ts';
import { ApiError } from '../../api/client.ts';
import { assignmentsOf, choiceKey, openRoles, problemsOf } from './staffing-choices-state.ts';
import type { Plan } from './staffing-table.tsx';
import { defaultAnswers, toStaffingPlanBody } from './wizard-state.ts';

const BAKEHOUSE = '00000000-0000-4000-8000-000000000001';
const SHOP = '00000000-0000-4000-8000-000000000002';
const JONAS = '00000000-0000-4000-8000-00000000000a';
const AYLIN = '00000000-0000-4000-8000-00000000000b';

type Row = Plan['roles'][number];
const row = (role: Row['role'], unitId: string | null, toFill: number): Row => ({
  role,
  membershipRole: role === 'unit_lead' ? 'lead' : 'contributor',
  unit: {
    key: unitId ?? 'new:department',
    id: unitId,
    kind: 'department',
    isHub: false,
    name: unitId ? 'Unit' : null,
    covers: null,
    count: 1,
  },
  people: toFill,
  existing: 0,
  toFill,
  minutesPerWeekEach: 60,
  minutesPerWeek: 60 * toFill,
  hourlyRateCents: 3000,
  centsPerMonth: 0,
  trainingMinutes: 0,
  trainingCents: 0,
});

const plan = {
  roles: [
    row('unit_lead', BAKEHOUSE, 1),
    row('unit_contributor', BAKEHOUSE, 0),
    row('unit_lead', null, 1),
    row('unit_lead', SHOP, 1),
  ],
} as Plan;

describe('choosing people for a staffing plan', () => {
  it('offers the roles with open places on existing units only', () => {
    expect(openRoles(plan).map((r) => choiceKey(r.role, r.unit.id))).toEqual([
      `unit_lead:${BAKEHOUSE}`,
      `unit_lead:${SHOP}`,
    ]);
  });

  it('sends the choices made, in the order of the plan, in the shape the server takes', () => {
    const roles = openRoles(plan);
    const sent = assignmentsOf(roles, {
      [choiceKey('unit_lead', SHOP)]: AYLIN,
      [choiceKey('unit_lead', BAKEHOUSE)]: JONAS,
    });
    expect(sent).toEqual([
      { unitId: BAKEHOUSE, role: 'unit_lead', memberId: JONAS },
      { unitId: SHOP, role: 'unit_lead', memberId: AYLIN },
    ]);
    expect(assignmentsOf(roles, {})).toEqual([]);
    const body = createStaffingPlanBody.parse({
      ...toStaffingPlanBody(defaultAnswers(), 'decentralized'),
      assignments: sent,
    });
    expect(body.assignments).toEqual(sent);
  });

  it('places a refusal at the choice its path names', () => {
    const sent = assignmentsOf(openRoles(plan), {
      [choiceKey('unit_lead', BAKEHOUSE)]: JONAS,
      [choiceKey('unit_lead', SHOP)]: JONAS,
    });
    const twice = new ApiError(422, 'unprocessable', 'The assignments do not fit the plan.', [
      { path: 'body.assignments.1', code: 'staffing_plan.member_twice', message: 'twice' },
    ]);
    expect([...problemsOf(twice, sent)]).toEqual([[`unit_lead:${SHOP}`, 'memberTwice']]);
    const gone = new ApiError(404, 'not_found', 'member not found', [
      { path: 'body.assignments.0.memberId', code: 'member.not_found' },
    ]);
    expect([...problemsOf(gone, sent)]).toEqual([[`unit_lead:${BAKEHOUSE}`, 'memberGone']]);
    const odd = new ApiError(422, 'unprocessable', 'odd', [
      { path: 'body.assignments.0', code: 'staffing_plan.something_new' },
      { path: 'body.profile.employees', code: 'too_small' },
      { path: 'body.assignments.7', code: 'staffing_plan.role_full' },
    ]);
    expect([...problemsOf(odd, sent)]).toEqual([[`unit_lead:${BAKEHOUSE}`, 'other']]);
    expect(problemsOf(new Error('offline'), sent).size).toBe(0);
  });
});
