import type { Notification } from '../../contracts/notifications.ts';
import type { Db } from '../../db/connect.ts';

export interface NotificationRow {
  id: string;
  kind: string;
  post_id: string | null;
  data: Record<string, unknown>;
  read_at: Date | null;
  created_at: Date;
}

export function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    postId: row.post_id,
    data: row.data,
    readAt: row.read_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

/** The member's unread notifications, counted with the partial index on unread rows. */
export async function countUnread(
  db: Db,
  organizationId: string,
  memberId: string,
): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('member_id', '=', memberId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
