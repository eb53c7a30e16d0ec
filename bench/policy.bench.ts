/**
 * Policy engine benchmark: compile time and retained heap of a large organization's snapshot, and
 * `decide` throughput for all five models. Prints figures against the targets; never fails
 * (benchmarks do not gate). Run: `npm run bench:policy` (optionally `-- --quick`).
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { decide } from '../src/core/governance/decide.ts';
import { compileSnapshot } from '../src/core/governance/snapshot.ts';
import type { Snapshot } from '../src/core/governance/snapshot.ts';
import type {
  Action,
  PublishContext,
  Role,
  SnapshotInput,
  Target,
  UnitInput,
} from '../src/core/governance/types.ts';
import { ACTIONS, MODELS } from '../src/core/governance/types.ts';

const QUICK = process.argv.includes('--quick');
const ONLY = process.argv.find((a) => a.startsWith('--model='))?.slice('--model='.length);
const TARGET = { decisionsPerSecond: 1_000_000, compileMs: 2000, heapMb: 200 };
const SIZE = { units: 10_000, members: 100_000, channels: 20_000, regions: 20, departments: 25 };
const RUNS = 5;
const RUN_MS = QUICK ? 300 : 2000;
const QUERIES = 1 << 20;

/** Deterministic PRNG (mulberry32) so every run measures the same organization. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20240601);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function role(): Role {
  const r = random();
  return r < 0.05 ? 'lead' : r < 0.2 ? 'editor' : r < 0.5 ? 'contributor' : 'member';
}

/**
 * Root; a global hub; ~20 regions, each with a regional hub beside it; departments per region;
 * teams under departments until 10,000 units.
 */
function generateOrganization(): SnapshotInput {
  const units: UnitInput[] = [];
  const add = (u: Omit<UnitInput, 'name' | 'covers' | 'isHub'> & Partial<UnitInput>) =>
    units.push({ name: u.id, isHub: false, covers: null, ...u });
  add({ id: 'root', parentId: null, kind: 'company' });
  add({ id: 'hub-global', parentId: 'root', kind: 'team', isHub: true, covers: 'root' });
  const departments: string[] = [];
  for (let r = 0; r < SIZE.regions; r++) {
    add({ id: `region-${r}`, parentId: 'root', kind: 'region' });
    add({ id: `hub-${r}`, parentId: 'root', kind: 'team', isHub: true, covers: `region-${r}` });
    for (let d = 0; d < SIZE.departments; d++) {
      const id = `dept-${r}-${d}`;
      add({
        id,
        parentId: `region-${r}`,
        kind: 'department',
        contributorsNeedLead: random() < 0.8,
      });
      departments.push(id);
    }
  }
  for (let t = 0; units.length < SIZE.units; t++) {
    add({ id: `team-${t}`, parentId: pick(departments), kind: 'team' });
  }
  const hubs = units.filter((u) => u.isHub).map((u) => u.id);
  const ordinary = units.filter((u) => !u.isHub && u.parentId !== null).map((u) => u.id);
  const members: SnapshotInput['members'] = [];
  const memberships: SnapshotInput['memberships'] = [];
  for (let i = 0; i < SIZE.members; i++) {
    const id = `member-${i}`;
    const v = random();
    members.push({
      id,
      admin: v < 0.001,
      trained: random() < 0.7,
      strategyAckVersion: v < 0.85 ? 3 : 2,
    });
    memberships.push({ memberId: id, unitId: i < 400 ? pick(hubs) : pick(ordinary), role: role() });
    if (random() < 0.4) memberships.push({ memberId: id, unitId: pick(ordinary), role: role() });
  }
  const channels: SnapshotInput['channels'] = [];
  for (let i = 0; i < SIZE.channels; i++) {
    const unitId = random() < 0.01 ? 'root' : pick(ordinary);
    channels.push({ id: `channel-${i}`, unitId, sensitive: random() < 0.1 });
  }
  return {
    organizationId: 'bench',
    model: 'holistic',
    strategyVersion: 3,
    units,
    members,
    memberships,
    channels,
  };
}

interface Query {
  actor: string;
  action: Action;
  target: Target;
  context: PublishContext | undefined;
}

