import { describe, expect, it } from 'vitest';
import type { MembershipInput, UnitInput } from '../governance/types.ts';
import type { AdvisorProfile } from './profile.ts';
import {
  checkAssignments,
  proposeStaffing,
  type ProposalOrganization,
} from './staffing-proposals.ts';
import { planStaffing, type StaffingPlan } from './staffing.ts';

/**
 * A small organization with a hub over everything, two departments (A with a team below it) and
 * six people; every expectation below is worked out by hand from the rules in
 * staffing-proposals.ts.
 */
const unit = (id: string, parentId: string | null, extra: Partial<UnitInput> = {}): UnitInput => ({
  id,
  parentId,
  kind: 'department',
  name: id,
  isHub: false,
  covers: null,
  ...extra,
});
const UNITS: UnitInput[] = [
  unit('root', null, { kind: 'company' }),
  unit('hub', 'root', { kind: 'team', isHub: true, covers: 'root' }),
  unit('deptA', 'root'),
  unit('teamA1', 'deptA', { kind: 'team' }),
  unit('deptB', 'root'),
];
const MEMBERSHIPS: MembershipInput[] = [
  { memberId: 'ann', unitId: 'deptA', role: 'contributor' },
  { memberId: 'ben', unitId: 'deptA', role: 'member' },
  { memberId: 'cem', unitId: 'teamA1', role: 'member' },
  { memberId: 'dora', unitId: 'deptB', role: 'lead' },
  { memberId: 'eve', unitId: 'root', role: 'member' },
  { memberId: 'finn', unitId: 'hub', role: 'editor' },
];
const ORG: ProposalOrganization = {
  units: UNITS,
  memberships: MEMBERSHIPS,
  members: [
    { id: 'ann', name: 'Ann', trained: true },
    { id: 'ben', name: 'Ben', trained: false },
    { id: 'cem', name: 'Cem', trained: false },
    { id: 'dora', name: 'Dora', trained: false },
    { id: 'eve', name: 'Eve', trained: false },
    { id: 'finn', name: 'Finn', trained: false },
  ],
};
const PROFILE: AdvisorProfile = {
  employees: 50,
  onSiteShare: 0.9,
  activeDepartments: 2,
  countries: 1,
  socialTeamSize: 0,
  directiveCulture: 3,
  regulation: 3,
  authenticityVsControl: 3,
};

function plan(model: StaffingPlan['model'], profile: Partial<AdvisorProfile> = {}): StaffingPlan {
  return planStaffing({
    model,
    profile: { ...PROFILE, ...profile },
    organization: { units: UNITS, memberships: MEMBERSHIPS, trainedMembers: 1 },
  });
}

const brief = (p: { role: string; unitId: string; memberId: string; source: string }) =>
  `${p.role}@${p.unitId}=${p.memberId} (${p.source})`;

describe('proposeStaffing', () => {
  // Coordinated, two active departments: the hub needs 2 people (Finn is one: one hub editor
  // place open); department A needs a lead (none) and has its contributor (Ann); department B has
  // its lead (Dora) and needs a contributor.
  it('coordinated: fills the hub from the organization, the lead from the unit, says what stays open', () => {
    const coordinated = plan('coordinated');
    expect(coordinated.roles.map((r) => `${r.role}@${r.unit.key}: ${r.toFill}`)).toEqual([
      'hub_lead@hub: 0',
      'hub_editor@hub: 1',
      'unit_lead@deptA: 1',
      'unit_contributor@deptA: 0',
      'unit_lead@deptB: 0',
      'unit_contributor@deptB: 1',
    ]);
    const { proposals, unplaced } = proposeStaffing(coordinated, ORG);
    // Hub editor: nobody in the hub is weaker than an editor, so from the subtree it covers,
    // people without a social media role first (Ben, Cem, Eve; none trained) by name: Ben.
    // Lead of A: from A's own people, the strongest role first: Ann (contributor) before Ben.
    // Contributor of A: Ann's place opens again; Ben is taken, so from A's team: Cem.
    // Contributor of B: Dora already leads B, nobody else is in B or below it.
    expect(proposals.map(brief)).toEqual([
      'hub_editor@hub=ben (suggested)',
      'unit_lead@deptA=ann (suggested)',
      'unit_contributor@deptA=cem (suggested)',
    ]);
    expect(proposals[1]).toMatchObject({ membershipRole: 'lead', minutesPerWeek: 120 });
    expect(unplaced).toEqual([
      { role: 'unit_contributor', unitKey: 'deptB', count: 1, reason: 'no_candidates' },
    ]);
  });

  it("takes the admin's choices first and suggests nobody twice", () => {
    const { proposals } = proposeStaffing(plan('coordinated'), ORG, [
      { unitId: 'hub', role: 'hub_editor', memberId: 'cem' },
      { unitId: 'deptB', role: 'unit_contributor', memberId: 'ann' },
    ]);
    // Ann is chosen for B, so A's lead is the next of A's own people: Ben (no place opens).
    expect(proposals.map(brief)).toEqual([
      'hub_editor@hub=cem (chosen)',
      'unit_lead@deptA=ben (suggested)',
      'unit_contributor@deptB=ann (chosen)',
    ]);
  });

  it('holistic: the untrained people, by name; the rest of the headcount stays open', () => {
    // 10 employees, 1 trained: 9 places; 5 untrained people to propose.
    const { proposals, unplaced } = proposeStaffing(plan('holistic', { employees: 10 }), ORG);
    expect(proposals.map(brief)).toEqual([
      'trained_member@root=ben (suggested)',
      'trained_member@root=cem (suggested)',
      'trained_member@root=dora (suggested)',
      'trained_member@root=eve (suggested)',
      'trained_member@root=finn (suggested)',
    ]);
    expect(proposals[0]!.membershipRole).toBe('member');
    expect(unplaced).toEqual([
      { role: 'trained_member', unitKey: 'root', count: 4, reason: 'no_candidates' },
    ]);
  });

  it('roles on units still to create are unplaced, never given to anyone', () => {
    // Decentralized with four departments: A and B exist, two more are still to create.
    const { proposals, unplaced } = proposeStaffing(
      plan('decentralized', { activeDepartments: 4 }),
      ORG,
    );
    expect(unplaced).toEqual([
      { role: 'unit_contributor', unitKey: 'deptB', count: 2, reason: 'no_candidates' },
      { role: 'unit_lead', unitKey: 'new:department', count: 2, reason: 'unit_to_create' },
      { role: 'unit_contributor', unitKey: 'new:department', count: 4, reason: 'unit_to_create' },
    ]);
    // A: lead Ann; contributors: 2 places, Ann counted as one, whose place opens again when she
    // leads: Ben from A, then Cem from its team.
    expect(proposals.map(brief)).toEqual([
      'unit_lead@deptA=ann (suggested)',
      'unit_contributor@deptA=ben (suggested)',
      'unit_contributor@deptA=cem (suggested)',
    ]);
  });

  it('is deterministic', () => {
    const p = plan('multi_coordinated', { countries: 3 });
    expect(proposeStaffing(p, ORG)).toEqual(proposeStaffing(p, ORG));
  });
});

