import crypto from 'node:crypto';
import { setMaxListeners } from 'node:events';
import os from 'node:os';
import type { Deps } from '../app/deps.ts';
import { createHttpClient } from '../networks/http-client.ts';
import { ADAPTERS, type AdapterRegistry } from '../networks/registry.ts';
import { attemptDelivery } from './deliveries/attempt.ts';
import { DEFAULT_BACKOFF, type BackoffPolicy } from './deliveries/backoff.ts';
import { claimDeliveries, type ClaimedDelivery } from './deliveries/claim.ts';
import { loadDeliveryWork, type DeliveryWork } from './deliveries/load.ts';
import { recordOutcomes, type AttemptOutcome, type AttemptResult } from './deliveries/record.ts';

/** A task the worker runs now and then beside deliveries (e.g. the mail outbox). */
export interface PeriodicJob {
  name: string;
  /** Returns how much it handled; it runs again at once while it handles something. */
  run(deps: Deps): Promise<number>;
}

export interface WorkerOptions {
  /** Names the process in claims and logs (default: host, pid and a random suffix). */
  id?: string;
  /** Deliveries in flight at once. */
  concurrency?: number;
  /** How long a claim holds; a worker that dies frees its deliveries after this. */
  leaseMs?: number;
  /** Pause between polls when nothing is due. */
  pollMs?: number;
  backoff?: BackoffPolicy;
  adapters?: AdapterRegistry;
  fetch?: typeof globalThis.fetch;
  periodic?: readonly PeriodicJob[];
  /** How often periodic jobs run. */
  periodicMs?: number;
  /** Called after each recorded outcome (metrics, tests). */
  onOutcome?: (claimed: ClaimedDelivery, outcome: AttemptOutcome, network: string | null) => void;
}

export interface Worker {
  id: string;
  /** Stops claiming, lets the deliveries in flight finish, and resolves when they have. */
  stop(): Promise<void>;
  /** Resolves once nothing is due and nothing is in flight (for tests and one-shot runs). */
  drained(): Promise<void>;
}

/**
 * The delivery worker: claims due deliveries (`claim.ts`), makes one attempt at each
 * (`attempt.ts`), records the outcome (`record.ts`). Any number of workers, in any number of
 * processes, can run against one PostgreSQL: claims never overlap, and a claim whose worker dies
 * returns to the queue when its lease runs out, where the adapter's idempotency strategy keeps the
 * next attempt from posting twice. Nothing is held in a transaction across a network call.
 */
