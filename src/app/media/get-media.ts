import type { Readable } from 'node:stream';
import type { Media } from '../../contracts/media.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { toMedia, type MediaRow } from './media-view.ts';

async function findMedia(deps: Deps, actor: Actor, mediaId: string): Promise<MediaRow> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'view_organization');
  const row = await deps.db
    .selectFrom('media')
    .selectAll()
    .where('organization_id', '=', actor.organizationId)
    .where('id', '=', mediaId)
    .executeTakeFirst();
  if (!row) throw notFound('media');
  return row;
}

/** A media item's facts. Every member may see the organization's media. */
export async function getMedia(deps: Deps, actor: Actor, mediaId: string): Promise<Media> {
  return toMedia(await findMedia(deps, actor, mediaId));
}

/** A media item's bytes, with the sniffed type. */
export async function getMediaContent(
  deps: Deps,
  actor: Actor,
  mediaId: string,
): Promise<{ media: Media; body: Readable }> {
  const row = await findMedia(deps, actor, mediaId);
  return { media: toMedia(row), body: await deps.media.get(row.storage_key) };
}
