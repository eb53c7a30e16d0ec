import { seedDemo } from '../app/demo/seed-demo.ts';
import { loadConfig } from '../config.ts';
import { startRuntime, startServer } from '../main.ts';
import { printDemoLogins } from './demo.ts';

export async function serve(opts: { demo?: boolean }): Promise<void> {
  const runtime = await startRuntime(loadConfig());
  if (opts.demo) {
    const anyOrg = await runtime.deps.db
      .selectFrom('organizations')
      .select('id')
      .limit(1)
      .executeTakeFirst();
    if (!anyOrg) {
      const demos = await seedDemo(runtime.deps);
      printDemoLogins(demos);
    }
  }
  const app = await startServer(runtime);
  const stop = async () => {
    await app.close();
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  process.stdout.write(
    `Mooring is running on http://${runtime.config.host}:${runtime.config.port} ` +
      `(API reference: /api/docs; database: ${runtime.database.engine}).\n`,
  );
}