describe('checkAssignments', () => {
  const coordinated = plan('coordinated');
  it('accepts choices that fit the open places', () => {
    expect(
      checkAssignments(coordinated, ORG, [
        { unitId: 'hub', role: 'hub_editor', memberId: 'eve' },
        { unitId: 'deptA', role: 'unit_lead', memberId: 'ben' },
      ]),
    ).toEqual([]);
    // Ann, A's contributor, becomes its lead: her contributor place is open for Eve.
    expect(
      checkAssignments(coordinated, ORG, [
        { unitId: 'deptA', role: 'unit_contributor', memberId: 'eve' },
        { unitId: 'deptA', role: 'unit_lead', memberId: 'ann' },
      ]),
    ).toEqual([]);
  });

  it.each([
    [
      'a role the plan does not have in the unit',
      [{ unitId: 'deptB', role: 'hub_lead' as const, memberId: 'eve' }],
      [{ index: 0, code: 'staffing_plan.no_such_role' }],
    ],
    [
      'a unit the plan does not place anyone in',
      [{ unitId: 'teamA1', role: 'unit_lead' as const, memberId: 'eve' }],
      [{ index: 0, code: 'staffing_plan.no_such_role' }],
    ],
    [
      'more people than open places',
      [
        { unitId: 'deptA', role: 'unit_lead' as const, memberId: 'ben' },
        { unitId: 'deptA', role: 'unit_lead' as const, memberId: 'cem' },
      ],
      [{ index: 1, code: 'staffing_plan.role_full' }],
    ],
    [
      'a role whose places are all taken',
      [{ unitId: 'deptA', role: 'unit_contributor' as const, memberId: 'eve' }],
      [{ index: 0, code: 'staffing_plan.role_full' }],
    ],
    [
      'a contributor place no lead promotion opens',
      [
        { unitId: 'deptA', role: 'unit_lead' as const, memberId: 'ben' },
        { unitId: 'deptA', role: 'unit_contributor' as const, memberId: 'eve' },
      ],
      [{ index: 1, code: 'staffing_plan.role_full' }],
    ],
    [
      'one member for two roles',
      [
        { unitId: 'deptA', role: 'unit_lead' as const, memberId: 'ben' },
        { unitId: 'hub', role: 'hub_editor' as const, memberId: 'ben' },
      ],
      [{ index: 1, code: 'staffing_plan.member_twice' }],
    ],
    [
      'a member who already holds the role there',
      [{ unitId: 'hub', role: 'hub_editor' as const, memberId: 'finn' }],
      [{ index: 0, code: 'staffing_plan.role_in_place' }],
    ],
  ])('refuses %s', (_name, assignments, expected) => {
    expect(
      checkAssignments(coordinated, ORG, assignments).map(({ index, code }) => ({ index, code })),
    ).toEqual(expected);
  });
});
