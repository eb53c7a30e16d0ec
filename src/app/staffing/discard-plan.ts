import type { StaffingPlanView } from '../../contracts/staffing.ts';
import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { conflict } from '../errors.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { loadStaffingPlanForUpdate } from './load-plan.ts';
import { toStaffingPlanView } from './plan-view.ts';

/** Sets a proposed plan aside: it stays in the list, and can no longer be applied. */
export async function discardStaffingPlan(
  deps: Deps,
  actor: Actor,
  planId: string,
): Promise<StaffingPlanView> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'manage_members');
  return deps.db.transaction().execute(async (tx) => {
    const row = await loadStaffingPlanForUpdate(tx, actor.organizationId, planId);
    if (row.status !== 'proposed') {
      throw conflict(
        'staffing_plan.not_proposed',
        `The staffing plan is ${row.status}: only a proposed plan can be discarded.`,
      );
    }
    const discarded = await tx
      .updateTable('staffing_plans')
      .set({ status: 'discarded' })
      .where('id', '=', row.id)
      .where('organization_id', '=', actor.organizationId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'staffing_plan.discarded',
      subjectType: 'staffing_plan',
      subjectId: row.id,
    });
    return toStaffingPlanView(discarded);
  });
}
