/**
 * Money in integer cents, time in whole minutes. Cost is minutes × hourly rate / 60; sums are
 * kept exact as "cent-minutes" (minutes × cents per hour, an integer) and divided once per
 * figure, so a total is never the sum of rounded parts. Rounding is half up (0.5 cent → 1 cent);
 * every input is ≥ 0, so half up and half away from zero agree.
 */

/**
 * `numerator / denominator` rounded half up, in integer arithmetic (exact while both are below
 * 2^53 / 2). Both must be integers, `numerator` ≥ 0 and `denominator` > 0.
 */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** The cost of `minutes` at `hourlyRateCents`, in cents, rounded half up. */
export function costCents(minutes: number, hourlyRateCents: number): number {
  return divideRoundHalfUp(minutes * hourlyRateCents, 60);
}

/** Cent-minutes (Σ minutes × cents per hour) as cents, rounded half up. */
export function centMinutesToCents(centMinutes: number): number {
  return divideRoundHalfUp(centMinutes, 60);
}

/** Minutes as hours with two decimals, rounded half up (90 → 1.5, 1 → 0.02). */
export function hoursOf(minutes: number): number {
  // minutes / 60 * 100 = minutes * 5 / 3, rounded in integers before the one division by 100.
  return divideRoundHalfUp(minutes * 5, 3) / 100;
}
