/**
 * Max over windows: y_o = max_{t ∈ W(o)} a_t (MaxPool, GlobalMaxPool; padding is never part of
 * a window because ONNX pads MaxPool with −∞).
 *
 * Interval: [max_t l_t, max_t u_t], exact for a box.
 *
 * MILP, the pruned max encoding of math.md. With L = max_t l_t and U = max_t u_t:
 *   - candidates are the t* with l_{t*} = L and every other t with u_t > L (an input with
 *     u_t ≤ L never exceeds a_{t*}, so it can be dropped without changing the max);
 *   - one candidate: y is that input's column;
 *   - otherwise y ∈ [L, U], one binary δ_t per candidate, Σ δ_t = 1, and for each candidate
 *       y ≥ a_t   and   y ≤ a_t + (U − l_t)(1 − δ_t);
 *     with exactly two candidates a single binary δ stands for δ_a = δ, δ_b = 1 − δ.
 *     The chosen t (δ_t = 1) gives y = a_t ≥ every other a_s, so y is the max. For s ≠ t the
 *     row y ≤ a_s + (U − l_s) holds for free (y ≤ U, a_s ≥ l_s), and the true argmax is always
 *     a candidate, so every point of the ReLU-free graph is feasible: the encoding is exact.
 * Backward (linear relaxation): y ≥ a_t for every t (we take the t with the largest lower
 * bound, ties to the largest upper bound), and y ≤ a_t when t dominates (l_t ≥ u_s for all
 * other s, then y = a_t exactly), else y ≤ U = max_t u_t (a constant). A coefficient λ ≥ 0
 * takes the lower relation, λ < 0 the upper one.
 *
 * Twin difference: max over the same window is monotone and 1-Lipschitz in L∞, so
 * min_t d_t ≤ max_t a¹_t − max_t a²_t ≤ max_t d_t.
 *
 * aux holds, for each output o, the binary columns of its candidates in window order, at
 * positions windowStarts[o] .. windowStarts[o+1]; -1 marks pruned or non-binary entries. A
 * two-candidate window has its single binary at the first candidate's position.
 */
import { constantForms } from './linear-forms.js';
import { type Bounds, roundingSlack } from '../ir/bounds.js';
import type { AffineNode, IrNode, MaxPoolNode, ReluNode } from '../ir/network.js';
import { CsrBuilder } from '../ir/sparse.js';
import type { LayerImpl } from './layer.js';
import { maxPoolDiffBackward, maxPoolDiffInterval, maxPoolDiffRelaxedForward, twoCandidatePairs, windowRelaxation } from './maxpool-diff.js';

