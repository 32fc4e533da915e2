/**
 * Float32 arithmetic constants and Higham's rounding-error factor, for the float32 evaluation
 * of a network (src/layers/forward32.ts) and its sound rounding-error bound
 * (src/bounds/precision.ts; docs/precision.md has the proof).
 */
import { roundingSlack } from './bounds.js';

/** The unit roundoff of float32 (round to nearest): 2^-24. */
export const U32 = 2 ** -24;

/**
 * The absolute error one float32 operation can add by underflow: the smallest normal 2^-126
 * (what flush-to-zero / denormals-are-zero can lose; gradual underflow loses at most 2^-150).
 */
export const ETA32 = 2 ** -126;

/** The largest finite float32. */
export const FLOAT32_MAX = 3.4028234663852886e38;

/**
 * Higham's γ_n = n·u / (1 − n·u) for float32 (u = 2^-24): a product of n factors (1 + δ_k),
 * |δ_k| ≤ u, lies in [1 − γ_n, 1 + γ_n]. Infinity when n·u ≥ 1.
 */
export function gamma32(n: number): number {
  const nu = n * U32;
  return nu < 1 ? nu / (1 - nu) : Infinity;
}

/**
 * An error bound computed in float64 (a few dozen operations on nonnegative numbers), rounded
 * upward by the float64 slack of src/ir/bounds.ts; Infinity when the float32 evaluation may
 * overflow (a magnitude beyond float32's range).
 */
export function errorUp(e: number, magnitude: number): number {
  if (!(magnitude <= FLOAT32_MAX) || !(e < Infinity)) return Infinity;
  return e + roundingSlack(e);
}

/** The float32 number nearest to v (Math.fround), as an array op. */
export function fround32(v: ArrayLike<number>): Float64Array {
  return Float64Array.from(v, Math.fround);
}
