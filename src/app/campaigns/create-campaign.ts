import type { Campaign, CreateCampaignInput } from '../../contracts/campaigns.ts';
import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { checkMasterPost, toCampaign } from './campaign-view.ts';

/**
 * Creates a campaign: a name, an optional time window and, for multi_coordinated, an optional
 * master post that units localize. Managed by those who manage the strategy.
 */
export async function createCampaign(
  deps: Deps,
  actor: Actor,
  input: CreateCampaignInput,
): Promise<Campaign> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'manage_strategy');
  return deps.db.transaction().execute(async (tx) => {
    if (input.masterPostId) await checkMasterPost(tx, actor.organizationId, input.masterPostId);
    const row = await tx
      .insertInto('campaigns')
      .values({
        organization_id: actor.organizationId,
        name: input.name,
        starts_at: input.startsAt ? new Date(input.startsAt) : null,
        ends_at: input.endsAt ? new Date(input.endsAt) : null,
        master_post_id: input.masterPostId ?? null,
        created_by: actor.memberId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const campaign = toCampaign(row);
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'campaign.created',
      subjectType: 'campaign',
      subjectId: row.id,
      data: {
        name: campaign.name,
        startsAt: campaign.startsAt,
        endsAt: campaign.endsAt,
        masterPostId: campaign.masterPostId,
      },
    });
    return campaign;
  });
}
