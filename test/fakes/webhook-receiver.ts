import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  IDEMPOTENCY_HEADER,
  SIGNATURE_HEADER,
  verifyWebhook,
} from '../../src/networks/webhook/index.ts';

/**
 * A webhook receiver as a careful integrator would write one, on loopback: it checks the
 * signature, answers a repeated `Idempotency-Key` with the first answer and acts only once.
 * Tests read what it received: `posts` (one per key, the effect) and `requests` (every attempt).
 */
export interface WebhookReceiver {
  url: string;
  secret: string;
  /** Published posts by idempotency key, in the order they first arrived. */
  posts: Map<string, { id: string; text: string; deleted: boolean; body: Record<string, unknown> }>;
  /** Every request that passed the signature check, repeats included. */
  requests: number;
  /** Answers the next `n` requests with this status (and Retry-After for 429). */
  failNext(n: number, status: number, retryAfterSeconds?: number): void;
  /** Holds every answer this many milliseconds (after acting), to let a test kill the sender mid-call. */
  delayMs: number;
  close(): Promise<void>;
}

export async function startWebhookReceiver(secret = 'test-secret'): Promise<WebhookReceiver> {
  const posts: WebhookReceiver['posts'] = new Map();
  let failures: { n: number; status: number; retryAfter?: number } = { n: 0, status: 500 };
  const state = { requests: 0, delayMs: 0 };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const reply = (status: number, json: unknown, headers: Record<string, string> = {}) => {
        const send = () => {
          res.writeHead(status, { 'content-type': 'application/json', ...headers });
          res.end(JSON.stringify(json));
        };
        if (state.delayMs > 0) setTimeout(send, state.delayMs);
        else send();
      };
      const signature = req.headers[SIGNATURE_HEADER] as string | undefined;
      if (!verifyWebhook(secret, body, signature, Math.floor(Date.now() / 1000))) {
        return reply(401, { error: 'bad signature' });
      }
      state.requests += 1;
      if (failures.n > 0) {
        failures.n -= 1;
        const headers: Record<string, string> =
          failures.retryAfter !== undefined ? { 'retry-after': String(failures.retryAfter) } : {};
        return reply(failures.status, { error: 'failing on purpose' }, headers);
      }
      const key = req.headers[IDEMPOTENCY_HEADER] as string | undefined;
      if (!key) return reply(400, { error: 'Idempotency-Key missing' });
      const payload = JSON.parse(body) as Record<string, unknown>;
      if (payload.event === 'ping') return reply(200, { ok: true });
      if (payload.event === 'post.deleted') {
        for (const post of posts.values()) if (post.id === payload.externalId) post.deleted = true;
        return reply(200, { ok: true });
      }
      let post = posts.get(key);
      if (!post) {
        post = {
          id: `wh-${posts.size + 1}`,
          text: String(payload.text),
          deleted: false,
          body: payload,
        };
        posts.set(key, post);
      }
      return reply(200, { id: post.id, url: `https://receiver.invalid/posts/${post.id}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/hook`,
    secret,
    posts,
    get requests() {
      return state.requests;
    },
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(ms: number) {
      state.delayMs = ms;
    },
    failNext(n, status, retryAfterSeconds) {
      failures = { n, status, retryAfter: retryAfterSeconds };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
