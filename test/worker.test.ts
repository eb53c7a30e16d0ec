import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sealCredentials } from '../src/app/channels/credentials.ts';
import type { Deps } from '../src/app/deps.ts';
import { syncDeliveries } from '../src/app/posts/deliveries.ts';
import { openDatabase } from '../src/db/connect.ts';
import { claimDeliveries } from '../src/jobs/deliveries/claim.ts';
import { recordOutcome } from '../src/jobs/deliveries/record.ts';
import { startWorker, type WorkerOptions } from '../src/jobs/worker.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { startWebhookReceiver, type WebhookReceiver } from './fakes/webhook-receiver.ts';
import { buildChannel, buildNewsroom, buildPost, testDeps, type Newsroom } from './factories.ts';

let database: TestDatabase;
let deps: Deps;
let receiver: WebhookReceiver;
let room: Newsroom;
let hook: string;
/** The clock the worker sees; tests move it to make retries due. */
let clock: Date;

const FAST: WorkerOptions = {
  pollMs: 10,
  backoff: { baseMs: 60_000, capMs: 600_000, maxAttempts: 3 },
};

beforeAll(async () => {
  database = await createTestDatabase();
  deps = { ...testDeps(database.db), now: () => clock };
  receiver = await startWebhookReceiver();
  room = await buildNewsroom(database.db);
  hook = await webhookChannel(receiver.secret);
});
afterAll(async () => {
  await receiver.close();
  await database.dispose();
});
beforeEach(() => {
  clock = new Date();
  receiver.failNext(0, 500);
});

async function webhookChannel(secret: string): Promise<string> {
  return buildChannel(database.db, room.org, {
    unitId: room.dept,
    network: 'webhook',
    handle: `hook-${crypto.randomUUID().slice(0, 8)}`,
    credentialsEnc: sealCredentials(deps.secrets, { url: receiver.url, secret }),
  });
}

async function scheduled(channelIds: string[], dueAt: Date, text = 'Hello') {
  return buildPost(database.db, room.org, {
    unitId: room.dept,
    authorId: room.author.id,
    channelIds,
    status: 'scheduled',
    dueAt,
    text,
  });
}

async function deliveriesOf(postId: string) {
  return database.db
    .selectFrom('deliveries')
    .selectAll()
    .where('post_id', '=', postId)
    .orderBy('due_at')
    .execute();
}

async function postStatus(postId: string) {
  const row = await database.db
    .selectFrom('posts')
    .select('status')
    .where('id', '=', postId)
    .executeTakeFirstOrThrow();
  return row.status;
}

async function notificationsFor(memberId: string, postId: string) {
  return database.db
    .selectFrom('notifications')
    .select(['kind', 'data'])
    .where('member_id', '=', memberId)
    .where('post_id', '=', postId)
    .execute();
}

/** Runs a worker until nothing is due and nothing is in flight. */
async function runOnce(opts: WorkerOptions = {}) {
  const worker = startWorker(deps, { ...FAST, ...opts });
  await worker.drained();
  await worker.stop();
}

