import { sql, type Kysely } from 'kysely';

/**
 * Staffing plans (DESIGN.md §6): a plan computed for a model and a profile of the organization,
 * stored with the people it proposes for its open roles, and applied once. Applying creates the
 * proposed memberships and a duty notice per person (`duty_notices.source = 'staffing_plan'`).
 *
 * - `profile`, `rates`: what the plan was computed from; `plan`: the roles, hours and costs;
 *   `proposals`: who takes which role where, and the roles nobody could be proposed for.
 * - `status`: `proposed` until applied (`applied_at`, `applied_by`, `result`: memberships
 *   created and raised, proposals skipped, notices) or discarded.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('staffing_plans')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('profile', 'jsonb', (c) => c.notNull())
    .addColumn('rates', 'jsonb', (c) => c.notNull())
    .addColumn('plan', 'jsonb', (c) => c.notNull())
    .addColumn('proposals', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('proposed')
        .check(sql`status in ('proposed', 'applied', 'discarded')`),
    )
    .addColumn('created_by', 'uuid', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('applied_by', 'uuid', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('applied_at', 'timestamptz')
    .addColumn('result', 'jsonb')
    .execute();
  await sql`create index staffing_plans_org_idx
    on staffing_plans (organization_id, created_at desc, id desc)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('staffing_plans').ifExists().execute();
}
