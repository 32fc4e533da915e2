/**
 * Twin-aware differential bounds (the NeuroDiff / VeryDiff idea, in interval form). When N1 and
 * N2 have the same structure (same DAG of node kinds, sizes, inputs and pooling windows; the
 * weights may differ, as after pruning or quantisation), every node has a counterpart and the
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
import type { IrNode, Network } from '../ir/network.js';
import { layerOf } from '../layers/registry.js';
import { alphaDiffRefiner } from './alpha-diff.js';
import { crownBounds } from './crown.js';
import { linearDiffBounds } from './diff-linear.js';
import { refiner } from './interval.js';
import type { BoundsMethod, SubProblem, TwinBounds } from './types.js';

export type Matching = { readonly ok: true; readonly nodes: number } | { readonly ok: false; readonly reason: string };

function sameArray(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function nodeMismatch(a: IrNode, b: IrNode, n1: Network, n2: Network): string | null {
  if (a.kind !== b.kind) return `${a.kind} vs ${b.kind}`;
  if (a.size !== b.size) return `${a.size} vs ${b.size} values`;
  if (!sameArray(a.inputs, b.inputs)) return 'different inputs';
  if (a.kind === 'affine' && b.kind === 'affine') {
    for (let k = 0; k < a.terms.length; k++) {
      if (a.terms[k].cols !== b.terms[k].cols) return 'different weight shapes';
    }
  }
  if (a.kind === 'maxpool' && b.kind === 'maxpool') {
    if (!sameArray(a.windowStarts, b.windowStarts) || !sameArray(a.windowIndices, b.windowIndices)) return 'different pooling windows';
  }
  if (a.inputs.some(i => n1.nodes[i].size !== n2.nodes[i].size)) return 'different input sizes';
  return null;
}

/** Whether the twins can be compared node by node, and why not. */
export function matchStructure(n1: Network, n2: Network): Matching {
  if (n1.nodes.length !== n2.nodes.length) return { ok: false, reason: `N1 has ${n1.nodes.length} nodes, N2 ${n2.nodes.length}` };
  if (n1.output !== n2.output) return { ok: false, reason: 'the logits come from different nodes' };
  for (let id = 0; id < n1.nodes.length; id++) {
    const why = nodeMismatch(n1.nodes[id], n2.nodes[id], n1, n2);
    if (why) return { ok: false, reason: `node ${id} ('${n1.nodes[id].name}' / '${n2.nodes[id].name}'): ${why}` };
  }
  return { ok: true, nodes: n1.nodes.length };
}

function shift(b: Bounds, d: Bounds, sign: 1 | -1): Bounds {
  const n = b.lower.length;
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lower[i] = sign > 0 ? b.lower[i] + d.lower[i] : b.lower[i] - d.upper[i];
    upper[i] = sign > 0 ? b.upper[i] + d.upper[i] : b.upper[i] - d.lower[i];
  }
  return { lower, upper };
}

/**
 * Differential sweep over matched twins, given sound per-twin bounds: returns the difference
 * bounds and the per-twin bounds tightened by them.
 */
export function differentialBounds(n1: Network, n2: Network, b1in: readonly Bounds[], b2in: readonly Bounds[]): TwinBounds & { diff: Bounds[] } {
  const size0 = n1.nodes[0].size;
  const diff: Bounds[] = [{ lower: new Float64Array(size0), upper: new Float64Array(size0) }];
  const b1: Bounds[] = [b1in[0]];
  const b2: Bounds[] = [b2in[0]];
  for (let id = 1; id < n1.nodes.length; id++) {
    const a = n1.nodes[id];
    const b = n2.nodes[id];
    if (a.kind === 'input' || b.kind === 'input') throw new Error('unreachable: input node after 0');
    let v1 = b1in[id];
    let v2 = b2in[id];
    const inputs = a.inputs.map(i => ({ d: diff[i], b1: b1[i], b2: b2[i] }));
    // Same kind is guaranteed by matchStructure; the cast pairs the two nodes' types.
    let d = layerOf(a).diffInterval(a, b as typeof a, inputs);
    d = intersectBounds(d, { lower: sub(v1.lower, v2.upper), upper: sub(v1.upper, v2.lower) });
    v1 = intersectBounds(v1, shift(v2, d, 1));
    v2 = intersectBounds(v2, shift(v1, d, -1));
    diff.push(d);
    b1.push(v1);
    b2.push(v2);
  }
  return { n1: b1, n2: b2, diff };
}

function sub(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] - b[i];
  return out;
}

/** Whether the twins can be bounded differentially (`--method auto` and the CLI note use this). */
export function differentialApplies(n1: Network, n2: Network): boolean {
  return matchStructure(n1, n2).ok;
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
  compute(n1: Network, n2: Network, box: Bounds, sub?: SubProblem): TwinBounds {
    return crownThenDiff(n1, n2, box, 'on', true, sub);
  },
};

/**
 * The symbolic sweep alone, without max-pool pair bounds or α-optimised rows (the previous
 * default), kept for comparison.
 */
export const symbolicDiffMethod: BoundsMethod = {
  name: 'crown+diff-symbolic',
  compute(n1: Network, n2: Network, box: Bounds, sub?: SubProblem): TwinBounds {
    return crownThenDiff(n1, n2, box, 'on, symbolic only', false, sub);
  },
};

/**
 * The later sweeps intersect every node's bounds with the CROWN ones, so a sub-problem's
 * refinement applied there holds throughout.
 */
function crownThenDiff(n1: Network, n2: Network, box: Bounds, mode: string, full: boolean, sub?: SubProblem): TwinBounds {
  const b1 = crownBounds(n1, box, refiner(sub, 'n1'));
  const b2 = crownBounds(n2, box, refiner(sub, 'n2'));
  const m = matchStructure(n1, n2);
  if (!m.ok) return { n1: b1, n2: b2, note: `differential mode: off (${m.reason})` };
  const ref = differentialBounds(n1, n2, b1, b2);
  const sym = linearDiffBounds(n1, n2, ref.n1, ref.n2, { dIn: ref.diff, poolPairs: false });
  const note = `differential mode: ${mode} (${m.nodes - 1}/${m.nodes - 1} nodes matched)`;
  if (!full) return { n1: sym.n1, n2: sym.n2, diff: sym.diff, note };
  // The full sweep starts from the symbolic-only one: every node's bounds are intersected with
  // it, so they are never looser; the symbolic-only bounds are kept as `previous` for ρ, since
  // heuristic plane choices are not monotone in the bounds.
  const out = linearDiffBounds(n1, n2, sym.n1, sym.n2, { dIn: sym.diff, refine: alphaDiffRefiner(n1, n2, ROW_ALPHA) });
  return { n1: out.n1, n2: out.n2, diff: out.diff, previous: { n1: sym.n1, n2: sym.n2, diff: sym.diff }, note };
}

/** The interval-only differential sweep (the previous default), kept for comparison. */
export const intervalDiffMethod: BoundsMethod = {
  name: 'crown+diff-interval',
  compute(n1: Network, n2: Network, box: Bounds, sub?: SubProblem): TwinBounds {
    const b1 = crownBounds(n1, box, refiner(sub, 'n1'));
    const b2 = crownBounds(n2, box, refiner(sub, 'n2'));
    const m = matchStructure(n1, n2);
    if (!m.ok) return { n1: b1, n2: b2, note: `differential mode: off (${m.reason})` };
    const r = differentialBounds(n1, n2, b1, b2);
    return { ...r, note: `differential mode: on, interval only (${m.nodes - 1}/${m.nodes - 1} nodes matched)` };
  },
};
