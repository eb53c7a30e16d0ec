import { sql, type Kysely } from 'kysely';

/**
 * Indexes the foreign keys that point at posts, channels and campaigns. PostgreSQL indexes the
 * referenced side of a foreign key, not the referencing one: without these, every removal of a
 * post, channel or campaign scanned each referencing table whole (to cascade, or to refuse), and
 * the worker's settling of a post after its deliveries (`jobs/deliveries/record.ts`, deliveries by
 * post) scanned all deliveries: a drain of 100,000 due deliveries cost PostgreSQL ~1.5 ms of CPU per
 * delivery, growing with the table. `test/schema.test.ts` keeps every such key indexed.
 */
const INDEXES: readonly [table: string, column: string][] = [
  ['deliveries', 'post_id'],
  ['deliveries', 'channel_id'],
  ['notifications', 'post_id'],
  ['campaigns', 'master_post_id'],
  ['time_entries', 'campaign_id'],
  ['timers', 'post_id'],
  ['timers', 'channel_id'],
  ['timers', 'campaign_id'],
  ['other_costs', 'post_id'],
  ['other_costs', 'channel_id'],
  ['other_costs', 'campaign_id'],
];

const nameOf = (table: string, column: string) => `${table}_${column}_fk_idx`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [table, column] of INDEXES) {
    await sql`create index ${sql.id(nameOf(table, column))} on ${sql.table(table)} (${sql.id(column)})`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [table, column] of INDEXES) {
    await sql`drop index ${sql.id(nameOf(table, column))}`.execute(db);
  }
}
