import crypto from 'node:crypto';
import {
  failureFromHttp,
  mediaIssues,
  NetworkError,
  type AdapterContext,
  type NetworkAdapter,
  type PublishInput,
} from '../contract.ts';

/**
 * The generic webhook channel: each delivery is an HTTP POST of JSON to the channel's URL.
 *
 * Credentials: `url` (http or https) and `secret` (shared with the receiver).
 *
 * Signature: `Mooring-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`, the
 * scheme Stripe and others use, so receivers can reject forged and replayed requests (compare in
 * constant time; refuse timestamps older than a few minutes).
 *
 * Idempotency: `Idempotency-Key: <delivery id>` on every attempt, the same on each. The receiver
 * must answer a repeated key with the result of the first request and act only once; that is the
 * whole of the webhook's exactly-once promise. The receiver's JSON answer `{ id, url }` becomes the
 * delivery's external id and URL (the delivery id when it sends none).
 *
 * `DELETE` of a post is a signed POST of `{ event: "post.deleted", externalId }`.
 */
export const SIGNATURE_HEADER = 'mooring-signature';
export const IDEMPOTENCY_HEADER = 'idempotency-key';

export function signWebhook(secret: string, body: string, timestampSeconds: number): string {
  const mac = crypto
    .createHmac('sha256', secret)
    .update(`${timestampSeconds}.${body}`)
    .digest('hex');
  return `t=${timestampSeconds},v1=${mac}`;
}

/** Checks a signature header as a receiver should (constant time, at most `toleranceSeconds` old). */
export function verifyWebhook(
  secret: string,
  body: string,
  header: string | undefined,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const parts = Object.fromEntries(
    (header ?? '').split(',').map((p) => p.split('=', 2) as [string, string]),
  );
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds || !parts.v1)
    return false;
  const expected = Buffer.from(signWebhook(secret, body, t).split('v1=')[1]!, 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

function target(ctx: AdapterContext): { url: string; secret: string } {
  const { url, secret } = ctx.credentials;
  if (!url || !secret || !/^https?:\/\//.test(url)) {
    throw new NetworkError({ kind: 'auth_expired', message: 'webhook url or secret missing' });
  }
  return { url, secret };
}

async function send(
  ctx: AdapterContext,
  payload: Record<string, unknown>,
  idempotencyKey: string,
): Promise<unknown> {
  const { url, secret } = target(ctx);
  const body = JSON.stringify(payload);
  let res: Response;
  try {
    res = await ctx.fetch(url, {
      method: 'POST',
      body,
      signal: ctx.signal,
      headers: {
        'content-type': 'application/json',
        [SIGNATURE_HEADER]: signWebhook(secret, body, Math.floor(Date.now() / 1000)),
        [IDEMPOTENCY_HEADER]: idempotencyKey,
        'user-agent': 'Mooring-Webhook/1',
      },
    });
  } catch (err) {
    throw new NetworkError({ kind: 'transient', message: (err as Error).message });
  }
  const text = await res.text().catch(() => '');
  if (!res.ok) {
    // A receiver that refuses our signature says 401/403: treat both as broken credentials.
    const failure =
      res.status === 403
        ? { kind: 'auth_expired' as const, message: `HTTP 403: ${text.slice(0, 200)}` }
        : failureFromHttp(res.status, text, res.headers.get('retry-after'));
    throw new NetworkError(failure);
  }
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

function bodyOf(input: PublishInput) {
  return {
    event: 'post.published',
    deliveryId: input.deliveryId,
    postId: input.postId,
    text: input.text,
    link: input.link,
    firstComment: input.firstComment,
    media: input.media.map((m) => ({
      id: m.id,
      mimeType: m.mimeType,
      width: m.width,
      height: m.height,
      alt: m.alt,
      data: Buffer.from(m.bytes).toString('base64'),
    })),
  };
}

const LIMITS = {
  maxMedia: 4,
  mediaTypes: ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'video/mp4'],
  maxMediaBytes: 5 * 1024 * 1024,
} as const;

export const webhookAdapter: NetworkAdapter = {
  network: 'webhook',
  idempotency: 'idempotency_key',
  limits: LIMITS,
  credentialFields: ['url', 'secret'],

  async connect(ctx) {
    const { url } = target(ctx);
    await send(ctx, { event: 'ping' }, `ping-${crypto.randomUUID()}`);
    return { handle: new URL(url).host, displayName: null, maxChars: null };
  },

  validate(input) {
    return mediaIssues(LIMITS, input.media);
  },

  async publish(ctx, input) {
    const answer = (await send(ctx, bodyOf(input), input.deliveryId)) as {
      id?: unknown;
      url?: unknown;
    } | null;
    return {
      externalId: typeof answer?.id === 'string' && answer.id ? answer.id : input.deliveryId,
      url: typeof answer?.url === 'string' ? answer.url : null,
    };
  },

  async delete(ctx, externalId) {
    await send(ctx, { event: 'post.deleted', externalId }, `delete-${externalId}`);
  },
};
