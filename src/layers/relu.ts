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
 */
import type { ReluNode } from '../ir/network.js';
import type { LayerImpl } from './layer.js';

export const reluLayer: LayerImpl<ReluNode> = {
  forward(_node, [a]) {
    const y = new Float64Array(a.length);
    for (let i = 0; i < a.length; i++) y[i] = a[i] > 0 ? a[i] : 0;
    return y;
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

  start(_node, enc, [a], outAct, colValue) {
    for (let i = 0; i < enc.aux.length; i++) {
      const d = enc.aux[i];
      if (d >= 0) {
        colValue[enc.cols[i]] = outAct[i];
        colValue[d] = a[i] > 0 ? 1 : 0;
      }
    }
  },
};

/** Counts unstable neurons (l < 0 < u) in pre-activation bounds. */
export function countUnstable(pre: { lower: Float64Array; upper: Float64Array }): number {
  let n = 0;
  for (let i = 0; i < pre.lower.length; i++) if (pre.lower[i] < 0 && pre.upper[i] > 0) n++;
  return n;
}
