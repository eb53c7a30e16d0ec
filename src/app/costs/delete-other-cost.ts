import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { findOtherCost, toOtherCost } from './other-cost-view.ts';

/** Removes an other cost; the activity log keeps what it was. Admins only. */
export async function deleteOtherCost(deps: Deps, actor: Actor, id: string): Promise<void> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'manage_organization');
  await deps.db.transaction().execute(async (tx) => {
    const current = await findOtherCost(tx, actor.organizationId, id, { forUpdate: true });
    await tx
      .deleteFrom('other_costs')
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', id)
      .execute();
    const { id: _id, createdAt: _c, updatedAt: _u, ...was } = toOtherCost(current);
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'other_cost.deleted',
      subjectType: 'other_cost',
      subjectId: id,
      data: was,
    });
  });
}
