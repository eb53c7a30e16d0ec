import type { Channel, Network } from '../../contracts/channels.ts';
import type { ChannelRow } from '../../db/schema.ts';

/** The public face of a channel: credentials never leave the server, only whether there are any. */
export function toChannel(row: ChannelRow): Channel {
  const limits: Channel['limits'] = {};
  if (typeof row.limits.maxChars === 'number') limits.maxChars = row.limits.maxChars;
  return {
    id: row.id,
    unitId: row.unit_id,
    network: row.network as Network,
    handle: row.handle,
    displayName: row.display_name,
    hasCredentials: row.credentials_enc !== null,
    sensitive: row.sensitive,
    limits,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
