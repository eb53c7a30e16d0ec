import { sql, type Kysely } from 'kysely';

/**
 * Posts of an organization, newest first: the order of `GET /posts` (the posts page, the
 * approval queue, the posts one plans) and of its cursor `(created_at, id)`. Without it every page
 * sorted all of the organization's posts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index posts_org_newest_idx on posts (organization_id, created_at desc, id desc)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index posts_org_newest_idx`.execute(db);
}
