import { LEAD, MEMBER, ROLE_RANK } from '../governance/roles.ts';
import type { MembershipInput, Role, UnitInput } from '../governance/types.ts';
import type { StaffingPlan } from './staffing.ts';
import type { StaffingRole } from './staffing-roles.ts';

/**
 * Who fills a staffing plan's open roles (DESIGN.md §6). A plan says how many people each role
 * needs in which unit; the proposals name them: the admin's own choices first, then suggestions
 * drawn from the people of the unit (and the part of the organization it serves). Pure and
 * deterministic: the same plan and organization give the same proposals.
 *
 * Roles on units the organization does not have yet cannot be given to anyone; they stay
 * `unplaced`, as do roles for which nobody is left to suggest.
 */

export interface ProposalMember {
  id: string;
  name: string;
  trained: boolean;
}

export interface ProposalOrganization {
  units: readonly UnitInput[];
  memberships: readonly MembershipInput[];
  members: readonly ProposalMember[];
}

/** The admin's choice: this member takes the planned role in this unit. */
export interface StaffingAssignment {
  unitId: string;
  role: StaffingRole;
  memberId: string;
}

export interface StaffingProposal {
  role: StaffingRole;
  /** The membership the role becomes when the plan is applied. */
  membershipRole: Role;
  unitId: string;
  memberId: string;
  /** The minutes a week the plan gives one person in the role. */
  minutesPerWeek: number;
  /** `chosen`: named by the admin; `suggested`: picked by Mooring. */
  source: 'chosen' | 'suggested';
}

export interface UnplacedRole {
  role: StaffingRole;
  /** The plan row's unit key (`new:hub`, … for units still to create). */
  unitKey: string;
  count: number;
  reason: 'unit_to_create' | 'no_candidates';
}

export interface StaffingProposals {
  proposals: StaffingProposal[];
  unplaced: UnplacedRole[];
}

export type AssignmentIssueCode =
  | 'staffing_plan.no_such_role'
  | 'staffing_plan.role_full'
  | 'staffing_plan.member_twice'
  | 'staffing_plan.role_in_place';

export interface AssignmentIssue {
  /** Index into the assignments. */
  index: number;
  code: AssignmentIssueCode;
  message: string;
}

type Row = StaffingPlan['roles'][number];

const rowKey = (unitId: string, role: StaffingRole) => `${unitId}\u0000${role}`;

/**
 * What is wrong with the admin's choices, one issue per assignment at fault: a role the plan does
 * not have on that (existing) unit, more people than the role has open places, a member named
 * twice in the plan, or a member who already holds the role there. Members unknown to the
 * organization are the caller's to refuse (404).
 */
export function checkAssignments(
  plan: StaffingPlan,
  organization: ProposalOrganization,
  assignments: readonly StaffingAssignment[],
): AssignmentIssue[] {
  const rows = rowsByKey(plan);
  const held = heldRanks(organization.memberships);
  const trained = new Set(organization.members.filter((m) => m.trained).map((m) => m.id));
  const taken = new Map<string, number>();
  const seen = new Set<string>();
  const issues: AssignmentIssue[] = [];
  const vacated = new Map<string, number>();
  for (const a of assignments) {
    const row = rows.get(rowKey(a.unitId, a.role));
    if (row && promotes(row, a.memberId, held)) {
      vacated.set(a.unitId, (vacated.get(a.unitId) ?? 0) + 1);
    }
  }
  assignments.forEach((a, index) => {
    const row = rows.get(rowKey(a.unitId, a.role));
    if (!row) {
      issues.push({
        index,
        code: 'staffing_plan.no_such_role',
        message: `The plan has no ${a.role} role in this unit.`,
      });
      return;
    }
    if (seen.has(a.memberId)) {
      issues.push({
        index,
        code: 'staffing_plan.member_twice',
        message: 'This member is already named for a role of this plan.',
      });
      return;
    }
    seen.add(a.memberId);
    if (holdsRole(row, a.memberId, held, trained)) {
      issues.push({
        index,
        code: 'staffing_plan.role_in_place',
        message: 'This member already holds the role in this unit.',
      });
      return;
    }
    const key = rowKey(a.unitId, a.role);
    const count = (taken.get(key) ?? 0) + 1;
    taken.set(key, count);
    const places = row.toFill + (refills(row) ? (vacated.get(a.unitId) ?? 0) : 0);
    if (count > places) {
      issues.push({
        index,
        code: 'staffing_plan.role_full',
        message: `The role has ${places} open place(s) in this unit.`,
      });
    }
  });
  return issues;
}

/**
 * The proposals of a plan: for every row with open places, the admin's choices for it (checked
 * with `checkAssignments` first), then suggestions until the places are filled or nobody is left.
 *
 * Suggestions come first from the unit's own people whose role there is weaker than the planned
 * one (the strongest role first: a contributor becomes a lead before a plain member does), then
 * from the people of the part of the organization the unit serves (a department's subunits; for a
 * hub, the subtree it covers), those holding no social media role anywhere first. Within a group:
 * trained first, then by name. Nobody gets two roles from one plan. A contributor who becomes the
 * lead opens their contributor place again, and the unit's contributor row fills it. Holistic's
 * trained members are the untrained people of the organization, by name: their duty is the
 * training.
 */
