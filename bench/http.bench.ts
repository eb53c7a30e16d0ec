/**
 * bench:http — an authenticated list route (50 channels, PostgreSQL) against a bare hello-world
 * route of the same server, both measured with autocannon in one run (autocannon runs as its own
 * process so it does not share the server's event loop). Prints absolute figures and the ratio;
 * never fails on a figure.
 *
 * DATABASE_URL names the PostgreSQL server (default: postgres://postgres@127.0.0.1:5432/postgres);
 * the bench creates its own database there and drops it afterwards.
 */
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { CredentialCache } from '../src/app/auth/credential-cache.ts';
import { openDatabase } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { buildServer } from '../src/http/server.ts';
import { buildApiToken, buildChannel, buildMember, buildOrg, testDeps } from '../test/factories.ts';

const run = promisify(execFile);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 20;
const TARGET_RATIO = 0.3;

interface Result {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}

async function autocannon(
  url: string,
  headers: Record<string, string>,
  seconds: number,
): Promise<Result> {
  const bin = path.resolve('node_modules/.bin/autocannon');
  const args = ['--json', '-c', String(CONNECTIONS), '-d', String(seconds)];
  for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}=${v}`);
  const { stdout } = await run(bin, [...args, url], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as Result;
}

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
const database = await openDatabase({
  databaseUrl: dbUrl.toString(),
  dataDir: '/tmp',
  poolSize: 10,
});
let credentials: CredentialCache | undefined;
try {
  await migrateToLatest(database.db as never);
  const db = database.db;
  const org = await buildOrg(db, { model: 'coordinated' });
  const member = await buildMember(db, org, {
    memberships: [{ unitId: org.rootId, role: 'editor' }],
  });
  for (let i = 0; i < 50; i++) await buildChannel(db, org, { handle: `@bench${i}@social.example` });
  const token = await buildApiToken(db, member);

  // As `mooring serve` runs on PostgreSQL: resolved API tokens cached per process.
  const deps = testDeps(db);
  credentials = await CredentialCache.start(dbUrl.toString(), deps.logger);
  const app = await buildServer({ ...deps, credentials }, { cookieSecure: false });
  app.get('/bench/hello', { config: { public: true }, schema: { hide: true } }, () => ({
    hello: 'world',
  }));
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const auth = { authorization: `Bearer ${token}` };

  const check = await fetch(`${base}/api/v1/channels`, { headers: auth });
  const body = (await check.json()) as { items: unknown[] };
  if (check.status !== 200 || body.items.length !== 50)
    throw new Error(`list route answered ${check.status}`);

  // Warm up both routes (JIT, pools, snapshot cache), then measure.
  await autocannon(`${base}/bench/hello`, {}, 2);
  await autocannon(`${base}/api/v1/channels`, auth, 2);
  const hello = await autocannon(`${base}/bench/hello`, {}, SECONDS);
  const list = await autocannon(`${base}/api/v1/channels`, auth, SECONDS);
  await app.close();

  const ratio = list.requests.average / hello.requests.average;
  const row = (label: string, r: Result) =>
    `${label.padEnd(34)} ${r.requests.average.toFixed(0).padStart(8)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   errors ${r.errors + r.non2xx}`;
  console.log(
    `bench:http — ${CONNECTIONS} connections, ${SECONDS} s each, PostgreSQL, node ${process.version}`,
  );
  console.log(row('GET /bench/hello (baseline)', hello));
  console.log(row('GET /api/v1/channels (50, bearer)', list));
  console.log(
    `ratio list/hello: ${ratio.toFixed(3)} (target ≥ ${TARGET_RATIO}) ${ratio >= TARGET_RATIO ? 'PASS' : 'BELOW TARGET'}`,
  );
} finally {
  await credentials?.close();
  await database.close();
  await admin(serverUrl, `drop database if exists ${name} with (force)`);
}
