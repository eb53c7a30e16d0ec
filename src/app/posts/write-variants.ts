import { sql } from 'kysely';
import type { VariantInput } from '../../contracts/posts.ts';
import { checkMediaForNetwork, isMediaNetwork, type MediaFacts } from '../../core/media/limits.ts';
import type { Db } from '../../db/connect.ts';
import { authorize } from '../authorize.ts';
import { AppError, badInput, notFound, type ErrorDetail } from '../errors.ts';
import type { PostContext } from './post-context.ts';

/** Past due times are refused at the boundary: `body.variants.N.dueAt`, `schedule.in_past`. */
export function checkDueTimes(
  variants: readonly { dueAt?: string | null | undefined }[],
  now: Date,
): void {
  variants.forEach((v, i) => {
    if (v.dueAt != null && new Date(v.dueAt) <= now) {
      throw badInput(`body.variants.${i}.dueAt`, 'schedule.in_past', 'The due time has passed.');
    }
  });
}

/** One variant per channel: `body.variants.N.channelId`, `variant.duplicate_channel`. */
export function checkOnePerChannel(variants: readonly { channelId: string }[]): void {
  const seen = new Set<string>();
  variants.forEach((v, i) => {
    if (seen.has(v.channelId)) {
      throw badInput(
        `body.variants.${i}.channelId`,
        'variant.duplicate_channel',
        'A post has one variant per channel.',
      );
    }
    seen.add(v.channelId);
  });
}

/**
 * Replaces the post's variants with `inputs` (in that order): the actor must be allowed to draft
 * for each channel, media must belong to the organization and fit each channel's network (422
 * `media.too_large_for_network` and friends, with `body.variants.N.mediaIds.M`). Variants of
 * channels no longer listed are removed; a variant without `dueAt` keeps its due time.
 */
export async function writeVariants(
  tx: Db,
  ctx: PostContext,
  post: { id: string; organization_id: string },
  inputs: readonly VariantInput[],
): Promise<void> {
  const org = post.organization_id;
  checkOnePerChannel(inputs);
  checkDueTimes(inputs, ctx.now);
  inputs.forEach((v, i) => {
    if (!ctx.snapshot.channelIndex.has(v.channelId)) {
      throw notFound('channel', `body.variants.${i}.channelId`);
    }
    authorize(ctx.snapshot, ctx.actor, 'draft', { channelId: v.channelId });
  });
  const channels = await tx
    .selectFrom('channels')
    .select(['id', 'network'])
    .where('organization_id', '=', org)
    .where(
      'id',
      'in',
      inputs.map((v) => v.channelId),
    )
    .execute();
  const networkOf = new Map(channels.map((c) => [c.id, c.network]));
  const mediaIds = [...new Set(inputs.flatMap((v) => v.mediaIds))];
  const media =
    mediaIds.length === 0
      ? []
      : await tx
          .selectFrom('media')
          .select(['id', 'mime_type', 'size_bytes', 'duration_ms'])
          .where('organization_id', '=', org)
          .where('id', 'in', mediaIds)
          .execute();
  const mediaOf = new Map<string, MediaFacts>(
    media.map((m) => [
      m.id,
      { mimeType: m.mime_type, sizeBytes: Number(m.size_bytes), durationMs: m.duration_ms },
    ]),
  );
  const problems: ErrorDetail[] = [];
  inputs.forEach((v, i) => {
    v.mediaIds.forEach((id, j) => {
      if (!mediaOf.has(id)) {
        throw new AppError('not_found', 'media not found', {
          details: [{ code: 'media.not_found', path: `body.variants.${i}.mediaIds.${j}` }],
        });
      }
    });
    const network = networkOf.get(v.channelId);
    if (network === undefined || !isMediaNetwork(network)) return;
    for (const p of checkMediaForNetwork(
      network,
      v.mediaIds.map((id) => mediaOf.get(id)!),
    )) {
      problems.push({
        path: `body.variants.${i}.mediaIds${p.index === null ? '' : `.${p.index}`}`,
        code: p.code,
        params: p.params,
      });
    }
  });
  if (problems.length > 0) {
    throw new AppError('unprocessable', 'The media do not suit the channel’s network.', {
      details: problems,
    });
  }

  await tx
    .deleteFrom('post_variants')
    .where('organization_id', '=', org)
    .where('post_id', '=', post.id)
    .where(
      'channel_id',
      'not in',
      inputs.map((v) => v.channelId),
    )
    .execute();
  await tx
    .insertInto('post_variants')
    .values(
      inputs.map((v, position) => ({
        organization_id: org,
        post_id: post.id,
        channel_id: v.channelId,
        position,
        text: v.text,
        link: v.link ?? null,
        first_comment: v.firstComment ?? null,
        media_ids: JSON.stringify(v.mediaIds),
        due_at: v.dueAt == null ? null : new Date(v.dueAt),
        updated_at: ctx.now,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['post_id', 'channel_id']).doUpdateSet((eb) => ({
        position: eb.ref('excluded.position'),
        text: eb.ref('excluded.text'),
        link: eb.ref('excluded.link'),
        first_comment: eb.ref('excluded.first_comment'),
        media_ids: eb.ref('excluded.media_ids'),
        // Absent dueAt keeps the variant's due time; null clears it.
        due_at: sql`coalesce(excluded.due_at, post_variants.due_at)`,
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
  const cleared = inputs.filter((v) => v.dueAt === null).map((v) => v.channelId);
  if (cleared.length > 0) {
    await tx
      .updateTable('post_variants')
      .set({ due_at: null })
      .where('organization_id', '=', org)
      .where('post_id', '=', post.id)
      .where('channel_id', 'in', cleared)
      .execute();
  }
}
