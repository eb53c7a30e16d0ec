import type { z } from 'zod';
import type { staffingAssignmentSchema } from '../../../contracts/staffing.ts';
import { ApiError } from '../../api/client.ts';
import type { Plan } from './staffing-table.tsx';

export type StaffingAssignment = z.infer<typeof staffingAssignmentSchema>;
export type OpenRole = Plan['roles'][number] & { unit: { id: string } };

/** The admin's choice per open role: the key of `choiceKey` → a member id (absent: Mooring's). */
export type Choices = Readonly<Record<string, string>>;

/** Why the server refused a choice, as the page says it (`choose.problems.<key>`). */
export const CHOICE_PROBLEMS = [
  'noSuchRole',
  'roleFull',
  'memberTwice',
  'roleInPlace',
  'memberGone',
  'unitGone',
  'other',
] as const;
export type ChoiceProblem = (typeof CHOICE_PROBLEMS)[number];

const PROBLEM_OF_CODE: Record<string, ChoiceProblem> = {
  'staffing_plan.no_such_role': 'noSuchRole',
  'staffing_plan.role_full': 'roleFull',
  'staffing_plan.member_twice': 'memberTwice',
  'staffing_plan.role_in_place': 'roleInPlace',
  'member.not_found': 'memberGone',
  'unit.not_found': 'unitGone',
};

export function choiceKey(role: OpenRole['role'], unitId: string): string {
  return `${role}:${unitId}`;
}

/**
 * The roles an admin may name someone for: those on units that exist with places still to fill.
 * Roles on units still to create cannot go to anyone yet (the server would refuse them).
 */
export function openRoles(plan: Plan): OpenRole[] {
  return plan.roles.filter((r): r is OpenRole => r.unit.id !== null && r.toFill > 0);
}

/** The choices as the API takes them, in the order of the plan's rows. */
export function assignmentsOf(roles: readonly OpenRole[], choices: Choices): StaffingAssignment[] {
  return roles.flatMap((r) => {
    const memberId = choices[choiceKey(r.role, r.unit.id)];
    return memberId ? [{ unitId: r.unit.id, role: r.role, memberId }] : [];
  });
}

/**
 * The server's refusals placed at the choice they concern: a detail's path
 * (`body.assignments.3`, `body.assignments.3.memberId`) names the assignment sent, which names
 * the role. Details without such a path are not a choice's to show.
 */
export function problemsOf(
  error: unknown,
  sent: readonly StaffingAssignment[],
): Map<string, ChoiceProblem> {
  const problems = new Map<string, ChoiceProblem>();
  if (!(error instanceof ApiError)) return problems;
  for (const d of error.details) {
    const index = /^body\.assignments\.(\d+)(?:\.|$)/.exec(d.path ?? '')?.[1];
    const a = index === undefined ? undefined : sent[Number(index)];
    if (!a) continue;
    const key = choiceKey(a.role, a.unitId);
    if (!problems.has(key)) problems.set(key, PROBLEM_OF_CODE[d.code] ?? 'other');
  }
  return problems;
}
