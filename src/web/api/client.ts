import { z } from 'zod';
import { errorResponse } from '../../contracts/common.ts';

/** An answer of the API that is not a success, or no answer at all (`network`). */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    /** The HTTP status; 0 when the server could not be reached or answered something unreadable. */
    readonly status: number,
    /** The API's error code (`forbidden`, `unprocessable`, …), or `network` / `invalid_response`. */
    readonly code: string,
    message: string,
    readonly details: z.infer<typeof errorResponse>['error']['details'] = [],
  ) {
    super(message);
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * What the client remembers of the session: the CSRF token that cookie-borne writes must echo, and
 * what to do when the server says the session is gone (show the sign-in page).
 */
const session: { csrfToken: string | null; onUnauthenticated: () => void } = {
  csrfToken: null,
  onUnauthenticated: () => undefined,
};

export function setCsrfToken(token: string | null): void {
  session.csrfToken = token;
}

export function onUnauthenticated(handler: () => void): void {
  session.onUnauthenticated = handler;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as multipart/form-data (uploads). */
  form?: FormData;
  /** A 401 here is an answer, not a lost session (the sign-in form itself). */
  expectUnauthenticated?: boolean;
}

function urlOf(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) params.set(k, String(v));
  const qs = params.toString();
  return `/api/v1${path}${qs ? `?${qs}` : ''}`;
}

/**
 * One call to `/api/v1`: the session cookie goes along, writes carry the CSRF token, and the
 * answer is parsed with the contract's schema, so callers get typed data or an `ApiError`.
 */
export async function request<S extends z.ZodType>(
  schema: S,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  opts: RequestOptions = {},
): Promise<z.output<S>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (!SAFE_METHODS.has(method) && session.csrfToken) headers['x-csrf-token'] = session.csrfToken;
  let body: BodyInit | undefined;
  if (opts.form) body = opts.form;
  else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  let res: Response;
  try {
    res = await fetch(urlOf(path, opts.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
    });
  } catch (err) {
    throw new ApiError(0, 'network', err instanceof Error ? err.message : String(err));
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    throw new ApiError(res.status, 'invalid_response', `Not JSON: ${text.slice(0, 80)}`);
  }
  if (!res.ok) {
    const parsed = errorResponse.safeParse(json);
    const error = parsed.success
      ? parsed.data.error
      : { code: 'invalid_response', message: `HTTP ${res.status}`, details: [] };
    if (res.status === 401 && !opts.expectUnauthenticated) session.onUnauthenticated();
    throw new ApiError(res.status, error.code, error.message, error.details);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(res.status, 'invalid_response', z.prettifyError(parsed.error));
  }
  return parsed.data;
}

/** `{ items: [...] }`, the shape of the unpaged lists (units, channels). */
export function itemsOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}
