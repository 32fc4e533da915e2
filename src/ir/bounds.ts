/** Elementwise bounds {lower, upper} on a flat tensor, lower ≤ upper (intersectBounds checks it). */
export interface Bounds {
  readonly lower: Float64Array;
  readonly upper: Float64Array;
}

/**
 * A sub-problem with no point: raised by a refinement whose constraints contradict sound bounds
 * (e.g. a ReLU split active while its pre-activation's upper bound is below 0). Branch and bound
 * closes such a node. intersectBounds raises it too when two bounds cross by more than rounding:
 * over a region with points that means an unsound bound, a bug, reported as such.
 */
export class EmptyRegion extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmptyRegion';
  }
}

/**
 * How far two sound bounds on the same quantity may cross by float rounding alone: 1e-9 of the
 * magnitude (at least 1e-9), far above the rounding of any sweep's arithmetic and far below any
 * width that matters.
 */
export function crossingTolerance(lower: number, upper: number): number {
  return 1e-9 * Math.max(1, Math.abs(lower), Math.abs(upper));
}

/**
 * The tightest elementwise intersection of two sound bounds on the same quantity. Where they
 * cross by rounding (within `crossingTolerance`), the point they nearly agree on; a larger
 * crossing means the region has no point (a sub-problem's constraints contradict each other) or
 * a bound is unsound: EmptyRegion, naming the entry and both bounds.
 */
export function intersectBounds(a: Bounds, b: Bounds): Bounds {
  const n = a.lower.length;
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lower[i] = Math.max(a.lower[i], b.lower[i]);
    upper[i] = Math.min(a.upper[i], b.upper[i]);
    if (lower[i] > upper[i]) {
      if (lower[i] - upper[i] > crossingTolerance(lower[i], upper[i])) {
        throw new EmptyRegion(`bounds cross at entry ${i}: [${a.lower[i]}, ${a.upper[i]}] ∩ [${b.lower[i]}, ${b.upper[i]}] is empty`);
      }
      const m = 0.5 * (lower[i] + upper[i]);
      lower[i] = m;
      upper[i] = m;
    }
  }
  return { lower, upper };
}

/** The two halves of a box cut at the midpoint of coordinate `dim` (they cover it; they share the cut). */
export function bisect(box: Bounds, dim: number): [Bounds, Bounds] {
  const mid = 0.5 * (box.lower[dim] + box.upper[dim]);
  const leftUpper = Float64Array.from(box.upper);
  leftUpper[dim] = mid;
  const rightLower = Float64Array.from(box.lower);
  rightLower[dim] = mid;
  return [
    { lower: Float64Array.from(box.lower), upper: leftUpper },
    { lower: rightLower, upper: Float64Array.from(box.upper) },
  ];
}

/**
 * Outward rounding slack for a float64 sum whose terms have absolute values adding to `mag`.
 * Float64 accumulation of n terms errs by at most about n·2^-53·Σ|terms|; we use a fixed
 * relative 1e-12 of the magnitude plus 1e-300, which covers sums of up to ~4,000 terms with
 * a wide margin and keeps every propagated bound sound against rounding.
 */
export function roundingSlack(mag: number): number {
  return 1e-12 * mag + 1e-300;
}
