import { MAX_ENTRY_MINUTES, type StoppedTimer } from '../../contracts/costs.ts';
import { minutesBetween } from '../../core/costs/figures.ts';
import type { Actor, Deps } from '../deps.ts';
import { conflict, notFound } from '../errors.ts';
import { insertTimeEntry } from './insert-time-entry.ts';
import { toTimeEntry, toTimer } from './time-entry-view.ts';

/**
 * Stops one of the actor's timers and records its minutes (rounded half up) as a time entry that
 * begins when the timer started. A timer left running for more than a day records one day
 * (`capped`). Another member's timer is 404, as an unknown one; a stopped one 409 `timer.stopped`.
 * The timer row is locked, so a double click records once.
 */
export async function stopTimer(deps: Deps, actor: Actor, timerId: string): Promise<StoppedTimer> {
  return deps.db.transaction().execute(async (tx) => {
    const timer = await tx
      .selectFrom('timers')
      .selectAll()
      .where('organization_id', '=', actor.organizationId)
      .where('member_id', '=', actor.memberId)
      .where('id', '=', timerId)
      .forUpdate()
      .executeTakeFirst();
    if (!timer) throw notFound('timer');
    if (timer.stopped_at !== null)
      throw conflict('timer.stopped', 'The timer was stopped already.');
    const now = deps.now();
    const elapsed = minutesBetween(timer.started_at, now);
    const entry = await insertTimeEntry(tx, {
      organizationId: actor.organizationId,
      memberId: actor.memberId,
      category: timer.category,
      minutes: Math.min(elapsed, MAX_ENTRY_MINUTES),
      at: timer.started_at,
      source: 'timer',
      postId: timer.post_id,
      unitId: timer.unit_id,
      channelId: timer.channel_id,
      campaignId: timer.campaign_id,
      note: timer.note,
    });
    const stopped = await tx
      .updateTable('timers')
      .set({ stopped_at: now, time_entry_id: entry.id })
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', timerId)
      .returningAll()
      .executeTakeFirstOrThrow();
    return {
      timer: toTimer(stopped),
      entry: toTimeEntry(entry),
      capped: elapsed > MAX_ENTRY_MINUTES,
    };
  });
}
