import { decide } from '../../core/governance/decide.ts';
import { inPool, poolMembers } from '../../core/governance/pool.ts';
import type { DecideApprovalInput, Post } from '../../contracts/posts.ts';
import type { Db } from '../../db/connect.ts';
import type { Selectable } from 'kysely';
import type { ApprovalStepsTable } from '../../db/schema.ts';
import { recordActivity } from '../activity.ts';
import { AppError, conflict } from '../errors.ts';
import type { Actor, Deps } from '../deps.ts';
import { poolStep } from './approval-chain.ts';
import { scheduleIfReady, supersedePending } from './approval-round.ts';
import type { PostContext } from './post-context.ts';
import { withLockedPost } from './post-access.ts';
import type { PostRow } from './post-rows.ts';
import { toPost } from './post-view.ts';
import { movePost } from './transition.ts';

type StepRow = Selectable<ApprovalStepsTable>;

/**
 * Records an approver's decision on the open step of the post's current round. Steps are taken
 * in order; the open step is the first pending one.
 *
 * - The author never decides on their own post (403 `approval.own_post`).
 * - One decision per member and round (409 `approval.already_decided`).
 * - The actor must be in the open step's pool (`inPool`): 403 `approval.not_in_pool` with the
 *   reasons, or 409 `approval.step_not_open` when their step comes later.
 * - approve: an `any` step is done with the first approval, an `all` step when every member of
 *   its pool (but the author) approved; the last step done approves the post (and schedules it
 *   when every variant has a due time). reject → rejected; request_changes → changes_requested.
 *
 * Concurrency: the post row is locked first (`withLockedPost`), so two approvers acting at the
 * same moment are serialized. The second then finds the step closed (or the post no longer in
 * review) and is refused with 409 `approval.step_closed`: a decision is recorded only while it
 * can still count, so the decisions table holds exactly the decisions that moved the post.
 */
export async function decideApproval(
  deps: Deps,
  actor: Actor,
  postId: string,
  input: DecideApprovalInput,
): Promise<Post> {
  return withLockedPost(deps, actor, postId, async (tx, ctx, post) => {
    if (post.author_id === actor.memberId) {
      throw new AppError('forbidden', 'Nobody approves their own post.', {
        details: [{ code: 'approval.own_post' }],
      });
    }
    const steps = await tx
      .selectFrom('approval_steps')
      .selectAll()
      .where('organization_id', '=', actor.organizationId)
      .where('post_id', '=', postId)
      .where('round', '=', post.approval_round)
      .orderBy('position')
      .execute();
    const mine =
      steps.length === 0
        ? undefined
        : await tx
            .selectFrom('approval_decisions')
            .select('id')
            .where('organization_id', '=', actor.organizationId)
            .where('member_id', '=', actor.memberId)
            .where(
              'step_id',
              'in',
              steps.map((s) => s.id),
            )
            .executeTakeFirst();
    if (mine) throw conflict('approval.already_decided', 'You already decided on this round.');
    const open =
      post.status === 'in_review' ? steps.find((s) => s.status === 'pending') : undefined;
    if (!open) {
      const closed = steps.some(
        (s) => s.status !== 'pending' && inPool(ctx.snapshot, actor.memberId, poolStep(s)),
      );
      if (closed) {
        throw conflict('approval.step_closed', 'Someone else already decided this step.');
      }
      throw conflict('post.not_in_review', `The post is ${post.status}, not in review.`);
    }
    if (!inPool(ctx.snapshot, actor.memberId, poolStep(open))) {
      const later = steps.some(
        (s) =>
          s.status === 'pending' &&
          s.id !== open.id &&
          inPool(ctx.snapshot, actor.memberId, poolStep(s)),
      );
      if (later) throw conflict('approval.step_not_open', 'Your step is not open yet.');
      throw notInPool(ctx, open);
    }
    await tx
      .insertInto('approval_decisions')
      .values({
        organization_id: actor.organizationId,
        post_id: postId,
        step_id: open.id,
        member_id: actor.memberId,
        decision: input.decision,
        comment: input.comment,
        created_at: ctx.now,
      })
      .execute();
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: `approval.${input.decision === 'approve' ? 'approved' : input.decision === 'reject' ? 'rejected' : 'changes_requested'}`,
      subjectType: 'post',
      subjectId: postId,
      data: {
        round: post.approval_round,
        stepId: open.id,
        position: open.position,
        pool: open.pool,
        unitId: open.pool_unit_id,
        comment: input.comment,
      },
      minutes: input.spentMinutes ?? null,
    });
    const row = await settle(tx, ctx, post, open, input);
    return toPost(tx, row);
  });
}

