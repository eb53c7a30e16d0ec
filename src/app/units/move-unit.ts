import type { Unit } from '../../contracts/units.ts';
import { isAncestorOrSelf } from '../../core/governance/snapshot-queries.ts';
import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { conflict, notFound } from '../errors.ts';
import { changeOrganization } from '../transaction.ts';
import { toUnit } from './unit-view.ts';

/** Moves a unit (with its subtree) under a new parent; never under itself or its descendants. */
export async function moveUnit(
  deps: Deps,
  actor: Actor,
  unitId: string,
  parentId: string,
): Promise<Unit> {
  return changeOrganization(deps, actor, async ({ tx, snapshot }) => {
    authorizeOrganization(snapshot, actor, 'manage_units');
    if (!snapshot.unitIndex.has(unitId)) throw notFound('unit');
    if (!snapshot.unitIndex.has(parentId)) throw notFound('unit', 'body.parentId');
    if (unitId === snapshot.unitIds[snapshot.root]) {
      throw conflict('unit.root_immovable', 'The root unit cannot be moved.', 'params.id');
    }
    if (isAncestorOrSelf(snapshot, unitId, parentId)) {
      throw conflict(
        'unit.cycle',
        'A unit cannot move under itself or one of its own units.',
        'body.parentId',
      );
    }
    const row = await tx
      .updateTable('units')
      .set({ parent_id: parentId })
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', unitId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'unit.moved',
      subjectType: 'unit',
      subjectId: unitId,
      data: { parentId },
    });
    return toUnit(row);
  });
}
