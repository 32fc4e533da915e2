/** Order statistics and means of benchmark numbers (summary tables and benchmark scripts). */

/** Ascending copy. */
export const sortNum = (v: readonly number[]): number[] => [...v].sort((a, b) => a - b);

/** Linear-interpolated quantile q ∈ [0, 1] of an ascending list; null when empty. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Median of any list (the mean of the middle two for an even count); null when empty. */
export const median = (v: readonly number[]): number | null => quantile(sortNum(v), 0.5);

/** Geometric mean of positive numbers; null when empty. */
export const geomean = (v: readonly number[]): number | null => (v.length ? Math.exp(v.reduce((a, x) => a + Math.log(x), 0) / v.length) : null);
