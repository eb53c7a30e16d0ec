import type { Campaign, UpdateCampaignInput } from '../../contracts/campaigns.ts';
import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { badInput } from '../errors.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { checkMasterPost, findCampaign, toCampaign } from './campaign-view.ts';

/**
 * Renames a campaign, moves its window or sets its master post. The window is checked as it
 * will be: an end before the stored start is refused (`body.endsAt`).
 */
export async function updateCampaign(
  deps: Deps,
  actor: Actor,
  campaignId: string,
  input: UpdateCampaignInput,
): Promise<Campaign> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'manage_strategy');
  return deps.db.transaction().execute(async (tx) => {
    const current = await findCampaign(tx, actor.organizationId, campaignId, { forUpdate: true });
    const startsAt =
      input.startsAt === undefined
        ? current.starts_at
        : input.startsAt === null
          ? null
          : new Date(input.startsAt);
    const endsAt =
      input.endsAt === undefined
        ? current.ends_at
        : input.endsAt === null
          ? null
          : new Date(input.endsAt);
    if (startsAt && endsAt && startsAt.getTime() >= endsAt.getTime()) {
      throw badInput(
        input.endsAt === undefined ? 'body.startsAt' : 'body.endsAt',
        'campaign.window_order',
        'The campaign must end after it starts.',
      );
    }
    if (input.masterPostId) await checkMasterPost(tx, actor.organizationId, input.masterPostId);
    const row = await tx
      .updateTable('campaigns')
      .set({
        name: input.name ?? current.name,
        starts_at: startsAt,
        ends_at: endsAt,
        master_post_id:
          input.masterPostId === undefined ? current.master_post_id : input.masterPostId,
      })
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', campaignId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'campaign.updated',
      subjectType: 'campaign',
      subjectId: campaignId,
      data: { changes: input },
    });
    return toCampaign(row);
  });
}
