import type { PoolKind, StepRule } from '../../core/governance/types.ts';
import type { Snapshot } from '../../core/governance/snapshot.ts';
import type { Db } from '../../db/connect.ts';
import { approvalChain, sameChain } from '../posts/approval-chain.ts';
import { withMasterDeviation } from '../posts/campaign.ts';
import { checkContent } from '../posts/content-checks.ts';
import { loadVariants } from '../posts/post-rows.ts';

export interface ChainStepView {
  pool: PoolKind;
  unitId: string | null;
  rule: StepRule;
  channelIds: string[];
}

export interface PostChainChange {
  postId: string;
  title: string;
  authorId: string;
  before: (ChainStepView & { status: string })[];
  after: ChainStepView[];
  outcome: 'in_review' | 'approved' | 'draft';
  changed: boolean;
  reasons: { code: string; channelId?: string; path?: string }[];
}

/**
 * What a switch would do to each post in review, without doing it: the same content checks and
 * `approvalChain` as `beginRound` (which `recomputeChains` runs on apply), under the target
 * snapshot. Read-only; inside the switch's transaction it sees exactly what apply then changes.
 */
export async function previewPostChains(
  db: Db,
  after: Snapshot,
  timeZone: string,
): Promise<PostChainChange[]> {
  const organizationId = after.organizationId;
  const posts = await db
    .selectFrom('posts')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'in_review')
    .orderBy('id')
    .execute();
  if (posts.length === 0) return [];
  const steps = await db
    .selectFrom('approval_steps')
    .select([
      'post_id',
      'round',
      'position',
      'pool',
      'pool_unit_id',
      'rule',
      'status',
      'channel_ids',
    ])
    .where('organization_id', '=', organizationId)
    .where(
      'post_id',
      'in',
      posts.map((p) => p.id),
    )
    .orderBy('post_id')
    .orderBy('position')
    .execute();
  const out: PostChainChange[] = [];
  for (const post of posts) {
    const before = steps
      .filter((s) => s.post_id === post.id && s.round === post.approval_round)
      .map((s) => ({
        pool: s.pool as PoolKind,
        unitId: s.pool_unit_id,
        rule: s.rule as StepRule,
        channelIds: s.channel_ids,
        status: s.status,
      }));
    const variants = await loadVariants(db, organizationId, post.id);
    const content = await checkContent({
      db,
      snapshot: after,
      timeZone,
      language: post.language,
      variants,
    });
    const chain = approvalChain(
      after,
      post.author_id,
      await withMasterDeviation(db, post, variants, content.findings),
    );
    const base = { postId: post.id, title: post.title, authorId: post.author_id, before };
    if (content.problems.length > 0 || !chain.allowed) {
      out.push({
        ...base,
        after: [],
        outcome: 'draft',
        changed: true,
        reasons: [
          ...content.problems.map((p) => ({ code: p.code, ...(p.path ? { path: p.path } : {}) })),
          ...(chain.allowed
            ? []
            : chain.refusals.flatMap((r) =>
                r.reasons.map((x) => ({ code: x.code, channelId: r.channelId })),
              )),
        ],
      });
      continue;
    }
    const afterSteps = chain.steps.map((s) => ({
      pool: s.pool,
      unitId: s.unitId,
      rule: s.rule,
      channelIds: [...s.channelIds],
    }));
    const outcome = afterSteps.length > 0 ? 'in_review' : 'approved';
    out.push({
      ...base,
      after: afterSteps,
      outcome,
      changed: outcome !== 'in_review' || !sameChain(before, afterSteps),
      reasons: [],
    });
  }
  return out;
}
