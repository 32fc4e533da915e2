/**
 * The core of the symbolic differential bounds (diff-linear.ts): one backward pass of an
 * objective Cd·d_T + C2·v²_T through matched twins down to the shared input, and its
 * concretisation over the box.
 *
 * State. An objective on node T is Cd·d_T + C2·v²_T with d = v¹ − v² (the twins' difference)
 * and v² N2's own value. Walking the DAG backwards, each layer's `diffBackward` step
 * (src/layers/*-diff.ts) replaces the pair (Cd, C2) on its output by pairs on its inputs plus a
 * constant, a sound lower bound (exact through affine nodes; ReLU and max-pool relaxations are
 * proven in their files). At the input node both twins read the same x, so d₀ = 0: the
 * d-coefficients vanish, and what is left, C2₀·x + β, is concretised over the box like CROWN
 * (min = β + Σ C⁺l + C⁻u), rounded outward by 1e-12 of the magnitudes involved (the constants'
 * term magnitudes included). An upper bound is −(lower bound of the negated objective).
 */
import type { Bounds } from '../ir/bounds.js';
import { concretizeLower } from './crown.js';
import type { DiffInput } from '../layers/layer.js';
import { layerOf } from '../layers/registry.js';
import { pairAt } from '../layers/twin-pair.js';
import type { TwinState } from './types.js';

export interface DiffLinear {
  /** m × n₀ coefficients on the shared input x. */
  readonly a: Float64Array;
  readonly beta: Float64Array;
  /** Σ|terms| of each β, for the rounding slack. */
  readonly betaMag: Float64Array;
}

export interface DiffBackwardOptions {
  /** Relaxation parameters per node id (see LayerImpl.diffBackward); default relaxations elsewhere. */
  readonly params?: ReadonlyMap<number, Float64Array>;
  /** Filled with the objective (Cd, C2) reaching each node's output, for gradients. */
  readonly record?: Map<number, { cd: Float64Array; c2: Float64Array }>;
  /**
   * Terms added to the objective at nodes on the way, (Cd, C2) of m rows on node id's output,
   * before its step: the β-CROWN split multipliers of alpha-diff.ts. The bound is then a lower
   * bound of the objective plus those terms.
   */
  readonly extra?: ReadonlyMap<number, { readonly cd: Float64Array; readonly c2: Float64Array }>;
}

/**
 * Cd·d_T + C2·v²_T ≥ A·x + β for every x in the box, back-substituted through nodes T … 1 of
 * the matched twins, given sound per-node bounds of both twins and of their difference.
 */
export function diffBackwardToInput(s: TwinState, target: number, cd: Float64Array, c2: Float64Array, m: number, opts: DiffBackwardOptions = {}): DiffLinear {
  const { b1, b2, diff } = s;
  const pending = new Map<number, { cd: Float64Array; c2: Float64Array }>([[target, { cd, c2 }]]);
  const beta = new Float64Array(m);
  const betaMag = new Float64Array(m);
  for (let id = target; id >= 1; id--) {
    let cur = pending.get(id);
    const ex = opts.extra?.get(id);
    if (ex) {
      // New arrays: the target's pending row is the caller's own.
      const cd = Float64Array.from(ex.cd);
      const c2 = Float64Array.from(ex.c2);
      if (cur) for (let q = 0; q < cd.length; q++) (cd[q] += cur.cd[q]), (c2[q] += cur.c2[q]);
      cur = { cd, c2 };
    }
    if (!cur) continue;
    pending.delete(id);
    const { a, b } = pairAt(s.twins, id);
    opts.record?.set(id, cur);
    const inputs: DiffInput[] = a.inputs.map(i => ({ d: diff[i], b1: b1[i], b2: b2[i], memo: s.memo }));
    const step = layerOf(a).diffBackward(a, b, cur.cd, cur.c2, m, inputs, opts.params?.get(id));
    for (let r = 0; r < m; r++) {
      beta[r] += step.bias[r];
      betaMag[r] += step.biasMag[r];
    }
    a.inputs.forEach((inp, k) => {
      const acc = pending.get(inp);
      if (!acc) pending.set(inp, { cd: step.cds[k], c2: step.c2s[k] });
      else {
        for (let q = 0; q < acc.cd.length; q++) acc.cd[q] += step.cds[k][q];
        for (let q = 0; q < acc.c2.length; q++) acc.c2[q] += step.c2s[k][q];
      }
    });
  }
  // d₀ = 0 on the shared input: only the coefficients on v²₀ = x remain.
  const a = pending.get(0)?.c2 ?? new Float64Array(m * s.twins.n1.nodes[0].size);
  return { a, beta, betaMag };
}

/** min over the box of A·x + β for each row, rounded outward (β's own terms widen the slack). */
export const concretizeDiffLower: (lin: DiffLinear, m: number, box: Bounds) => Float64Array = concretizeLower;
