/**
 * Symbolic (linear in x) twin-aware differential bounds: NeuroDiff-style back-substitution over
 * structurally matched twins (src/layers/twin-pair.ts, `pairTwins`).
 *
 * The backward pass of an objective Cd·d_T + C2·v²_T down to the shared input and its
 * concretisation are in diff-backward.ts.
 *
 * Uses.
 * - `linearDiffBounds`: a sweep over the nodes, in order. Node by node: each twin's interval
 *   step from the (already tightened) inputs is intersected with the given per-twin bounds; the
 *   difference gets the interval rule (`diffInterval`) ∩ [l¹ − u², u¹ − l²]; for affine nodes whose
 *   values feed a ReLU (rows where either twin's ReLU is unstable), a max-pool (rows in windows
 *   that neither twin's bounds decide) or the logits (all rows), the symbolic bounds above,
 *   in chunks of CHUNK rows; then v¹ ∈ v² + d and v² ∈ v¹ − d tighten the twins' own bounds;
 *   finally, a node read by a max-pool gets pair bounds for the pool's undecided two-candidate
 *   windows (pool-pairs.ts), attached to its difference bounds (DiffBounds.pairs).
 *   Every step intersects sound bounds, so the result is sound and never looser than the
 *   interval differential sweep or the given per-twin bounds.
 * - `rhoDiffLinear`: ρ(i, j) = d_i − d_j at the logits, bounded by one backward pass from
 *   Cd = ±(e_i − e_j), C2 = 0.
 */
import { type Bounds, intersectBounds } from '../ir/bounds.js';
import { consumers, type Network } from '../ir/network.js';
import { DiffMemo } from '../layers/diff-memo.js';
import type { DiffBounds } from '../layers/layer.js';
import { layerOf } from '../layers/registry.js';
import { concretizeDiffLower, diffBackwardToInput } from './diff-backward.js';
import { poolPairDiffs } from './pool-pairs.js';
import { impliedDiff, shifted } from './twin-bounds.js';
import { pastDeadline, type SweepDeadline, type TwinBounds, type TwinState } from './types.js';
import { type MatchedTwins, pairAt, swapped } from '../layers/twin-pair.js';

/** Rows processed at once, to cap the memory of the dense coefficient matrices. */
const CHUNK = 128;

/** Symbolic bounds of d at the selected rows of node `target`. */
function diffRows(st: TwinState, target: number, rows: readonly number[], deadline?: SweepDeadline): Bounds {
  const size = st.twins.n1.nodes[target].size;
  // Rows left when the deadline passes keep ±∞ here, so their interval bounds stand.
  const lower = new Float64Array(rows.length).fill(-Infinity);
  const upper = new Float64Array(rows.length).fill(Infinity);
  for (let s = 0; s < rows.length && !pastDeadline(deadline); s += CHUNK) {
    const part = rows.slice(s, s + CHUNK);
    const m = 2 * part.length;
    // Rows 2r and 2r+1 hold +e_k and −e_k: both ends in one pass.
    const cd = new Float64Array(m * size);
    part.forEach((row, r) => {
      cd[2 * r * size + row] = 1;
      cd[(2 * r + 1) * size + row] = -1;
    });
    const lo = concretizeDiffLower(diffBackwardToInput(st, target, cd, new Float64Array(m * size), m), m, st.b1[0]);
    part.forEach((_, r) => {
      lower[s + r] = lo[2 * r];
      upper[s + r] = -lo[2 * r + 1];
    });
  }
  return { lower, upper };
}

/**
 * The rows of linear node `id` worth a symbolic pass: the entries where a layer reading it (or
 * reading it through elementwise layers) relaxes inexactly under either twin's bounds
 * (LayerImpl.markOpenInputs: unstable ReLU inputs, undecided max-pool windows), all logits.
 */
