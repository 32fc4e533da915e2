/**
 * ReLU y = max(0, a), elementwise.
 *
 * Interval: [max(0, l), max(0, u)], exact for a box.
 *
 * MILP (math.md), given sound pre-activation bounds l ≤ a ≤ u:
 *   - u ≤ 0: y is the constant 0 (cols = -1, no column, no binary);
 *   - l ≥ 0: y = a (the output reuses a's column);
 *   - otherwise a column y ∈ [0, u] and a binary δ with
 *       y ≥ a,  y ≤ u·δ,  y ≤ a − l·(1 − δ).
 *     δ = 1 forces y = a (y ≤ a and y ≥ a), and y ≥ 0 then gives a ≥ 0; δ = 0 forces y ≤ 0,
 *     so y = 0, and y ≥ a gives a ≤ 0. Both are exactly the ReLU graph restricted to [l, u], so the encoding is exact.
 * aux[i] is δ's column for neuron i, or -1 when neuron i is stable.
 *
 * Backward (CROWN): for an unstable neuron (l < 0 < u) the ReLU graph over [l, u] lies between
 *     α·a ≤ y ≤ s·(a − l),   s = u / (u − l),  any α ∈ [0, 1]
 * (the upper line is the chord from (l, 0) to (u, u), above the convex ReLU; the lower line
 * passes through the origin below it). To bound Λ·y from below, a coefficient λ ≥ 0 takes the
 * lower line and λ < 0 the upper line. α defaults to CROWN's choice: 1 when u ≥ −l, else 0.
 * Stable neurons are exact: y = a (l ≥ 0) or y = 0 (u ≤ 0).
 *
 * Twin difference: relu is monotone and 1-Lipschitz, hence for any a¹, a² with d = a¹ − a²,
 * relu(a¹) − relu(a²) lies between 0 and d (if d ≥ 0: 0 ≤ relu(a¹) − relu(a²) ≤ a¹ − a²,
 * symmetrically for d < 0). So it lies in [min(0, d_l), max(0, d_u)]; when both neurons are
 * active it equals d, when both are inactive it is 0, and when one is inactive it is the
 * other's ReLU with a sign.
 */
import type { Bounds } from '../ir/bounds.js';
import type { ReluNode } from '../ir/network.js';
import type { LayerImpl } from './layer.js';
import { roundingSlack } from '../ir/bounds.js';
import { formMagnitudes } from './affine.js';
import { reluDiffBackward, reluDiffRelaxedForward } from './relu-diff.js';

