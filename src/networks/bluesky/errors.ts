import { XRPCError } from '@atproto/api';
import { NetworkError, retryAfterMs, type PublishFailure } from '../contract.ts';

/**
 * How Bluesky's errors map to the closed failure set. XRPC errors carry an HTTP status and an
 * error name; the name decides first, because atproto answers an expired access token with
 * 400 `ExpiredToken`, not 401.
 */
const AUTH_ERRORS = new Set([
  'AuthenticationRequired',
  'AuthMissing',
  'ExpiredToken',
  'InvalidToken',
  'AccountTakedown',
  'AccountDeactivated',
]);

/** The failure an error from `@atproto/api` (or `fetch`) stands for. */
export function blueskyFailure(err: unknown, now: () => number = Date.now): PublishFailure {
  if (err instanceof NetworkError) return err.failure;
  if (err instanceof XRPCError) {
    const status: number = err.status;
    const message = `${status} ${err.error}: ${err.message}`.slice(0, 500);
    if (AUTH_ERRORS.has(err.error) || status === 401) return { kind: 'auth_expired', message };
    if (status === 429) {
      // The PDS sends `ratelimit-reset` (epoch seconds); some proxies send `retry-after`.
      const headers = err.headers ?? {};
      const reset = headers['retry-after'] ?? headers['ratelimit-reset'] ?? null;
      return { kind: 'rate_limited', retryAfterMs: retryAfterMs(reset, now), message };
    }
    // 1: no response at all (connection refused, reset, aborted); 2: an answer we cannot read.
    if (status < 100 || status === 408 || status >= 500) {
      return { kind: 'transient', message };
    }
    return { kind: 'rejected', reason: message };
  }
  return { kind: 'transient', message: err instanceof Error ? err.message : String(err) };
}

export function toNetworkError(err: unknown): NetworkError {
  return err instanceof NetworkError ? err : new NetworkError(blueskyFailure(err));
}

/** True when the error says the session (not the request) is the problem. */
export function isAuthFailure(err: unknown): boolean {
  return blueskyFailure(err).kind === 'auth_expired';
}

/** True when getRecord says there is no record at the key. */
export function isRecordNotFound(err: unknown): boolean {
  return (
    err instanceof XRPCError &&
    (err.error === 'RecordNotFound' || /could not locate record/i.test(err.message))
  );
}
