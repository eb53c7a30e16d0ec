import type { OtherCost, UpdateOtherCostInput } from '../../contracts/costs.ts';
import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { badInput } from '../errors.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { findOtherCost, OTHER_COST_COLUMNS, toOtherCost } from './other-cost-view.ts';
import { checkSpentOn } from './spent-on.ts';

/**
 * Changes an other cost; fields left out stay. The days are checked as they will be: an end
 * before the stored start is refused (`body.endsOn`). Admins only.
 */
export async function updateOtherCost(
  deps: Deps,
  actor: Actor,
  id: string,
  input: UpdateOtherCostInput,
): Promise<OtherCost> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'manage_organization');
  return deps.db.transaction().execute(async (tx) => {
    const current = await findOtherCost(tx, actor.organizationId, id, { forUpdate: true });
    await checkSpentOn(tx, snapshot, actor.organizationId, input);
    const startsOn = input.startsOn ?? current.starts_on;
    const endsOn = input.endsOn ?? current.ends_on;
    if (endsOn < startsOn) {
      throw badInput(
        input.endsOn === undefined ? 'body.startsOn' : 'body.endsOn',
        'other_cost.days_order',
        'The cost must not end before it starts.',
      );
    }
    const row = await tx
      .updateTable('other_costs')
      .set({
        kind: input.kind ?? current.kind,
        description: input.description ?? current.description,
        amount_cents: input.amountCents ?? current.amount_cents,
        starts_on: startsOn,
        ends_on: endsOn,
        unit_id: input.unitId === undefined ? current.unit_id : input.unitId,
        channel_id: input.channelId === undefined ? current.channel_id : input.channelId,
        campaign_id: input.campaignId === undefined ? current.campaign_id : input.campaignId,
        updated_at: deps.now(),
      })
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', id)
      .returning(OTHER_COST_COLUMNS)
      .executeTakeFirstOrThrow();
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'other_cost.updated',
      subjectType: 'other_cost',
      subjectId: id,
      data: { changes: input },
    });
    return toOtherCost(row);
  });
}
