import { loadConfig } from '../config.ts';
import { startRuntime } from '../main.ts';

/** Opening the runtime applies pending migrations; this command reports and exits. */
export async function migrate(): Promise<void> {
  const runtime = await startRuntime(loadConfig(), { logTo: 'stderr' });
  await runtime.close();
  process.stdout.write('Database is up to date.\n');
}
