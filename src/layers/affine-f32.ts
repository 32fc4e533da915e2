/**
 * The affine layer y = Σ_k W_k x_k + b in float32 (affine.ts delegates here), and the sound
 * bound on its rounding error (docs/precision.md, "Affine").
 *
 * Evaluation: per output row, s = 0, then s ← fl(s + fl(fl(w)·x)) over the row's entries of
 * every term in CSR order, and y = fl(s + fl(b)) (fl = Math.fround). The ORDER is ours:
 * onnxruntime's kernels (blocked GEMM, im2col, FMA) sum in other orders, which is why the
 * bound below holds for every order rather than for this one.
 *
 * Bound. With x̂ the float32 input (|x̂ − x| ≤ e elementwise), n the row's number of entries
 * and γ_m = m·u/(1 − m·u), u = 2^-24 (Higham, Accuracy and Stability, §3.1 and §4.2): the row
 * is a sum of n + 1 terms, n products fl(ŵ x̂) (ŵ = fl(w)) and the bias fl(b), summed in ANY
 * order by n additions. Each addition rounds a partial sum, the sum of a subset of the terms,
 * whose magnitude is at most M = max(P, N) (P, N: the largest total of the positive, of the
 * negative terms over the box), so
 *     |ŷ − (W x̂ + b)| ≤ Σ|w − ŵ||x̂| + |b − fl(b)| + u·Σ|ŵ x̂| + γ_n·(1 + u)·M + 4(n + 2)·η
 * (η = 2^-126: underflow), and |W x̂ − W x| ≤ Σ |w| e, with x̂ ∈ [l − e, u + e] from the real
 * input's bounds. M ≤ Σ|ŵ x̂| always; after a ReLU with mixed-sign weights it is about half.
 */
import type { Bounds } from '../ir/bounds.js';
import { ETA32, U32, errorUp, gamma32 } from '../ir/float32.js';
import type { AffineNode } from '../ir/network.js';
import type { Float32Step } from './layer.js';

export function affineForward32(node: AffineNode, inputs: readonly Float64Array[]): Float64Array {
  const y = new Float64Array(node.size);
  for (let r = 0; r < node.size; r++) {
    let s = 0;
    node.terms.forEach((w, k) => {
      const x = inputs[k];
      for (let q = w.starts[r]; q < w.starts[r + 1]; q++) s = Math.fround(s + Math.fround(Math.fround(w.values[q]) * x[w.indices[q]]));
    });
    y[r] = Math.fround(s + Math.fround(node.bias[r]));
  }
  return y;
}

/**
 * Row r's own rounding bound |ŷ_r − (W x̂ + b)_r| (docs/precision.md, "Affine") and the
 * magnitude Σ|terms| it is taken of: the weight and bias rounding |w − fl(w)|·|x̂| and
 * |b − fl(b)| (0 for float32 parameters), the product rounding u·Σ|fl(w) x̂|, and the additions:
 * in ANY order (any parenthesisation) the n additions of the n + 1 terms each round a partial
 * sum, which is the sum of a subset of the terms, so at most max(P, N) in magnitude, with P
 * (N) the largest sum of the positive (negative) terms over the box: γ_n·(1 + u)·max(P, N).
 */
function localError(node: AffineNode, inputs: readonly Bounds[], errs: readonly Float64Array[], r: number): { local: number; mag: number } {
  const b = node.bias[r];
  const bf = Math.fround(b);
  let pos = Math.max(0, bf);
  let neg = Math.max(0, -bf);
  let abs = 0;
  let paramRound = Math.abs(b - bf);
  let n = 0;
  node.terms.forEach((w, k) => {
    const { lower, upper } = inputs[k];
    const e = errs[k];
    for (let q = w.starts[r]; q < w.starts[r + 1]; q++) {
      const c = w.indices[q];
      const v = w.values[q];
      const vf = Math.fround(v);
      const lo = lower[c] - e[c];
      const hi = upper[c] + e[c];
      const m = Math.max(Math.abs(lo), Math.abs(hi));
      // fl(w)·x̂ over x̂ ∈ [lo, hi]: its largest positive and negative values.
      const tHi = Math.max(vf * lo, vf * hi);
      const tLo = Math.min(vf * lo, vf * hi);
      pos += Math.max(0, tHi);
      neg += Math.max(0, -tLo);
      abs += Math.abs(vf) * m;
      paramRound += Math.abs(v - vf) * m;
      n++;
    }
  });
  const sums = gamma32(n) * (1 + U32) * Math.max(pos, neg);
  const local = paramRound + U32 * abs + sums + 4 * (n + 2) * ETA32;
  return { local, mag: abs + Math.abs(b) };
}

export function affineFloat32Error(node: AffineNode, inputs: readonly Bounds[], errs: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(node.size);
  for (let r = 0; r < node.size; r++) {
    let prop = 0;
    node.terms.forEach((w, k) => {
      const e = errs[k];
      for (let q = w.starts[r]; q < w.starts[r + 1]; q++) prop += Math.abs(w.values[q]) * e[w.indices[q]];
    });
    const { local, mag } = localError(node, inputs, errs, r);
    out[r] = errorUp(prop + local, mag);
  }
  return out;
}

/** λ·Δy = Σ_k (W_kᵀλ)·Δx_k + λ·δ with |δ_r| ≤ row r's own rounding bound: C = Σ_r |λ_r|·local_r. */
export function affineFloat32Backward(node: AffineNode, lam: Float64Array, inputs: readonly Bounds[], errs: readonly Float64Array[]): Float32Step {
  const lams = node.terms.map(w => new Float64Array(w.cols));
  let constant = 0;
  let mag = 0;
  for (let r = 0; r < node.size; r++) {
    const v = lam[r];
    if (v === 0) continue;
    node.terms.forEach((w, k) => {
      const g = lams[k];
      for (let q = w.starts[r]; q < w.starts[r + 1]; q++) g[w.indices[q]] += v * w.values[q];
    });
    const own = localError(node, inputs, errs, r);
    constant += Math.abs(v) * own.local;
    mag = Math.max(mag, own.mag);
  }
  return { lams, constant: errorUp(constant, mag) };
}

/** Σ_c |w_ic − w_jc| e_c (the input errors through the difference of the two rows) + both rows' own rounding. */
export function affineFloat32PairError(node: AffineNode, inputs: readonly Bounds[], errs: readonly Float64Array[], i: number, j: number): number {
  let prop = 0;
  node.terms.forEach((w, k) => {
    const e = errs[k];
    const diff = new Map<number, number>();
    for (let q = w.starts[i]; q < w.starts[i + 1]; q++) diff.set(w.indices[q], (diff.get(w.indices[q]) ?? 0) + w.values[q]);
    for (let q = w.starts[j]; q < w.starts[j + 1]; q++) diff.set(w.indices[q], (diff.get(w.indices[q]) ?? 0) - w.values[q]);
    for (const [c, v] of diff) prop += Math.abs(v) * e[c];
  });
  const a = localError(node, inputs, errs, i);
  const b = localError(node, inputs, errs, j);
  return errorUp(prop + a.local + b.local, Math.max(a.mag, b.mag));
}
