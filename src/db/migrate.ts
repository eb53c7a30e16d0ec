import { Migrator, type Kysely } from 'kysely';
import { AppError } from '../app/errors.ts';
import { migrations } from './migrations/index.ts';

export interface MigrationOutcome {
  applied: string[];
}

/** Applies every pending migration in one run; an error leaves the failed migration unapplied. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<MigrationOutcome> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    migrationTableName: 'mooring_migrations',
    migrationLockTableName: 'mooring_migrations_lock',
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new AppError(
      'internal',
      `Migration ${failed} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
      {
        cause: error,
      },
    );
  }
  return { applied: results.filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
