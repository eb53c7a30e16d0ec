import { sql, type Kysely } from 'kysely';

/**
 * Announces every committed change that can make a resolved API token stale, for the
 * per-process credential cache (`app/auth/credential-cache.ts`): `NOTIFY mooring_credentials`
 * with the organization's id when
 * - an API token changes or goes (a change of `last_used_at` alone is not announced: it is
 *   written while tokens are used),
 * - a member changes or goes (locale, organization, removal),
 * - the organization changes or goes (its `revision` moves with every change to its structure).
 * PostgreSQL sends a notice at commit, once per transaction and payload.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function mooring_announce_credentials() returns trigger
    language plpgsql as $$
    declare
      row_json jsonb := to_jsonb(coalesce(NEW, OLD));
    begin
      if TG_OP = 'UPDATE' and TG_TABLE_NAME = 'api_tokens'
         and (to_jsonb(OLD) - 'last_used_at') = (to_jsonb(NEW) - 'last_used_at') then
        return null;
      end if;
      perform pg_notify('mooring_credentials', row_json ->> TG_ARGV[0]);
      return null;
    end $$`.execute(db);
  for (const [table, column] of [
    ['api_tokens', 'organization_id'],
    ['members', 'organization_id'],
    ['organizations', 'id'],
  ] as const) {
    await sql`
      create trigger ${sql.raw(`${table}_announce_credentials`)}
      after update or delete on ${sql.table(table)}
      for each row execute function mooring_announce_credentials(${sql.lit(column)})`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['api_tokens', 'members', 'organizations']) {
    await sql`drop trigger if exists ${sql.raw(`${table}_announce_credentials`)} on ${sql.table(table)}`.execute(
      db,
    );
  }
  await sql`drop function if exists mooring_announce_credentials()`.execute(db);
}
