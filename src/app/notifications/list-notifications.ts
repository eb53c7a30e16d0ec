import type { NotificationPage, NotificationsQuery } from '../../contracts/notifications.ts';
import type { Actor, Deps } from '../deps.ts';
import { countUnread, toNotification } from './notification-view.ts';
import { afterKey, cursorTime, decodeTimeCursor, encodeTimeCursor } from './time-cursor.ts';

/**
 * The signed-in member's notifications, newest first, paged by `(created_at, id)`, with the count
 * of all their unread ones. Nobody reads another member's notifications, admins included.
 */
export async function listNotifications(
  deps: Deps,
  actor: Actor,
  query: NotificationsQuery,
): Promise<NotificationPage> {
  const after = query.cursor === undefined ? null : decodeTimeCursor(query.cursor);
  const [rows, unreadCount] = await Promise.all([
    deps.db
      .selectFrom('notifications')
      .select(['id', 'kind', 'post_id', 'data', 'read_at', 'created_at'])
      .select(cursorTime('created_at').as('cursor_at'))
      .where('organization_id', '=', actor.organizationId)
      .where('member_id', '=', actor.memberId)
      .$if(query.unread === 'true', (q) => q.where('read_at', 'is', null))
      .$if(query.unread === 'false', (q) => q.where('read_at', 'is not', null))
      .$if(after !== null, (q) => q.where(afterKey(after!, 'desc', { at: 'created_at', id: 'id' })))
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit + 1)
      .execute(),
    countUnread(deps.db, actor.organizationId, actor.memberId),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toNotification),
    nextCursor:
      rows.length > query.limit && last
        ? encodeTimeCursor({ at: last.cursor_at, id: last.id })
        : null,
    unreadCount,
  };
}
