import type { CreateStaffingPlanBody, StaffingPlanView } from '../../contracts/staffing.ts';
import { rankModels } from '../../core/advisor/rank.ts';
import { checkAssignments, proposeStaffing } from '../../core/advisor/staffing-proposals.ts';
import { planStaffing } from '../../core/advisor/staffing.ts';
import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { AppError, notFound } from '../errors.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { toStaffingPlanView, type StoredProposals } from './plan-view.ts';

/**
 * Computes a staffing plan for the organization (the model given, or the advisor's first for the
 * profile), proposes people for its open roles (the admin's `assignments` first, then Mooring's
 * suggestions) and stores it as `proposed`. Writes no membership: that is `applyStaffingPlan`.
 *
 * Refuses unless the actor may manage members (403); an unknown member or unit in the
 * assignments is a 404 at its path; a role the plan does not have there, more people than it has
 * places, a member named twice or one who already holds the role: 422 at the assignment.
 */
export async function createStaffingPlan(
  deps: Deps,
  actor: Actor,
  body: CreateStaffingPlanBody,
): Promise<StaffingPlanView> {
  const { snapshot, input } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'manage_members');
  body.assignments.forEach((a, i) => {
    if (!snapshot.unitIndex.has(a.unitId)) throw notFound('unit', `body.assignments.${i}.unitId`);
    if (!snapshot.memberIndex.has(a.memberId)) {
      throw notFound('member', `body.assignments.${i}.memberId`);
    }
  });
  const names = await deps.db
    .selectFrom('members')
    .select(['id', 'name'])
    .where('organization_id', '=', actor.organizationId)
    .execute();
  const memberName = new Map(names.map((m) => [m.id, m.name]));
  const organization = {
    units: input.units,
    memberships: input.memberships,
    members: input.members.map((m) => ({
      id: m.id,
      name: memberName.get(m.id) ?? '',
      trained: m.trained,
    })),
  };
  const model = body.model ?? rankModels(body.profile).ranking[0]!.model;
  const plan = planStaffing({
    model,
    profile: body.profile,
    ...(body.rates ? { rates: body.rates } : {}),
    organization: {
      units: input.units,
      memberships: input.memberships,
      trainedMembers: input.members.filter((m) => m.trained).length,
    },
  });
  const issues = checkAssignments(plan, organization, body.assignments);
  if (issues.length > 0) {
    throw new AppError('unprocessable', 'The assignments do not fit the plan.', {
      details: issues.map((issue) => ({
        path: `body.assignments.${issue.index}`,
        code: issue.code,
        message: issue.message,
      })),
    });
  }
  const { proposals, unplaced } = proposeStaffing(plan, organization, body.assignments);
  const unitName = new Map(input.units.map((u) => [u.id, u.name]));
  const stored: StoredProposals = {
    proposals: proposals.map((p) => ({
      ...p,
      unitName: unitName.get(p.unitId) ?? '',
      memberName: memberName.get(p.memberId) ?? '',
    })),
    unplaced,
  };
  const row = await deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('staffing_plans')
      .values({
        organization_id: actor.organizationId,
        model,
        profile: JSON.stringify(body.profile),
        rates: JSON.stringify(body.rates ?? {}),
        plan: JSON.stringify(plan),
        proposals: JSON.stringify(stored),
        created_by: actor.memberId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'staffing_plan.created',
      subjectType: 'staffing_plan',
      subjectId: row.id,
      data: {
        model,
        proposals: proposals.length,
        unplaced: unplaced.reduce((n, u) => n + u.count, 0),
      },
    });
    return row;
  });
  return toStaffingPlanView(row);
}
