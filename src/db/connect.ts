import fs from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import type { DB } from './schema.ts';

export type Db = Kysely<DB>;

export interface Database {
  db: Db;
  engine: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export interface OpenOptions {
  /** A PostgreSQL server; absent → embedded PGlite in `dataDir/pgdata`. */
  databaseUrl?: string | undefined;
  dataDir: string;
  /** Pool size for PostgreSQL (PGlite has one connection). */
  poolSize?: number;
  /** Called if the data folder lock is lost while running (another process took it). */
  onLockCompromised?: (err: Error) => void;
  /**
   * Called when an idle pooled connection fails (e.g. the server restarted). The pool replaces
   * it on the next query; without a listener the error would end the process.
   */
  onIdleConnectionError?: (err: Error) => void;
}

/**
 * Opens the one store. Both engines go through `pg` and Kysely's own PostgresDialect, so queries,
 * migrations and JS types (int8 as string, timestamptz as Date) are identical.
 *
 * PGlite has no lock of its own: two processes on one folder lose writes. We hold an exclusive
 * lock on the data folder for as long as the database is open.
 */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
    pool.on('error', (err) => opts.onIdleConnectionError?.(err));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }

  await fs.mkdir(opts.dataDir, { recursive: true });
  const release = await lockDataDir(opts.dataDir, opts.onLockCompromised);
  try {
    const pglite = await PGlite.create(path.join(opts.dataDir, 'pgdata'));
    const pool = new pg.Pool(createPgConfig(pglite));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      engine: 'pglite',
      close: async () => {
        await db.destroy();
        await pglite.close();
        await release();
      },
    };
  } catch (err) {
    await release();
    throw err;
  }
}
