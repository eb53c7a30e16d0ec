import type { Snapshot } from '../core/governance/snapshot.ts';
import type { Db } from '../db/connect.ts';
import { notFound } from './errors.ts';

export interface FilterIds {
  unitId?: string | undefined;
  channelId?: string | undefined;
  authorId?: string | undefined;
  campaignId?: string | undefined;
}

/**
 * The ids a list is filtered by: another organization's, or unknown ones, are 404 with
 * `querystring.<name>`, like every id that is not in the snapshot.
 */
export async function checkFilterIds(
  db: Db,
  snapshot: Snapshot,
  organizationId: string,
  query: FilterIds,
): Promise<void> {
  if (query.unitId !== undefined && !snapshot.unitIndex.has(query.unitId)) {
    throw notFound('unit', 'querystring.unitId');
  }
  if (query.channelId !== undefined && !snapshot.channelIndex.has(query.channelId)) {
    throw notFound('channel', 'querystring.channelId');
  }
  if (query.authorId !== undefined && !snapshot.memberIndex.has(query.authorId)) {
    throw notFound('member', 'querystring.authorId');
  }
  if (query.campaignId !== undefined) {
    const campaign = await db
      .selectFrom('campaigns')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('id', '=', query.campaignId)
      .executeTakeFirst();
    if (!campaign) throw notFound('campaign', 'querystring.campaignId');
  }
}
