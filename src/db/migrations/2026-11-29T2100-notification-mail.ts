import { sql, type Kysely } from 'kysely';

/**
 * Notifications by email: each notification row is also its own mail outbox entry, written in the
 * transaction of the change it reports and sent after commit by `sendPendingMail`.
 *
 * - `mail_status`: `pending` (to send, or being sent under a lease), `sent`, `failed` (permanent
 *   refusal or attempts used up, the error in `mail_error`), `skipped` (not to be mailed: the
 *   member turned mail off, or it waited too long). Rows that exist before this migration are
 *   `skipped`, so turning the feature on mails nothing old; rows written afterwards start
 *   `pending`.
 * - `mail_attempts` counts claims; it is also the fence that lets only the latest claim record
 *   the outcome. `mail_next_at` is when the row is due: the retry time after a transient error,
 *   or the end of the lease while a worker sends it.
 * - `members.email_notifications`: the member's own choice, on by default.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('members')
    .addColumn('email_notifications', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();
  await db.schema
    .alterTable('notifications')
    .addColumn('mail_status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('skipped')
        .check(sql`mail_status in ('pending', 'sent', 'failed', 'skipped')`),
    )
    .addColumn('mail_attempts', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`mail_attempts >= 0`),
    )
    .addColumn('mail_next_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('mailed_at', 'timestamptz')
    .addColumn('mail_error', 'text')
    .execute();
  // Existing rows took `skipped` above; new ones are to be mailed.
  await sql`alter table notifications alter column mail_status set default 'pending'`.execute(db);
  // The outbox query: due pending rows, oldest due first. Small, since sent rows leave it.
  await sql`create index notifications_mail_due_idx
    on notifications (mail_next_at, id) where mail_status = 'pending'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists notifications_mail_due_idx`.execute(db);
  await db.schema
    .alterTable('notifications')
    .dropColumn('mail_status')
    .dropColumn('mail_attempts')
    .dropColumn('mail_next_at')
    .dropColumn('mailed_at')
    .dropColumn('mail_error')
    .execute();
  await db.schema.alterTable('members').dropColumn('email_notifications').execute();
}
