/**
 * Symbolic twin-aware backward step through two matched affine nodes (exact, no relaxation).
 *
 * With y¹ = Σ_k W¹_k x¹_k + b¹ and y² = Σ_k W²_k x²_k + b², d_k = x¹_k − x²_k:
 *     d_y = y¹ − y² = Σ_k [W¹_k d_k + ΔW_k x²_k] + Δb,   ΔW_k = W¹_k − W²_k,  Δb = b¹ − b²,
 *     y²  = Σ_k W²_k x²_k + b².
 * Hence, for an objective Cd·d_y + C2·y²,
 *     Cd·d_y + C2·y² = Σ_k [(Cd W¹_k)·d_k + (Cd ΔW_k + C2 W²_k)·x²_k] + Cd·Δb + C2·b²,
 * an identity, so the "≥" of DiffBackwardStep holds with equality. ΔW_k is formed once per node
 * pair by subtracting the stored weights (exact for the close weights of pruned and quantised
 * twins, by Sterbenz's lemma, and exactly 0 where the weights agree), so identical twins keep
 * C2 ≡ 0 and d ≡ 0 exactly instead of through cancellation of two large products.
 */
import type { AffineNode } from '../ir/network.js';
import { type Csr, csrAdd, csrMulAdd } from '../ir/sparse.js';
import type { DiffMemo } from './diff-memo.js';
import type { DiffBackwardStep, DiffInput, DiffValues } from './layer.js';

function negate(m: Csr): Csr {
  return { ...m, values: m.values.map(v => -v) };
}

/** ΔW_k = W¹_k − W²_k for each term, once per sweep and node pair. */
function weightDeltas(n1: AffineNode, n2: AffineNode, memo: DiffMemo): readonly Csr[] {
  return memo.weightDeltas(n1, n2, () => n1.terms.map((w1, k) => csrAdd(w1, negate(n2.terms[k]))));
}

/** out[r·cols + c] += a · (M row i)[c] for the CSR row i of M. */
function scatterRow(m: Csr, i: number, a: number, out: Float64Array, base: number): void {
  for (let q = m.starts[i]; q < m.starts[i + 1]; q++) out[base + m.indices[q]] += a * m.values[q];
}

export function affineDiffBackward(n1: AffineNode, n2: AffineNode, cd: Float64Array, c2: Float64Array, m: number, inputs: readonly DiffInput[]): DiffBackwardStep {
  const n = n1.size;
  const delta = weightDeltas(n1, n2, inputs[0].memo);
  const cds = n1.terms.map(w => new Float64Array(m * w.cols));
  const c2s = n1.terms.map(w => new Float64Array(m * w.cols));
  const bias = new Float64Array(m);
  const biasMag = new Float64Array(m);
  for (let r = 0; r < m; r++) {
    const row = r * n;
    let bsum = 0;
    let bmag = 0;
    for (let i = 0; i < n; i++) {
      const a = cd[row + i];
      const c = c2[row + i];
      if (a === 0 && c === 0) continue;
      const t1 = a * (n1.bias[i] - n2.bias[i]);
      const t2 = c * n2.bias[i];
      bsum += t1 + t2;
      bmag += Math.abs(a) * (Math.abs(n1.bias[i]) + Math.abs(n2.bias[i])) + Math.abs(t2);
      for (let k = 0; k < n1.terms.length; k++) {
        const base = r * n1.terms[k].cols;
        if (a !== 0) {
          scatterRow(n1.terms[k], i, a, cds[k], base);
          scatterRow(delta[k], i, a, c2s[k], base);
        }
        if (c !== 0) scatterRow(n2.terms[k], i, c, c2s[k], base);
      }
    }
    bias[r] = bsum;
    biasMag[r] = bmag;
  }
  return { cds, c2s, bias, biasMag };
}

/**
 * The affine step's relaxed forward map is the step itself (it is exact): at input values g,
 * d_y = Σ_k (W¹_k g_k.d + ΔW_k g_k.v2) + Δb and y² = Σ_k W²_k g_k.v2 + b². With `need`, only
 * the outputs i with need[i] ≠ 0 are computed (the others are 0): on a convolution, one sweep
 * row's objective reaches a small window of each layer, and the rest is most of the work.
 */
export function affineDiffForward(n1: AffineNode, n2: AffineNode, g: readonly DiffValues[], inputs: readonly DiffInput[], need?: Uint8Array): DiffValues {
  const delta = weightDeltas(n1, n2, inputs[0].memo);
  const d = new Float64Array(n1.size);
  const v2 = new Float64Array(n1.size);
  for (let i = 0; i < n1.size; i++) {
    if (need && need[i] === 0) continue;
    d[i] = n1.bias[i] - n2.bias[i];
    v2[i] = n2.bias[i];
  }
  n1.terms.forEach((w1, k) => {
    csrMulAdd(w1, g[k].d, d, need);
    csrMulAdd(delta[k], g[k].v2, d, need);
    csrMulAdd(n2.terms[k], g[k].v2, v2, need);
  });
  return { d, v2 };
}
