import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { sql } from 'kysely';
import type { Deps } from '../app/deps.ts';
import type { ClaimedDelivery } from '../jobs/deliveries/claim.ts';
import type { AttemptOutcome } from '../jobs/deliveries/record.ts';

/**
 * Prometheus metrics at `/metrics`. The queue figures are read from the database at scrape time,
 * so they are true for every worker process at once; the attempt counters and durations are this
 * process's own (its in-process worker), as Prometheus expects of per-process counters.
 * The figures are totals over all organizations and name no organization, post or account.
 */
export interface Metrics {
  registry: Registry;
  /** Hand this to the worker as `onOutcome`. */
  observe(claimed: ClaimedDelivery, outcome: AttemptOutcome, network: string | null): void;
  /** Reads the queue figures from the database (at each scrape). */
  collect(): Promise<void>;
}

export function createMetrics(deps: Deps): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'mooring_process_' });

  const byStatus = new Gauge({
    name: 'mooring_deliveries',
    help: 'Deliveries by network and status',
    labelNames: ['network', 'status'] as const,
    registers: [registry],
  });
  const depth = new Gauge({
    name: 'mooring_delivery_queue_depth',
    help: 'Deliveries due now and not yet claimed (including retries that are due)',
    registers: [registry],
  });
  const lateness = new Gauge({
    name: 'mooring_delivery_lateness_seconds',
    help: 'How late the most overdue unpublished delivery is (0 when none is overdue)',
    registers: [registry],
  });
  const attempts = new Counter({
    name: 'mooring_delivery_attempts_total',
    help: 'Publishing attempts made by this process, by network and outcome',
    labelNames: ['network', 'outcome'] as const,
    registers: [registry],
  });
  const delay = new Histogram({
    name: 'mooring_delivery_publish_delay_seconds',
    help: 'From due time to published, for deliveries this process published',
    labelNames: ['network'] as const,
    buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 3600],
    registers: [registry],
  });

  async function collect(): Promise<void> {
    const now = deps.now();
    const [statuses, queue] = await Promise.all([
      deps.db
        .selectFrom('deliveries')
        .innerJoin('channels', 'channels.id', 'deliveries.channel_id')
        .select(['channels.network', 'deliveries.status', sql<string>`count(*)`.as('n')])
        .groupBy(['channels.network', 'deliveries.status'])
        .execute(),
      sql<{ due: string; oldest: Date | null }>`
        select count(*) filter (where status = 'scheduled' and run_at <= ${now}) as due,
               min(due_at) filter (where due_at <= ${now}) as oldest
        from deliveries where status in ('scheduled', 'publishing')`.execute(deps.db),
    ]);
    byStatus.reset();
    for (const s of statuses) byStatus.set({ network: s.network, status: s.status }, Number(s.n));
    const row = queue.rows[0];
    depth.set(Number(row?.due ?? 0));
    lateness.set(row?.oldest ? Math.max(0, (now.getTime() - row.oldest.getTime()) / 1000) : 0);
  }

  return {
    registry,
    observe(claimed, outcome, network) {
      const net = network ?? 'unknown';
      attempts.inc({ network: net, outcome: outcome.kind });
      if (outcome.kind === 'published') {
        delay.observe({ network: net }, (deps.now().getTime() - claimed.dueAt.getTime()) / 1000);
      }
    },
    collect,
  };
}

/** `GET /metrics` in Prometheus' text format. */
export function registerMetrics(app: FastifyInstance, metrics: Metrics): void {
  app.get('/metrics', { config: { public: true }, schema: { hide: true } }, async (_req, reply) => {
    await metrics.collect();
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