export const maxPoolLayer: LayerImpl<MaxPoolNode> = {
  linear: false,
  signSplit: false,
  elementwise: false,

  markOpenInputs(node, pre, want) {
    for (let o = 0; o < node.size; o++) {
      const s = node.windowStarts[o];
      const e = node.windowStarts[o + 1];
      let best = node.windowIndices[s];
      for (let q = s; q < e; q++) if (pre.lower[node.windowIndices[q]] > pre.lower[best]) best = node.windowIndices[q];
      let open = false;
      for (let q = s; q < e && !open; q++) {
        const t = node.windowIndices[q];
        if (t !== best && pre.upper[t] > pre.lower[best]) open = true;
      }
      if (open) for (let q = s; q < e; q++) want[node.windowIndices[q]] = 1;
    }
  },

  markReads(node, need, [out]) {
    for (let o = 0; o < node.size; o++) {
      if (need[o] === 0) continue;
      for (let q = node.windowStarts[o]; q < node.windowStarts[o + 1]; q++) out[node.windowIndices[q]] = 1;
    }
  },

  candidatePairs(node, pre1, pre2) {
    return twoCandidatePairs(node, pre1, pre2);
  },

  asRelus(node, firstId, [inSize]) {
    return maxPoolAsRelus(node, firstId, inSize);
  },

  structureMismatch(a, b) {
    const same = (x: Int32Array, y: Int32Array): boolean => x.length === y.length && x.every((v, i) => v === y[i]);
    return same(a.windowStarts, b.windowStarts) && same(a.windowIndices, b.windowIndices) ? null : 'different pooling windows';
  },

  /** No linear relaxation of its own: constant forms of the interval bounds. */
  forwardLinear(node, forms, inputs) {
    return constantForms(maxPoolLayer.interval(node, inputs), forms[0].n);
  },

  forward(node, [a]) {
    const y = new Float64Array(node.size);
    for (let o = 0; o < node.size; o++) {
      let m = -Infinity;
      for (let q = node.windowStarts[o]; q < node.windowStarts[o + 1]; q++) m = Math.max(m, a[node.windowIndices[q]]);
      y[o] = m;
    }
    return y;
  },

  /** Exact in float32: a max picks one of its (float32) inputs. */
  forward32(node, inputs) {
    return maxPoolLayer.forward(node, inputs);
  },

  /** |max_t x̂_t − max_t x_t| ≤ max_t |x̂_t − x_t| (max is 1-Lipschitz in L∞). */
  float32Error(node, _inputs, [e]) {
    const out = new Float64Array(node.size);
    for (let o = 0; o < node.size; o++) {
      let m = 0;
      for (let q = node.windowStarts[o]; q < node.windowStarts[o + 1]; q++) m = Math.max(m, e[node.windowIndices[q]]);
      out[o] = m;
    }
    return out;
  },

  float32PairError(node, inputs, errs, i, j) {
    const e = maxPoolLayer.float32Error(node, inputs, errs);
    return e[i] + e[j];
  },

  /**
   * A window whose winner t is the same for the real and the float32 values (l_t − e_t ≥
   * u_s + e_s for every other s): Δy = Δx_t. Otherwise |Δy| ≤ max_t e_t, a constant.
   */
  float32Backward(node, lam, [a], [e]) {
    const g = new Float64Array(a.lower.length);
    let constant = 0;
    for (let o = 0; o < node.size; o++) {
      const v = lam[o];
      if (v === 0) continue;
      const start = node.windowStarts[o];
      const end = node.windowStarts[o + 1];
      let best = node.windowIndices[start];
      for (let q = start + 1; q < end; q++) {
        const t = node.windowIndices[q];
        if (a.lower[t] - e[t] > a.lower[best] - e[best]) best = t;
      }
      let decided = true;
      let emax = 0;
      for (let q = start; q < end; q++) {
        const t = node.windowIndices[q];
        emax = Math.max(emax, e[t]);
        if (t !== best && !(a.lower[best] - e[best] >= a.upper[t] + e[t])) decided = false;
      }
      if (decided) g[best] += v;
      else constant += Math.abs(v) * emax;
    }
    return { lams: [g], constant: constant + roundingSlack(constant) };
  },

  interval(node, [a]) {
    return windowBounds(node, a, Math.max);
  },

  encode(node, [input], _out, b, prefix) {
    const cols = new Int32Array(node.size);
    const aux = new Int32Array(node.windowIndices.length).fill(-1);
    const { lower: l, upper: u } = input.bounds;
    const inCols = input.enc.cols;
    for (let o = 0; o < node.size; o++) {
      const s = node.windowStarts[o];
      const e = node.windowStarts[o + 1];
      const cand = candidates(node.windowIndices, s, e, l, u);
      if (cand.length === 1) {
        cols[o] = inCols[node.windowIndices[cand[0]]];
        continue;
      }
      let best = -Infinity;
      let top = -Infinity;
      for (const q of cand) {
        best = Math.max(best, l[node.windowIndices[q]]);
        top = Math.max(top, u[node.windowIndices[q]]);
      }
      const y = b.addCol(best, top, `${prefix}_${o}`);
      cols[o] = y;
      // y ≥ a_t for every candidate (a constant-0 candidate gives y ≥ 0).
      const term = (q: number): { cols: number[]; coefs: number[] } => {
        const a = inCols[node.windowIndices[q]];
        return a >= 0 ? { cols: [y, a], coefs: [1, -1] } : { cols: [y], coefs: [1] };
      };
      for (const q of cand) {
        const t = term(q);
        b.addRow(t.cols, t.coefs, 0, Infinity, `${prefix}_ge_${o}_${q - s}`);
      }
      if (cand.length === 2) {
        // One binary: δ = 1 selects the first candidate, δ = 0 the second.
        const [qa, qb] = cand;
        const d = b.addBinary(`${prefix}_d_${o}_${qa - s}`);
        aux[qa] = d;
        const ma = top - l[node.windowIndices[qa]];
        const mb = top - l[node.windowIndices[qb]];
        const ta = term(qa);
        const tb = term(qb);
        // y ≤ a + M_a(1 − δ)  ⇔  y − a + M_a δ ≤ M_a;   y ≤ b + M_b δ  ⇔  y − b − M_b δ ≤ 0
        b.addRow([...ta.cols, d], [...ta.coefs, ma], -Infinity, ma, `${prefix}_le_${o}_${qa - s}`);
        b.addRow([...tb.cols, d], [...tb.coefs, -mb], -Infinity, 0, `${prefix}_le_${o}_${qb - s}`);
        continue;
      }
      const sumCols: number[] = [];
      for (const q of cand) {
        const d = b.addBinary(`${prefix}_d_${o}_${q - s}`);
        aux[q] = d;
        sumCols.push(d);
        const m = top - l[node.windowIndices[q]];
        const t = term(q);
        b.addRow([...t.cols, d], [...t.coefs, m], -Infinity, m, `${prefix}_le_${o}_${q - s}`);
      }
      b.addRow(sumCols, sumCols.map(() => 1), 1, 1, `${prefix}_one_${o}`);
    }
    return { cols, aux };
  },

  backward(node, lam, m, [a]) {
    const n = node.size;
    const inSize = a.lower.length;
    const out = new Float64Array(m * inSize);
    const bias = new Float64Array(m);
    const { pick, dominant, top } = windowRelaxation(node, a);
    for (let r = 0; r < m; r++) {
      const row = r * n;
      const orow = r * inSize;
      let bsum = 0;
      for (let o = 0; o < n; o++) {
        const v = lam[row + o];
        if (v === 0) continue;
        if (v >= 0 || dominant[o]) out[orow + pick[o]] += v;
        else bsum += v * top[o];
      }
      bias[r] = bsum;
    }
    return { lams: [out], bias };
  },

  relaxedForward(node, lam, [g], [a]) {
    const { pick, dominant, top } = windowRelaxation(node, a);
    const out = new Float64Array(node.size);
    for (let o = 0; o < node.size; o++) out[o] = lam[o] >= 0 || dominant[o] ? g[pick[o]] : top[o];
    return out;
  },

  diffInterval(node, _n2, [input]) {
    // max is monotone and 1-Lipschitz in L∞: min_t d_t ≤ max_t a¹_t − max_t a²_t ≤ max_t d_t,
    // over the inputs that can be the max in either twin (maxpool-diff.ts).
    return maxPoolDiffInterval(node, input);
  },

  diffBackward: (n1, _n2, cd, c2, m, inputs) => maxPoolDiffBackward(n1, cd, c2, m, inputs),

  diffRelaxedForward: (n1, _n2, cd, c2, [g], [input]) => maxPoolDiffRelaxedForward(n1, cd, c2, g, input),

  start(node, enc, [a], outAct, colValue) {
    for (let o = 0; o < node.size; o++) {
      const s = node.windowStarts[o];
      const e = node.windowStarts[o + 1];
      const binaries: number[] = [];
      for (let q = s; q < e; q++) if (enc.aux[q] >= 0) binaries.push(q);
      if (binaries.length === 0) continue;
      colValue[enc.cols[o]] = outAct[o];
      if (binaries.length === 1) {
        // Two-candidate window: δ = 1 iff the first candidate is the max.
        const qa = binaries[0];
        colValue[enc.aux[qa]] = a[node.windowIndices[qa]] >= outAct[o] ? 1 : 0;
        continue;
      }
      let chosen = binaries[0];
      for (const q of binaries) {
        colValue[enc.aux[q]] = 0;
        if (a[node.windowIndices[q]] > a[node.windowIndices[chosen]]) chosen = q;
      }
      colValue[enc.aux[chosen]] = 1;
    }
  },

  vjp(node, [a], outAct, gOut) {
    // The gradient flows to the first window position attaining the max (one subgradient on ties).
    const g = new Float64Array(a.length);
    for (let o = 0; o < node.size; o++) {
      const v = gOut[o];
      if (v === 0) continue;
      for (let q = node.windowStarts[o]; q < node.windowStarts[o + 1]; q++) {
        const t = node.windowIndices[q];
        if (a[t] === outAct[o]) {
          g[t] += v;
          break;
        }
      }
    }
    return [g];
  },
};

