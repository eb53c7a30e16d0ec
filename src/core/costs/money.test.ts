import { describe, expect, it } from 'vitest';
import { centMinutesToCents, costCents, divideRoundHalfUp, hoursOf } from './money.ts';

describe('divideRoundHalfUp', () => {
  it.each([
    [0, 60, 0],
    [29, 60, 0], // 0.483…
    [30, 60, 1], // 0.5 exactly → up
    [89, 60, 1], // 1.483…
    [90, 60, 2], // 1.5 → up
    [91, 60, 2],
    [7, 2, 4], // 3.5 → 4
    [5, 2, 3], // 2.5 → 3 (half up, not to even)
    [9_007_199_254, 3, 3_002_399_751], // 3,002,399,751.33…: stays exact for large sums
  ])('%i / %i → %i', (num, den, want) => {
    expect(divideRoundHalfUp(num, den)).toBe(want);
  });
});

describe('costCents', () => {
  it('is minutes × rate / 60, rounded half up', () => {
    expect(costCents(90, 6000)).toBe(9000); // 1.5 h × 60.00 € = 90.00 €
    expect(costCents(1, 30)).toBe(1); // 0.5 cent → 1
    expect(costCents(1, 29)).toBe(0); // 0.483 cent → 0
    expect(costCents(7, 4550)).toBe(531); // 31,850 / 60 = 530.83 → 531
    expect(costCents(0, 9000)).toBe(0);
    expect(costCents(120, 0)).toBe(0);
  });

  it('cent-minutes are divided once: the sum of rounded parts can differ', () => {
    // 1 min at 30 ¢/h twice: exact 1.0 cent; rounded per part 1 + 1 = 2.
    expect(centMinutesToCents(30 + 30)).toBe(1);
    expect(costCents(1, 30) + costCents(1, 30)).toBe(2);
  });
});

describe('hoursOf', () => {
  it.each([
    [0, 0],
    [60, 1],
    [90, 1.5],
    [312, 5.2],
    [1, 0.02], // 0.01666… → 0.02
    [100, 1.67], // 1.666… → 1.67
    [160, 2.67],
    [195, 3.25],
    [3, 0.05], // 0.05 exactly
  ])('%i min → %f h', (minutes, hours) => {
    expect(hoursOf(minutes)).toBe(hours);
  });
});
