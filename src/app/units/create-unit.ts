import type { CreateUnitInput, Unit } from '../../contracts/units.ts';
import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { changeOrganization } from '../transaction.ts';
import { checkHub } from './hub-rules.ts';
import { toUnit } from './unit-view.ts';

export async function createUnit(deps: Deps, actor: Actor, input: CreateUnitInput): Promise<Unit> {
  return changeOrganization(deps, actor, async ({ tx, snapshot }) => {
    authorizeOrganization(snapshot, actor, 'manage_units');
    if (!snapshot.unitIndex.has(input.parentId)) throw notFound('unit', 'body.parentId');
    await checkHub({
      tx,
      snapshot,
      organizationId: actor.organizationId,
      unitId: null,
      isHub: input.isHub,
      covers: input.covers,
      path: 'body',
    });
    const row = await tx
      .insertInto('units')
      .values({
        organization_id: actor.organizationId,
        parent_id: input.parentId,
        name: input.name,
        kind: input.kind,
        is_hub: input.isHub,
        covers_unit_id: input.covers,
        contributors_need_lead: input.contributorsNeedLead,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'unit.created',
      subjectType: 'unit',
      subjectId: row.id,
      data: {
        name: row.name,
        parentId: row.parent_id,
        isHub: row.is_hub,
        covers: row.covers_unit_id,
      },
    });
    return toUnit(row);
  });
}
