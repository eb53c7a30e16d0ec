import { describe, expect, it } from 'vitest';
import { nearestRank } from './percentile.ts';

describe('nearestRank', () => {
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('p90 of ten values is the 9th (rank ⌈0.9 × 10⌉ = 9)', () => {
    expect(nearestRank(ten, 90)).toBe(9);
  });

  it('the median of an even count is the lower middle value, never an average', () => {
    expect(nearestRank(ten, 50)).toBe(5); // rank ⌈5⌉ = 5
    expect(nearestRank([10, 20], 50)).toBe(10);
  });

  it('an odd count has its middle value as median', () => {
    expect(nearestRank([60, 150, 540], 50)).toBe(150); // rank ⌈1.5⌉ = 2
    expect(nearestRank([60, 150, 540], 90)).toBe(540); // rank ⌈2.7⌉ = 3
  });

  it('rounds the rank up: p90 of 11 values is rank ⌈9.9⌉ = 10', () => {
    expect(nearestRank([...ten, 11], 90)).toBe(10);
  });

  it('p100 is the maximum; a tiny p is the minimum (rank at least 1)', () => {
    expect(nearestRank(ten, 100)).toBe(10);
    expect(nearestRank(ten, 1)).toBe(1);
    expect(nearestRank(ten, 0.5)).toBe(1);
  });

  it('one value is every percentile of itself; no values → null', () => {
    expect(nearestRank([42], 50)).toBe(42);
    expect(nearestRank([42], 90)).toBe(42);
    expect(nearestRank([], 50)).toBeNull();
  });

  it('refuses a percentile outside (0, 100]', () => {
    expect(() => nearestRank(ten, 0)).toThrow(RangeError);
    expect(() => nearestRank(ten, 101)).toThrow(RangeError);
    expect(() => nearestRank(ten, Number.NaN)).toThrow(RangeError);
  });
});
