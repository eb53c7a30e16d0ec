/**
 * A delivery worker process for the fault and multi-process tests. It runs the real worker
 * (`startWorker`) against the database in DATABASE_URL and, when told, kills itself with SIGKILL
 * at its FAULT_AT-th network request:
 * - `before`: before the request leaves;
 * - `during`: after the request left, before its answer arrives;
 * - `after`: after the answer arrived, before the worker records the result.
 * With UNTIL_DRAINED=1 it exits 0 once nothing is due and nothing is in flight.
 */
import { loadConfig } from '../../src/config.ts';
import { startWorker } from '../../src/jobs/worker.ts';
import { startRuntime } from '../../src/main.ts';

const mode = process.env.FAULT_MODE ?? 'none';
const at = Number(process.env.FAULT_AT ?? 0);
let requests = 0;

const die = () => process.kill(process.pid, 'SIGKILL');

const faultyFetch: typeof fetch = async (input, init) => {
  requests += 1;
  const now = mode !== 'none' && requests === at;
  if (now && mode === 'before') die();
  const pending = fetch(input, init);
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

const runtime = await startRuntime(loadConfig());
const worker = startWorker(runtime.deps, {
  concurrency: Number(process.env.CONCURRENCY ?? 8),
  leaseMs: Number(process.env.LEASE_MS ?? 3000),
  pollMs: 20,
  backoff: { baseMs: 200, capMs: 1000, maxAttempts: 50 },
  fetch: faultyFetch,
});
process.send?.({ ready: true });
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
