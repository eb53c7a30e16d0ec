import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { conflict } from '../errors.ts';

/**
 * One channel per (network, handle) in an organization, handles compared case-insensitively (the
 * unique index `channels_handle_unique` says the same). Callers hold the organization lock, so the
 * check and the write that follows cannot interleave with another channel write.
 */
export async function checkHandleFree(opts: {
  tx: Db;
  organizationId: string;
  network: string;
  handle: string;
  channelId: string | null;
  path: string;
}): Promise<void> {
  const other = await opts.tx
    .selectFrom('channels')
    .select('id')
    .where('organization_id', '=', opts.organizationId)
    .where('network', '=', opts.network)
    .where(sql`lower(handle)`, '=', opts.handle.toLowerCase())
    .$if(opts.channelId !== null, (q) => q.where('id', '!=', opts.channelId!))
    .executeTakeFirst();
  if (other) {
    throw conflict(
      'channel.handle_taken',
      `There is already a ${opts.network} channel with this handle.`,
      opts.path,
    );
  }
}
