import type { Campaign } from '../../contracts/campaigns.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { toCampaign } from './campaign-view.ts';

/** Every campaign of the organization, newest first: every member may see them. */
export async function listCampaigns(deps: Deps, actor: Actor): Promise<Campaign[]> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'view_organization');
  const rows = await deps.db
    .selectFrom('campaigns')
    .selectAll()
    .where('organization_id', '=', actor.organizationId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toCampaign);
}
