import type { StartTimerInput, Timer } from '../../contracts/costs.ts';
import { recordActivity } from '../activity.ts';
import type { Actor, Deps } from '../deps.ts';
import { conflict } from '../errors.ts';
import { isUniqueViolation } from '../members/constraint-errors.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { checkSpentOn } from './spent-on.ts';
import { toTimer } from './time-entry-view.ts';

/**
 * Starts a timer for the actor. One runs per member and category at a time: a second one is
 * 409 `timer.already_running` (a unique index decides, so two requests at once cannot both win).
 */
export async function startTimer(deps: Deps, actor: Actor, input: StartTimerInput): Promise<Timer> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  await checkSpentOn(deps.db, snapshot, actor.organizationId, input);
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const row = await tx
        .insertInto('timers')
        .values({
          organization_id: actor.organizationId,
          member_id: actor.memberId,
          category: input.category,
          started_at: deps.now(),
          post_id: input.postId ?? null,
          unit_id: input.unitId ?? null,
          channel_id: input.channelId ?? null,
          campaign_id: input.campaignId ?? null,
          note: input.note,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordActivity(tx, {
        organizationId: actor.organizationId,
        actorId: actor.memberId,
        kind: 'timer.started',
        subjectType: 'timer',
        subjectId: row.id,
        data: { category: input.category },
      });
      return toTimer(row);
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw conflict(
        'timer.already_running',
        `A ${input.category} timer of yours is already running.`,
        'body.category',
      );
    }
    throw err;
  }
}
