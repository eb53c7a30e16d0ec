import { sql, type Kysely } from 'kysely';

/**
 * Publishing (Step 3): what the delivery worker needs on the `deliveries` row, which stays the one
 * source of truth for a delivery's state.
 *
 * - `run_at`: when the row may next be claimed. For `scheduled` rows it is the due time, or the
 *   time of the next retry; for `publishing` rows it is the end of the claiming worker's lease, so
 *   a row whose worker died becomes claimable again when its lease runs out. One column for both
 *   keeps the claim a single index range scan in due-time order.
 * - `claim_id`: a fresh id per claim; a worker records its result only while the row still carries
 *   its claim (a fence against a slow worker whose lease ran out and whose row was claimed again).
 * - `failure_kind`: the last failure's class (auth_expired, rate_limited, rejected, transient).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('deliveries')
    .addColumn('run_at', 'timestamptz')
    .addColumn('claim_id', 'uuid')
    .addColumn('claimed_by', 'text')
    .addColumn('last_attempt_at', 'timestamptz')
    .addColumn('published_at', 'timestamptz')
    .addColumn('failure_kind', 'text')
    .execute();
  await sql`update deliveries set run_at = due_at`.execute(db);
  await sql`alter table deliveries alter column run_at set not null`.execute(db);
  await sql`create index deliveries_claim_idx on deliveries (run_at) where status in ('scheduled', 'publishing')`.execute(
    db,
  );
  await sql`create index deliveries_org_status_idx on deliveries (organization_id, status)`.execute(
    db,
  );
  await db.schema.dropIndex('deliveries_due_idx').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('deliveries_due_idx')
    .on('deliveries')
    .columns(['status', 'due_at'])
    .execute();
  await db.schema.dropIndex('deliveries_org_status_idx').execute();
  await db.schema.dropIndex('deliveries_claim_idx').execute();
  await db.schema
    .alterTable('deliveries')
    .dropColumn('run_at')
    .dropColumn('claim_id')
    .dropColumn('claimed_by')
    .dropColumn('last_attempt_at')
    .dropColumn('published_at')
    .dropColumn('failure_kind')
    .execute();
}
