import { sql, type Kysely } from 'kysely';

/**
 * Costs (DESIGN §6): the organization's cost settings, time entries members record (measured by a
 * client, entered by hand, or from a timer), running timers, and other costs (tools, ads,
 * agencies) over a span of days. Money in integer cents of the organization's currency.
 *
 * - `time_entries.member_id` has no foreign key, like `activity.actor_id`: removing a member
 *   keeps the time they spent in the history. What an entry was spent on (post, unit, channel,
 *   campaign) is set to null when that row goes.
 * - `timers`: one running timer per member and category (a partial unique index); stopping one
 *   writes its time entry and keeps the timer row as its history.
 * - `other_costs`: an amount spread evenly over the local days `starts_on`..`ends_on`.
 * - `activity (organization_id, created_at)`: cost reports read the log by time range.
 */
const CATEGORIES = sql`('create', 'review', 'coordinate', 'respond', 'train', 'plan')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  const orgColumn = (t: string) =>
    db.schema
      .createTable(t)
      .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
      .addColumn('organization_id', 'uuid', (c) =>
        c.notNull().references('organizations.id').onDelete('cascade'),
      );
  const onWhat = <T extends ReturnType<typeof orgColumn>>(t: T) =>
    t
      .addColumn('post_id', 'uuid', (c) => c.references('posts.id').onDelete('set null'))
      .addColumn('unit_id', 'uuid', (c) => c.references('units.id').onDelete('set null'))
      .addColumn('channel_id', 'uuid', (c) => c.references('channels.id').onDelete('set null'))
      .addColumn('campaign_id', 'uuid', (c) => c.references('campaigns.id').onDelete('set null'));

  await db.schema
    .createTable('cost_settings')
    .addColumn('organization_id', 'uuid', (c) =>
      c.primaryKey().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('currency', 'text', (c) =>
      c
        .notNull()
        .defaultTo('EUR')
        .check(sql`currency ~ '^[A-Z]{3}$'`),
    )
    .addColumn('monthly_budget_cents', 'bigint', (c) => c.check(sql`monthly_budget_cents >= 0`))
    // [{ kind, minutes }]: minutes an activity of that kind counts when it carries none.
    .addColumn('default_minutes', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('updated_by', 'uuid', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await onWhat(
    orgColumn('time_entries')
      .addColumn('member_id', 'uuid', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull().check(sql`category in ${CATEGORIES}`))
      .addColumn('minutes', 'integer', (c) => c.notNull().check(sql`minutes between 0 and 1440`))
      .addColumn('at', 'timestamptz', (c) => c.notNull())
      .addColumn('source', 'text', (c) =>
        c.notNull().check(sql`source in ('measured', 'manual', 'timer')`),
      ),
  )
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index time_entries_org_at_idx on time_entries (organization_id, at)`.execute(db);

  await onWhat(
    orgColumn('timers')
      .addColumn('member_id', 'uuid', (c) =>
        c.notNull().references('members.id').onDelete('cascade'),
      )
      .addColumn('category', 'text', (c) => c.notNull().check(sql`category in ${CATEGORIES}`))
      .addColumn('started_at', 'timestamptz', (c) => c.notNull())
      .addColumn('stopped_at', 'timestamptz')
      .addColumn('time_entry_id', 'uuid', (c) =>
        c.references('time_entries.id').onDelete('set null'),
      ),
  )
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await sql`create unique index timers_one_running_idx on timers (member_id, category)
    where stopped_at is null`.execute(db);
  await sql`create index timers_org_member_idx on timers (organization_id, member_id)`.execute(db);

  await onWhat(
    orgColumn('other_costs')
      .addColumn('kind', 'text', (c) =>
        c.notNull().check(sql`kind in ('tool', 'ads', 'agency', 'other')`),
      )
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('amount_cents', 'bigint', (c) => c.notNull().check(sql`amount_cents >= 0`))
      .addColumn('starts_on', 'date', (c) => c.notNull())
      .addColumn('ends_on', 'date', (c) => c.notNull()),
  )
    .addColumn('created_by', 'uuid', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('other_costs_days_in_order', sql`ends_on >= starts_on`)
    .execute();
  await sql`create index other_costs_org_days_idx on other_costs (organization_id, starts_on)`.execute(
    db,
  );

  await sql`create index activity_org_created_idx on activity (organization_id, created_at)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists activity_org_created_idx`.execute(db);
  for (const t of ['other_costs', 'timers', 'time_entries', 'cost_settings']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
