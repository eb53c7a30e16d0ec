import type { DutiesQuery, DutyPage } from '../../contracts/duties.ts';
import type { Db } from '../../db/connect.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import {
  afterKey,
  cursorTime,
  decodeTimeCursor,
  encodeTimeCursor,
} from '../notifications/time-cursor.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { DUTY_COLUMNS, toDutyNotice } from './duty-view.ts';

/** How many of the member's notices wait for their acknowledgement. */
export async function countPendingDuties(
  db: Db,
  organizationId: string,
  memberId: string,
): Promise<number> {
  const row = await db
    .selectFrom('duty_notices')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('member_id', '=', memberId)
    .where('acknowledged_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The signed-in member's duty notices, newest first, paged by `(created_at, id)`, each with its
 * text in the member's language, and how many wait for acknowledgement. Nobody reads another
 * member's notices, admins included (they see who acknowledged in `dutyStatus`).
 */
export async function listDuties(deps: Deps, actor: Actor, query: DutiesQuery): Promise<DutyPage> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'view_organization');
  const after = query.cursor === undefined ? null : decodeTimeCursor(query.cursor);
  const [rows, pendingCount] = await Promise.all([
    deps.db
      .selectFrom('duty_notices')
      .select(DUTY_COLUMNS)
      .select(cursorTime('created_at').as('cursor_at'))
      .where('organization_id', '=', actor.organizationId)
      .where('member_id', '=', actor.memberId)
      .$if(query.pending === 'true', (q) => q.where('acknowledged_at', 'is', null))
      .$if(query.pending === 'false', (q) => q.where('acknowledged_at', 'is not', null))
      .$if(after !== null, (q) => q.where(afterKey(after!, 'desc', { at: 'created_at', id: 'id' })))
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit + 1)
      .execute(),
    countPendingDuties(deps.db, actor.organizationId, actor.memberId),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => toDutyNotice(r, actor.locale)),
    nextCursor:
      rows.length > query.limit && last
        ? encodeTimeCursor({ at: last.cursor_at, id: last.id })
        : null,
    pendingCount,
  };
}
