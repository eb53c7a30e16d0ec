import type { z } from 'zod';
import {
  failureFromHttp,
  NetworkError,
  type AdapterContext,
  type PublishFailure,
} from '../contract.ts';

export const LINKEDIN_API = 'https://api.linkedin.com';
/**
 * The version every `/rest` call names (`LinkedIn-Version: YYYYMM`). LinkedIn serves each version
 * for at least a year after its release; moving on means reading its migration notes.
 */
export const LINKEDIN_VERSION = '202610';

/** A LinkedIn answer outside 2xx, kept whole until the caller knows what it means there. */
export class LinkedInResponseError extends Error {
  readonly status: number;
  readonly body: string;
  readonly headers: Headers;
  constructor(status: number, body: string, headers: Headers) {
    super(`LinkedIn API: HTTP ${status}`);
    this.name = 'LinkedInResponseError';
    this.status = status;
    this.body = body;
    this.headers = headers;
  }

  /** LinkedIn's own words: `message` (API) or `error_description` (OAuth). */
  get detail(): string {
    try {
      const parsed = JSON.parse(this.body) as { message?: string; error_description?: string };
      return parsed.message ?? parsed.error_description ?? this.body;
    } catch {
      return this.body;
    }
  }
}

export interface LinkedInRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  json?: unknown;
  form?: Record<string, string>;
  bytes?: { data: Uint8Array; mimeType: string };
  /** Rest.li's `X-RestLi-Method` (FINDER, DELETE), which LinkedIn asks for on those calls. */
  restliMethod?: 'FINDER' | 'DELETE';
  /** Whether to send the bearer token (the OAuth token endpoint authenticates in the body). */
  auth?: boolean;
}

export interface LinkedInAnswer {
  headers: Headers;
  body: unknown;
}

/**
 * One call through `ctx.fetch`. Calls under `/rest/` carry `LinkedIn-Version` and Rest.li 2.0.0.
 * Answers outside 2xx throw `LinkedInResponseError`; a failed connection a transient `NetworkError`.
 */
export async function linkedinRequest(
  ctx: AdapterContext,
  req: LinkedInRequest,
): Promise<LinkedInAnswer> {
  const headers: Record<string, string> = {};
  if (req.auth !== false) {
    if (!ctx.credentials.accessToken) {
      throw new NetworkError({ kind: 'auth_expired', message: 'LinkedIn accessToken missing' });
    }
    headers.authorization = `Bearer ${ctx.credentials.accessToken}`;
  }
  if (req.url.startsWith(`${LINKEDIN_API}/rest/`)) {
    headers['linkedin-version'] = LINKEDIN_VERSION;
    headers['x-restli-protocol-version'] = '2.0.0';
  }
  if (req.restliMethod) headers['x-restli-method'] = req.restliMethod;
  let body: string | Uint8Array<ArrayBuffer> | undefined;
  if (req.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(req.json);
  } else if (req.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(req.form).toString();
  } else if (req.bytes) {
    headers['content-type'] = req.bytes.mimeType;
    // A copy on its own ArrayBuffer: what fetch's body type accepts.
    body = new Uint8Array(req.bytes.data);
  }
  let res: Response;
  try {
    res = await ctx.fetch(req.url, { method: req.method, headers, body, signal: ctx.signal });
  } catch (err) {
    throw new NetworkError({ kind: 'transient', message: (err as Error).message });
  }
  const text = await res.text().catch(() => '');
  if (!res.ok) throw new LinkedInResponseError(res.status, text, res.headers);
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text) as unknown;
    } catch {
      parsed = text;
    }
  }
  return { headers: res.headers, body: parsed };
}

/**
 * The failure an error of a LinkedIn call stands for: 401 auth_expired; 429 rate_limited for
 * `Retry-After` when LinkedIn sends one (it usually does not: the contract's default wait then);
 * 408/5xx transient; other 4xx (422 content refused, 403 no permission) rejected with LinkedIn's
 * reason; anything thrown that is not HTTP is transient.
 */
export function linkedinFailure(err: unknown, now: () => number): PublishFailure {
  if (err instanceof NetworkError) return err.failure;
  if (err instanceof LinkedInResponseError) {
    return failureFromHttp(err.status, err.detail, err.headers.get('retry-after'), now);
  }
  return { kind: 'transient', message: err instanceof Error ? err.message : String(err) };
}

/** Runs LinkedIn calls; every error leaves as a `NetworkError`. */
export async function linkedinCall<T>(now: () => number, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw new NetworkError(linkedinFailure(err, now));
  }
}

/** Reads an answer's body with `schema`; an answer of another shape is a transient failure. */
export function answerOf<T>(schema: z.ZodType<T>, answer: LinkedInAnswer, what: string): T {
  const parsed = schema.safeParse(answer.body);
  if (!parsed.success) {
    throw new NetworkError({
      kind: 'transient',
      message: `LinkedIn answered ${what} in an unexpected shape`,
    });
  }
  return parsed.data;
}

/** A URN as a path segment (`urn:li:share:1` → `urn%3Ali%3Ashare%3A1`), as Rest.li 2.0 wants. */
export function urnPath(urn: string): string {
  return encodeURIComponent(urn);
}