describe('delivery worker', () => {
  it('publishes due deliveries once, stores the external id, and settles the post', async () => {
    const second = await webhookChannel(receiver.secret);
    const post = await scheduled([hook, second], new Date(clock.getTime() - 1000), 'Launch day');
    await runOnce();

    const rows = await deliveriesOf(post.id);
    expect(rows.map((r) => r.status)).toEqual(['published', 'published']);
    for (const r of rows) {
      expect(r.external_id).toBe(receiver.posts.get(r.id)!.id);
      expect(r.external_url).toMatch(/^https:\/\/receiver\.invalid\/posts\/wh-/);
      expect(r.attempts).toBe(1);
      expect(r.claim_id).toBeNull();
    }
    expect(await postStatus(post.id)).toBe('published');
    expect(receiver.posts.get(rows[0]!.id)!.text).toBe('Launch day');
    expect((await notificationsFor(room.author.id, post.id)).map((n) => n.kind)).toEqual([
      'post_published',
    ]);
    const events = await database.db
      .selectFrom('activity')
      .select(['kind', 'subject_id'])
      .where('organization_id', '=', room.org.id)
      .where('kind', '=', 'delivery.published')
      .where(
        'subject_id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    expect(events).toHaveLength(2);
  });

  it('leaves deliveries that are not due yet alone', async () => {
    const post = await scheduled([hook], new Date(clock.getTime() + 60_000));
    await runOnce();
    expect((await deliveriesOf(post.id))[0]!.status).toBe('scheduled');
    expect(await postStatus(post.id)).toBe('scheduled');
    // Clean up: due now, published, so later tests do not meet it.
    clock = new Date(clock.getTime() + 61_000);
    await runOnce();
    expect((await deliveriesOf(post.id))[0]!.status).toBe('published');
  });

  it('sends due deliveries in due-time order', async () => {
    const base = clock.getTime() - 10_000;
    const posts = [];
    for (const offset of [3, 1, 2, 0]) {
      posts.push(await scheduled([hook], new Date(base + offset * 1000), `order ${offset}`));
    }
    const before = receiver.posts.size;
    await runOnce({ concurrency: 1 });
    const texts = [...receiver.posts.values()].slice(before).map((p) => p.text);
    expect(texts).toEqual(['order 0', 'order 1', 'order 2', 'order 3']);
  });

  it('retries a transient failure with backoff, then publishes', async () => {
    const post = await scheduled([hook], new Date(clock.getTime() - 1000));
    receiver.failNext(1, 503);
    await runOnce();
    let [row] = await deliveriesOf(post.id);
    expect(row!.status).toBe('scheduled');
    expect(row!.attempts).toBe(1);
    expect(row!.failure_kind).toBe('transient');
    expect(row!.last_error).toContain('503');
    // Backoff after attempt 1: between half of and the whole base (60 s).
    const wait = row!.run_at.getTime() - clock.getTime();
    expect(wait).toBeGreaterThanOrEqual(30_000);
    expect(wait).toBeLessThanOrEqual(60_000);
    expect(await postStatus(post.id)).toBe('scheduled');

    clock = new Date(row!.run_at.getTime() + 1);
    await runOnce();
    [row] = await deliveriesOf(post.id);
    expect(row!.status).toBe('published');
    expect(row!.attempts).toBe(2);
    expect(row!.last_error).toBeNull();
    expect(await postStatus(post.id)).toBe('published');
  });

  it('fails after the last attempt and tells the author and the responsible hub', async () => {
    const post = await scheduled([hook], new Date(clock.getTime() - 1000));
    receiver.failNext(3, 500);
    for (let i = 0; i < 3; i++) {
      await runOnce();
      const [row] = await deliveriesOf(post.id);
      clock = new Date(Math.max(clock.getTime(), row!.run_at.getTime()) + 1);
    }
    const [row] = await deliveriesOf(post.id);
    expect(row!.status).toBe('failed');
    expect(row!.attempts).toBe(3);
    expect(await postStatus(post.id)).toBe('failed');
    for (const member of [room.author, ...room.editors]) {
      const kinds = (await notificationsFor(member.id, post.id)).map((n) => n.kind);
      expect(kinds).toEqual(['post_failed']);
    }
    // The department lead is not the responsible hub.
    expect(await notificationsFor(room.lead.id, post.id)).toEqual([]);
  });

  it('keeps a post the network took but whose first comment it refused, and tells the author', async () => {
    const { webhookAdapter } = await import('../src/networks/webhook/index.ts');
    const post = await scheduled([hook], new Date(clock.getTime() - 1000));
    await runOnce({
      adapters: new Map([
        [
          'webhook',
          {
            ...webhookAdapter,
            publish: (_ctx, input) =>
              Promise.resolve({
                externalId: `ext-${input.deliveryId}`,
                url: 'https://network.invalid/p/1',
                firstCommentRefused: 'Comments are closed on this account.',
              }),
          },
        ],
      ]),
    });
    const [row] = await deliveriesOf(post.id);
    expect(row).toMatchObject({ status: 'published', external_id: `ext-${row!.id}` });
    expect(await postStatus(post.id)).toBe('published');
    const notes = await notificationsFor(room.author.id, post.id);
    expect(notes.map((n) => n.kind).sort()).toEqual(['post_comment_refused', 'post_published']);
    expect(notes.find((n) => n.kind === 'post_comment_refused')!.data).toMatchObject({
      deliveryId: row!.id,
      url: 'https://network.invalid/p/1',
      reason: 'Comments are closed on this account.',
    });
    // Only the author: the post is out, nothing for the hub to repair.
    expect(await notificationsFor(room.editors[0].id, post.id)).toEqual([]);
    const event = await database.db
      .selectFrom('activity')
      .select('data')
      .where('kind', '=', 'delivery.published')
      .where('subject_id', '=', row!.id)
      .executeTakeFirstOrThrow();
    expect(event.data).toMatchObject({
      firstCommentRefused: 'Comments are closed on this account.',
    });
  });

  it('waits as long as a rate limit says, without counting the attempt', async () => {
    const post = await scheduled([hook], new Date(clock.getTime() - 1000));
    receiver.failNext(1, 429, 7);
    await runOnce();
    const [row] = await deliveriesOf(post.id);
    expect(row!.status).toBe('scheduled');
    expect(row!.attempts).toBe(0);
    expect(row!.failure_kind).toBe('rate_limited');
    expect(row!.run_at.getTime() - clock.getTime()).toBe(7000);
    clock = new Date(row!.run_at.getTime());
    await runOnce();
    expect((await deliveriesOf(post.id))[0]!.status).toBe('published');
  });

  it('fails at once when the network rejects the content or the credentials', async () => {
    const post = await scheduled([hook], new Date(clock.getTime() - 1000));
    receiver.failNext(1, 422);
    await runOnce();
    const [rejected] = await deliveriesOf(post.id);
    expect(rejected!.status).toBe('failed');
    expect(rejected!.failure_kind).toBe('rejected');
    expect(rejected!.attempts).toBe(1);

    const wrongSecret = await webhookChannel('not-the-secret');
    const other = await scheduled([wrongSecret], new Date(clock.getTime() - 1000));
    await runOnce();
    const [refused] = await deliveriesOf(other.id);
    expect(refused!.status).toBe('failed');
    expect(refused!.failure_kind).toBe('auth_expired');
  });

  it('fails a delivery to a network without an adapter, naming the network', async () => {
    const threads = await buildChannel(database.db, room.org, {
      unitId: room.dept,
      network: 'threads',
      credentialsEnc: sealCredentials(deps.secrets, { token: 't' }),
    });
    const post = await scheduled([threads], new Date(clock.getTime() - 1000));
    await runOnce();
    const [row] = await deliveriesOf(post.id);
    expect(row!.status).toBe('failed');
    expect(row!.last_error).toContain('threads');
  });

  it('reclaims a delivery whose worker died once its lease ran out; the post is made once', async () => {
    const post = await scheduled([hook], new Date(clock.getTime() - 1000), 'after a crash');
    // A worker claims it, reaches the network, and dies before recording the result.
    const [dead] = await claimDeliveries(database.db, {
      workerId: 'dead',
      limit: 10,
      leaseMs: 30_000,
      now: clock,
    });
    expect(dead!.postId).toBe(post.id);
    const { webhookAdapter } = await import('../src/networks/webhook/index.ts');
    await webhookAdapter.publish(
      {
        credentials: { url: receiver.url, secret: receiver.secret },
        handle: 'hook',
        fetch,
        signal: new AbortController().signal,
      },
      {
        deliveryId: dead!.id,
        postId: post.id,
        text: 'after a crash',
        link: null,
        firstComment: null,
        media: [],
        previousAttempts: 0,
      },
    );
    // While the lease holds, nobody else takes it.
    expect(
      await claimDeliveries(database.db, {
        workerId: 'other',
        limit: 10,
        leaseMs: 30_000,
        now: clock,
      }),
    ).toEqual([]);

    clock = new Date(clock.getTime() + 30_001);
    const requestsBefore = receiver.requests;
    await runOnce();
    const [row] = await deliveriesOf(post.id);
    expect(row!.status).toBe('published');
    expect(row!.attempts).toBe(2);
    expect(receiver.requests).toBe(requestsBefore + 1);
    expect([...receiver.posts.values()].filter((p) => p.text === 'after a crash')).toHaveLength(1);
    expect(row!.external_id).toBe(receiver.posts.get(dead!.id)!.id);

    // The dead worker's late result is fenced off.
    expect(
      await recordOutcome(deps, dead!, {
        kind: 'published',
        published: { externalId: 'stale', url: null },
      }),
    ).toBe(false);
    expect((await deliveriesOf(post.id))[0]!.external_id).not.toBe('stale');
  });

  it('aborts calls that would outlive their claim’s lease and retries them later', async () => {
    const second = await webhookChannel(receiver.secret);
    const post = await scheduled([hook, second], new Date(clock.getTime() - 1000), 'slow network');
    // The receiver answers after 2.5 s; a lease of 1 s lets each call run 1 s (the least allowed).
    receiver.delayMs = 2_500;
    const started = performance.now();
    try {
      await runOnce({ leaseMs: 1_000 });
    } finally {
      receiver.delayMs = 0;
    }
    expect(performance.now() - started).toBeLessThan(2_500);
    const rows = await deliveriesOf(post.id);
    expect(rows.map((r) => [r.status, r.failure_kind, r.attempts, r.claim_id])).toEqual([
      ['scheduled', 'transient', 1, null],
      ['scheduled', 'transient', 1, null],
    ]);
    for (const r of rows) expect(r.run_at.getTime()).toBeGreaterThan(clock.getTime());
  });

  it('rescheduling a partly failed post retries only what did not go out', async () => {
    const second = await webhookChannel(receiver.secret);
    const post = await scheduled([hook, second], new Date(clock.getTime() - 1000));
    receiver.failNext(1, 422);
    await runOnce({ concurrency: 1 });
    const before = await deliveriesOf(post.id);
    expect(before.map((r) => r.status).sort()).toEqual(['failed', 'published']);
    expect(await postStatus(post.id)).toBe('failed');

    await database.db
      .updateTable('posts')
      .set({ status: 'scheduled' })
      .where('id', '=', post.id)
      .execute();
    await database.db
      .updateTable('post_variants')
      .set({ due_at: new Date(clock.getTime() + 1000) })
      .where('post_id', '=', post.id)
      .execute();
    const postRow = await database.db
      .selectFrom('posts')
      .selectAll()
      .where('id', '=', post.id)
      .executeTakeFirstOrThrow();
    await syncDeliveries(database.db, postRow, clock);
    const after = await deliveriesOf(post.id);
    const published = before.find((r) => r.status === 'published')!;
    expect(after.find((r) => r.id === published.id)).toMatchObject({
      status: 'published',
      external_id: published.external_id,
    });
    expect(after.find((r) => r.id !== published.id)).toMatchObject({
      status: 'scheduled',
      attempts: 0,
      last_error: null,
    });
    clock = new Date(clock.getTime() + 2000);
    const requests = receiver.requests;
    await runOnce();
    expect(receiver.requests).toBe(requests + 1);
    expect(await postStatus(post.id)).toBe('published');
  });

  it('two workers on separate connections share 200 due deliveries, each published once', async () => {
    const channels = await Promise.all([0, 1, 2, 3].map(() => webhookChannel(receiver.secret)));
    const due = new Date(clock.getTime() - 1000);
    const posts = [];
    for (let i = 0; i < 50; i++) posts.push(await scheduled(channels, due, `bulk ${i}`));
    const second = database.url
      ? await openDatabase({ databaseUrl: database.url, dataDir: '/tmp' })
      : null;
    const requests = receiver.requests;
    const seen: string[] = [];
    const onOutcome: WorkerOptions['onOutcome'] = (c) => seen.push(c.id);
    const a = startWorker(deps, { ...FAST, concurrency: 4, onOutcome });
    const b = startWorker(second ? { ...deps, db: second.db } : deps, {
      ...FAST,
      concurrency: 4,
      onOutcome,
    });
    await Promise.all([a.drained(), b.drained()]);
    await Promise.all([a.stop(), b.stop()]);
    await second?.close();

    expect(seen).toHaveLength(200);
    expect(new Set(seen).size).toBe(200);
    expect(receiver.requests - requests).toBe(200);
    for (const p of posts) expect(await postStatus(p.id)).toBe('published');
  });
});