function neededRows(n1: Network, readers: readonly number[][], id: number, v1: Bounds, v2: Bounds): number[] {
  const size = n1.nodes[id].size;
  if (id === n1.output) return [...Array(size).keys()];
  const want = new Uint8Array(size);
  const mark = (pre: readonly Bounds[], after: readonly number[]): void => {
    for (const c of after) {
      const node = n1.nodes[c];
      if (node.kind === 'input') throw new Error('unreachable: the input node reads a node');
      const impl = layerOf(node);
      for (const b of pre) impl.markOpenInputs(node, b, want);
      if (impl.elementwise) mark(pre.map(b => impl.interval(node, [b])), readers[c]);
    }
  };
  mark([v1, v2], readers[id]);
  const rows: number[] = [];
  for (let k = 0; k < size; k++) if (want[k]) rows.push(k);
  return rows;
}

/** Statistics of one sweep: how many rows got a symbolic pass. */
export interface DiffSweepStats {
  readonly symbolicRows: number;
  /** Window pairs of max-pool inputs given pair bounds (pool-pairs.ts). */
  readonly pairRows: number;
}

/**
 * The differential sweep with symbolic difference bounds (see the file doc), given sound
 * per-twin bounds of structurally matched twins (e.g. CROWN's) and optionally sound prior
 * difference bounds `opts.dIn` (e.g. the interval sweep's), which every node's result is
 * intersected with, so that it is never looser than they are, and a row refiner whose sound
 * bounds are intersected with the symbolic ones.
 */
/** The sweep's state when node `id` is bounded: final bounds of nodes < id, and the twins' bounds so far at id. */
export interface SweepState {
  readonly b1: readonly Bounds[];
  readonly b2: readonly Bounds[];
  readonly diff: readonly DiffBounds[];
  readonly v1: Bounds;
  readonly v2: Bounds;
  readonly memo: DiffMemo;
}

/**
 * Extra sound bounds of d at the given rows of affine node `id` (e.g. α-optimised ones,
 * alpha-diff.ts), intersected with the symbolic ones; ±Infinity where it has none.
 */
export type RowRefiner = (id: number, rows: readonly number[], state: SweepState) => Bounds;

export interface SweepOptions {
  /** Sound prior difference bounds per node (e.g. the interval sweep's): the result never exceeds them. */
  readonly dIn?: readonly Bounds[];
  readonly refine?: RowRefiner;
  /** Pair bounds for max-pool windows (pool-pairs.ts); default on. */
  readonly poolPairs?: boolean;
  /** Past it, no more symbolic rows, refinements or pair bounds: the rest is interval (sound). */
  readonly deadline?: SweepDeadline;
}

