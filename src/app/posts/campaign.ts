import type { Db } from '../../db/connect.ts';
import { AppError } from '../errors.ts';

/** A campaign of the organization, or 404 (`body.campaignId`). */
export async function checkCampaign(
  tx: Db,
  organizationId: string,
  campaignId: string,
): Promise<void> {
  const row = await tx
    .selectFrom('campaigns')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('id', '=', campaignId)
    .executeTakeFirst();
  if (!row) {
    throw new AppError('not_found', 'campaign not found', {
      details: [{ code: 'campaign.not_found', path: 'body.campaignId' }],
    });
  }
}
