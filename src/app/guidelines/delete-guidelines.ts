import { recordActivity } from '../activity.ts';
import { authorize } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { changeOrganization } from '../transaction.ts';

/**
 * Removes the unit's own guideline set with its rules. What the unit inherits still binds it, and
 * descendants keep their own sets (they can only have been stricter).
 */
export async function deleteGuidelines(deps: Deps, actor: Actor, unitId: string): Promise<void> {
  await changeOrganization(deps, actor, async ({ tx, snapshot }) => {
    authorize(snapshot, actor, 'manage_guidelines', { unitId });
    const deleted = await tx
      .deleteFrom('guideline_sets')
      .where('organization_id', '=', actor.organizationId)
      .where('unit_id', '=', unitId)
      .returning('name')
      .executeTakeFirst();
    if (!deleted) throw notFound('guideline_set');
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'guidelines.deleted',
      subjectType: 'unit',
      subjectId: unitId,
      data: { name: deleted.name },
    });
  });
}
