import type { Organization } from '../../contracts/organization.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { toOrganization } from './organization-view.ts';

/**
 * The actor's own organization. Asked for by id, any other id is a 404: whether another
 * organization exists is none of the actor's business.
 */
export async function getOrganization(
  deps: Deps,
  actor: Actor,
  organizationId: string = actor.organizationId,
): Promise<Organization> {
  if (organizationId !== actor.organizationId) throw notFound('organization');
  const { organization, snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'view_organization');
  return toOrganization(organization);
}
