/**
 * What-if benchmark: 100,000 posts of a generated organization replayed under all five models
 * (compile each model's snapshot, decide every post's variants, count who could publish). Prints
 * the time of a cold run and the median of warm runs against the target, posts per second per
 * model, and memory; never fails (benchmarks do not gate). Run: `npm run bench:whatif`
 * (optionally `-- --quick` for 20,000 posts).
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generateHistory } from '../src/core/costs/generate-history.ts';
import type { PreparedReplay } from '../src/core/costs/replay.ts';
import { prepareReplay, replayModel } from '../src/core/costs/replay.ts';
import type { ModelKey } from '../src/core/governance/types.ts';
import { MODELS } from '../src/core/governance/types.ts';

const QUICK = process.argv.includes('--quick');
const POSTS = QUICK ? 20_000 : 100_000;
const TARGET_MS = 5000;
const WARM_RUNS = 3;
/** 20 regions × 4 departments with 10 extra staff each: ~1,160 members, 81 channels. */
const ORG = { regions: 20, extraStaff: 10, days: 90 };

function exposeGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** JS heap plus typed-array backing stores, after full GCs. */
function heapBytes(gc: () => void): number {
  gc();
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Run {
  totalMs: number;
  prepareMs: number;
  modelMs: Record<ModelKey, number>;
  submitted: Record<ModelKey, number>;
}

/** One full what-if, as `replayModels` does it, with each part timed. */
function run(history: ReturnType<typeof generateHistory>): Run {
  const start = performance.now();
  const prepared: PreparedReplay = prepareReplay(
    history.organization,
    history.posts,
    history.rates,
  );
  const prepareMs = performance.now() - start;
  const modelMs = {} as Record<ModelKey, number>;
  const submitted = {} as Record<ModelKey, number>;
  for (const model of MODELS) {
    const t = performance.now();
    submitted[model] = replayModel(prepared, model).submitted;
    modelMs[model] = performance.now() - t;
  }
  return { totalMs: performance.now() - start, prepareMs, modelMs, submitted };
}

const lines: string[][] = [];
function report(
  metric: string,
  model: string,
  value: string,
  target: string,
  pass?: boolean,
): void {
  lines.push([metric, model, value, target, pass === undefined ? '' : pass ? 'PASS' : 'FAIL']);
  console.log(`  … ${metric} ${model}: ${value}`);
}

function main(): void {
  const gc = exposeGc();
  console.log(`Generating an organization and ${POSTS.toLocaleString('en')} posts …`);
  const t = performance.now();
  const history = generateHistory({ ...ORG, posts: POSTS, activity: false });
  const variants = history.posts.reduce((n, p) => n + p.variants.length, 0);
  console.log(
    `  ${history.organization.members.length} members, ${history.organization.units.length} units, ` +
      `${history.organization.channels.length} channels, ${variants} variants ` +
      `(${(performance.now() - t).toFixed(0)} ms); node ${process.version}`,
  );

  const before = heapBytes(gc);
  const cold = run(history);
  report(
    'what-if, cold (5 models)',
    'all',
    `${cold.totalMs.toFixed(0)} ms`,
    `≤ ${TARGET_MS} ms`,
    cold.totalMs <= TARGET_MS,
  );
  const runs = Array.from({ length: WARM_RUNS }, () => run(history));
  const warm = median(runs.map((r) => r.totalMs));
  report(
    `what-if, warm (median of ${WARM_RUNS})`,
    'all',
    `${warm.toFixed(0)} ms`,
    `≤ ${TARGET_MS} ms`,
    warm <= TARGET_MS,
  );
  report(
    'prepare (posts → indexes)',
    'all',
    `${median(runs.map((r) => r.prepareMs)).toFixed(0)} ms`,
    '',
  );
  for (const model of MODELS) {
    const ms = median(runs.map((r) => r.modelMs[model]));
    const rate = (POSTS / ms) * 1000;
    report(
      'posts/s (median, incl. compile + publishers)',
      model,
      `${(rate / 1000).toFixed(0)} k/s (${ms.toFixed(0)} ms; ${cold.submitted[model]} submitted)`,
      '',
    );
  }
  const peakRss = process.resourceUsage().maxRSS / 1024;
  const retained = (heapBytes(gc) - before) / 2 ** 20;
  report('heap retained after the runs', 'all', `${retained.toFixed(1)} MB`, '');
  report('peak RSS (generator included)', 'all', `${peakRss.toFixed(0)} MB`, '');

  const header = ['metric', 'model', 'measured', 'target', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(`\n${row(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const l of lines) console.log(row(l));
  if (QUICK) console.log(`\n(--quick: ${POSTS.toLocaleString('en')} posts, not 100,000)`);
}

main();
process.exitCode = 0;
