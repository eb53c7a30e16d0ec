/**
 * When a failed attempt is tried again: exponential backoff with full jitter (the delay is drawn
 * uniformly from the upper half of the exponential step), so that many deliveries failing
 * together — a network outage — do not all come back in the same second.
 */
export interface BackoffPolicy {
  /** Delay after the first failed attempt, before jitter. */
  baseMs: number;
  /** Longest delay, before jitter. */
  capMs: number;
  /** Attempts in all; a delivery whose last attempt failed is `failed`. */
  maxAttempts: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = {
  baseMs: 30_000,
  capMs: 3_600_000,
  maxAttempts: 6,
};

/** The delay after attempt number `attempt` (1 = the first) failed; `random` in [0, 1). */
export function backoffDelayMs(
  policy: BackoffPolicy,
  attempt: number,
  random: () => number = Math.random,
): number {
  const step = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}
