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
 * and γ_m = m·u/(1 − m·u), u = 2^-24 (Higham, Accuracy and Stability, §3.1): the row is a sum
 * of n + 1 terms, n products fl(ŵ x̂) (one rounding each; ŵ = fl(w) one more) and the bias
 * fl(b) (one rounding), summed in ANY order with at most n additions on any term's path. So
 *     |ŷ − (W x̂ + b)| ≤ γ_{n+2} · (Σ |w||x̂| + |b|) + 4(n + 2)·η      (η = 2^-126: underflow)
 * and |W x̂ − W x| ≤ Σ |w| e, with |x̂| ≤ max(|l|, |u|) + e from the real input's bounds.
 */
import type { Bounds } from '../ir/bounds.js';
import { ETA32, errorUp, gamma32 } from '../ir/float32.js';
import type { AffineNode } from '../ir/network.js';

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

/** Row r's own rounding bound (the γ term) and the float32 magnitude it is taken of. */
function localError(node: AffineNode, inputs: readonly Bounds[], errs: readonly Float64Array[], r: number): { local: number; mag: number } {
  let mag = Math.abs(node.bias[r]);
  let n = 0;
  node.terms.forEach((w, k) => {
    const { lower, upper } = inputs[k];
    const e = errs[k];
    for (let q = w.starts[r]; q < w.starts[r + 1]; q++) {
      const c = w.indices[q];
      mag += Math.abs(w.values[q]) * (Math.max(Math.abs(lower[c]), Math.abs(upper[c])) + e[c]);
      n++;
    }
  });
  return { local: gamma32(n + 2) * mag + 4 * (n + 2) * ETA32, mag };
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
