import { seedDemo, type DemoSummary } from '../app/demo/seed-demo.ts';
import { loadConfig } from '../config.ts';
import { startRuntime } from '../main.ts';

export async function demo(opts: { json?: boolean }): Promise<void> {
  const runtime = await startRuntime(loadConfig(), { logTo: 'stderr' });
  try {
    const demos = await seedDemo(runtime.deps);
    if (opts.json) process.stdout.write(JSON.stringify(demos, null, 2) + '\n');
    else printDemoLogins(demos);
  } finally {
    await runtime.close();
  }
}

export function printDemoLogins(demos: DemoSummary[]): void {
  const lines: string[] = ['Demo organizations (password for every login shown below):', ''];
  for (const d of demos) {
    lines.push(`${d.name} — model ${d.model}`);
    for (const mb of d.members) {
      const where = mb.units.map((u, i) => `${mb.roles[i]} in ${u}`).join(', ');
      lines.push(
        `  ${mb.email.padEnd(44)} ${mb.password}  ${[mb.admin ? 'admin' : '', where].filter(Boolean).join('; ')}`,
      );
    }
    lines.push('');
  }
  process.stdout.write(lines.join('\n'));
}
