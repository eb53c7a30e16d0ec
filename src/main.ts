import pino from 'pino';
import path from 'node:path';
import type { Deps } from './app/deps.ts';
import { localMediaStore } from './app/media/store.ts';
import { createSecretBox, loadSecretKey } from './app/secrets.ts';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { buildServer, type App } from './http/server.ts';

/**
 * The composition root: the only place that knows every part. It opens the store, runs the
 * migrations, and hands the use cases their dependencies.
 */
export interface Runtime {
  config: Config;
  database: Database;
  deps: Deps;
  close(): Promise<void>;
}

/** Commands whose stdout is their output (policy, demo --json) log to stderr. */
export async function startRuntime(
  config: Config,
  opts: { logTo?: 'stdout' | 'stderr' } = {},
): Promise<Runtime> {
  const logger = pino(
    { level: config.logLevel },
    pino.destination({ fd: opts.logTo === 'stderr' ? 2 : 1, sync: true }),
  );
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onIdleConnectionError: (err) => logger.warn({ err }, 'idle database connection lost'),
    onLockCompromised: (err) => {
      logger.fatal({ err }, 'lost the lock on the data folder; stopping to protect the data');
      process.exit(70);
    },
  });
  try {
    const { applied } = await migrateToLatest(database.db as never);
    if (applied.length) logger.info({ applied }, 'migrations applied');
    const key = await loadSecretKey({ secretKey: config.secretKey, dataDir: config.dataDir });
    const deps: Deps = {
      db: database.db,
      secrets: createSecretBox(key),
      logger,
      now: () => new Date(),
      media: localMediaStore(path.join(config.dataDir, 'media')),
    };
    return { config, database, deps, close: () => database.close() };
  } catch (err) {
    await database.close();
    throw err;
  }
}

export async function startServer(runtime: Runtime): Promise<App> {
  const app = await buildServer(runtime.deps, { cookieSecure: runtime.config.cookieSecure });
  await app.listen({ port: runtime.config.port, host: runtime.config.host });
  return app;
}
