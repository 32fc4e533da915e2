/**
 * The interval steps between the twins' own bounds and their difference d = v¹ − v², shared by
 * the interval (diff.ts) and the symbolic (diff-linear.ts) differential sweeps, both rounded
 * outward by `roundingSlack` of the magnitudes involved (one float operation each):
 *   - `impliedDiff`: d ∈ [l¹ − u², u¹ − l²];
 *   - `shifted`: v¹ ∈ v² + d (sign +1) and v² ∈ v¹ − d (sign −1).
 */
import { type Bounds, roundingSlack } from '../ir/bounds.js';

export function shifted(b: Bounds, d: Bounds, sign: 1 | -1): Bounds {
  const n = b.lower.length;
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lower[i] = sign > 0 ? b.lower[i] + d.lower[i] : b.lower[i] - d.upper[i];
    upper[i] = sign > 0 ? b.upper[i] + d.upper[i] : b.upper[i] - d.lower[i];
    // One float addition each: widen by its rounding.
    const s = roundingSlack(Math.abs(b.lower[i]) + Math.abs(b.upper[i]) + Math.abs(d.lower[i]) + Math.abs(d.upper[i]));
    lower[i] -= s;
    upper[i] += s;
  }
  return { lower, upper };
}

export function impliedDiff(v1: Bounds, v2: Bounds): Bounds {
  const n = v1.lower.length;
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = roundingSlack(Math.abs(v1.lower[i]) + Math.abs(v1.upper[i]) + Math.abs(v2.lower[i]) + Math.abs(v2.upper[i]));
    lower[i] = v1.lower[i] - v2.upper[i] - s;
    upper[i] = v1.upper[i] - v2.lower[i] + s;
  }
  return { lower, upper };
}
