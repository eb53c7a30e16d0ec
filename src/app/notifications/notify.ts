import { sql } from 'kysely';
import type { NotificationKind } from '../../contracts/notifications.ts';
import type { Db } from '../../db/connect.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface NotifyInput {
  organizationId: string;
  /** Repeats are notified once; ids that are not members of the organization are skipped. */
  memberIds: readonly string[];
  kind: NotificationKind;
  /** The post it is about; must belong to the organization (else nobody is notified). */
  postId?: string | null;
  /** What the web app shows: ids and short texts, no secrets (the member reads it as is). */
  data?: Record<string, unknown>;
}

/**
 * Sends in-app notifications: one row per member, written in one statement. Call it inside the
 * transaction of the change it reports, so the notification exists exactly when the change does.
 * The statement itself keeps tenants apart: it selects the recipients from the organization's
 * members and checks that the post is the organization's. Returns how many were written.
 */
export async function notify(db: Db, input: NotifyInput): Promise<number> {
  const memberIds = [...new Set(input.memberIds.map((id) => id.toLowerCase()))].filter((id) =>
    UUID.test(id),
  );
  if (memberIds.length === 0) return 0;
  const postId = input.postId ?? null;
  const result = await db
    .insertInto('notifications')
    .columns(['organization_id', 'member_id', 'kind', 'post_id', 'data'])
    .expression((eb) =>
      eb
        .selectFrom('members')
        .select([
          'members.organization_id',
          'members.id',
          sql<string>`${input.kind}::text`.as('kind'),
          sql<string | null>`${postId}::uuid`.as('post_id'),
          sql<string>`${JSON.stringify(input.data ?? {})}::jsonb`.as('data'),
        ])
        .where('members.organization_id', '=', input.organizationId)
        .where('members.id', 'in', memberIds)
        .$if(postId !== null, (q) =>
          q.where((w) =>
            w.exists(
              w
                .selectFrom('posts')
                .select('posts.id')
                .where('posts.id', '=', postId!)
                .where('posts.organization_id', '=', input.organizationId),
            ),
          ),
        ),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n);
}
