import type { Selectable } from 'kysely';
import type { Campaign } from '../../contracts/campaigns.ts';
import type { Db } from '../../db/connect.ts';
import type { CampaignsTable } from '../../db/schema.ts';
import { notFound } from '../errors.ts';

export type CampaignRow = Selectable<CampaignsTable>;

export function toCampaign(row: CampaignRow): Campaign {
  return {
    id: row.id,
    name: row.name,
    startsAt: row.starts_at?.toISOString() ?? null,
    endsAt: row.ends_at?.toISOString() ?? null,
    masterPostId: row.master_post_id,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
  };
}

/** The campaign of the organization, or 404 (`campaign.not_found`, no path: the URL names it). */
export async function findCampaign(
  db: Db,
  organizationId: string,
  campaignId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<CampaignRow> {
  const row = await db
    .selectFrom('campaigns')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', campaignId)
    .$if(opts.forUpdate === true, (q) => q.forUpdate())
    .executeTakeFirst();
  if (!row) throw notFound('campaign');
  return row;
}

/** A master post must be a post of the organization: else 404 with `body.masterPostId`. */
export async function checkMasterPost(
  db: Db,
  organizationId: string,
  postId: string,
): Promise<void> {
  const row = await db
    .selectFrom('posts')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('id', '=', postId)
    .executeTakeFirst();
  if (!row) throw notFound('post', 'body.masterPostId');
}