export function linearDiffBounds(twins: MatchedTwins, b1in: readonly Bounds[], b2in: readonly Bounds[], opts: SweepOptions = {}): TwinBounds & { diff: Bounds[]; stats: DiffSweepStats } {
  const { n1 } = twins;
  const readers = consumers(n1);
  const memo = new DiffMemo();
  const size0 = n1.nodes[0].size;
  const diff: DiffBounds[] = [{ lower: new Float64Array(size0), upper: new Float64Array(size0) }];
  const b1: Bounds[] = [b1in[0]];
  const b2: Bounds[] = [b2in[0]];
  let symbolicRows = 0;
  let pairRows = 0;
  for (let id = 1; id < n1.nodes.length; id++) {
    const { a, b } = pairAt(twins, id);
    const impl = layerOf(a);
    let v1 = intersectBounds(b1in[id], impl.interval(a, a.inputs.map(i => b1[i])));
    let v2 = intersectBounds(b2in[id], impl.interval(b, b.inputs.map(i => b2[i])));
    const inputs = a.inputs.map(i => ({ d: diff[i], b1: b1[i], b2: b2[i], memo }));
    let d = intersectBounds(impl.diffInterval(a, b, inputs), impliedDiff(v1, v2));
    if (impl.linear && !a.inputs.every(i => i === 0) && !pastDeadline(opts.deadline)) {
      const rows = neededRows(n1, readers, id, v1, v2);
      if (rows.length > 0) {
        symbolicRows += rows.length;
        const sym = diffRows({ twins, b1, b2, diff, memo }, id, rows, opts.deadline);
        if (opts.refine && !pastDeadline(opts.deadline)) {
          const r = opts.refine(id, rows, { b1, b2, diff, v1, v2, memo });
          rows.forEach((_, q) => {
            sym.lower[q] = Math.max(sym.lower[q], r.lower[q]);
            sym.upper[q] = Math.min(sym.upper[q], r.upper[q]);
          });
        }
        const lower = Float64Array.from(d.lower);
        const upper = Float64Array.from(d.upper);
        rows.forEach((row, r) => {
          lower[row] = sym.lower[r];
          upper[row] = sym.upper[r];
        });
        d = intersectBounds(d, { lower, upper });
      }
    }
    // Prior sound difference bounds (e.g. the interval sweep's): the result never exceeds them.
    if (opts.dIn) d = intersectBounds(d, opts.dIn[id]);
    v1 = intersectBounds(v1, shifted(v2, d, 1));
    v2 = intersectBounds(v2, shifted(v1, d, -1));
    diff.push(d);
    b1.push(v1);
    b2.push(v2);
    const candidates = opts.poolPairs === false || pastDeadline(opts.deadline) ? [] : readers[id].flatMap(c => candidatePairsOf(n1, c, v1, v2));
    if (candidates.length > 0) {
      const pairs = poolPairDiffs({ twins, b1, b2, diff, memo }, id, candidates);
      if (pairs) {
        pairRows += pairs.i.length;
        diff[id] = { ...d, pairs };
      }
    }
  }
  return { n1: b1, n2: b2, diff, stats: { symbolicRows, pairRows } };
}

/** The candidate pairs node `reader` of `net` takes from its input's bounds (none, or one list). */
function candidatePairsOf(net: Network, reader: number, pre1: Bounds, pre2: Bounds): { readonly i: Int32Array; readonly j: Int32Array }[] {
  const node = net.nodes[reader];
  if (node.kind === 'input') throw new Error('unreachable: the input node reads a node');
  const c = layerOf(node).candidatePairs(node, pre1, pre2);
  return c ? [c] : [];
}

/** d ↦ −d: the difference bounds of the swapped twins (N2, N1), pair bounds included. */
function negated(diff: readonly DiffBounds[]): DiffBounds[] {
  const neg = (b: Bounds): Bounds => ({ lower: b.upper.map(v => -v), upper: b.lower.map(v => -v) });
  // Pair bounds swap with the twins: v¹ and v² trade places and d changes sign.
  return diff.map(d => ({ ...neg(d), ...(d.pairs ? { pairs: { ...d.pairs, v1: d.pairs.v2, v2: d.pairs.v1, d: neg(d.pairs.d) } } : {}) }));
}

/**
 * Sound bounds on ρ(i, j) = d_i − d_j at the logits: one symbolic backward pass per end in the
 * (d, v²) basis, and one in the (d, v¹) basis (the same pass over the swapped twins, where
 * ρ(N2, N1) = −ρ), intersected.
 */
export function rhoDiffLinear(s: TwinState, pair: readonly [number, number]): { lower: number; upper: number } {
  const a = rhoOneBasis(s, pair);
  const b = rhoOneBasis({ twins: swapped(s.twins), b1: s.b2, b2: s.b1, diff: negated(s.diff), memo: s.memo }, pair);
  return { lower: Math.max(a.lower, -b.upper), upper: Math.min(a.upper, -b.lower) };
}

function rhoOneBasis(s: TwinState, [i, j]: readonly [number, number]): { lower: number; upper: number } {
  const { n1 } = s.twins;
  const k = n1.nodes[n1.output].size;
  const cd = new Float64Array(2 * k);
  cd[i] = 1;
  cd[j] = -1;
  cd[k + i] = -1;
  cd[k + j] = 1;
  const lo = concretizeDiffLower(diffBackwardToInput(s, n1.output, cd, new Float64Array(2 * k), 2), 2, s.b1[0]);
  return { lower: lo[0], upper: -lo[1] };
}
