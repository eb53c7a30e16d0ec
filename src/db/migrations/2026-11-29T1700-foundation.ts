import { sql, type Kysely } from 'kysely';

/**
 * Foundation: tenants, the unit tree, people, sessions and tokens, channels, guidelines, strategy
 * and the append-only activity log. Every tenant table carries `organization_id`, so a later
 * shard-by-organization needs no schema change.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organizations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('UTC'))
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('model_settings', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('strategy_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('revision', 'bigint', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('units')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('parent_id', 'uuid', (c) => c.references('units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('is_hub', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('covers_unit_id', 'uuid', (c) => c.references('units.id'))
    // null: the organization's model setting decides.
    .addColumn('contributors_need_lead', 'boolean')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('units_org_idx').on('units').columns(['organization_id']).execute();
  await sql`create unique index units_one_root on units (organization_id) where parent_id is null`.execute(
    db,
  );

  await db.schema
    .createTable('members')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('invite_token_hash', 'text')
    .addColumn('invite_expires_at', 'timestamptz')
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('admin', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('trained_at', 'timestamptz')
    .addColumn('strategy_ack_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('weekly_minutes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('hourly_rate_cents', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('on_site', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // One login per email across the installation: sign-in needs no organization picker.
  await sql`create unique index members_email_unique on members (lower(email))`.execute(db);
  await db.schema
    .createIndex('members_org_idx')
    .on('members')
    .columns(['organization_id'])
    .execute();

  await db.schema
    .createTable('memberships')
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('member_id', 'uuid', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('unit_id', 'uuid', (c) => c.notNull().references('units.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('memberships_pk', ['member_id', 'unit_id'])
    .execute();
  await db.schema
    .createIndex('memberships_org_idx')
    .on('memberships')
    .columns(['organization_id'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('member_id', 'uuid', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('member_id', 'uuid', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_used_at', 'timestamptz')
    .addColumn('expires_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('channels')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('unit_id', 'uuid', (c) => c.notNull().references('units.id'))
    .addColumn('network', 'text', (c) => c.notNull())
    .addColumn('handle', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('credentials_enc', 'text')
    .addColumn('limits', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('sensitive', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('channels_org_unit_idx')
    .on('channels')
    .columns(['organization_id', 'unit_id'])
    .execute();
  await sql`create unique index channels_handle_unique on channels (organization_id, network, lower(handle))`.execute(
    db,
  );

  await db.schema
    .createTable('guideline_sets')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('unit_id', 'uuid', (c) => c.notNull().references('units.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('guideline_sets_unit_unique')
    .on('guideline_sets')
    .columns(['organization_id', 'unit_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('guideline_rules')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('set_id', 'uuid', (c) =>
      c.notNull().references('guideline_sets.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('rule', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('guideline_rules_set_idx')
    .on('guideline_rules')
    .columns(['set_id', 'position'])
    .execute();

  await db.schema
    .createTable('strategy_versions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('published_by', 'uuid', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('published_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('strategy_versions_org_version', ['organization_id', 'version'])
    .execute();

  await db.schema
    .createTable('goals')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('strategy_version_id', 'uuid', (c) =>
      c.notNull().references('strategy_versions.id').onDelete('cascade'),
    )
    .addColumn('unit_id', 'uuid', (c) => c.references('units.id').onDelete('cascade'))
    .addColumn('kpi', 'text', (c) => c.notNull())
    .addColumn('target', 'double precision', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  await db.schema
    .createTable('acknowledgements')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('member_id', 'uuid', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('subject_version', 'integer', (c) => c.notNull())
    .addColumn('acknowledged_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('acknowledgements_once', ['member_id', 'subject', 'subject_version'])
    .execute();

  await db.schema
    .createTable('activity')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('actor_id', 'uuid')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text')
    .addColumn('data', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('minutes', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('activity_org_id_idx')
    .on('activity')
    .columns(['organization_id', 'id'])
    .execute();
  // The log is append-only: no update, no delete of single events. Deleting a whole organization
  // still cascades (the cascade runs inside the foreign key's own trigger, depth ≥ 2), which is
  // the one way its history leaves the database.
  await sql`
    create function activity_append_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' and pg_trigger_depth() >= 2 then
        return old;
      end if;
      raise exception 'activity is append-only' using errcode = 'P0001';
    end $$`.execute(db);
  await sql`create trigger activity_append_only before update or delete on activity
    for each row execute function activity_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'activity',
    'acknowledgements',
    'goals',
    'strategy_versions',
    'guideline_rules',
    'guideline_sets',
    'channels',
    'api_tokens',
    'sessions',
    'memberships',
    'members',
    'units',
    'organizations',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
  await sql`drop function if exists activity_append_only()`.execute(db);
}
