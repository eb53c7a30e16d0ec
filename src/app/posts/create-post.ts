import type { CreatePostInput, Post } from '../../contracts/posts.ts';
import { recordActivity } from '../activity.ts';
import type { Actor, Deps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import type { PostContext } from './post-context.ts';
import { toPost } from './post-view.ts';
import { checkCampaign } from './campaign.ts';
import { writeVariants } from './write-variants.ts';

/**
 * Creates a draft with one variant per channel. The author must be allowed to draft for every
 * channel; the unit defaults to the first variant's channel's unit.
 */
export async function createPost(deps: Deps, actor: Actor, input: CreatePostInput): Promise<Post> {
  const { snapshot, organization } = await loadActorSnapshot(deps.db, actor);
  const first = snapshot.channelIndex.get(input.variants[0]!.channelId);
  const unitId =
    input.unitId ?? (first === undefined ? null : snapshot.unitIds[snapshot.channelUnit[first]!]!);
  if (unitId === null) throw notFound('channel', 'body.variants.0.channelId');
  if (!snapshot.unitIndex.has(unitId)) throw notFound('unit', 'body.unitId');
  return deps.db.transaction().execute(async (tx) => {
    const ctx: PostContext = {
      deps,
      actor,
      snapshot,
      timeZone: organization.time_zone,
      now: deps.now(),
    };
    if (input.campaignId) await checkCampaign(tx, actor.organizationId, input.campaignId);
    const row = await tx
      .insertInto('posts')
      .values({
        organization_id: actor.organizationId,
        unit_id: unitId,
        author_id: actor.memberId,
        campaign_id: input.campaignId ?? null,
        title: input.title,
        labels: JSON.stringify(input.labels),
        language: input.language,
        status: 'draft',
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeVariants(tx, ctx, row, input.variants);
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'post.created',
      subjectType: 'post',
      subjectId: row.id,
      data: { channelIds: input.variants.map((v) => v.channelId), unitId },
      minutes: input.spentMinutes ?? null,
    });
    return toPost(tx, row);
  });
}
