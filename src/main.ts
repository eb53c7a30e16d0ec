import pino from 'pino';
import path from 'node:path';
import type { Deps } from './app/deps.ts';
import { localMediaStore } from './app/media/store.ts';
import { createSmtpMailer } from './app/notifications/mail/smtp-mailer.ts';
import { createSecretBox, loadSecretKey } from './app/secrets.ts';
import type { Config } from './config.ts';
import { CredentialCache } from './app/auth/credential-cache.ts';
import { openDatabase, type Database } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { type Metrics } from './http/metrics.ts';
import { buildServer, type App } from './http/server.ts';
import { mailJob } from './jobs/mail-outbox.ts';
import { startWorker, type Worker, type WorkerOptions } from './jobs/worker.ts';

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
  opts: {
    logTo?: 'stdout' | 'stderr';
    /** Cache resolved API tokens (servers on PostgreSQL; `app/auth/credential-cache.ts`). */
    credentialCache?: boolean;
  } = {},
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
    const credentials =
      opts.credentialCache && database.engine === 'postgres' && config.databaseUrl
        ? await CredentialCache.start(config.databaseUrl, logger)
        : undefined;
    const deps: Deps = {
      db: database.db,
      secrets: createSecretBox(key),
      logger,
      now: () => new Date(),
      media: localMediaStore(path.join(config.dataDir, 'media')),
      publicUrl: config.publicUrl,
      ...(credentials && { credentials }),
      ...(config.smtpUrl !== undefined && {
        mailer: createSmtpMailer({ url: config.smtpUrl, from: config.mailFrom ?? '' }),
      }),
    };
    const close = async () => {
      await credentials?.close();
      await deps.mailer?.close?.();
      await database.close();
    };
    return { config, database, deps, close };
  } catch (err) {
    await database.close();
    throw err;
  }
}

export async function startServer(
  runtime: Runtime,
  opts: { webRoot?: string; metrics?: Metrics } = {},
): Promise<App> {
  const app = await buildServer(runtime.deps, {
    cookieSecure: runtime.config.cookieSecure,
    webRoot: opts.webRoot,
    metrics: opts.metrics,
  });
  await app.listen({ port: runtime.config.port, host: runtime.config.host });
  return app;
}

/**
 * The delivery worker with the periodic jobs (the mail outbox). `mooring serve` runs one inside
 * the server unless told not to; `mooring worker` runs one per process.
 */
export function startJobs(runtime: Runtime, opts: Omit<WorkerOptions, 'periodic'> = {}): Worker {
  return startWorker(runtime.deps, { ...opts, periodic: [mailJob] });
}
