import type { Post, ScheduleInput } from '../../contracts/posts.ts';
import { EDITABLE, type PostStatus } from '../../core/posts/status.ts';
import { recordActivity } from '../activity.ts';
import type { Actor, Deps } from '../deps.ts';
import { badInput, conflict, notFound } from '../errors.ts';
import { withMasterDeviation } from './campaign.ts';
import { approvalChain } from './approval-chain.ts';
import { beginRound, scheduleIfReady } from './approval-round.ts';
import { checkContent } from './content-checks.ts';
import { assertAuthor, assertMayManage, assertVersion, withLockedPost } from './post-access.ts';
import type { PostContext } from './post-context.ts';
import { loadVariants, type PostRow } from './post-rows.ts';
import { toPost } from './post-view.ts';
import { checkDueTimes, checkOnePerChannel } from './write-variants.ts';
import type { Db } from '../../db/connect.ts';

/** The states in which someone other than the author may set a post's times. */
const PLANNED: ReadonlySet<PostStatus> = new Set(['approved', 'scheduled']);

/**
 * Sets the due time of variants (null clears one). The author does, at any stage; once the post
 * is approved, so may whoever may pause others' posts on all its channels (the hub that plans the
 * calendar in a coordinated or centralized organization, say). An approved post whose variants
 * all have a due time becomes scheduled, with one delivery per variant; a scheduled post follows
 * new times.
 * Due times decide posting-window findings, so for a post in review or approved the chain is
 * asked again: if it now needs a step its current round has not passed, a new round starts.
 */
export async function schedulePost(
  deps: Deps,
  actor: Actor,
  postId: string,
  input: ScheduleInput,
): Promise<Post> {
  checkOnePerChannel(input.variants);
  checkDueTimes(input.variants, deps.now());
  return withLockedPost(deps, actor, postId, async (tx, ctx, post) => {
    const status = post.status as PostStatus;
    if (PLANNED.has(status)) await assertMayManage(tx, ctx, post);
    else assertAuthor(actor, post);
    assertVersion(post, input.version);
    if (!EDITABLE.includes(status)) {
      throw conflict('post.not_editable', `A ${status} post cannot be rescheduled.`);
    }
    const variants = await loadVariants(tx, actor.organizationId, postId);
    const known = new Set(variants.map((v) => v.channel_id));
    input.variants.forEach((v, i) => {
      if (!ctx.snapshot.channelIndex.has(v.channelId)) {
        throw notFound('channel', `body.variants.${i}.channelId`);
      }
      if (!known.has(v.channelId)) {
        throw badInput(
          `body.variants.${i}.channelId`,
          'schedule.not_a_variant',
          'The post has no variant for this channel.',
        );
      }
    });
    for (const v of input.variants) {
      await tx
        .updateTable('post_variants')
        .set({ due_at: v.dueAt === null ? null : new Date(v.dueAt), updated_at: ctx.now })
        .where('organization_id', '=', actor.organizationId)
        .where('post_id', '=', postId)
        .where('channel_id', '=', v.channelId)
        .execute();
    }
    let row = await tx
      .updateTable('posts')
      .set({ version: post.version + 1, updated_at: ctx.now })
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', postId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'post.due_times_set',
      subjectType: 'post',
      subjectId: postId,
      data: { variants: input.variants },
      minutes: input.spentMinutes ?? null,
    });
    if (
      ['in_review', 'approved', 'scheduled'].includes(status) &&
      (await chainMoved(tx, ctx, row))
    ) {
      ({ post: row } = await beginRound(tx, ctx, row, {
        kind: 'post.resubmitted',
        data: { reason: 'due_time_changed' },
        onRefusal: 'throw',
      }));
    }
    row = await scheduleIfReady(tx, ctx, row);
    return toPost(tx, row);
  });
}

/**
 * Whether the chain for the post's content at its new due times asks a pool that the current
 * round does not hold (in review) or has not approved (approved, scheduled). A refusal counts as
 * moved: the new round then refuses with its reasons.
 */
async function chainMoved(tx: Db, ctx: PostContext, post: PostRow): Promise<boolean> {
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
  if (content.problems.length > 0 || !chain.allowed) return true;
  const steps = await tx
    .selectFrom('approval_steps')
    .select(['pool', 'pool_unit_id', 'status'])
    .where('organization_id', '=', post.organization_id)
    .where('post_id', '=', post.id)
    .where('round', '=', post.approval_round)
    .execute();
  const held = new Set(
    steps
      .filter((s) =>
        post.status === 'in_review' ? s.status !== 'superseded' : s.status === 'approved',
      )
      .map((s) => `${s.pool}\u0000${s.pool_unit_id ?? ''}`),
  );
  return chain.steps.some((s) => !held.has(`${s.pool}\u0000${s.unitId ?? ''}`));
}