async function settle(
  tx: Db,
  ctx: PostContext,
  post: PostRow,
  step: StepRow,
  input: DecideApprovalInput,
): Promise<PostRow> {
  const closeStep = (status: string) =>
    tx
      .updateTable('approval_steps')
      .set({ status, decided_at: ctx.now })
      .where('organization_id', '=', post.organization_id)
      .where('id', '=', step.id)
      .execute();
  if (input.decision !== 'approve') {
    const to = input.decision === 'reject' ? 'rejected' : 'changes_requested';
    await closeStep(to);
    await supersedePending(tx, post, ctx.now);
    return movePost(tx, post, {
      actor: ctx.actor,
      to,
      kind: `post.${to}`,
      data: { round: post.approval_round, comment: input.comment },
      now: ctx.now,
    });
  }
  if (step.rule === 'all' && !(await everyoneApproved(tx, ctx, post, step)))
    return bump(tx, post, ctx.now);
  await closeStep('approved');
  const pending = await tx
    .selectFrom('approval_steps')
    .select('id')
    .where('organization_id', '=', post.organization_id)
    .where('post_id', '=', post.id)
    .where('round', '=', post.approval_round)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  if (pending) return bump(tx, post, ctx.now);
  const row = await movePost(tx, post, {
    actor: ctx.actor,
    to: 'approved',
    kind: 'post.approved',
    data: { round: post.approval_round },
    now: ctx.now,
    set: { approved_at: ctx.now },
  });
  return scheduleIfReady(tx, ctx, row);
}

/** An `all` step is done when every member of its pool but the author has approved. */
async function everyoneApproved(
  tx: Db,
  ctx: PostContext,
  post: PostRow,
  step: StepRow,
): Promise<boolean> {
  const pool = poolMembers(ctx.snapshot, poolStep(step)).filter((m) => m !== post.author_id);
  const approved = await tx
    .selectFrom('approval_decisions')
    .select('member_id')
    .where('organization_id', '=', post.organization_id)
    .where('step_id', '=', step.id)
    .where('decision', '=', 'approve')
    .execute();
  const done = new Set(approved.map((a) => a.member_id));
  return pool.every((m) => done.has(m));
}

/** A decision that does not move the post still changes it: clients holding a version see it. */
async function bump(tx: Db, post: PostRow, now: Date): Promise<PostRow> {
  return tx
    .updateTable('posts')
    .set({ version: post.version + 1, updated_at: now })
    .where('organization_id', '=', post.organization_id)
    .where('id', '=', post.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

function notInPool(ctx: PostContext, step: StepRow): AppError {
  const reasons = step.channel_ids.flatMap((channelId) => {
    const d = decide(ctx.snapshot, ctx.actor.memberId, 'approve', { channelId });
    return d.allowed ? [] : d.reasons.map((r) => ({ ...r, channelId }));
  });
  return new AppError('forbidden', 'You are not an approver of this step.', {
    details: [
      {
        code: 'approval.not_in_pool',
        params: { pool: step.pool, unitId: step.pool_unit_id ?? '', stepId: step.id },
      },
      ...reasons.map((r) => ({
        code: r.code,
        params: { ...r.params, channelId: r.channelId },
      })),
    ],
  });
}
