import type { Channel } from '../../contracts/channels.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { toChannel } from './channel-view.ts';

/** Every channel of the organization: every member may see which accounts exist and who owns them. */
export async function listChannels(deps: Deps, actor: Actor): Promise<Channel[]> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'view_organization');
  const rows = await deps.db
    .selectFrom('channels')
    .selectAll()
    .where('organization_id', '=', actor.organizationId)
    .orderBy('network')
    .orderBy('handle')
    .orderBy('id')
    .execute();
  return rows.map(toChannel);
}

export async function getChannel(deps: Deps, actor: Actor, channelId: string): Promise<Channel> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'view_organization');
  const row = await deps.db
    .selectFrom('channels')
    .selectAll()
    .where('organization_id', '=', actor.organizationId)
    .where('id', '=', channelId)
    .executeTakeFirst();
  if (!row) throw notFound('channel');
  return toChannel(row);
}
