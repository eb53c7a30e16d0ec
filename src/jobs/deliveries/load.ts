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
  /** Unsealed; null when the channel has none stored. */
  credentials: Record<string, string> | null;
}

/**
 * Reads the variants, channels and media of claimed deliveries in one query (plus one per
 * delivery with media); a delivery whose variant or channel is gone maps to null (it then fails
 * as `rejected`). Every row is matched on its organization as well as its id.
 */
export async function loadDeliveryWork(
  deps: Deps,
  claimed: readonly ClaimedDelivery[],
): Promise<Map<string, DeliveryWork | null>> {
  const work = new Map<string, DeliveryWork | null>();
  if (claimed.length === 0) return work;
  const rows = await deps.db
    .selectFrom('post_variants as v')
    .innerJoin('channels as c', (j) =>
      j.onRef('c.id', '=', 'v.channel_id').onRef('c.organization_id', '=', 'v.organization_id'),
    )
    .select([
      'v.id',
      'v.organization_id',
      'v.text',
      'v.link',
      'v.first_comment',
      'v.media_ids',
      'c.network',
      'c.handle',
      'c.credentials_enc',
    ])
    .where(
      'v.id',
      'in',
      claimed.map((c) => c.variantId),
    )
    .execute();
  const byVariant = new Map(rows.map((r) => [r.id, r]));
  for (const c of claimed) {
    const row = byVariant.get(c.variantId);
    if (!row || row.organization_id !== c.organizationId) {
      work.set(c.id, null);
      continue;
    }
    work.set(c.id, {
      input: {
        deliveryId: c.id,
        postId: c.postId,
        text: row.text,
        link: row.link,
        firstComment: row.first_comment,
        media: row.media_ids.length ? await loadMedia(deps, c.organizationId, row.media_ids) : [],
        previousAttempts: c.attempts - 1,
      },
      network: row.network,
      handle: row.handle,
      credentials: row.credentials_enc ? openCredentials(deps.secrets, row.credentials_enc) : null,
    });
  }
  return work;
}

async function loadMedia(deps: Deps, org: string, ids: string[]): Promise<MediaInput[]> {
  const rows = await deps.db
    .selectFrom('media')
    .select(['id', 'storage_key', 'mime_type', 'width', 'height'])
    .where('organization_id', '=', org)
    .where('id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((m) => [m.id, m]));
  const media: MediaInput[] = [];
  for (const id of ids) {
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
  return media;
}