export function proposeStaffing(
  plan: StaffingPlan,
  organization: ProposalOrganization,
  assignments: readonly StaffingAssignment[] = [],
): StaffingProposals {
  const held = heldRanks(organization.memberships);
  const trained = new Set(organization.members.filter((m) => m.trained).map((m) => m.id));
  const byId = new Map(organization.members.map((m) => [m.id, m]));
  const subtree = subtreeOf(organization.units);
  const social = new Set(
    organization.memberships.filter((m) => ROLE_RANK[m.role] > 0).map((m) => m.memberId),
  );
  const used = new Set(assignments.map((a) => a.memberId));
  const proposals: StaffingProposal[] = [];
  const unplaced: UnplacedRole[] = [];

  const vacated = new Map<string, number>();
  for (const row of plan.roles) {
    const unitId = row.unit.id;
    let places = row.toFill;
    if (unitId !== null && refills(row)) {
      places += vacated.get(unitId) ?? 0;
      vacated.delete(unitId);
    }
    if (places === 0) continue;
    if (unitId === null) {
      unplaced.push({
        role: row.role,
        unitKey: row.unit.key,
        count: places,
        reason: 'unit_to_create',
      });
      continue;
    }
    const take = (memberId: string, source: StaffingProposal['source']) => {
      used.add(memberId);
      proposals.push(proposal(row, unitId, memberId, source));
      if (promotes(row, memberId, held)) vacated.set(unitId, (vacated.get(unitId) ?? 0) + 1);
    };
    const chosen = assignments.filter((a) => a.unitId === unitId && a.role === row.role);
    for (const a of chosen.slice(0, places)) take(a.memberId, 'chosen');
    let open = places - Math.min(chosen.length, places);
    for (const memberId of candidates(row, unitId)) {
      if (open === 0) break;
      take(memberId, 'suggested');
      open--;
    }
    if (open > 0) {
      unplaced.push({
        role: row.role,
        unitKey: row.unit.key,
        count: open,
        reason: 'no_candidates',
      });
    }
  }
  return { proposals, unplaced };

  function candidates(row: Row, unitId: string): string[] {
    const free = (id: string) => !used.has(id) && !holdsRole(row, id, held, trained);
    const name = (id: string) => byId.get(id)?.name ?? '';
    const order = (a: string, b: string) =>
      Number(trained.has(b)) - Number(trained.has(a)) ||
      name(a).localeCompare(name(b), 'en') ||
      a.localeCompare(b, 'en');
    if (row.role === 'trained_member') {
      return organization.members
        .map((m) => m.id)
        .filter(free)
        .sort(order);
    }
    const inUnit = [...(held.get(unitId)?.keys() ?? [])].filter(free);
    const rankIn = (id: string) => held.get(unitId)?.get(id) ?? -1;
    inUnit.sort((a, b) => rankIn(b) - rankIn(a) || order(a, b));
    const served = row.unit.isHub && row.unit.covers !== null ? row.unit.covers : unitId;
    const mine = new Set(inUnit);
    const around = new Set<string>();
    for (const id of subtree(served)) {
      if (id === unitId) continue;
      for (const memberId of held.get(id)?.keys() ?? []) {
        if (free(memberId) && !mine.has(memberId)) around.add(memberId);
      }
    }
    const outside = [...around].sort(
      (a, b) => Number(social.has(a)) - Number(social.has(b)) || order(a, b),
    );
    return [...inUnit, ...outside];
  }
}

function proposal(
  row: Row,
  unitId: string,
  memberId: string,
  source: StaffingProposal['source'],
): StaffingProposal {
  return {
    role: row.role,
    membershipRole: row.membershipRole,
    unitId,
    memberId,
    minutesPerWeek: row.minutesPerWeekEach,
    source,
  };
}

/**
 * Whether giving the member the row's role moves them up from a social media role they hold in
 * the unit (a contributor who becomes the lead): the plan counted them in place in that weaker
 * role, so their old place opens again.
 */
function promotes(row: Row, memberId: string, held: Map<string, Map<string, number>>): boolean {
  const rank = held.get(row.unit.id ?? '')?.get(memberId);
  return rank !== undefined && rank > MEMBER && rank < ROLE_RANK[row.membershipRole];
}

/**
 * Rows below lead count the unit's contributors and editors as in place, so they take the places
 * a promotion opens. Every model lists a unit's lead row before them.
 */
function refills(row: Row): boolean {
  return ROLE_RANK[row.membershipRole] > MEMBER && ROLE_RANK[row.membershipRole] < LEAD;
}

function rowsByKey(plan: StaffingPlan): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const row of plan.roles) {
    if (row.unit.id !== null) rows.set(rowKey(row.unit.id, row.role), row);
  }
  return rows;
}

/** Per unit, each member's role there as a rank. */
function heldRanks(memberships: readonly MembershipInput[]): Map<string, Map<string, number>> {
  const held = new Map<string, Map<string, number>>();
  for (const m of memberships) {
    const unit = held.get(m.unitId) ?? new Map<string, number>();
    unit.set(m.memberId, ROLE_RANK[m.role]);
    held.set(m.unitId, unit);
  }
  return held;
}

/**
 * Whether the member already fills the row: a role at least as strong in the unit (or, for
 * holistic's trained members, the training).
 */
function holdsRole(
  row: Row,
  memberId: string,
  held: Map<string, Map<string, number>>,
  trained: ReadonlySet<string>,
): boolean {
  if (row.role === 'trained_member') return trained.has(memberId);
  const rank = held.get(row.unit.id ?? '')?.get(memberId);
  return rank !== undefined && rank >= ROLE_RANK[row.membershipRole];
}

/** A function giving a unit's id with the ids of all its descendants (itself first). */
function subtreeOf(units: readonly UnitInput[]): (unitId: string) => string[] {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId === null) continue;
    const list = children.get(u.parentId) ?? [];
    list.push(u.id);
    children.set(u.parentId, list);
  }
  return (unitId) => {
    const ids: string[] = [];
    const stack = [unitId];
    while (stack.length > 0) {
      const id = stack.pop()!;
      ids.push(id);
      stack.push(...(children.get(id) ?? []));
    }
    return ids;
  };
}
