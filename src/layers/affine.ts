/**
 * Affine layer y = Σ_k W_k x_k + b.
 *
 * Interval: lower = b + Σ_k (W_k⁺ l_k + W_k⁻ u_k), upper = b + Σ_k (W_k⁺ u_k + W_k⁻ l_k), widened
 * outward by `roundingSlack` of the magnitude of the sum (float64 accumulation error).
 *
 * Backward (linear relaxation): exact, Λ·y = Σ_k (Λ W_k)·x_k + Λ·b.
 *
 * Twin difference: y¹ − y² = Σ_k [W¹_k d_k + ΔW_k h²_k] + Δb with d_k = x¹_k − x²_k, which is
 * tight when the twins' weights are close (pruning, quantisation) and d is small.
 *
 * MILP: one free continuous column per output and the equality row y_i − Σ W x = b_i. Inputs
 * that are the constant 0 (cols = -1) are skipped. The column is deliberately left unbounded:
 * its sound bounds [l, u] hold at every feasible point anyway (by induction from the input box,
 * the encoding pins every column to the network's true value), and bounding it stops HiGHS's
 * presolve from treating it as implied-free and substituting it away. Measured: ECG twins,
 * ε = 2e-4, crown+diff big-M, all 4 pairs of a beat: 18.9 s → 6.6 s and 27.3 s → 4.6 s; mnist8x8
 * pair 19.6 s → 11.7 s; mnist784 pair 10.3 s → 4.9 s. The big-M constants of the ReLU and max
 * encodings still use [l, u].
 */
import { roundingSlack } from '../ir/bounds.js';
import type { AffineNode } from '../ir/network.js';
import { csrMulAdd } from '../ir/sparse.js';
import type { Encoded, LayerImpl } from './layer.js';
import { type LinearForms } from './linear-forms.js';
import { affineDiffBackward, affineDiffForward } from './affine-diff.js';
import { affineFloat32Backward, affineFloat32Error, affineFloat32PairError, affineForward32 } from './affine-f32.js';

