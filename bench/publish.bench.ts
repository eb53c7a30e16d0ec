/**
 * bench:publish — the delivery worker on PostgreSQL, publishing to a loopback webhook sink, with
 * 1, 2 and 4 worker processes; and, as the baseline, the same runs with the claim loop alone
 * (the same SQL — claim, load, record — with an adapter that makes no network call). Then the
 * lateness while 200 deliveries per second fall due, and 100,000 deliveries due at once.
 * Prints figures; never fails on one.
 *
 * DATABASE_URL names the PostgreSQL server (default postgres://postgres@127.0.0.1:5432/postgres);
 * the bench creates its own database and drops it afterwards. BENCH_DELIVERIES sets the size of
 * the throughput runs (default 10,000), BENCH_DRAIN the drain run (default 100,000),
 * BENCH_WARMUP the deliveries each set of worker processes publishes before it is measured
 * (default 5,000; 0 measures cold processes).
 */
import type { ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { createInterface } from 'node:readline';
import { sql } from 'kysely';
import pg from 'pg';
import { createSecretBox } from '../src/app/secrets.ts';
import { openDatabase } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { startWebhookReceiver } from '../test/fakes/webhook-receiver.ts';
import { buildPublishingNewsroom, buildScheduledDeliveries } from '../test/factories.ts';
import { childEnv, startChild } from '../test/fault/processes.ts';

const DELIVERIES = Number(process.env.BENCH_DELIVERIES ?? 10_000);
const DRAIN = Number(process.env.BENCH_DRAIN ?? 100_000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5_000);
const CONCURRENCY = 64;
/** Linux's USER_HZ: /proc times are in hundredths of a second. */
const CLOCK_TICKS = 100;

async function admin(url: string, text: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `mooring_bench_${crypto.randomBytes(4).toString('hex')}`;
await admin(serverUrl, `create database ${name}`);
const dbUrl = new URL(serverUrl);
dbUrl.pathname = `/${name}`;
const database = await openDatabase({ databaseUrl: dbUrl.toString(), dataDir: '/tmp' });
const receiver = await startWebhookReceiver();
const secretKey = crypto.randomBytes(32).toString('hex');
const children: ChildProcess[] = [];

try {
  await migrateToLatest(database.db as never);
  const db = database.db;
  const box = createSecretBox(Buffer.from(secretKey, 'hex'));
  const {
    org,
    unit,
    author,
    hooks: channels,
  } = await buildPublishingNewsroom(db, { box, receiver, hooks: 8 });

  async function startWorkers(n: number, extra: Record<string, string>): Promise<ChildProcess[]> {
    const started = Array.from({ length: n }, () =>
      startChild(
        'test/fault/worker-child.ts',
        [],
        childEnv({
          databaseUrl: dbUrl.toString(),
          secretKey,
          extra: {
            CONCURRENCY: String(CONCURRENCY),
            POLL_MS: '50',
            LEASE_MS: '60000',
            ...(process.env.HTTP ? { HTTP: process.env.HTTP } : {}),
            ...extra,
          },
        }),
      ),
    );
    children.push(...started);
    await Promise.all(
      started.map(
        (c) =>
          new Promise<void>((resolve, reject) => {
            let stderr = '';
            c.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
            c.once('exit', (code) => reject(new Error(`worker exited early (${code}): ${stderr}`)));
            createInterface({ input: c.stdout! }).on('line', (l) => l === 'ready' && resolve());
          }),
      ),
    );
    return started;
  }

  /**
   * CPU seconds a process has used so far (Linux: utime + stime of /proc/<pid>/stat), with
   * `children` also those of its children that have exited (cutime + cstime).
   */
  function cpuSeconds(pid: number | string | undefined, children = false): number {
    if (pid === undefined) return 0;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat
        .slice(stat.lastIndexOf(')') + 2)
        .split(' ')
        .map(Number);
      const own = fields[11]! + fields[12]!;
      return (children ? own + fields[13]! + fields[14]! : own) / CLOCK_TICKS;
    } catch {
      return 0;
    }
  }

  /**
   * CPU seconds PostgreSQL has used so far when it runs on this machine (0 otherwise): its
   * processes, and through the postmaster's children's times the backends that have exited.
   */
  function postgresCpuSeconds(): number {
    let total = 0;
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') {
          total += cpuSeconds(pid, true);
        }
      } catch {
        // Gone meanwhile.
      }
    }
    return total;
  }

  async function stopWorkers(started: ChildProcess[]): Promise<void> {
    await Promise.all(
      started.map(
        (c) =>
          new Promise<void>((resolve) => {
            c.once('exit', () => resolve());
            c.kill('SIGTERM');
          }),
      ),
    );
  }

  async function pending(): Promise<number> {
    const row = await db
      .selectFrom('deliveries')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('organization_id', '=', org.id)
      .where('status', '!=', 'published')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async function untilPublished(): Promise<void> {
    while ((await pending()) > 0) await new Promise((r) => setTimeout(r, 50));
  }

  /** `count` deliveries due now, in one statement: all fall due when it commits. */
  async function dueNow(count: number): Promise<void> {
    await buildScheduledDeliveries(db, org, {
      unitId: unit,
      authorId: author.id,
      channelIds: channels,
      count,
      dueAt: new Date(),
    });
  }

  async function clear(): Promise<void> {
    await db.deleteFrom('posts').where('organization_id', '=', org.id).execute();
  }

  /**
   * Transactions committed in the bench's database so far (each statement outside a transaction
   * is one): PostgreSQL's statistics, which a backend reports when it goes idle, after a pause.
   */
  async function transactions(): Promise<number> {
    await new Promise((r) => setTimeout(r, 1100));
    const { rows } = await sql<{ n: string }>`
      select xact_commit::text as n from pg_stat_database where datname = current_database()`.execute(
      db,
    );
    return Number(rows[0]!.n);
  }

  /**
   * Deliveries per second from "all due now" to "all published", and the CPU time per delivery
   * of the worker processes and of this process (the sink): figures that move less with the
   * machine's load than the rate does.
   */
  async function throughput(workers: number, extra: Record<string, string>, count: number) {
    await clear();
    const started = await startWorkers(workers, extra);
    // Workers are long-running processes: the measured run starts once V8 has compiled their hot
    // paths, which a first batch of deliveries, not measured, makes it do.
    if (WARMUP > 0) {
      await dueNow(WARMUP);
      await untilPublished();
      await clear();
    }
    // Counters first: reading PostgreSQL's statistics takes a pause, which must not fall between
    // the deliveries falling due and the clock starting (the workers would get a head start).
    const xactBefore = await transactions();
    const cpuBefore = started.map((c) => cpuSeconds(c.pid));
    const sinkBefore = process.cpuUsage();
    const postgresBefore = postgresCpuSeconds();
    await dueNow(count);
    const t0 = performance.now();
    await untilPublished();
    const seconds = (performance.now() - t0) / 1000;
    const workerCpu = started.reduce((t, c, i) => t + cpuSeconds(c.pid) - cpuBefore[i]!, 0);
    const sink = process.cpuUsage(sinkBefore);
    const postgres = postgresCpuSeconds() - postgresBefore;
    await stopWorkers(started);
    return {
      rate: count / seconds,
      xacts: ((await transactions()) - xactBefore) / count,
      workerMs: (workerCpu * 1000) / count,
      sinkMs: (sink.user + sink.system) / 1000 / count,
      postgresMs: (postgres * 1000) / count,
    };
  }
  const ms = (x: number) => x.toFixed(2);

  console.log(
    `bench:publish — PostgreSQL, webhook sink on loopback, ${DELIVERIES.toLocaleString('en')} ` +
      `deliveries per run, ${CONCURRENCY} in flight per worker process`,
  );
  const rows: { workers: number; webhook: number; baseline: number }[] = [];
  for (const workers of [1, 2, 4]) {
    const base = await throughput(workers, { ADAPTER: 'noop' }, DELIVERIES);
    const hook = await throughput(workers, {}, DELIVERIES);
    rows.push({ workers, webhook: hook.rate, baseline: base.rate });
    console.log(
      `  ${workers} worker(s): ${hook.rate.toFixed(0).padStart(6)} deliveries/s to the sink; ` +
        `claim loop alone ${base.rate.toFixed(0).padStart(6)}/s; ratio ${(hook.rate / base.rate).toFixed(2)}` +
        `; CPU per delivery: workers ${ms(hook.workerMs)} ms (claim loop ${ms(base.workerMs)} ms), ` +
        `PostgreSQL ${ms(hook.postgresMs)} ms (claim loop ${ms(base.postgresMs)} ms), ` +
        `sink ${ms(hook.sinkMs)} ms; transactions per delivery ${hook.xacts.toFixed(2)} ` +
        `(claim loop ${base.xacts.toFixed(2)})`,
    );
  }
  const four = rows.find((r) => r.workers === 4)!;
  const ratio = four.webhook / four.baseline;
  console.log(
    `  4 workers vs the claim loop: ${ratio.toFixed(2)} (target ≥ 0.5) ${ratio >= 0.5 ? 'ok' : 'BELOW TARGET'}`,
  );

  // Lateness: 200 deliveries per second fall due for 20 seconds.
  await clear();
  const started = await startWorkers(4, { POLL_MS: '50' });
  const firstDue = new Date(Date.now() + 2000);
  await buildScheduledDeliveries(db, org, {
    unitId: unit,
    authorId: author.id,
    channelIds: channels,
    count: 4000,
    dueAt: firstDue,
    spreadMs: 5,
  });
  await new Promise((r) => setTimeout(r, 22_000));
  await untilPublished();
  await stopWorkers(started);
  const { rows: lateness } = await sql<{ p50: number; p99: number; max: number }>`
    select percentile_cont(0.5) within group (order by extract(epoch from published_at - due_at)) as p50,
            percentile_cont(0.99) within group (order by extract(epoch from published_at - due_at)) as p99,
            max(extract(epoch from published_at - due_at)) as max
     from deliveries where organization_id = ${org.id}`.execute(db);
  const l = lateness[0]!;
  console.log(
    `  lateness at 200 due/s, 4 workers: p50 ${Number(l.p50).toFixed(2)} s, p99 ${Number(l.p99).toFixed(2)} s, ` +
      `max ${Number(l.max).toFixed(2)} s (target p99 ≤ 2 s) ${Number(l.p99) <= 2 ? 'ok' : 'BELOW TARGET'}`,
  );

  // Drain: 100,000 due at once, 4 workers.
  const drain = await throughput(4, {}, DRAIN);
  console.log(
    `  ${DRAIN.toLocaleString('en')} due at once, 4 workers: ${drain.rate.toFixed(0)} deliveries/s ` +
      `(target ≥ 1,000/s) ${drain.rate >= 1000 ? 'ok' : 'BELOW TARGET'}; CPU per delivery: workers ` +
      `${ms(drain.workerMs)} ms, PostgreSQL ${ms(drain.postgresMs)} ms, sink ${ms(drain.sinkMs)} ms; load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
  );
} finally {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  await receiver.close();
  await database.close();
  await admin(serverUrl, `drop database if exists ${name} with (force)`);
}
