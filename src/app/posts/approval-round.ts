import type { VariantCheck } from '../../contracts/posts.ts';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../errors.ts';
import { withMasterDeviation } from './campaign.ts';
import { approvalChain, chainRefused } from './approval-chain.ts';
import { checkContent } from './content-checks.ts';
import { everyVariantDue, syncDeliveries } from './deliveries.ts';
import type { PostContext } from './post-context.ts';
import { loadVariants, type PostRow } from './post-rows.ts';
import { movePost } from './transition.ts';

export interface RoundOptions {
  /** The activity event: `post.submitted`, `post.resubmitted`, `post.chain_recomputed`. */
  kind: string;
  minutes?: number | undefined;
  data?: Record<string, unknown>;
  /**
   * What a post that may not go through any more becomes: `throw` refuses the request (422 for
   * texts and blocking findings, 403 when the author may not publish on a channel); `draft`
   * sends it back to its author (a model switch cannot refuse for one post).
   */
  onRefusal: 'throw' | 'draft';
}

/**
 * Starts a new approval round from the post's current content: counts and checks every variant,
 * asks `decide` for the chain, marks the steps still pending as `superseded`, writes the new
 * steps, and moves the post to `in_review`, or to `approved` (then `scheduled` when every variant
 * has a due time) when the chain is empty. The post must be locked.
 */
export async function beginRound(
  tx: Db,
  ctx: PostContext,
  post: PostRow,
  opts: RoundOptions,
): Promise<{ post: PostRow; checks: VariantCheck[] }> {
  const variants = await loadVariants(tx, post.organization_id, post.id);
  const content = await checkContent({
    db: tx,
    snapshot: ctx.snapshot,
    timeZone: ctx.timeZone,
    language: post.language,
    variants,
  });
  const chain = approvalChain(
    ctx.snapshot,
    post.author_id,
    await withMasterDeviation(tx, post, variants, content.findings),
  );
  if (content.problems.length > 0 || !chain.allowed) {
    if (opts.onRefusal === 'throw') {
      if (content.problems.length > 0) {
        throw new AppError('unprocessable', 'The post cannot be submitted as it is.', {
          details: content.problems,
        });
      }
      throw chainRefused(chain as Extract<typeof chain, { allowed: false }>);
    }
    const reasons = [
      ...content.problems.map((p) => ({ code: p.code, path: p.path })),
      ...(chain.allowed
        ? []
        : chain.refusals.flatMap((r) =>
            r.reasons.map((x) => ({ code: x.code, channelId: r.channelId })),
          )),
    ];
    await supersedePending(tx, post, ctx.now);
    const row = await movePost(tx, post, {
      actor: ctx.actor,
      to: 'draft',
      kind: 'post.returned_to_draft',
      data: { ...opts.data, reasons },
      now: ctx.now,
      set: { approved_at: null },
    });
    await syncDeliveries(tx, row, ctx.now);
    return { post: row, checks: content.checks };
  }
  await supersedePending(tx, post, ctx.now, { approved: true });
  const round = post.approval_round + 1;
  const steps = chain.steps;
  if (steps.length > 0) {
    await tx
      .insertInto('approval_steps')
      .values(
        steps.map((s, position) => ({
          organization_id: post.organization_id,
          post_id: post.id,
          round,
          position,
          pool: s.pool,
          pool_unit_id: s.unitId,
          rule: s.rule,
          channel_ids: JSON.stringify(s.channelIds),
        })),
      )
      .execute();
  }
  let row = await movePost(tx, post, {
    actor: ctx.actor,
    to: steps.length > 0 ? 'in_review' : 'approved',
    stay: steps.length === 0 && (post.status === 'approved' || post.status === 'scheduled'),
    kind: opts.kind,
    minutes: opts.minutes,
    data: {
      ...opts.data,
      round,
      steps: steps.map((s) => ({ pool: s.pool, unitId: s.unitId, rule: s.rule })),
    },
    now: ctx.now,
    set: {
      approval_round: round,
      submitted_at: ctx.now,
      approved_at: steps.length > 0 ? null : ctx.now,
      paused_from: null,
    },
  });
  row = await scheduleIfReady(tx, ctx, row);
  return { post: row, checks: content.checks };
}

/**
 * Marks steps as superseded: those still pending (the post left review), and with `approved`
 * also the approved ones (a new round replaces the chain; the decisions stay as history).
 * Steps that were rejected or asked for changes keep that outcome.
 */
export async function supersedePending(
  tx: Db,
  post: PostRow,
  now: Date,
  opts: { approved?: boolean } = {},
): Promise<void> {
  await tx
    .updateTable('approval_steps')
    .set({ status: 'superseded', decided_at: now })
    .where('organization_id', '=', post.organization_id)
    .where('post_id', '=', post.id)
    .where('status', 'in', opts.approved ? ['pending', 'approved'] : ['pending'])
    .execute();
}

/**
 * An approved post with a future due time on every variant becomes scheduled; a scheduled post
 * that lost one becomes approved again. Deliveries follow the status.
 */
export async function scheduleIfReady(tx: Db, ctx: PostContext, post: PostRow): Promise<PostRow> {
  let row = post;
  if (post.status === 'approved' || post.status === 'scheduled') {
    const due = await everyVariantDue(tx, post, ctx.now);
    if (post.status === 'approved' && due) {
      row = await movePost(tx, post, {
        actor: ctx.actor,
        to: 'scheduled',
        kind: 'post.scheduled',
        now: ctx.now,
      });
    } else if (post.status === 'scheduled' && !due) {
      row = await movePost(tx, post, {
        actor: ctx.actor,
        to: 'approved',
        kind: 'post.unscheduled',
        now: ctx.now,
      });
    }
  }
  await syncDeliveries(tx, row, ctx.now);
  return row;
}