export function startWorker(deps: Deps, opts: WorkerOptions = {}): Worker {
  const id = opts.id ?? `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`;
  const concurrency = opts.concurrency ?? 8;
  // Claims are made for a quarter of the slots at least: under load one statement claims many
  // deliveries instead of one for every delivery that just finished.
  const claimBatch = Math.max(1, Math.floor(concurrency / 4));
  const leaseMs = opts.leaseMs ?? 120_000;
  const pollMs = opts.pollMs ?? 500;
  const periodicMs = opts.periodicMs ?? 5_000;
  const adapters = opts.adapters ?? ADAPTERS;
  const backoff = opts.backoff ?? DEFAULT_BACKOFF;
  // Our own pool of kept-alive connections, unless the caller hands in a fetch (tests do).
  const client = opts.fetch ? null : createHttpClient();
  const fetchImpl = opts.fetch ?? client!.fetch;
  const log = deps.logger.child({ worker: id });

  const stopping = new AbortController();
  const inFlight = new Set<Promise<void>>();
  /** Enough free slots for a claim. */
  const room = () => concurrency - inFlight.size >= claimBatch;
  let wake: (() => void) | null = null;
  let idleWaiters: (() => void)[] = [];
  let lastPeriodic = 0;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });

  // Outcomes wait here while a batch is being recorded, and go together in the next one (group
  // commit): under load one transaction records many deliveries; alone, one records at once.
  const toRecord: (AttemptResult & { network: string | null; done: () => void })[] = [];
  let recording: Promise<void> | null = null;

  async function recordPending(): Promise<void> {
    while (toRecord.length > 0) {
      const batch = toRecord.splice(0, 500);
      try {
        const recorded = await recordOutcomes(deps, batch);
        for (const r of batch) {
          if (!recorded.has(r.claimed.id)) {
            log.warn({ delivery: r.claimed.id }, 'lease lost before the outcome was recorded');
          }
        }
      } catch (err) {
        // The rows stay `publishing` and return to the queue when their leases run out.
        log.error({ err, deliveries: batch.length }, 'recording outcomes failed');
      }
      for (const r of batch) {
        opts.onOutcome?.(r.claimed, r.outcome, r.network);
        r.done();
      }
    }
    recording = null;
  }

  function record(result: AttemptResult, network: string | null): Promise<void> {
    return new Promise((done) => {
      toRecord.push({ ...result, network, done });
      recording ??= recordPending();
    });
  }

  /**
   * Aborts the calls of one claim before its lease runs out: a call still running then could
   * overlap another worker's claim of the same rows. The deliveries of a claim share its lease and
   * so one signal (a timer per delivery cost more CPU than the HTTP exchange's own bookkeeping).
   * Stopping the worker does not abort: an abandoned call would only be retried elsewhere.
   */
  function leaseSignal(): AbortSignal {
    const signal = AbortSignal.timeout(Math.max(1_000, leaseMs - 5_000));
    // Every call of the claim listens to it; Node would warn from the eleventh listener on.
    setMaxListeners(0, signal);
    return signal;
  }

  async function handle(
    claimed: ClaimedDelivery,
    work: DeliveryWork | null | Error,
    signal: AbortSignal,
  ): Promise<void> {
    const { outcome, network } = await attemptDelivery(deps, claimed, work, {
      adapters,
      backoff,
      fetch: fetchImpl,
      signal,
    });
    if (outcome.kind !== 'published') {
      log.info(
        { delivery: claimed.id, outcome: outcome.kind, failure: outcome.failure },
        'attempt failed',
      );
    }
    await record({ claimed, outcome }, network);
  }

  async function runPeriodic(): Promise<void> {
    if (!opts.periodic?.length || Date.now() - lastPeriodic < periodicMs) return;
    lastPeriodic = Date.now();
    for (const job of opts.periodic) {
      try {
        while (!stopping.signal.aborted && (await job.run(deps)) > 0);
      } catch (err) {
        log.error({ err, job: job.name }, 'periodic job failed');
      }
    }
  }

  const loop = (async () => {
    while (!stopping.signal.aborted) {
      let claimed: ClaimedDelivery[] = [];
      const lease = leaseSignal();
      if (room()) {
        try {
          claimed = await claimDeliveries(deps.db, {
            workerId: id,
            limit: concurrency - inFlight.size,
            leaseMs,
            now: deps.now(),
          });
        } catch (err) {
          log.error({ err }, 'claiming deliveries failed');
        }
      }
      const work: Map<string, DeliveryWork | null> | Error = await loadDeliveryWork(
        deps,
        claimed,
      ).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))));
      for (const c of claimed) {
        const p: Promise<void> = handle(
          c,
          work instanceof Error ? work : (work.get(c.id) ?? null),
          lease,
        ).finally(() => {
          inFlight.delete(p);
          if (room()) wake?.();
        });
        inFlight.add(p);
      }
      if (claimed.length === 0 && inFlight.size === 0) {
        await runPeriodic();
        const waiters = idleWaiters;
        idleWaiters = [];
        for (const w of waiters) w();
      }
      // Claim again at once while there is room and work; otherwise wait for slots or the poll.
      if (claimed.length === 0 || !room()) {
        await sleep(claimed.length === 0 && room() ? pollMs : pollMs * 10);
      }
    }
    await Promise.all(inFlight);
  })();

  return {
    id,
    async stop() {
      stopping.abort();
      wake?.();
      await loop;
      await client?.close();
    },
    drained: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        wake?.();
      }),
  };
}
