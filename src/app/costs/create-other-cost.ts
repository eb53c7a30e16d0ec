import type { CreateOtherCostInput, OtherCost } from '../../contracts/costs.ts';
import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { OTHER_COST_COLUMNS, toOtherCost } from './other-cost-view.ts';
import { checkSpentOn } from './spent-on.ts';

/**
 * Adds a cost beyond staff time (a tool, ads, an agency) over local days of the organization,
 * optionally for a unit, channel or campaign. Admins only.
 */
export async function createOtherCost(
  deps: Deps,
  actor: Actor,
  input: CreateOtherCostInput,
): Promise<OtherCost> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'manage_organization');
  await checkSpentOn(deps.db, snapshot, actor.organizationId, input);
  return deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('other_costs')
      .values({
        organization_id: actor.organizationId,
        kind: input.kind,
        description: input.description,
        amount_cents: input.amountCents,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        unit_id: input.unitId ?? null,
        channel_id: input.channelId ?? null,
        campaign_id: input.campaignId ?? null,
        created_by: actor.memberId,
      })
      .returning(OTHER_COST_COLUMNS)
      .executeTakeFirstOrThrow();
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'other_cost.created',
      subjectType: 'other_cost',
      subjectId: row.id,
      data: { ...input },
    });
    return toOtherCost(row);
  });
}
