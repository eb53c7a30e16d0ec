/**
 * Percentiles by the nearest-rank method: for n values sorted ascending, the p-th percentile
 * (0 < p ≤ 100) is the value at rank ⌈p × n / 100⌉ (1-based). It is always one of the values, so
 * whole minutes stay whole. The median is the 50th percentile: for an even count that is the
 * lower of the two middle values (no averaging).
 */

/** The p-th percentile of `sorted` (ascending) by nearest rank; null for no values. */
export function nearestRank(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  // ⌈p·n/100⌉ for integer p without floating-point surprises; at least rank 1.
  const rank = Number.isInteger(p) ? Math.floor((p * n + 99) / 100) : Math.ceil((p * n) / 100);
  return sorted[Math.max(1, rank) - 1]!;
}
