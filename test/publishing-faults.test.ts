import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealCredentials } from '../src/app/channels/credentials.ts';
import { createSecretBox } from '../src/app/secrets.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { startWebhookReceiver, type WebhookReceiver } from './fakes/webhook-receiver.ts';
import { buildChannel, buildPublishingNewsroom, buildScheduledDeliveries } from './factories.ts';
import { childEnv, runChild } from './fault/processes.ts';
import { startPds, type LocalPds, type PdsAccount } from './pds.ts';

/**
 * Exactly once under SIGKILL (DESIGN.md §5): worker processes die before a network call, while it
 * is in flight, and after it returned but before the result was recorded. Afterwards every
 * delivery is published, none twice: the webhook receiver holds one post per delivery and the
 * local Bluesky PDS one record per delivery. Worker processes need a database several processes
 * can share, so this runs on PostgreSQL (the embedded PGlite database belongs to one process).
 */
const WEBHOOK_DELIVERIES = 10_000;
const BLUESKY_DELIVERIES = 100;
const KILLS = ['before', 'during', 'after', 'before', 'during', 'after'] as const;

let database: TestDatabase;
let receiver: WebhookReceiver;
let pds: LocalPds;
let account: PdsAccount;
const secretKey = crypto.randomBytes(32).toString('hex');

const onPostgres = Boolean(process.env.DATABASE_URL);

describe.skipIf(!onPostgres)('publishing survives killed workers (PostgreSQL)', () => {
  beforeAll(async () => {
    database = await createTestDatabase();
    receiver = await startWebhookReceiver();
    // Answers take a moment, so that a worker killed "during" a call dies with it in flight.
    receiver.delayMs = 20;
    pds = await startPds();
    account = await pds.createAccount();
  }, 180_000);
  afterAll(async () => {
    await receiver?.close();
    await pds?.close();
    await database?.dispose();
  });

  it('publishes 10,000 webhook and 100 Bluesky deliveries exactly once through six SIGKILLs', async () => {
    const db = database.db;
    const box = createSecretBox(Buffer.from(secretKey, 'hex'));
    const { org, unit, author, hooks } = await buildPublishingNewsroom(db, {
      box,
      receiver,
      hooks: 4,
    });
    const sky = await buildChannel(db, org, {
      unitId: unit,
      network: 'bluesky',
      handle: account.handle,
      credentialsEnc: sealCredentials(box, {
        service: pds.url,
        identifier: account.handle,
        appPassword: account.appPassword,
      }),
    });
    const due = new Date(Date.now() - 1000);
    // Bluesky first in due order, so the killed workers meet both networks.
    await buildScheduledDeliveries(db, org, {
      unitId: unit,
      authorId: author.id,
      channelIds: [sky],
      count: BLUESKY_DELIVERIES,
      dueAt: new Date(due.getTime() - 60_000),
      textPrefix: 'Fault test on Bluesky',
    });
    await buildScheduledDeliveries(db, org, {
      unitId: unit,
      authorId: author.id,
      channelIds: hooks,
      count: WEBHOOK_DELIVERIES,
      dueAt: due,
      textPrefix: 'Fault test',
    });

    const env = (extra: Record<string, string>) =>
      childEnv({ databaseUrl: database.url!, secretKey, extra });
    for (const [i, mode] of KILLS.entries()) {
      const exit = await runChild(
        'test/fault/worker-child.ts',
        [],
        env({ FAULT_MODE: mode, FAULT_AT: String(40 + i * 97), CONCURRENCY: '16' }),
      );
      expect(exit.signal, exit.stderr).toBe('SIGKILL');
    }
    // Then clean workers (two at a time) until nothing is left: leases of the killed ones
    // run out after LEASE_MS and their deliveries are taken again.
    for (let round = 0; round < 20; round++) {
      const left = await db
        .selectFrom('deliveries')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('organization_id', '=', org.id)
        .where('status', '!=', 'published')
        .executeTakeFirstOrThrow();
      if (Number(left.n) === 0) break;
      const exits = await Promise.all(
        [0, 1].map(() =>
          runChild(
            'test/fault/worker-child.ts',
            [],
            env({ UNTIL_DRAINED: '1', CONCURRENCY: '32' }),
          ),
        ),
      );
      for (const e of exits) expect(e.code, e.stderr).toBe(0);
      await new Promise((r) => setTimeout(r, 500));
    }

    const rows = await db
      .selectFrom('deliveries')
      .select(['id', 'channel_id', 'status', 'external_id', 'attempts'])
      .where('organization_id', '=', org.id)
      .execute();
    // None lost, all published.
    expect(rows).toHaveLength(WEBHOOK_DELIVERIES + BLUESKY_DELIVERIES);
    expect(rows.filter((r) => r.status !== 'published')).toEqual([]);
    // Some deliveries were attempted again after a kill.
    expect(rows.filter((r) => r.attempts > 1).length).toBeGreaterThan(0);

    // Webhook: one post per delivery at the receiver, and the stored id is the receiver's.
    const webhookRows = rows.filter((r) => r.channel_id !== sky);
    expect(receiver.posts.size).toBe(WEBHOOK_DELIVERIES);
    for (const r of webhookRows) expect(r.external_id).toBe(receiver.posts.get(r.id)?.id);
    expect(receiver.requests).toBeGreaterThanOrEqual(WEBHOOK_DELIVERIES);

    // Bluesky: exactly one record per delivery in the account's repository.
    const records: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await account.agent.com.atproto.repo.listRecords({
        repo: account.did,
        collection: 'app.bsky.feed.post',
        limit: 100,
        cursor,
      });
      records.push(...page.data.records.map((r) => r.uri));
      cursor = page.data.cursor;
    } while (cursor);
    expect(records).toHaveLength(BLUESKY_DELIVERIES);
    const skyIds = rows.filter((r) => r.channel_id === sky).map((r) => r.external_id);
    expect(new Set(skyIds)).toEqual(new Set(records));
  }, 600_000);
});
