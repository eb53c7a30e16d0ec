import { deviatesFromMaster } from '../../core/calendar/conflicts.ts';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../errors.ts';
import type { ChainInput } from './approval-chain.ts';
import type { PostRow, VariantRow } from './post-rows.ts';

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

/**
 * The chain inputs of a post's variants: the findings of each, and whether it deviates from the
 * master post of the post's campaign (`deviatesFromMaster` of core/calendar). No campaign, no
 * master, the post is the master itself, or the master is archived or rejected: nothing deviates.
 */
export async function withMasterDeviation(
  tx: Db,
  post: Pick<PostRow, 'id' | 'organization_id' | 'campaign_id'>,
  variants: readonly Pick<VariantRow, 'channel_id' | 'text' | 'link'>[],
  findings: readonly ChainInput[],
): Promise<ChainInput[]> {
  const master = await masterContent(tx, post);
  return findings.map((f, i) => {
    const v = variants[i];
    const deviates =
      master !== null && v !== undefined && v.channel_id === f.channelId
        ? deviatesFromMaster(master, { text: v.text, link: v.link })
        : false;
    return { ...f, deviatesFromMaster: deviates };
  });
}

async function masterContent(
  tx: Db,
  post: Pick<PostRow, 'id' | 'organization_id' | 'campaign_id'>,
): Promise<{ text: string; link: string | null }[] | null> {
  if (post.campaign_id === null) return null;
  const campaign = await tx
    .selectFrom('campaigns as c')
    .innerJoin('posts as m', (j) =>
      j.onRef('m.id', '=', 'c.master_post_id').onRef('m.organization_id', '=', 'c.organization_id'),
    )
    .select(['m.id', 'm.status'])
    .where('c.organization_id', '=', post.organization_id)
    .where('c.id', '=', post.campaign_id)
    .executeTakeFirst();
  if (!campaign || campaign.id === post.id || INACTIVE_MASTER.has(campaign.status)) return null;
  const rows = await tx
    .selectFrom('post_variants')
    .select(['text', 'link'])
    .where('organization_id', '=', post.organization_id)
    .where('post_id', '=', campaign.id)
    .orderBy('position')
    .execute();
  return rows.length > 0 ? rows : null;
}

/** A master that is archived or rejected is out of the game, as in the calendar's checks. */
const INACTIVE_MASTER = new Set(['archived', 'rejected']);
