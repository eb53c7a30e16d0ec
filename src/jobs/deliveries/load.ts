import { buffer } from 'node:stream/consumers';
import type { Deps } from '../../app/deps.ts';
import { openCredentials } from '../../app/channels/credentials.ts';
import type { MediaInput, PublishInput } from '../../networks/contract.ts';
import type { ClaimedDelivery } from './claim.ts';

/** Everything one attempt needs, read after the claim (outside any transaction). */
export interface DeliveryWork {
  input: PublishInput;
  network: string;
  handle: string;
  channelUnitId: string;
  /** Unsealed; null when the channel has none stored. */
  credentials: Record<string, string> | null;
  authorId: string | null;
}

/**
 * Reads the variant, its channel and its media for a claimed delivery; null when the variant or
 * channel is gone (the delivery then fails as `rejected`). Every query is scoped by organization.
 */
export async function loadDeliveryWork(
  deps: Deps,
  claimed: ClaimedDelivery,
): Promise<DeliveryWork | null> {
  const org = claimed.organizationId;
  const row = await deps.db
    .selectFrom('post_variants as v')
    .innerJoin('channels as c', (j) =>
      j.onRef('c.id', '=', 'v.channel_id').onRef('c.organization_id', '=', 'v.organization_id'),
    )
    .innerJoin('posts as p', (j) =>
      j.onRef('p.id', '=', 'v.post_id').onRef('p.organization_id', '=', 'v.organization_id'),
    )
    .select([
      'v.text',
      'v.link',
      'v.first_comment',
      'v.media_ids',
      'c.network',
      'c.handle',
      'c.unit_id',
      'c.credentials_enc',
      'p.author_id',
    ])
    .where('v.organization_id', '=', org)
    .where('v.id', '=', claimed.variantId)
    .executeTakeFirst();
  if (!row) return null;

  const media: MediaInput[] = [];
  if (row.media_ids.length > 0) {
    const rows = await deps.db
      .selectFrom('media')
      .select(['id', 'storage_key', 'mime_type', 'width', 'height'])
      .where('organization_id', '=', org)
      .where('id', 'in', row.media_ids)
      .execute();
    const byId = new Map(rows.map((m) => [m.id, m]));
    for (const id of row.media_ids) {
      const m = byId.get(id);
      if (!m) continue;
      media.push({
        id: m.id,
        mimeType: m.mime_type,
        bytes: new Uint8Array(await buffer(await deps.media.get(m.storage_key))),
        width: m.width,
        height: m.height,
        alt: null,
      });
    }
  }

  return {
    input: {
      deliveryId: claimed.id,
      postId: claimed.postId,
      text: row.text,
      link: row.link,
      firstComment: row.first_comment,
      media,
      previousAttempts: claimed.attempts - 1,
    },
    network: row.network,
    handle: row.handle,
    channelUnitId: row.unit_id,
    credentials: row.credentials_enc ? openCredentials(deps.secrets, row.credentials_enc) : null,
    authorId: row.author_id,
  };
}
