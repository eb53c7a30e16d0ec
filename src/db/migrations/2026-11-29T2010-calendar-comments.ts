import { sql, type Kysely } from 'kysely';

/**
 * Calendar and comments: the organization's window for "two units on the same topic" (minutes,
 * 2 hours by default), and an index to page a member's notifications newest first (the partial
 * index of the content migration covers only the unread ones).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('organizations')
    .addColumn('conflict_window_minutes', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(120)
        .check(sql`conflict_window_minutes between 1 and 10080`),
    )
    .execute();
  await sql`create index notifications_member_idx
    on notifications (member_id, created_at desc, id desc)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists notifications_member_idx`.execute(db);
  await db.schema.alterTable('organizations').dropColumn('conflict_window_minutes').execute();
}
