import type { Unit, UpdateUnitInput } from '../../contracts/units.ts';
import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { changeOrganization } from '../transaction.ts';
import { checkHub } from './hub-rules.ts';
import { toUnit } from './unit-view.ts';

export async function updateUnit(
  deps: Deps,
  actor: Actor,
  unitId: string,
  input: UpdateUnitInput,
): Promise<Unit> {
  return changeOrganization(deps, actor, async ({ tx, snapshot }) => {
    authorizeOrganization(snapshot, actor, 'manage_units');
    const current = await tx
      .selectFrom('units')
      .selectAll()
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', unitId)
      .executeTakeFirst();
    if (!current) throw notFound('unit');
    const isHub = input.isHub ?? current.is_hub;
    const covers =
      input.covers !== undefined ? input.covers : isHub ? current.covers_unit_id : null;
    await checkHub({
      tx,
      snapshot,
      organizationId: actor.organizationId,
      unitId,
      isHub,
      covers,
      path: 'body',
    });
    const row = await tx
      .updateTable('units')
      .set({
        name: input.name ?? current.name,
        kind: input.kind ?? current.kind,
        is_hub: isHub,
        covers_unit_id: covers,
        contributors_need_lead:
          input.contributorsNeedLead !== undefined
            ? input.contributorsNeedLead
            : current.contributors_need_lead,
      })
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', unitId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'unit.updated',
      subjectType: 'unit',
      subjectId: unitId,
      data: { changes: input },
    });
    return toUnit(row);
  });
}
