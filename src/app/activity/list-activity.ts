import type { ActivityPage, ActivityQuery } from '../../contracts/activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { badInput } from '../errors.ts';
import { loadActorSnapshot } from '../snapshot.ts';

/**
 * The organization's activity log, newest first, paged by event id. The cursor is the id of the
 * last event of the previous page; since ids only grow, a page never repeats or skips an event
 * when new ones arrive meanwhile.
 */
export async function listActivity(
  deps: Deps,
  actor: Actor,
  query: ActivityQuery,
): Promise<ActivityPage> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'view_activity');
  const before = query.cursor === undefined ? null : decodeCursor(query.cursor);
  const rows = await deps.db
    .selectFrom('activity')
    .selectAll()
    .where('organization_id', '=', actor.organizationId)
    .$if(before !== null, (q) => q.where('id', '<', before!))
    .$if(query.kind !== undefined, (q) => q.where('kind', '=', query.kind!))
    .$if(query.subjectType !== undefined, (q) => q.where('subject_type', '=', query.subjectType!))
    .$if(query.subjectId !== undefined, (q) => q.where('subject_id', '=', query.subjectId!))
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const items = rows.slice(0, query.limit).map((r) => ({
    id: r.id,
    kind: r.kind,
    actorId: r.actor_id,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    data: r.data,
    minutes: r.minutes,
    createdAt: r.created_at.toISOString(),
  }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(last.id) : null };
}

const CURSOR = /^a([1-9][0-9]{0,17})$/;

function encodeCursor(id: string): string {
  return `a${id}`;
}

function decodeCursor(cursor: string): string {
  const match = CURSOR.exec(cursor);
  if (!match) throw badInput('querystring.cursor', 'cursor.malformed', 'The cursor is not valid.');
  return match[1]!;
}
