import type { Timer } from '../../contracts/costs.ts';
import type { Actor, Deps } from '../deps.ts';
import { toTimer } from './time-entry-view.ts';

/** The actor's running timers, oldest first. */
export async function listTimers(deps: Deps, actor: Actor): Promise<Timer[]> {
  const rows = await deps.db
    .selectFrom('timers')
    .selectAll()
    .where('organization_id', '=', actor.organizationId)
    .where('member_id', '=', actor.memberId)
    .where('stopped_at', 'is', null)
    .orderBy('started_at')
    .execute();
  return rows.map(toTimer);
}
