import { seedDemo } from '../app/demo/seed-demo.ts';
import { loadConfig } from '../config.ts';
import { createMetrics } from '../http/metrics.ts';
import { startJobs, startRuntime, startServer } from '../main.ts';
import { findWebApp } from '../http/web.ts';
import { printDemoLogins } from './demo.ts';
import { ensureWebBuild, WEB_ROOT } from './web-build.ts';

export interface ServeOptions {
  demo?: boolean;
  buildWeb?: boolean;
  /** false (`--no-worker`): publish nothing here; separate `mooring worker` processes do. */
  worker?: boolean;
}

export async function serve(opts: ServeOptions): Promise<void> {
  const config = loadConfig();
  if (opts.buildWeb) await ensureWebBuild((line) => process.stdout.write(line + '\n'));
  const runtime = await startRuntime(config, { credentialCache: true });
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
  const metrics = createMetrics(runtime.deps);
  const app = await startServer(runtime, { webRoot: WEB_ROOT, metrics });
  const worker =
    opts.worker === false
      ? null
      : startJobs(runtime, { onOutcome: (c, o, n) => metrics.observe(c, o, n) });
  const stop = async () => {
    await app.close();
    await worker?.stop();
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  process.stdout.write(
    `Mooring is running on http://${runtime.config.host}:${runtime.config.port} ` +
      `(${findWebApp(WEB_ROOT) ? 'web app: /; ' : ''}API reference: /api/docs; ` +
      `database: ${runtime.database.engine}; ` +
      `${worker ? 'publishing in this process' : 'publishing left to mooring worker'}).\n`,
  );
}
