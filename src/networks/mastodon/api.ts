import type { z } from 'zod';
import {
  failureFromHttp,
  NetworkError,
  type AdapterContext,
  type PublishFailure,
} from '../contract.ts';
import { errorSchema } from './entities.ts';

/** Where the instance's API lives and the token to use, checked before anything is sent. */
export interface MastodonTarget {
  /** The instance's base URL without a trailing slash (`https://social.example`). */
  base: string;
  accessToken: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Reads the credentials. The token travels in a header on every request, so plain `http:` is
 * accepted only for loopback (a local test server), never across a network.
 */
export function targetOf(ctx: AdapterContext): MastodonTarget {
  const { instance, accessToken } = ctx.credentials;
  const url = instance && URL.canParse(instance) ? new URL(instance) : null;
  const secure =
    url?.protocol === 'https:' || (url?.protocol === 'http:' && LOOPBACK.has(url.hostname));
  if (!url || !secure || !accessToken) {
    throw new NetworkError({
      kind: 'auth_expired',
      message: 'Mastodon credentials need `instance` (an https URL) and `accessToken`.',
    });
  }
  return { base: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, accessToken };
}

/**
 * The server's clock as of this answer (its `Date` header), falling back to ours. Mastodon's
 * `X-RateLimit-Reset` is a time on the server's clock; measuring it against the server's own
 * `Date` keeps the wait right when our clock is off.
 */
function serverNow(headers: Headers): number {
  const date = Date.parse(headers.get('date') ?? '');
  return Number.isNaN(date) ? Date.now() : date;
}

/** Mastodon's `error` text (with `error_description` when given), or null for other bodies. */
function errorText(body: string): string | null {
  try {
    const parsed = errorSchema.safeParse(JSON.parse(body));
    if (!parsed.success) return null;
    const { error, error_description: description } = parsed.data;
    return description && description !== error ? `${error}: ${description}` : error;
  } catch {
    return null;
  }
}

/**
 * Maps a refused request to the closed set of failures:
 * - 401 (token invalid or revoked) and 403 (token lacks a scope, login disabled, account
 *   suspended): `auth_expired`; only whoever owns the account can fix either, by reconnecting.
 * - 429: `rate_limited`. Mastodon itself sends no `Retry-After`, only `X-RateLimit-Reset` (an ISO
 *   time); a `Retry-After` (from a proxy in front) is the more specific answer and wins.
 * - 408 and 5xx: `transient`. Every other 4xx (422 validation, 404 reply target gone): `rejected`
 *   with Mastodon's own error text.
 */
export function mastodonFailure(status: number, body: string, headers: Headers): PublishFailure {
  const said = errorText(body);
  if (status === 403)
    return { kind: 'auth_expired', message: `HTTP 403: ${said ?? body.slice(0, 200)}` };
  const wait = headers.get('retry-after') ?? headers.get('x-ratelimit-reset');
  const failure = failureFromHttp(status, said ?? body, wait, () => serverNow(headers));
  if (failure.kind === 'rejected' && said) return { kind: 'rejected', reason: said };
  return failure;
}

export interface SendOptions {
  method: 'GET' | 'POST' | 'DELETE';
  /** Path below the instance's base URL, starting with `/api/`. */
  path: string;
  /** Form fields (`application/x-www-form-urlencoded`) or a multipart form. */
  body?: URLSearchParams | FormData;
  idempotencyKey?: string;
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

/**
 * One request to the instance, answered with whatever status it has. A connection that fails or
 * is aborted through `ctx.signal` throws `NetworkError` (`transient`: retrying is safe, as every
 * write carries an idempotency key or is idempotent itself).
 */
export async function send(ctx: AdapterContext, options: SendOptions): Promise<Answer> {
  const { base, accessToken } = targetOf(ctx);
  const headers: Record<string, string> = {
    authorization: `Bearer ${accessToken}`,
    accept: 'application/json',
    'user-agent': 'Mooring-Mastodon/1',
  };
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  try {
    const res = await ctx.fetch(`${base}${options.path}`, {
      method: options.method,
      headers,
      body: options.body,
      signal: ctx.signal,
      // A redirect would replay the token and the form elsewhere (or turn a POST into a GET).
      redirect: 'manual',
    });
    return { status: res.status, headers: res.headers, text: await res.text() };
  } catch (err) {
    const message = ctx.signal.aborted ? 'aborted' : (err as Error).message;
    throw new NetworkError({
      kind: 'transient',
      message: `${options.method} ${options.path}: ${message}`,
    });
  }
}

/** Throws the `NetworkError` for an answer that is not a success. */
export function raiseUnlessOk(answer: Answer, path: string): void {
  if (answer.status >= 300 && answer.status < 400) {
    const location = answer.headers.get('location') ?? 'elsewhere';
    throw new NetworkError({
      kind: 'rejected',
      reason: `The instance redirects ${path} to ${location}; connect the channel with the URL it redirects to.`,
    });
  }
  if (answer.status < 200 || answer.status >= 300) {
    throw new NetworkError(mastodonFailure(answer.status, answer.text, answer.headers));
  }
}

/**
 * A request whose success must parse as `schema`. Resolves with the parsed answer and its status
 * (200 and 202/206 mean different things for media); throws `NetworkError` for every failure.
 */
export async function call<T>(
  ctx: AdapterContext,
  options: SendOptions & { schema: z.ZodType<T> },
): Promise<{ status: number; data: T }> {
  const answer = await send(ctx, options);
  raiseUnlessOk(answer, options.path);
  let json: unknown;
  try {
    json = answer.text ? JSON.parse(answer.text) : null;
  } catch {
    json = undefined;
  }
  const parsed = options.schema.safeParse(json);
  if (!parsed.success) {
    // A proxy's page with status 200, or not a Mastodon API at all. Writes carry their
    // idempotency key, so trying again cannot post twice.
    throw new NetworkError({
      kind: 'transient',
      message: `${options.method} ${options.path}: not a Mastodon API answer (HTTP ${answer.status})`,
    });
  }
  return { status: answer.status, data: parsed.data };
}
