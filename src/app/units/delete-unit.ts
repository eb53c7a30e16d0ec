import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { conflict, notFound } from '../errors.ts';
import { changeOrganization } from '../transaction.ts';

/** Deletes an empty unit: no sub-units, no channels, no hub covering it. Memberships go with it. */
export async function deleteUnit(deps: Deps, actor: Actor, unitId: string): Promise<void> {
  await changeOrganization(deps, actor, async ({ tx, snapshot }) => {
    authorizeOrganization(snapshot, actor, 'manage_units');
    if (!snapshot.unitIndex.has(unitId)) throw notFound('unit');
    if (unitId === snapshot.unitIds[snapshot.root]) {
      throw conflict('unit.root_undeletable', 'The root unit cannot be deleted.', 'params.id');
    }
    const org = actor.organizationId;
    const [child, channel, hub] = await Promise.all([
      tx
        .selectFrom('units')
        .select('id')
        .where('organization_id', '=', org)
        .where('parent_id', '=', unitId)
        .executeTakeFirst(),
      tx
        .selectFrom('channels')
        .select('id')
        .where('organization_id', '=', org)
        .where('unit_id', '=', unitId)
        .executeTakeFirst(),
      tx
        .selectFrom('units')
        .select('id')
        .where('organization_id', '=', org)
        .where('covers_unit_id', '=', unitId)
        .where('id', '!=', unitId)
        .executeTakeFirst(),
    ]);
    if (child)
      throw conflict('unit.has_children', 'Move or delete its sub-units first.', 'params.id');
    if (channel)
      throw conflict('unit.has_channels', 'Move or delete its channels first.', 'params.id');
    if (hub)
      throw conflict(
        'unit.covered_by_hub',
        'A hub covers this unit; change the hub first.',
        'params.id',
      );
    await tx
      .deleteFrom('guideline_sets')
      .where('organization_id', '=', org)
      .where('unit_id', '=', unitId)
      .execute();
    await tx
      .deleteFrom('units')
      .where('organization_id', '=', org)
      .where('id', '=', unitId)
      .execute();
    await recordActivity(tx, {
      organizationId: org,
      actorId: actor.memberId,
      kind: 'unit.deleted',
      subjectType: 'unit',
      subjectId: unitId,
    });
  });
}
