/**
 * Twin-aware differential bounds (the NeuroDiff / VeryDiff idea, in interval form). When N1 and
 * N2 have the same structure (src/layers/twin-pair.ts: same DAG of node kinds, sizes, inputs and
 * pooling windows; the weights may differ, as after pruning or quantisation), every node has a counterpart and the
 * difference d = v¹ − v² can be bounded directly: d = 0 on the shared input, and each layer's
 * `diffInterval` maps input differences to output differences. Because the compressed weights
 * are close to the originals, d stays small where independent bounds of v¹ and v² are wide.
 *
 * The result is used (1) to tighten each twin's own bounds, v¹ ∈ v² + d and v² ∈ v¹ − d, node by
 * node as the sweep goes, (2) to bound ρ at the logits directly (ρ(i, j) = d_i − d_j), and (3) as
 * valid inequalities d_l ≤ h¹ − h² ≤ d_u in the joint MILP, which couple the two networks' LP
 * relaxations.
 */
import { type Bounds, intersectBounds } from '../ir/bounds.js';
import type { Network } from '../ir/network.js';
import { DiffMemo } from '../layers/diff-memo.js';
import { layerOf } from '../layers/registry.js';
import { type MatchedTwins, pairTwins } from '../layers/twin-pair.js';
import { alphaDiffRefiner } from './alpha-diff.js';
import { crownBounds } from './crown.js';
import { linearDiffBounds } from './diff-linear.js';
import { refiner } from './interval.js';
import { impliedDiff, shifted } from './twin-bounds.js';
import type { BoundsMethod, SubProblem, SweepDeadline, TwinBounds, TwinState } from './types.js';

/**
 * Differential sweep over matched twins, given sound per-twin bounds: returns the difference
 * bounds and the per-twin bounds tightened by them.
 */
export function differentialBounds(twins: MatchedTwins, b1in: readonly Bounds[], b2in: readonly Bounds[]): TwinBounds & { diff: Bounds[] } {
  const size0 = twins.n1.nodes[0].size;
  const diff: Bounds[] = [{ lower: new Float64Array(size0), upper: new Float64Array(size0) }];
  const b1: Bounds[] = [b1in[0]];
  const b2: Bounds[] = [b2in[0]];
  const memo = new DiffMemo();
  for (const { id, a, b } of twins.pairs) {
    let v1 = b1in[id];
    let v2 = b2in[id];
    const inputs = a.inputs.map(i => ({ d: diff[i], b1: b1[i], b2: b2[i], memo }));
    let d = layerOf(a).diffInterval(a, b, inputs);
    d = intersectBounds(d, impliedDiff(v1, v2));
    v1 = intersectBounds(v1, shifted(v2, d, 1));
    v2 = intersectBounds(v2, shifted(v1, d, -1));
    diff.push(d);
    b1.push(v1);
    b2.push(v2);
  }
  return { n1: b1, n2: b2, diff };
}

/** The twin state of matched twins with difference bounds `diff` (which only matched twins have). */
export function twinState(n1: Network, n2: Network, b1: readonly Bounds[], b2: readonly Bounds[], diff: readonly Bounds[]): TwinState {
  const m = pairTwins(n1, n2);
  if (!m.ok) throw new Error(`difference bounds given for twins whose structures differ (${m.reason})`);
  return { twins: m.twins, b1, b2, diff, memo: new DiffMemo() };
}

/**
 * Budget of the α-optimised difference bounds of intermediate rows (alpha-diff.ts): 3
 * iterations (the envelope choice, from the default relaxation, twice more from the new
 * point), and at most 2,000 rows per sweep (about 0.3 s on a 784-100-100-100 pair).
 */
const ROW_ALPHA = { iterations: 3, maxRows: 2000 } as const;

/**
 * CROWN per twin, then the differential sweep when the structures match: symbolic (linear in
 * x) difference bounds where they matter, interval ones elsewhere, pair bounds for max-pool
 * windows, and α-optimised difference bounds on the rows that feed unstable ReLUs
 * (diff-linear.ts, pool-pairs.ts, alpha-diff.ts).
 */
export const diffMethod: BoundsMethod = {
  name: 'crown+diff',
  compute(n1: Network, n2: Network, box: Bounds, sub?: SubProblem, deadline?: SweepDeadline): TwinBounds {
    return crownThenDiff(n1, n2, box, 'on', true, sub, deadline);
  },
};

/**
 * The symbolic sweep alone, without max-pool pair bounds or α-optimised rows (the previous
 * default), kept for comparison.
 */
export const symbolicDiffMethod: BoundsMethod = {
  name: 'crown+diff-symbolic',
  compute(n1: Network, n2: Network, box: Bounds, sub?: SubProblem, deadline?: SweepDeadline): TwinBounds {
    return crownThenDiff(n1, n2, box, 'on, symbolic only', false, sub, deadline);
  },
};

/**
 * The later sweeps intersect every node's bounds with the CROWN ones, so a sub-problem's
 * refinement applied there holds throughout.
 */
function crownThenDiff(n1: Network, n2: Network, box: Bounds, mode: string, full: boolean, sub?: SubProblem, deadline?: SweepDeadline): TwinBounds {
  const b1 = crownBounds(n1, box, refiner(sub, 'n1'), deadline);
  const b2 = crownBounds(n2, box, refiner(sub, 'n2'), deadline);
  const cut = (): { cut?: true } => (deadline?.cut ? { cut: true } : {});
  const m = pairTwins(n1, n2);
  if (!m.ok) return { n1: b1, n2: b2, note: `differential mode: off (${m.reason})`, ...cut() };
  const ref = differentialBounds(m.twins, b1, b2);
  const sym = linearDiffBounds(m.twins, ref.n1, ref.n2, { dIn: ref.diff, poolPairs: false, ...(deadline ? { deadline } : {}) });
  const note = `differential mode: ${mode} (${m.nodes - 1}/${m.nodes - 1} nodes matched)`;
  if (!full) return { n1: sym.n1, n2: sym.n2, diff: sym.diff, note, ...cut() };
  // The full sweep starts from the symbolic-only one: every node's bounds are intersected with
  // it, so they are never looser; the symbolic-only bounds are kept as `previous` for ρ, since
  // heuristic plane choices are not monotone in the bounds.
  const out = linearDiffBounds(m.twins, sym.n1, sym.n2, { dIn: sym.diff, refine: alphaDiffRefiner(m.twins, { ...ROW_ALPHA, ...(deadline ? { deadline } : {}) }), ...(deadline ? { deadline } : {}) });
  return { n1: out.n1, n2: out.n2, diff: out.diff, previous: { n1: sym.n1, n2: sym.n2, diff: sym.diff }, note, ...cut() };
}

/** The interval-only differential sweep (the previous default), kept for comparison. */
export const intervalDiffMethod: BoundsMethod = {
  name: 'crown+diff-interval',
  compute(n1: Network, n2: Network, box: Bounds, sub?: SubProblem): TwinBounds {
    const b1 = crownBounds(n1, box, refiner(sub, 'n1'));
    const b2 = crownBounds(n2, box, refiner(sub, 'n2'));
    const m = pairTwins(n1, n2);
    if (!m.ok) return { n1: b1, n2: b2, note: `differential mode: off (${m.reason})` };
    const r = differentialBounds(m.twins, b1, b2);
    return { ...r, note: `differential mode: on, interval only (${m.nodes - 1}/${m.nodes - 1} nodes matched)` };
  },
};
