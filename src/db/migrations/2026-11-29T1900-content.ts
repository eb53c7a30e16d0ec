import { sql, type Kysely } from 'kysely';

/**
 * Content workflow: campaigns, posts with one variant per channel, media, approval chains and
 * their decisions, comments with mentions, in-app notifications, deliveries (one per variant,
 * the unit of publishing), and private calendar feed tokens.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const orgColumn = (t: string) =>
    db.schema
      .createTable(t)
      .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
      .addColumn('organization_id', 'uuid', (c) =>
        c.notNull().references('organizations.id').onDelete('cascade'),
      );

  await orgColumn('campaigns')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'timestamptz')
    .addColumn('ends_at', 'timestamptz')
    .addColumn('master_post_id', 'uuid')
    .addColumn('created_by', 'uuid', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('campaigns_org_idx')
    .on('campaigns')
    .columns(['organization_id'])
    .execute();

  await orgColumn('media')
    .addColumn('uploaded_by', 'uuid', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'bigint', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('original_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('width', 'integer')
    .addColumn('height', 'integer')
    .addColumn('duration_ms', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('media_org_idx').on('media').columns(['organization_id']).execute();

  await orgColumn('posts')
    .addColumn('unit_id', 'uuid', (c) => c.notNull().references('units.id'))
    .addColumn('author_id', 'uuid', (c) => c.notNull().references('members.id'))
    .addColumn('campaign_id', 'uuid', (c) => c.references('campaigns.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('labels', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    // Each submission starts a new approval round; decisions of older rounds stay as history.
    .addColumn('approval_round', 'integer', (c) => c.notNull().defaultTo(0))
    // Optimistic concurrency for edits: clients send the version they read.
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('approved_at', 'timestamptz')
    .execute();
  await sql`alter table campaigns add constraint campaigns_master_post_fk
    foreign key (master_post_id) references posts (id) on delete set null`.execute(db);
  await db.schema
    .createIndex('posts_org_status_idx')
    .on('posts')
    .columns(['organization_id', 'status'])
    .execute();
  await db.schema.createIndex('posts_campaign_idx').on('posts').columns(['campaign_id']).execute();

  await orgColumn('post_variants')
    .addColumn('post_id', 'uuid', (c) => c.notNull().references('posts.id').onDelete('cascade'))
    .addColumn('channel_id', 'uuid', (c) => c.notNull().references('channels.id'))
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('link', 'text')
    .addColumn('first_comment', 'text')
    .addColumn('media_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('due_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('post_variants_one_per_channel', ['post_id', 'channel_id'])
    .execute();
  await db.schema
    .createIndex('post_variants_org_due_idx')
    .on('post_variants')
    .columns(['organization_id', 'due_at'])
    .execute();
  await db.schema
    .createIndex('post_variants_channel_idx')
    .on('post_variants')
    .columns(['channel_id', 'due_at'])
    .execute();

  await orgColumn('approval_steps')
    .addColumn('post_id', 'uuid', (c) => c.notNull().references('posts.id').onDelete('cascade'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('pool', 'text', (c) => c.notNull())
    .addColumn('pool_unit_id', 'uuid')
    .addColumn('rule', 'text', (c) => c.notNull())
    // pending | approved | rejected | changes_requested | superseded
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('decided_at', 'timestamptz')
    .addUniqueConstraint('approval_steps_order', ['post_id', 'round', 'position'])
    .execute();

  await orgColumn('approval_decisions')
    .addColumn('post_id', 'uuid', (c) => c.notNull().references('posts.id').onDelete('cascade'))
    .addColumn('step_id', 'uuid', (c) =>
      c.notNull().references('approval_steps.id').onDelete('cascade'),
    )
    .addColumn('member_id', 'uuid', (c) => c.notNull().references('members.id'))
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // One decision per person per step: a second click is a conflict, not a second vote.
    .addUniqueConstraint('approval_decisions_once', ['step_id', 'member_id'])
    .execute();

  await orgColumn('comments')
    .addColumn('post_id', 'uuid', (c) => c.notNull().references('posts.id').onDelete('cascade'))
    .addColumn('author_id', 'uuid', (c) => c.notNull().references('members.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('mentions', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('comments_post_idx')
    .on('comments')
    .columns(['post_id', 'created_at'])
    .execute();

  await orgColumn('notifications')
    .addColumn('member_id', 'uuid', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('post_id', 'uuid', (c) => c.references('posts.id').onDelete('cascade'))
    .addColumn('data', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('read_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index notifications_unread_idx on notifications (member_id, created_at desc) where read_at is null`.execute(
    db,
  );

  // The unit of publishing: one per (post, channel), created when a post is scheduled. The row is
  // the one source of truth for its state; workers (Step 3) claim it with FOR UPDATE SKIP LOCKED.
  await orgColumn('deliveries')
    .addColumn('post_id', 'uuid', (c) => c.notNull().references('posts.id').onDelete('cascade'))
    .addColumn('variant_id', 'uuid', (c) =>
      c.notNull().references('post_variants.id').onDelete('cascade'),
    )
    .addColumn('channel_id', 'uuid', (c) => c.notNull().references('channels.id'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('scheduled'))
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('external_id', 'text')
    .addColumn('external_url', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('deliveries_one_per_variant', ['variant_id'])
    .execute();
  await db.schema
    .createIndex('deliveries_due_idx')
    .on('deliveries')
    .columns(['status', 'due_at'])
    .execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('member_id', 'uuid', (c) =>
      c.primaryKey().references('members.id').onDelete('cascade'),
    )
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'calendar_feeds',
    'deliveries',
    'notifications',
    'comments',
    'approval_decisions',
    'approval_steps',
    'post_variants',
    'posts',
    'media',
    'campaigns',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