export const affineLayer: LayerImpl<AffineNode> = {
  linear: true,
  signSplit: false,
  elementwise: false,

  markOpenInputs() {},

  markReads(node, need, reads) {
    node.terms.forEach((w, k) => {
      const out = reads[k];
      for (let r = 0; r < w.rows; r++) {
        if (need[r] === 0) continue;
        for (let q = w.starts[r]; q < w.starts[r + 1]; q++) out[w.indices[q]] = 1;
      }
    });
  },

  candidatePairs() {
    return null;
  },

  asRelus: () => null,

  structureMismatch(a, b) {
    for (let k = 0; k < a.terms.length; k++) {
      if (a.terms[k].cols !== b.terms[k].cols) return 'different weight shapes';
    }
    return null;
  },

  /** y_r = Σ W·x + b: each weight picks the input's lower or upper form by its sign. */
  forwardLinear(node, forms, _inputs, mag) {
    const n = forms[0].n;
    const size = node.size;
    const lo = new Float64Array(size * n);
    const up = new Float64Array(size * n);
    const lb = Float64Array.from(node.bias);
    const ub = Float64Array.from(node.bias);
    const m = Float64Array.from(node.bias, Math.abs);
    node.terms.forEach((w, k) => {
      const f = forms[k];
      const fm = formMagnitudes(f, mag);
      for (let r = 0; r < size; r++) {
        for (let q = w.starts[r]; q < w.starts[r + 1]; q++) {
          const c = w.indices[q];
          const v = w.values[q];
          const a = v >= 0 ? f.lo : f.up;
          const b = v >= 0 ? f.up : f.lo;
          const ro = r * n;
          const co = c * n;
          for (let j = 0; j < n; j++) {
            lo[ro + j] += v * a[co + j];
            up[ro + j] += v * b[co + j];
          }
          lb[r] += v * (v >= 0 ? f.lb[c] : f.ub[c]);
          ub[r] += v * (v >= 0 ? f.ub[c] : f.lb[c]);
          m[r] += Math.abs(v) * fm[c];
        }
      }
    });
    for (let r = 0; r < size; r++) {
      const s = roundingSlack(m[r]);
      lb[r] -= s;
      ub[r] += s;
    }
    return { n, lo, lb, up, ub };
  },

  forward(node, inputs) {
    const y = Float64Array.from(node.bias);
    node.terms.forEach((w, k) => csrMulAdd(w, inputs[k], y));
    return y;
  },

  forward32: affineForward32,
  float32Error: affineFloat32Error,
  float32PairError: affineFloat32PairError,
  float32Backward: affineFloat32Backward,

  interval(node, inputs) {
    // Each end's rounding slack comes from the magnitudes of the terms that end sums (the float
    // error of a sum of products is at most γ_n times their absolute sum). An end whose terms
    // all have a zero operand, with a zero bias, is an exact 0 and gets no slack: a − b over a
    // constant-zero a and b ≥ 0 then stays ≤ 0 (max-pool trees of src/layers/lower.ts).
    const n = node.size;
    const lower = Float64Array.from(node.bias);
    const upper = Float64Array.from(node.bias);
    const magLo = new Float64Array(n);
    const magHi = new Float64Array(n);
    for (let i = 0; i < n; i++) magLo[i] = magHi[i] = Math.abs(node.bias[i]);
    node.terms.forEach((w, k) => {
      const { lower: l, upper: u } = inputs[k];
      for (let r = 0; r < n; r++) {
        let lo = 0;
        let hi = 0;
        let mlo = 0;
        let mhi = 0;
        for (let q = w.starts[r]; q < w.starts[r + 1]; q++) {
          const c = w.indices[q];
          const v = w.values[q];
          const [xl, xh] = v >= 0 ? [l[c], u[c]] : [u[c], l[c]];
          lo += v * xl;
          hi += v * xh;
          // A nonzero operand pair counts at least the underflow floor (its product may round to 0).
          if (xl !== 0) mlo += Math.abs(v) * Math.abs(xl) || Number.MIN_VALUE;
          if (xh !== 0) mhi += Math.abs(v) * Math.abs(xh) || Number.MIN_VALUE;
        }
        lower[r] += lo;
        upper[r] += hi;
        magLo[r] += mlo;
        magHi[r] += mhi;
      }
    });
    for (let i = 0; i < n; i++) {
      if (magLo[i] > 0) lower[i] -= roundingSlack(magLo[i]);
      if (magHi[i] > 0) upper[i] += roundingSlack(magHi[i]);
    }
    return { lower, upper };
  },

  encode(node, inputs, _out, b, prefix) {
    const cols = new Int32Array(node.size);
    for (let r = 0; r < node.size; r++) {
      const y = b.addCol(-Infinity, Infinity, `${prefix}_${r}`);
      cols[r] = y;
      const rc: number[] = [y];
      const rv: number[] = [1];
      node.terms.forEach((w, k) => {
        const inCols = inputs[k].enc.cols;
        for (let q = w.starts[r]; q < w.starts[r + 1]; q++) {
          const c = inCols[w.indices[q]];
          if (c >= 0) {
            rc.push(c);
            rv.push(-w.values[q]);
          }
        }
      });
      b.addRow(rc, rv, node.bias[r], node.bias[r], `${prefix}_eq_${r}`);
    }
    return { cols, aux: new Int32Array(0) } satisfies Encoded;
  },

  backward(node, lam, m, _inputs) {
    // Exact: Λ·y = Σ_k (Λ W_k)·x_k + Λ·b.
    const n = node.size;
    const bias = new Float64Array(m);
    const lams = node.terms.map(w => new Float64Array(m * w.cols));
    for (let r = 0; r < m; r++) {
      const row = r * n;
      let bsum = 0;
      for (let i = 0; i < n; i++) {
        const a = lam[row + i];
        if (a === 0) continue;
        bsum += a * node.bias[i];
        node.terms.forEach((w, k) => {
          const out = lams[k];
          const base = r * w.cols;
          for (let q = w.starts[i]; q < w.starts[i + 1]; q++) out[base + w.indices[q]] += a * w.values[q];
        });
      }
      bias[r] = bsum;
    }
    return { lams, bias };
  },

  relaxedForward(node, _lam, g) {
    // The affine step is exact, so its relaxed map is the layer itself.
    return affineLayer.forward(node, g);
  },

  diffInterval(n1, n2, inputs) {
    // y¹ − y² = Σ_k [W¹_k d_k + (W¹_k − W²_k) h²_k] + (b¹ − b²), each product by interval arithmetic.
    const n = n1.size;
    const lower = new Float64Array(n);
    const upper = new Float64Array(n);
    const mag = new Float64Array(n);
    for (let r = 0; r < n; r++) {
      const db = n1.bias[r] - n2.bias[r];
      lower[r] = db;
      upper[r] = db;
      mag[r] = Math.abs(n1.bias[r]) + Math.abs(n2.bias[r]);
    }
    const acc = (r: number, v: number, l: number, u: number): void => {
      if (v >= 0) {
        lower[r] += v * l;
        upper[r] += v * u;
      } else {
        lower[r] += v * u;
        upper[r] += v * l;
      }
      mag[r] += Math.abs(v) * Math.max(Math.abs(l), Math.abs(u));
    };
    n1.terms.forEach((w1, k) => {
      const w2 = n2.terms[k];
      const { d, b2 } = inputs[k];
      for (let r = 0; r < n; r++) {
        for (let q = w1.starts[r]; q < w1.starts[r + 1]; q++) acc(r, w1.values[q], d.lower[w1.indices[q]], d.upper[w1.indices[q]]);
        // ΔW row r = W¹ row r − W² row r, merged over the union of their column indices.
        let p1 = w1.starts[r];
        let p2 = w2.starts[r];
        const e1 = w1.starts[r + 1];
        const e2 = w2.starts[r + 1];
        while (p1 < e1 || p2 < e2) {
          const c1 = p1 < e1 ? w1.indices[p1] : Infinity;
          const c2 = p2 < e2 ? w2.indices[p2] : Infinity;
          const c = Math.min(c1, c2);
          const v = (c1 === c ? w1.values[p1++] : 0) - (c2 === c ? w2.values[p2++] : 0);
          if (v !== 0) acc(r, v, b2.lower[c], b2.upper[c]);
        }
      }
    });
    for (let r = 0; r < n; r++) {
      const s = roundingSlack(mag[r]);
      lower[r] -= s;
      upper[r] += s;
    }
    return { lower, upper };
  },

  diffBackward: (n1, n2, cd, c2, m, inputs) => affineDiffBackward(n1, n2, cd, c2, m, inputs),

  diffRelaxedForward: (n1, n2, _cd, _c2, g, inputs, _params, need) => affineDiffForward(n1, n2, g, inputs, need),

  start(_node, enc, _inputActs, outAct, colValue) {
    for (let r = 0; r < enc.cols.length; r++) colValue[enc.cols[r]] = outAct[r];
  },

  vjp(node, _inputActs, _outAct, gOut) {
    // ∂f/∂x_k = W_kᵀ gOut, scattered row by row over the CSR.
    return node.terms.map(w => {
      const g = new Float64Array(w.cols);
      for (let r = 0; r < w.rows; r++) {
        const v = gOut[r];
        if (v === 0) continue;
        for (let q = w.starts[r]; q < w.starts[r + 1]; q++) g[w.indices[q]] += v * w.values[q];
      }
      return g;
    });
  },
} satisfies LayerImpl<AffineNode>;


/** Per entry, the largest |value| either form can take on the box (max |x_k| = mag[k]). */
export function formMagnitudes(f: LinearForms, mag: Float64Array): Float64Array {
  const m = f.lb.length;
  const out = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let a = Math.abs(f.lb[i]);
    let b = Math.abs(f.ub[i]);
    for (let k = 0; k < f.n; k++) {
      a += Math.abs(f.lo[i * f.n + k]) * mag[k];
      b += Math.abs(f.up[i * f.n + k]) * mag[k];
    }
    out[i] = Math.max(a, b);
  }
  return out;
}
