import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { findCampaign } from './campaign-view.ts';

/**
 * Removes a campaign. Its posts stay; their `campaign_id` becomes null (the foreign key says
 * so). The activity log keeps what the campaign was.
 */
export async function deleteCampaign(deps: Deps, actor: Actor, campaignId: string): Promise<void> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'manage_strategy');
  await deps.db.transaction().execute(async (tx) => {
    const current = await findCampaign(tx, actor.organizationId, campaignId, { forUpdate: true });
    await tx
      .deleteFrom('campaigns')
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', campaignId)
      .execute();
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'campaign.deleted',
      subjectType: 'campaign',
      subjectId: campaignId,
      data: { name: current.name, masterPostId: current.master_post_id },
    });
  });
}