/**
 * max over each window as a tree of two-input maxima, max(a, b) = b + relu(a − b) (exact in the
 * reals). Per level, the entries of every window are paired in order ((e₀, e₁), (e₂, e₃), …; an
 * odd last entry passes through): an affine node c_p = e_{2i} − e_{2i+1} over all pairs of all
 * windows, its ReLU r, and an affine node v = e_{2i+1} + r_p (and the passed entries) over the
 * previous values and r. ⌈log₂ k⌉ levels for windows of up to k inputs; the last v holds one
 * entry per window, in output order, under the node's name and shape. The MILP of the rewritten
 * node has one binary per unstable r: two-input windows cost what `encode` gives them (one
 * binary), wider ones k − 1 instead of k.
 */
function maxPoolAsRelus(node: MaxPoolNode, firstId: number, inSize: number): IrNode[] {
  const out: IrNode[] = [];
  let src = node.inputs[0];
  let srcSize = inSize;
  let lists: number[][] = [];
  for (let o = 0; o < node.size; o++) lists.push(Array.from(node.windowIndices.subarray(node.windowStarts[o], node.windowStarts[o + 1])));
  for (let level = 0; ; level++) {
    const pairs = lists.reduce((n, l) => n + Math.floor(l.length / 2), 0);
    const last = lists.every(l => l.length <= 2);
    const id = (k: number): number => firstId + out.length + k;
    let rId = -1;
    if (pairs > 0) {
      const c = new CsrBuilder(srcSize);
      for (const l of lists) {
        for (let i = 0; i + 1 < l.length; i += 2) {
          c.push(l[i], 1);
          c.push(l[i + 1], -1);
          c.endRow();
        }
      }
      const cNode: AffineNode = { kind: 'affine', name: `${node.name}/max${level}_diff`, size: pairs, shape: [1, pairs], inputs: [src], terms: [c.build()], bias: new Float64Array(pairs) };
      const rNode: ReluNode = { kind: 'relu', name: `${node.name}/max${level}_relu`, size: pairs, shape: [1, pairs], inputs: [id(0)] };
      out.push(cNode, rNode);
      rId = id(-1);
    }
    const next: number[][] = [];
    let size = 0;
    for (const l of lists) {
      const m: number[] = [];
      for (let i = 0; i < l.length; i += 2) m.push(size++);
      next.push(m);
    }
    const v = new CsrBuilder(srcSize);
    const r = new CsrBuilder(Math.max(1, pairs));
    let p = 0;
    for (const l of lists) {
      for (let i = 0; i < l.length; i += 2) {
        if (i + 1 < l.length) {
          v.push(l[i + 1], 1);
          r.push(p++, 1);
        } else v.push(l[i], 1);
        v.endRow();
        r.endRow();
      }
    }
    const terms = pairs > 0 ? [v.build(), r.build()] : [v.build()];
    const inputs = pairs > 0 ? [src, rId] : [src];
    out.push({ kind: 'affine', name: last ? node.name : `${node.name}/max${level}`, size, shape: last ? node.shape : [1, size], inputs, terms, bias: new Float64Array(size) });
    src = firstId + out.length - 1;
    srcSize = size;
    lists = next;
    if (last) return out;
  }
}

