import { describe, expect, it } from 'vitest';
import { backoffDelayMs, type BackoffPolicy } from './backoff.ts';

const policy: BackoffPolicy = { baseMs: 1000, capMs: 10_000, maxAttempts: 5 };

describe('backoffDelayMs', () => {
  it('doubles per attempt, between half and all of the step', () => {
    expect(backoffDelayMs(policy, 1, () => 0)).toBe(500);
    expect(backoffDelayMs(policy, 1, () => 0.999999)).toBe(1000);
    expect(backoffDelayMs(policy, 2, () => 0)).toBe(1000);
    expect(backoffDelayMs(policy, 3, () => 0.5)).toBe(3000);
  });

  it('stops growing at the cap', () => {
    expect(backoffDelayMs(policy, 5, () => 0.999999)).toBe(10_000);
    expect(backoffDelayMs(policy, 50, () => 0)).toBe(5000);
  });

  it('spreads deliveries that failed together', () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelayMs(policy, 3)));
    expect(delays.size).toBeGreaterThan(10);
    for (const d of delays) expect(d).toBeGreaterThanOrEqual(2000);
  });
});
