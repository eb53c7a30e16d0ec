import type { Network } from '../../contracts/channels.ts';
import type { Post } from '../../contracts/posts.ts';
import type { PoolKind, StepRule } from '../../core/governance/types.ts';
import type { PostStatus } from '../../core/posts/status.ts';
import type { Db } from '../../db/connect.ts';
import { loadVariants, type PostRow } from './post-rows.ts';

/** The post as the API shows it: variants with their deliveries, the current round's steps. */
export async function toPost(db: Db, row: PostRow): Promise<Post> {
  const org = row.organization_id;
  const [variants, deliveries, steps, decisions] = await Promise.all([
    loadVariants(db, org, row.id),
    db
      .selectFrom('deliveries')
      .select(['id', 'variant_id', 'status', 'due_at', 'attempts'])
      .where('organization_id', '=', org)
      .where('post_id', '=', row.id)
      .execute(),
    db
      .selectFrom('approval_steps')
      .selectAll()
      .where('organization_id', '=', org)
      .where('post_id', '=', row.id)
      .where('round', '=', row.approval_round)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('approval_decisions as d')
      .innerJoin('approval_steps as s', 's.id', 'd.step_id')
      .select(['d.step_id', 'd.member_id', 'd.decision', 'd.comment', 'd.created_at'])
      .where('d.organization_id', '=', org)
      .where('d.post_id', '=', row.id)
      .where('s.round', '=', row.approval_round)
      .orderBy('d.created_at')
      .execute(),
  ]);
  const deliveryOf = new Map(deliveries.map((d) => [d.variant_id, d]));
  return {
    id: row.id,
    unitId: row.unit_id,
    authorId: row.author_id,
    campaignId: row.campaign_id,
    title: row.title,
    labels: row.labels,
    language: row.language,
    status: row.status as PostStatus,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    submittedAt: row.submitted_at?.toISOString() ?? null,
    approvedAt: row.approved_at?.toISOString() ?? null,
    variants: variants.map((v) => {
      const d = deliveryOf.get(v.id);
      return {
        id: v.id,
        channelId: v.channel_id,
        network: v.network as Network,
        text: v.text,
        link: v.link,
        firstComment: v.first_comment,
        mediaIds: v.media_ids,
        dueAt: v.due_at?.toISOString() ?? null,
        delivery: d
          ? { id: d.id, status: d.status, dueAt: d.due_at.toISOString(), attempts: d.attempts }
          : null,
      };
    }),
    approval: {
      round: row.approval_round,
      steps: steps.map((s) => ({
        id: s.id,
        position: s.position,
        pool: s.pool as PoolKind,
        unitId: s.pool_unit_id,
        rule: s.rule as StepRule,
        status: s.status,
        channelIds: s.channel_ids,
        decidedAt: s.decided_at?.toISOString() ?? null,
        decisions: decisions
          .filter((d) => d.step_id === s.id)
          .map((d) => ({
            memberId: d.member_id,
            decision:
              d.decision as Post['approval']['steps'][number]['decisions'][number]['decision'],
            comment: d.comment,
            createdAt: d.created_at.toISOString(),
          })),
      })),
    },
  };
}
