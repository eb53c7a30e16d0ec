import { sql } from 'kysely';
import type { Notification, ReadAllResult } from '../../contracts/notifications.ts';
import type { Actor, Deps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { countUnread, toNotification } from './notification-view.ts';

/**
 * Marks one of the member's notifications as read. Idempotent: a read one keeps its first read
 * time. Another member's notification, or another organization's, is not found.
 */
export async function markNotificationRead(
  deps: Deps,
  actor: Actor,
  notificationId: string,
): Promise<Notification> {
  const row = await deps.db
    .updateTable('notifications')
    .set({ read_at: sql<Date>`coalesce(read_at, ${deps.now()})` })
    .where('organization_id', '=', actor.organizationId)
    .where('member_id', '=', actor.memberId)
    .where('id', '=', notificationId)
    .returning(['id', 'kind', 'post_id', 'data', 'read_at', 'created_at'])
    .executeTakeFirst();
  if (!row) throw notFound('notification');
  return toNotification(row);
}

/** Marks every unread notification of the member as read. */
export async function markAllNotificationsRead(deps: Deps, actor: Actor): Promise<ReadAllResult> {
  const result = await deps.db
    .updateTable('notifications')
    .set({ read_at: deps.now() })
    .where('organization_id', '=', actor.organizationId)
    .where('member_id', '=', actor.memberId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return {
    marked: Number(result.numUpdatedRows),
    unreadCount: await countUnread(deps.db, actor.organizationId, actor.memberId),
  };
}
