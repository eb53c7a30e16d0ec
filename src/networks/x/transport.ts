import {
  TwitterApi,
  type IGetHttpRequestArgs,
  type ITwitterApiClientPlugin,
  type TwitterResponse,
} from 'twitter-api-v2';
import {
  failureFromHttp,
  NetworkError,
  retryAfterMs,
  type AdapterContext,
  type PublishFailure,
} from '../contract.ts';

/** An X API answer outside 2xx, kept whole until the caller knows what it means there. */
export class XResponseError extends Error {
  readonly status: number;
  readonly body: string;
  readonly headers: Headers;
  constructor(status: number, body: string, headers: Headers) {
    super(`X API: HTTP ${status}`);
    this.name = 'XResponseError';
    this.status = status;
    this.body = body;
    this.headers = headers;
  }

  /** X's own words: the first `errors[].message`, else the problem's `detail`. */
  get detail(): string {
    try {
      const parsed = JSON.parse(this.body) as {
        detail?: string;
        title?: string;
        errors?: { message?: string; detail?: string }[];
      };
      const first = parsed.errors?.[0];
      return first?.message ?? parsed.detail ?? first?.detail ?? parsed.title ?? this.body;
    } catch {
      return this.body;
    }
  }
}

// `getHttpRequestArgs` is how twitter-api-v2 turns a call into URL, headers (bearer token or the
// OAuth 1.0a signature) and body; it is protected in its typings but stable across 1.x.
interface RequestArgsMaker {
  getHttpRequestArgs(params: IGetHttpRequestArgs): {
    url: URL;
    method: string;
    headers: Record<string, string>;
    body: string | Buffer | undefined;
  };
}

/**
 * Sends twitter-api-v2's requests through `ctx.fetch` instead of node:https: the library still
 * builds every request, but the worker's abort signal and the caller's HTTP client apply (tests
 * replay recorded exchanges through it). Answers outside 2xx become `XResponseError`; a failed
 * connection becomes a transient `NetworkError`.
 */
function viaContextFetch(ctx: AdapterContext): ITwitterApiClientPlugin {
  return {
    async onBeforeRequestConfig({ client, params }) {
      const args = (client as unknown as RequestArgsMaker).getHttpRequestArgs(params);
      let res: Response;
      try {
        res = await ctx.fetch(args.url.toString(), {
          method: args.method,
          headers: args.headers,
          body: args.body as RequestInit['body'],
          signal: ctx.signal,
        });
      } catch (err) {
        throw new NetworkError({ kind: 'transient', message: (err as Error).message });
      }
      const text = await res.text().catch(() => '');
      if (!res.ok) throw new XResponseError(res.status, text, res.headers);
      let data: unknown = text;
      if (text && (res.headers.get('content-type') ?? '').includes('json')) {
        data = JSON.parse(text) as unknown;
      } else if (!text) {
        data = {};
      }
      return { data, headers: Object.fromEntries(res.headers) } satisfies TwitterResponse<unknown>;
    },
  };
}

/**
 * A twitter-api-v2 client for the channel. OAuth 2.0 user context (`accessToken`) is the primary
 * way; OAuth 1.0a is used when `appKey`, `appSecret`, `accessToken` and `accessSecret` are all set.
 */
export function xClient(ctx: AdapterContext): TwitterApi {
  const { appKey, appSecret, accessToken, accessSecret } = ctx.credentials;
  const settings = { plugins: [viaContextFetch(ctx)] };
  if (appKey && appSecret && accessToken && accessSecret) {
    return new TwitterApi({ appKey, appSecret, accessToken, accessSecret }, settings);
  }
  if (!accessToken) {
    throw new NetworkError({ kind: 'auth_expired', message: 'X credentials lack accessToken' });
  }
  return new TwitterApi(accessToken, settings);
}

/**
 * The client that trades a refresh token (OAuth 2.0 confidential clients authenticate with Basic
 * `clientId:clientSecret`, public clients send only `client_id`).
 */
export function xAppClient(ctx: AdapterContext, clientId: string): TwitterApi {
  const { clientSecret } = ctx.credentials;
  return new TwitterApi(clientSecret ? { clientId, clientSecret } : { clientId }, {
    plugins: [viaContextFetch(ctx)],
  });
}

/**
 * How long X asks us to wait: `x-rate-limit-reset` (epoch seconds) for the endpoint's 15-minute
 * window, or the later 24-hour reset when the user's or the app's daily post cap is used up.
 */
export function xRateLimitWait(headers: Headers, now: () => number): number {
  const resets = [headers.get('x-rate-limit-reset')];
  for (const scope of ['user', 'app']) {
    if (headers.get(`x-${scope}-limit-24hour-remaining`) === '0') {
      resets.push(headers.get(`x-${scope}-limit-24hour-reset`));
    }
  }
  const waits = resets.filter((r): r is string => !!r).map((r) => retryAfterMs(r, now));
  return waits.length > 0 ? Math.max(...waits) : retryAfterMs(null, now);
}

/**
 * The failure an error of an X call stands for: 401 auth_expired, 429 rate_limited (wait from the
 * reset headers), 408/5xx transient, other 4xx (content refused, forbidden) rejected with X's
 * reason; a thrown non-HTTP error is transient.
 */
export function xFailure(err: unknown, now: () => number): PublishFailure {
  if (err instanceof NetworkError) return err.failure;
  if (err instanceof XResponseError) {
    if (err.status === 429) {
      return {
        kind: 'rate_limited',
        retryAfterMs: xRateLimitWait(err.headers, now),
        message: `HTTP 429: ${err.detail}`,
      };
    }
    return failureFromHttp(err.status, err.detail, null, now);
  }
  return { kind: 'transient', message: err instanceof Error ? err.message : String(err) };
}

/** X refuses a post whose text equals one the account posted recently with this 403. */
export function isDuplicateContent(err: unknown): boolean {
  return err instanceof XResponseError && err.status === 403 && /duplicate/i.test(err.detail);
}

/** Runs one X call; every error leaves as a `NetworkError`. */
export async function xCall<T>(now: () => number, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw new NetworkError(xFailure(err, now));
  }
}
