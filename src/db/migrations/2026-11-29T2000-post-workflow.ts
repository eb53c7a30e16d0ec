import { sql, type Kysely } from 'kysely';

/**
 * The approval workflow needs two facts the content schema does not hold:
 * - `approval_steps.channel_ids`: the channels whose chain asked for the step (steps of several
 *   variants with the same pool and unit are merged into one). Whether someone may act in a step
 *   is decided against these channels.
 * - `posts.paused_from`: the status a paused post returns to when it is resumed.
 * - `post_variants.position`: the order the author gave the variants, so that `variants.N` means
 *   the same variant in a request, a response and an error's field path.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('approval_steps')
    .addColumn('channel_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();
  await db.schema.alterTable('posts').addColumn('paused_from', 'text').execute();
  await db.schema
    .alterTable('post_variants')
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('approval_decisions_post_idx')
    .on('approval_decisions')
    .columns(['post_id', 'step_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('approval_decisions_post_idx').ifExists().execute();
  await db.schema.alterTable('post_variants').dropColumn('position').execute();
  await db.schema.alterTable('posts').dropColumn('paused_from').execute();
  await db.schema.alterTable('approval_steps').dropColumn('channel_ids').execute();
}
