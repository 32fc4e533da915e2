/** Elementwise bounds {lower, upper} on a flat tensor, with lower ≤ upper asserted. */
export interface Bounds {
  readonly lower: Float64Array;
  readonly upper: Float64Array;
}

export function makeBounds(lower: Float64Array, upper: Float64Array, what = 'bounds'): Bounds {
  if (lower.length !== upper.length) throw new Error(`${what}: ${lower.length} lower and ${upper.length} upper values`);
  for (let i = 0; i < lower.length; i++) {
    if (!(lower[i] <= upper[i])) throw new Error(`${what}: lower ${lower[i]} > upper ${upper[i]} at ${i}`);
  }
  return { lower, upper };
}

/**
 * A sub-problem with no point: raised by a refinement whose constraints contradict sound bounds
 * (e.g. a ReLU split active while its pre-activation's upper bound is below 0). Branch and bound
 * closes such a node; nothing else raises it.
 */
export class EmptyRegion extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmptyRegion';
  }
}

/** The tightest elementwise intersection of two sound bounds on the same quantity. */
export function intersectBounds(a: Bounds, b: Bounds): Bounds {
  const n = a.lower.length;
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lower[i] = Math.max(a.lower[i], b.lower[i]);
    upper[i] = Math.min(a.upper[i], b.upper[i]);
    if (lower[i] > upper[i]) {
      // Two sound bounds can only cross by rounding; keep the point they nearly agree on.
      const m = 0.5 * (lower[i] + upper[i]);
      lower[i] = m;
      upper[i] = m;
    }
  }
  return { lower, upper };
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
