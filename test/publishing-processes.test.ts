import crypto from 'node:crypto';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretBox } from '../src/app/secrets.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { startWebhookReceiver, type WebhookReceiver } from './fakes/webhook-receiver.ts';
import { buildPublishingNewsroom, buildScheduledDeliveries } from './factories.ts';
import { childEnv, exitOf, startChild } from './fault/processes.ts';

/**
 * One server (with its own in-process worker) and four `mooring worker` processes, started
 * through the real command, against one PostgreSQL: 10,000 deliveries due at once are each sent
 * exactly once — not merely recorded once: the receiver sees one request per delivery.
 */
const DELIVERIES = 10_000;
let database: TestDatabase;
let receiver: WebhookReceiver;
const secretKey = crypto.randomBytes(32).toString('hex');

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

describe.skipIf(!process.env.DATABASE_URL)('one server and four workers (PostgreSQL)', () => {
  beforeAll(async () => {
    database = await createTestDatabase();
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
    await database?.dispose();
  });

  it('publish 10,000 deliveries due at once, each sent exactly once', async () => {
    const db = database.db;
    const box = createSecretBox(Buffer.from(secretKey, 'hex'));
    const {
      org,
      unit,
      author,
      hooks: channels,
    } = await buildPublishingNewsroom(db, { box, receiver, hooks: 4 });
    await buildScheduledDeliveries(db, org, {
      unitId: unit,
      authorId: author.id,
      channelIds: channels,
      count: DELIVERIES,
      dueAt: new Date(Date.now() + 3000),
    });

    const port = await freePort();
    const env = childEnv({
      databaseUrl: database.url!,
      secretKey,
      extra: { PORT: String(port), HOST: '127.0.0.1' },
    });
    const server = startChild('bin/mooring.js', ['serve'], env);
    const workers = [0, 1, 2, 3].map(() =>
      startChild('bin/mooring.js', ['worker', '--concurrency', '32', '--poll-ms', '50'], env),
    );
    const exits = [server, ...workers].map((c) => exitOf(c));
    try {
      for (let i = 0; i < 600; i++) {
        const left = await db
          .selectFrom('deliveries')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('organization_id', '=', org.id)
          .where('status', '!=', 'published')
          .executeTakeFirstOrThrow();
        if (Number(left.n) === 0) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      expect(metrics).toContain(
        `mooring_deliveries{network="webhook",status="published"} ${DELIVERIES}`,
      );
      expect(metrics).toMatch(/^mooring_delivery_queue_depth 0$/m);
    } finally {
      for (const c of [server, ...workers]) c.kill('SIGTERM');
    }
    for (const e of await Promise.all(exits)) expect(e.code, e.stderr).toBe(0);

    const rows = await db
      .selectFrom('deliveries')
      .select(['id', 'status', 'attempts', 'external_id', 'claimed_by'])
      .where('organization_id', '=', org.id)
      .execute();
    expect(rows).toHaveLength(DELIVERIES);
    expect(rows.filter((r) => r.status !== 'published' || r.attempts !== 1)).toEqual([]);
    expect(receiver.requests).toBe(DELIVERIES);
    expect(receiver.posts.size).toBe(DELIVERIES);
    for (const r of rows) expect(r.external_id).toBe(receiver.posts.get(r.id)?.id);
    // The work was shared: at least three of the five processes published.
    expect(new Set(rows.map((r) => r.claimed_by)).size).toBeGreaterThanOrEqual(3);
  }, 600_000);
});
