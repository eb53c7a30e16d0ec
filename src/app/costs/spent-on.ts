import type { Snapshot } from '../../core/governance/snapshot.ts';
import type { Db } from '../../db/connect.ts';
import { notFound } from '../errors.ts';

/** What time or money was spent on; each id optional. */
export interface SpentOn {
  postId?: string | null | undefined;
  unitId?: string | null | undefined;
  channelId?: string | null | undefined;
  campaignId?: string | null | undefined;
}

/**
 * Checks that each id names a row of the organization: 404 with the field's path otherwise (an
 * id of another organization is as unknown as a made-up one).
 */
export async function checkSpentOn(
  db: Db,
  snapshot: Snapshot,
  organizationId: string,
  on: SpentOn,
): Promise<void> {
  if (on.unitId && !snapshot.unitIndex.has(on.unitId)) throw notFound('unit', 'body.unitId');
  if (on.channelId && !snapshot.channelIndex.has(on.channelId)) {
    throw notFound('channel', 'body.channelId');
  }
  if (on.postId) {
    const post = await db
      .selectFrom('posts')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('id', '=', on.postId)
      .executeTakeFirst();
    if (!post) throw notFound('post', 'body.postId');
  }
  if (on.campaignId) {
    const campaign = await db
      .selectFrom('campaigns')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('id', '=', on.campaignId)
      .executeTakeFirst();
    if (!campaign) throw notFound('campaign', 'body.campaignId');
  }
}
