import type { Campaign } from '../../contracts/campaigns.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { findCampaign, toCampaign } from './campaign-view.ts';

export async function getCampaign(deps: Deps, actor: Actor, campaignId: string): Promise<Campaign> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'view_organization');
  return toCampaign(await findCampaign(deps.db, actor.organizationId, campaignId));
}