/**
 * Window positions (q in [s, e)) that can be the strict maximum: the position t* with the
 * largest lower bound L, and every other t with u_t > L. A t with u_t ≤ L never exceeds a_{t*},
 * so dropping it leaves the max unchanged (this also merges windows of constant zeros).
 */
/**
 * The binaries `encode` gives a max-pool node with these input bounds: none for a window with
 * one candidate left, one for two, one per candidate above that.
 */
export function maxPoolBinaries(node: MaxPoolNode, input: Bounds): number {
  let n = 0;
  for (let o = 0; o < node.size; o++) {
    const k = candidates(node.windowIndices, node.windowStarts[o], node.windowStarts[o + 1], input.lower, input.upper).length;
    n += k === 1 ? 0 : k === 2 ? 1 : k;
  }
  return n;
}

function candidates(idx: Int32Array, s: number, e: number, l: Float64Array, u: Float64Array): number[] {
  let star = s;
  for (let q = s + 1; q < e; q++) {
    const t = idx[q];
    const ts = idx[star];
    if (l[t] > l[ts] || (l[t] === l[ts] && u[t] > u[ts])) star = q;
  }
  const L = l[idx[star]];
  const out: number[] = [];
  for (let q = s; q < e; q++) if (q === star || u[idx[q]] > L) out.push(q);
  return out;
}

/** Per window: [lowerAgg_t l_t, max_t u_t] (lowerAgg = max for the max itself, min for differences). */
function windowBounds(node: MaxPoolNode, a: Bounds, lowerAgg: (x: number, y: number) => number): Bounds {
  const lower = new Float64Array(node.size);
  const upper = new Float64Array(node.size);
  for (let o = 0; o < node.size; o++) {
    const s = node.windowStarts[o];
    let lo = a.lower[node.windowIndices[s]];
    let hi = a.upper[node.windowIndices[s]];
    for (let q = s + 1; q < node.windowStarts[o + 1]; q++) {
      const t = node.windowIndices[q];
      lo = lowerAgg(lo, a.lower[t]);
      hi = Math.max(hi, a.upper[t]);
    }
    lower[o] = lo;
    upper[o] = hi;
  }
  return { lower, upper };
}
