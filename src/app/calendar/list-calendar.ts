import type {
  CalendarQuery,
  CalendarResponse,
  ConflictsResponse,
} from '../../contracts/calendar.ts';
import type { Snapshot } from '../../core/governance/snapshot.ts';
import type { Db } from '../../db/connect.ts';
import type { OrganizationRow } from '../../db/schema.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { checkFilterIds } from '../filter-ids.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import {
  letOthersRun,
  toCalendarEntry,
  toConflictView,
  visibleCalendar,
  type CalendarRequest,
} from './calendar-view.ts';

/** The shared calendar: the entries of a range the actor may see, each with its conflicts. */
export async function listCalendar(
  deps: Deps,
  actor: Actor,
  query: CalendarQuery,
): Promise<CalendarResponse> {
  const { snapshot, organization } = await loadActorSnapshot(deps.db, actor);
  const request = await calendarRequest(deps.db, snapshot, organization, actor, query);
  const { entries, truncated } = await visibleCalendar(deps.db, snapshot, actor.memberId, request);
  await letOthersRun();
  return { items: entries.map(toCalendarEntry), truncated };
}

/** The conflicts of the range's visible entries, one item per (entry, conflict). */
export async function listConflicts(
  deps: Deps,
  actor: Actor,
  query: CalendarQuery,
): Promise<ConflictsResponse> {
  const { snapshot, organization } = await loadActorSnapshot(deps.db, actor);
  const request = await calendarRequest(deps.db, snapshot, organization, actor, query);
  const { entries, truncated } = await visibleCalendar(deps.db, snapshot, actor.memberId, request);
  return {
    items: entries.flatMap((e) =>
      e.conflicts.map((c) => ({
        postId: e.postId,
        variantId: e.variantId,
        channelId: e.channelId,
        unitId: e.unitId,
        dueAt: e.dueAt.toISOString(),
        conflict: toConflictView(c),
      })),
    ),
    truncated,
  };
}

/**
 * Checks the filters' ids (another organization's, or unknown ones: 404, like every id that is
 * not in the snapshot) and fills in the organization's same-topic window.
 */
async function calendarRequest(
  db: Db,
  snapshot: Snapshot,
  organization: OrganizationRow,
  actor: Actor,
  query: CalendarQuery,
): Promise<CalendarRequest> {
  authorizeOrganization(snapshot, actor, 'view_organization');
  await checkFilterIds(db, snapshot, actor.organizationId, query);
  return {
    from: new Date(query.from),
    to: new Date(query.to),
    filters: {
      unitId: query.unitId,
      channelId: query.channelId,
      campaignId: query.campaignId,
      authorId: query.authorId,
      status: query.status,
    },
    windowMinutes: query.windowMinutes ?? organization.conflict_window_minutes,
  };
}