/** Half the actors belong to the channel's unit or an ancestor, half are anyone. */
function generateQueries(input: SnapshotInput, s: Snapshot): Query[] {
  const targets = input.channels.map((c) => ({ channelId: c.id }));
  const contexts: (PublishContext | undefined)[] = [
    undefined,
    undefined,
    undefined,
    {},
    { findings: [{ ruleUnitId: 'root', severity: 'warn' }] },
    { findings: [{ ruleUnitId: 'region-3', severity: 'warn' }] },
    { findings: [{ ruleUnitId: 'root', severity: 'block' }] },
    { deviatesFromMaster: true },
  ];
  const queries: Query[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const c = Math.floor(random() * targets.length);
    let actor = pick(input.members).id;
    if (random() < 0.5) {
      for (let u = s.channelUnit[c]!; u !== -1; u = s.parent[u]!) {
        const from = s.unitMemberStart[u]!;
        const count = s.unitMemberStart[u + 1]! - from;
        if (count > 0 && random() < 0.7) {
          actor = s.memberIds[s.unitMember[from + Math.floor(random() * count)]!]!;
          break;
        }
      }
    }
    const action = pick(ACTIONS);
    queries.push({
      actor,
      action,
      target: targets[c]!,
      context: action === 'publish' ? pick(contexts) : undefined,
    });
  }
  return queries;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function exposeGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** JS heap plus typed-array backing stores (which live outside the JS heap), after full GCs. */
function heapBytes(gc: () => void): number {
  gc();
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

function throughput(s: Snapshot, queries: Query[]): { rate: number; allowed: number } {
  let allowed = 0;
  let done = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < RUN_MS) {
    for (let i = 0; i < queries.length; i++) {
      const q = queries[i]!;
      if (decide(s, q.actor, q.action, q.target, q.context).allowed) allowed++;
    }
    done += queries.length;
    elapsed = performance.now() - start;
  }
  return { rate: (done / elapsed) * 1000, allowed: allowed / done };
}

/**
 * Compiles the model's snapshot into `held` and measures throughput. A function of its own so
 * that nothing but `held` keeps the snapshot once it returns (interpreter registers would).
 */
function measureDecisions(
  held: { snapshot?: Snapshot },
  input: SnapshotInput,
  queries: Query[],
): void {
  const snapshot = compileSnapshot(input);
  const model = input.model;
  held.snapshot = snapshot;
  throughput(snapshot, queries.slice(0, 100_000)); // warm up
  const runs = Array.from({ length: RUNS }, () => throughput(snapshot, queries));
  const rate = median(runs.map((r) => r.rate));
  const share = `${(runs[0]!.allowed * 100).toFixed(0)}% yes`;
  report(
    `decide/s (median of 5 × ${RUN_MS / 1000} s, ${share})`,
    model,
    `${(rate / 1e6).toFixed(2)} M/s`,
    '≥ 1.00 M/s',
    rate >= TARGET.decisionsPerSecond,
  );
}

const lines: string[][] = [];
function report(metric: string, model: string, value: string, target: string, pass: boolean): void {
  lines.push([metric, model, value, target, pass ? 'PASS' : 'FAIL']);
  console.log(`  … ${metric} ${model}: ${value}`);
}

function main(): void {
  const gc = exposeGc();
  console.log(
    `Generating ${SIZE.units} units, ${SIZE.members} members, ${SIZE.channels} channels …`,
  );
  const input = generateOrganization();
  console.log(`  ${input.memberships.length} memberships; node ${process.version}`);

  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    compileSnapshot({ ...input, model: 'multi_coordinated' });
    times.push(performance.now() - start);
  }
  const compileMs = median(times);
  report(
    'compile (median of 5)',
    'all',
    `${compileMs.toFixed(0)} ms`,
    `≤ ${TARGET.compileMs} ms`,
    compileMs <= TARGET.compileMs,
  );

  const before = heapBytes(gc);
  const compiled = compileSnapshot({ ...input, model: 'multi_coordinated' });
  const heapMb = (heapBytes(gc) - before) / 2 ** 20;
  report(
    'snapshot heap, compiled',
    'multi',
    `${heapMb.toFixed(1)} MB`,
    `≤ ${TARGET.heapMb} MB`,
    heapMb <= TARGET.heapMb,
  );
  const queries = generateQueries(input, compiled);
  // Held in an object so that dropping it is explicit; only then can a GC show what it retained.
  const held: { snapshot?: Snapshot } = {};

  let largestMb = 0;
  let largestModel = '';
  for (const model of MODELS.filter((m) => ONLY === undefined || m === ONLY)) {
    measureDecisions(held, { ...input, model }, queries);
    // What the snapshot holds once its memo of shared decisions has filled up.
    const withSnapshot = heapBytes(gc);
    delete held.snapshot;
    const mb = (withSnapshot - heapBytes(gc)) / 2 ** 20;
    if (mb > largestMb) [largestMb, largestModel] = [mb, model];
  }
  report(
    'snapshot heap, after decisions',
    largestModel,
    `${largestMb.toFixed(1)} MB`,
    `≤ ${TARGET.heapMb} MB`,
    largestMb <= TARGET.heapMb,
  );

  const header = ['metric', 'model', 'measured', 'target', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(`\n${row(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const l of lines) console.log(row(l));
  if (QUICK) console.log('\n(--quick: shorter runs, figures are rough)');
}

main();
process.exitCode = 0;
