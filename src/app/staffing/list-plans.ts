import type {
  StaffingPlanPage,
  StaffingPlansQuery,
  StaffingPlanView,
} from '../../contracts/staffing.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { notFound } from '../errors.ts';
import {
  afterKey,
  cursorTime,
  decodeTimeCursor,
  encodeTimeCursor,
} from '../notifications/time-cursor.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { toStaffingPlanView } from './plan-view.ts';

/** The organization's staffing plans, newest first, paged by `(created_at, id)`; for admins. */
export async function listStaffingPlans(
  deps: Deps,
  actor: Actor,
  query: StaffingPlansQuery,
): Promise<StaffingPlanPage> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'manage_members');
  const after = query.cursor === undefined ? null : decodeTimeCursor(query.cursor);
  const rows = await deps.db
    .selectFrom('staffing_plans')
    .selectAll()
    .select(cursorTime('created_at').as('cursor_at'))
    .where('organization_id', '=', actor.organizationId)
    .$if(after !== null, (q) => q.where(afterKey(after!, 'desc', { at: 'created_at', id: 'id' })))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toStaffingPlanView),
    nextCursor:
      rows.length > query.limit && last
        ? encodeTimeCursor({ at: last.cursor_at, id: last.id })
        : null,
  };
}

/** One of the organization's staffing plans; another organization's id is a 404. */
export async function getStaffingPlan(
  deps: Deps,
  actor: Actor,
  planId: string,
): Promise<StaffingPlanView> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'manage_members');
  const row = await deps.db
    .selectFrom('staffing_plans')
    .selectAll()
    .where('id', '=', planId)
    .where('organization_id', '=', actor.organizationId)
    .executeTakeFirst();
  if (!row) throw notFound('staffing_plan');
  return toStaffingPlanView(row);
}
