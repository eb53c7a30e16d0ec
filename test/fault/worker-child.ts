/**
 * A delivery worker process for the fault and multi-process tests. It runs the real worker
 * (`startWorker`) against the database in DATABASE_URL and, when told, kills itself with SIGKILL
 * at its FAULT_AT-th network request:
 * - `before`: before the request leaves;
 * - `during`: after the request left, before its answer arrives;
 * - `after`: after the answer arrived, before the worker records the result.
 * With UNTIL_DRAINED=1 it exits 0 once nothing is due and nothing is in flight. With ADAPTER=noop
 * webhook deliveries are "published" without a network call: the claim loop alone (same SQL), the
 * baseline of `bench:publish`. HTTP=platform sends through the platform's `fetch` instead of the
 * worker's own client (to compare the two). It prints `ready` once its worker runs.
 */
import { loadConfig } from '../../src/config.ts';
import type { NetworkAdapter } from '../../src/networks/contract.ts';
import { createHttpClient } from '../../src/networks/http-client.ts';
import { webhookAdapter } from '../../src/networks/webhook/index.ts';
import { startWorker } from '../../src/jobs/worker.ts';
import { startRuntime } from '../../src/main.ts';

const mode = process.env.FAULT_MODE ?? 'none';
const at = Number(process.env.FAULT_AT ?? 0);
let requests = 0;

const die = () => process.kill(process.pid, 'SIGKILL');

/** The worker's own HTTP client, as `mooring worker` uses it (HTTP=platform: the platform's fetch). */
const http = process.env.HTTP === 'platform' ? { fetch } : createHttpClient();

const faultyFetch: typeof fetch = async (input, init) => {
  requests += 1;
  const now = mode !== 'none' && requests === at;
  if (now && mode === 'before') die();
  const pending = http.fetch(input, init);
  // The call may fail (its signal times out) while this one waits to die: not an unhandled error.
  pending.catch(() => undefined);
  if (now && mode === 'during') {
    // Let the request reach the other side, then die before its answer is read.
    await new Promise((r) => setTimeout(r, 15));
    die();
  }
  const res = await pending;
  if (now && mode === 'after') {
    await res.clone().arrayBuffer();
    die();
  }
  return res;
};

/** Publishes nothing: the worker's own SQL (claim, load, record) without a network. */
const noop: NetworkAdapter = {
  ...webhookAdapter,
  publish: (_ctx, input) => Promise.resolve({ externalId: input.deliveryId, url: null }),
};

const runtime = await startRuntime(loadConfig());
const worker = startWorker(runtime.deps, {
  ...(process.env.ADAPTER === 'noop' ? { adapters: new Map([['webhook', noop]]) } : {}),
  concurrency: Number(process.env.CONCURRENCY ?? 8),
  leaseMs: Number(process.env.LEASE_MS ?? 3000),
  pollMs: Number(process.env.POLL_MS ?? 20),
  backoff: { baseMs: 200, capMs: 1000, maxAttempts: 50 },
  fetch: faultyFetch,
});
process.stdout.write('ready\n');
const stop = async () => {
  await worker.stop();
  await runtime.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
if (process.env.UNTIL_DRAINED === '1') {
  await worker.drained();
  await stop();
}
