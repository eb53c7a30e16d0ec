import type { RecordTimeInput, TimeEntry } from '../../contracts/costs.ts';
import { minutesBetween } from '../../core/costs/figures.ts';
import type { Actor, Deps } from '../deps.ts';
import { badInput } from '../errors.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { insertTimeEntry } from './insert-time-entry.ts';
import { checkSpentOn } from './spent-on.ts';
import { toTimeEntry } from './time-entry-view.ts';

/** How far ahead of the server's clock a client's clock may run. */
export const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Records time the actor spent: minutes (measured by a client, e.g. composer or review time, or
 * entered by hand), or a span whose minutes are counted here (rounded half up). Members record
 * only their own time. Work cannot lie in the future (400 `time.in_future`).
 */
export async function recordTime(
  deps: Deps,
  actor: Actor,
  input: RecordTimeInput,
): Promise<TimeEntry> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  const now = deps.now();
  const startedAt = input.startedAt === undefined ? now : new Date(input.startedAt);
  const endedAt = input.endedAt === undefined ? null : new Date(input.endedAt);
  const latest = now.getTime() + CLOCK_SKEW_MS;
  if (startedAt.getTime() > latest) {
    throw badInput('body.startedAt', 'time.in_future', 'Time cannot be spent in the future.');
  }
  if (endedAt && endedAt.getTime() > latest) {
    throw badInput('body.endedAt', 'time.in_future', 'Time cannot be spent in the future.');
  }
  await checkSpentOn(deps.db, snapshot, actor.organizationId, input);
  const minutes = input.minutes ?? minutesBetween(startedAt, endedAt!);
  return deps.db.transaction().execute(async (tx) =>
    toTimeEntry(
      await insertTimeEntry(tx, {
        organizationId: actor.organizationId,
        memberId: actor.memberId,
        category: input.category,
        minutes,
        at: startedAt,
        source: input.source,
        postId: input.postId,
        unitId: input.unitId,
        channelId: input.channelId,
        campaignId: input.campaignId,
        note: input.note,
      }),
    ),
  );
}