export const reluLayer: LayerImpl<ReluNode> = {
  linear: false,
  signSplit: true,
  elementwise: true,

  markReads(_node, need, [out]) {
    for (let i = 0; i < need.length; i++) if (need[i] !== 0) out[i] = 1;
  },

  markOpenInputs(_node, pre, want) {
    for (let k = 0; k < want.length; k++) if (pre.lower[k] < 0 && pre.upper[k] > 0) want[k] = 1;
  },

  asRelus: () => null,

  structureMismatch() {
    return null;
  },

  candidatePairs() {
    return null;
  },

  /**
   * Stable entries copy (active) or zero (inactive) the forms; an unstable one (l < 0 < u) takes
   * the triangle's upper line s·(x − l), s = u/(u − l), on its upper form, and the lower line
   * λ·x (λ = 1 when u > −l, else 0, as CROWN's default) on its lower form.
   */
  forwardLinear(_node, [f], [pre], mag) {
    const n = f.n;
    const size = f.lb.length;
    const lo = new Float64Array(size * n);
    const up = new Float64Array(size * n);
    const lb = new Float64Array(size);
    const ub = new Float64Array(size);
    const fm = formMagnitudes(f, mag);
    for (let i = 0; i < size; i++) {
      const l = pre.lower[i];
      const u = pre.upper[i];
      if (u <= 0) continue;
      if (l >= 0) {
        lo.set(f.lo.subarray(i * n, (i + 1) * n), i * n);
        up.set(f.up.subarray(i * n, (i + 1) * n), i * n);
        lb[i] = f.lb[i];
        ub[i] = f.ub[i];
        continue;
      }
      const s = u / (u - l);
      for (let k = 0; k < n; k++) up[i * n + k] = s * f.up[i * n + k];
      ub[i] = s * (f.ub[i] - l) + roundingSlack(s * (fm[i] + Math.abs(l)));
      if (u > -l) {
        lo.set(f.lo.subarray(i * n, (i + 1) * n), i * n);
        lb[i] = f.lb[i];
      }
    }
    return { n, lo, lb, up, ub };
  },

  forward(_node, [a]) {
    const y = new Float64Array(a.length);
    for (let i = 0; i < a.length; i++) y[i] = a[i] > 0 ? a[i] : 0;
    return y;
  },

  /** Exact in float32: max(0, x̂) needs no rounding. */
  forward32(node, inputs) {
    return reluLayer.forward(node, inputs);
  },

  /** |relu(x̂) − relu(x)| ≤ |x̂ − x| (1-Lipschitz), and 0 where x, x̂ ≤ u + e ≤ 0 (both give 0). */
  float32Error(_node, [a], [e]) {
    return Float64Array.from(e, (v, i) => (a.upper[i] + v <= 0 ? 0 : v));
  },

  float32PairError(node, inputs, errs, i, j) {
    const e = reluLayer.float32Error(node, inputs, errs);
    return e[i] + e[j];
  },

  /**
   * Both inactive (u + e ≤ 0): Δy = 0. Both active (l − e ≥ 0): Δy = Δx. Otherwise
   * Δy = t·Δx for some t ∈ [0, 1] (relu is monotone and 1-Lipschitz), and
   * λt·Δx = (λ/2)·Δx + λ(t − ½)·Δx with |λ(t − ½)Δx| ≤ |λ|/2 · e.
   */
  float32Backward(_node, lam, [a], [e]) {
    const g = new Float64Array(lam.length);
    let constant = 0;
    for (let i = 0; i < lam.length; i++) {
      const v = lam[i];
      if (v === 0 || a.upper[i] + e[i] <= 0) continue;
      if (a.lower[i] - e[i] >= 0) g[i] = v;
      else {
        g[i] = v / 2;
        constant += (Math.abs(v) / 2) * e[i];
      }
    }
    return { lams: [g], constant: constant + roundingSlack(constant) };
  },

  interval(_node, [a]) {
    const n = a.lower.length;
    const lower = new Float64Array(n);
    const upper = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      lower[i] = Math.max(0, a.lower[i]);
      upper[i] = Math.max(0, a.upper[i]);
    }
    return { lower, upper };
  },

  encode(node, [input], _out, b, prefix) {
    const n = node.size;
    const cols = new Int32Array(n);
    const aux = new Int32Array(n).fill(-1);
    const { lower: l, upper: u } = input.bounds;
    for (let i = 0; i < n; i++) {
      const a = input.enc.cols[i];
      if (u[i] <= 0 || a < 0) {
        cols[i] = -1;
      } else if (l[i] >= 0) {
        cols[i] = a;
      } else {
        const y = b.addCol(0, u[i], `${prefix}_${i}`);
        const d = b.addBinary(`${prefix}_d_${i}`);
        b.addRow([y, a], [1, -1], 0, Infinity, `${prefix}_ge_${i}`);
        b.addRow([y, d], [1, -u[i]], -Infinity, 0, `${prefix}_on_${i}`);
        b.addRow([y, a, d], [1, -1, -l[i]], -Infinity, -l[i], `${prefix}_off_${i}`);
        cols[i] = y;
        aux[i] = d;
      }
    }
    return { cols, aux };
  },

  backward(node, lam, m, [a], alpha) {
    const n = node.size;
    const out = new Float64Array(m * n);
    const bias = new Float64Array(m);
    const { lowSlope, slope, icpt } = relaxation(a, alpha);
    for (let r = 0; r < m; r++) {
      const row = r * n;
      let bsum = 0;
      for (let i = 0; i < n; i++) {
        const v = lam[row + i];
        if (v === 0) continue;
        if (v >= 0) out[row + i] = v * lowSlope[i];
        else {
          out[row + i] = v * slope[i];
          bsum += v * icpt[i];
        }
      }
      bias[r] = bsum;
    }
    return { lams: [out], bias };
  },

  relaxedForward(_node, lam, [g], [a], alpha) {
    const { lowSlope, slope, icpt } = relaxation(a, alpha);
    const out = new Float64Array(g.length);
    for (let i = 0; i < g.length; i++) out[i] = lam[i] >= 0 ? lowSlope[i] * g[i] : slope[i] * g[i] + icpt[i];
    return out;
  },

  diffInterval(_n1, _n2, [{ d, b1, b2 }]) {
    // relu is monotone and 1-Lipschitz, so relu(a¹) − relu(a²) lies between 0 and a¹ − a²:
    // in [min(0, d_l), max(0, d_u)]. Both active: exactly d. Both inactive: exactly 0.
    const n = d.lower.length;
    const lower = new Float64Array(n);
    const upper = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const act1 = b1.lower[i] >= 0;
      const act2 = b2.lower[i] >= 0;
      const off1 = b1.upper[i] <= 0;
      const off2 = b2.upper[i] <= 0;
      if (off1 && off2) continue;
      if (act1 && act2) {
        lower[i] = d.lower[i];
        upper[i] = d.upper[i];
        continue;
      }
      lower[i] = Math.min(0, d.lower[i]);
      upper[i] = Math.max(0, d.upper[i]);
      // One side inactive: the difference is ±relu of the other side.
      if (off2) {
        lower[i] = Math.max(lower[i], 0);
        upper[i] = Math.min(upper[i], Math.max(0, b1.upper[i]));
      } else if (off1) {
        lower[i] = Math.max(lower[i], -Math.max(0, b2.upper[i]));
        upper[i] = Math.min(upper[i], 0);
      }
    }
    return { lower, upper };
  },

  diffBackward: (_n1, _n2, cd, c2, m, inputs, params) => reluDiffBackward(cd, c2, m, inputs, params),

  diffRelaxedForward: (_n1, _n2, cd, c2, g, inputs, params) => reluDiffRelaxedForward(cd, c2, g, inputs, params),

  start(_node, enc, [a], outAct, colValue) {
    for (let i = 0; i < enc.aux.length; i++) {
      const d = enc.aux[i];
      if (d >= 0) {
        colValue[enc.cols[i]] = outAct[i];
        colValue[d] = a[i] > 0 ? 1 : 0;
      }
    }
  },

  vjp(_node, [a], _outAct, gOut) {
    // ∂y_i/∂a_i = 1 if a_i > 0 else 0 (the subgradient 0 at the kink a_i = 0).
    const g = new Float64Array(a.length);
    for (let i = 0; i < a.length; i++) if (a[i] > 0) g[i] = gOut[i];
    return [g];
  },
};

