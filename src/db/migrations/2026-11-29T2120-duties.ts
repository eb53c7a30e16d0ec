import { sql, type Kysely } from 'kysely';

/**
 * Duties: what changes for whom, told and acknowledged; and what the training gate rests on.
 *
 * - `model_switches`: one row per applied model switch (or change of model settings), with the
 *   models and settings on both sides and the revision the admin previewed.
 * - `duty_notices`: per member and cause (`source`: a model switch, a strategy version, later a
 *   staffing plan; `source_id` names the row of that cause, which is why it has no foreign key),
 *   the structured items (codes and parameters, rendered in the reader's language), and when the
 *   member acknowledged it. One notice per member and cause.
 * - `training_records`: a member completed a training (`business_policy`, `customer_handling`, or
 *   `other` with a title), when, and who confirmed it. `members.trained_at` stays the gate the
 *   policy engine reads; recording both required topics sets it (app/training).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('model_switches')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('from_model', 'text', (c) => c.notNull())
    .addColumn('to_model', 'text', (c) => c.notNull())
    .addColumn('from_settings', 'jsonb', (c) => c.notNull())
    .addColumn('to_settings', 'jsonb', (c) => c.notNull())
    .addColumn('applied_by', 'uuid', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('applied_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('revision', 'bigint', (c) => c.notNull())
    .addColumn('summary', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await sql`create index model_switches_org_idx
    on model_switches (organization_id, applied_at desc)`.execute(db);

  await db.schema
    .createTable('duty_notices')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('member_id', 'uuid', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) =>
      c.notNull().check(sql`source in ('model_switch', 'strategy', 'staffing_plan')`),
    )
    .addColumn('source_id', 'uuid', (c) => c.notNull())
    .addColumn('items', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('acknowledged_at', 'timestamptz')
    .addUniqueConstraint('duty_notices_once', ['member_id', 'source', 'source_id'])
    .execute();
  await sql`create index duty_notices_member_idx
    on duty_notices (member_id, created_at desc, id desc)`.execute(db);
  await sql`create index duty_notices_source_idx
    on duty_notices (organization_id, source, source_id)`.execute(db);

  await db.schema
    .createTable('training_records')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('member_id', 'uuid', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('topic', 'text', (c) =>
      c.notNull().check(sql`topic in ('business_policy', 'customer_handling', 'other')`),
    )
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('completed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('confirmed_by', 'uuid', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index training_records_member_idx
    on training_records (member_id, completed_at, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('training_records').ifExists().execute();
  await db.schema.dropTable('duty_notices').ifExists().execute();
  await db.schema.dropTable('model_switches').ifExists().execute();
}
