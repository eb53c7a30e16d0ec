import { z } from 'zod';
import { AppError } from '../app/errors.ts';
import { loadConfig } from '../config.ts';
import { startJobs, startRuntime } from '../main.ts';

export interface WorkerCliOptions {
  concurrency?: string;
  leaseSeconds?: string;
  pollMs?: string;
}

const optionsSchema = z.object({
  concurrency: z.coerce.number().int().min(1).max(256).default(8),
  leaseSeconds: z.coerce.number().int().min(5).max(3600).default(120),
  pollMs: z.coerce.number().int().min(10).max(60_000).default(500),
});

/**
 * `mooring worker`: publishes due deliveries until SIGTERM/SIGINT, then finishes the deliveries
 * in flight and exits. Run any number of them against one PostgreSQL.
 */
export async function worker(opts: WorkerCliOptions): Promise<void> {
  const parsed = optionsSchema.safeParse(opts);
  if (!parsed.success) {
    throw new AppError('bad_input', 'Invalid worker options.', {
      details: parsed.error.issues.map((i) => ({
        path: i.path.join('.'),
        code: i.code,
        message: i.message,
      })),
    });
  }
  const { concurrency, leaseSeconds, pollMs } = parsed.data;
  const runtime = await startRuntime(loadConfig());
  const running = startJobs(runtime, {
    concurrency,
    leaseMs: leaseSeconds * 1000,
    pollMs,
  });
  runtime.deps.logger.info(
    { worker: running.id, concurrency, leaseSeconds, database: runtime.database.engine },
    'worker started',
  );
  const stop = async () => {
    await running.stop();
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