/**
 * The linear relaxation `backward` uses: lower line y ≥ lowSlope·a, upper line
 * y ≤ slope·a + icpt, exact for stable neurons. `alpha` overrides the lower slope of unstable
 * neurons (clamped to [0, 1], where every slope is sound).
 */
function relaxation(a: Bounds, alpha?: Float64Array): { lowSlope: Float64Array; slope: Float64Array; icpt: Float64Array } {
  const n = a.lower.length;
  const slope = new Float64Array(n);
  const icpt = new Float64Array(n);
  const lowSlope = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const l = a.lower[i];
    const u = a.upper[i];
    if (u <= 0) continue;
    if (l >= 0) {
      slope[i] = 1;
      lowSlope[i] = 1;
    } else {
      slope[i] = u / (u - l);
      icpt[i] = -slope[i] * l;
      lowSlope[i] = alpha ? Math.min(1, Math.max(0, alpha[i])) : u >= -l ? 1 : 0;
    }
  }
  return { lowSlope, slope, icpt };
}

/** CROWN's default lower slopes for the unstable neurons of pre-activation bounds `a` (0 elsewhere). */
export function defaultAlpha(a: Bounds): Float64Array {
  const out = new Float64Array(a.lower.length);
  for (let i = 0; i < out.length; i++) if (a.lower[i] < 0 && a.upper[i] > 0) out[i] = a.upper[i] >= -a.lower[i] ? 1 : 0;
  return out;
}

/** Counts unstable neurons (l < 0 < u) in pre-activation bounds. */
export function countUnstable(pre: { lower: Float64Array; upper: Float64Array }): number {
  let n = 0;
  for (let i = 0; i < pre.lower.length; i++) if (pre.lower[i] < 0 && pre.upper[i] > 0) n++;
  return n;
}
