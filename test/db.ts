import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { adminQuery } from './global-setup.ts';

export interface TestDatabase extends Database {
  /** Closes the database and removes it (drops it on PostgreSQL, deletes the folder on PGlite). */
  dispose(): Promise<void>;
  /** On PostgreSQL: the database's URL, for a second connection standing in for another process. */
  url?: string;
}

/** A fresh, migrated, empty database of its own: PGlite by default, PostgreSQL with DATABASE_URL. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = inject('pgServerUrl');
  if (serverUrl) {
    const name = `mooring_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
    await adminQuery(serverUrl, `create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: url.toString(), dataDir: os.tmpdir() });
    await migrateToLatest(database.db as never);
    return {
      ...database,
      url: url.toString(),
      dispose: async () => {
        await database.close();
        await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
      },
    };
  }
  const template = inject('pgliteTemplate');
  if (!template) throw new Error('test setup provided no database');
  const dir = path.join(os.tmpdir(), `mooring-test-${crypto.randomBytes(6).toString('hex')}`);
  await fs.cp(template, dir, { recursive: true });
  await fs.rm(path.join(dir, 'mooring.lock'), { recursive: true, force: true });
  const database = await openDatabase({ dataDir: dir });
  return {
    ...database,
    dispose: async () => {
      await database.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
