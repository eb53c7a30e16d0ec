import type { Channel } from '../../contracts/channels.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { toChannel } from './channel-view.ts';

/** Every channel of the organization: every member may see which accounts exist and who owns them. */
const CACHE_LIMIT = 200;
/** The list per organization and revision: every change to a channel moves the revision. */
const cache = new Map<string, { revision: string; channels: Channel[] }>();

/**
 * The organization's channels. Kept per process for the organization's revision, like the
 * snapshot: every write to a channel (create, update, delete, credentials refreshed by the
 * worker) bumps the revision, and the revision is read before the rows, so an entry never holds
 * rows older than its revision.
 */
export async function listChannels(deps: Deps, actor: Actor): Promise<Channel[]> {
  const { snapshot, organization } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'view_organization');
  const revision = organization.revision;
  const hit = cache.get(actor.organizationId);
  if (hit?.revision === revision) return hit.channels;
  const rows = await deps.db
    .selectFrom('channels')
    .selectAll()
    .where('organization_id', '=', actor.organizationId)
    .orderBy('network')
    .orderBy('handle')
    .orderBy('id')
    .execute();
  const channels = rows.map(toChannel);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(actor.organizationId, { revision, channels });
  return channels;
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
