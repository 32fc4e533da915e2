/**
 * Symbolic (linear in x) twin-aware differential bounds: NeuroDiff-style back-substitution over
 * structurally matched twins (see diff.ts, `matchStructure`).
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
import { type Bounds, intersectBounds, roundingSlack } from '../ir/bounds.js';
import { consumers, type MaxPoolNode, type Network } from '../ir/network.js';
import type { DiffBounds } from '../layers/layer.js';
import { layerOf } from '../layers/registry.js';
import { concretizeDiffLower, diffBackwardToInput } from './diff-backward.js';
import { poolPairDiffs } from './pool-pairs.js';
import type { TwinBounds } from './types.js';

/** Rows processed at once, to cap the memory of the dense coefficient matrices. */
const CHUNK = 128;

/** Symbolic bounds of d at the selected rows of node `target`. */
function diffRows(n1: Network, n2: Network, target: number, rows: readonly number[], b1: readonly Bounds[], b2: readonly Bounds[], diff: readonly Bounds[]): Bounds {
  const size = n1.nodes[target].size;
  const lower = new Float64Array(rows.length);
  const upper = new Float64Array(rows.length);
  for (let s = 0; s < rows.length; s += CHUNK) {
    const part = rows.slice(s, s + CHUNK);
    const m = 2 * part.length;
    // Rows 2r and 2r+1 hold +e_k and −e_k: both ends in one pass.
    const cd = new Float64Array(m * size);
    part.forEach((row, r) => {
      cd[2 * r * size + row] = 1;
      cd[(2 * r + 1) * size + row] = -1;
    });
    const lo = concretizeDiffLower(diffBackwardToInput(n1, n2, target, cd, new Float64Array(m * size), m, b1, b2, diff), m, b1[0]);
    part.forEach((_, r) => {
      lower[s + r] = lo[2 * r];
      upper[s + r] = -lo[2 * r + 1];
    });
  }
  return { lower, upper };
}

const unstable = (b: Bounds, k: number): boolean => b.lower[k] < 0 && b.upper[k] > 0;

/**
 * The rows of affine node `id` worth a symbolic pass: where either twin's ReLU reading it is
 * unstable, every row read by a max-pool window that either twin's bounds leave undecided, all
 * logits.
 */
function neededRows(n1: Network, readers: readonly number[][], id: number, v1: Bounds, v2: Bounds): number[] {
  const size = n1.nodes[id].size;
  if (id === n1.output) return [...Array(size).keys()];
  const want = new Uint8Array(size);
  const mark = (pre: Bounds[], after: readonly number[]): void => {
    for (const c of after) {
      const node = n1.nodes[c];
      if (node.kind === 'relu') {
        for (let k = 0; k < size; k++) if (pre.some(b => unstable(b, k))) want[k] = 1;
        mark(pre.map(b => ({ lower: b.lower.map(v => Math.max(0, v)), upper: b.upper.map(v => Math.max(0, v)) })), readers[c]);
      } else if (node.kind === 'maxpool') {
        for (let o = 0; o < node.size; o++) {
          const s = node.windowStarts[o];
          const e = node.windowStarts[o + 1];
          const open = pre.some(b => {
            let best = node.windowIndices[s];
            for (let q = s; q < e; q++) if (b.lower[node.windowIndices[q]] > b.lower[best]) best = node.windowIndices[q];
            for (let q = s; q < e; q++) {
              const t = node.windowIndices[q];
              if (t !== best && b.upper[t] > b.lower[best]) return true;
            }
            return false;
          });
          if (open) for (let q = s; q < e; q++) want[node.windowIndices[q]] = 1;
        }
      } else if (node.kind === 'quantize') {
        // h-qdq: rows whose quantised value is not one step in either twin, then its readers.
        const post = pre.map(b => layerOf(node).interval(node, [b]));
        for (let k = 0; k < size; k++) if (post.some(b => b.lower[k] < b.upper[k])) want[k] = 1;
        mark(post, readers[c]);
      }
    }
  };
  mark([v1, v2], readers[id]);
  const rows: number[] = [];
  for (let k = 0; k < size; k++) if (want[k]) rows.push(k);
  return rows;
}

function shifted(b: Bounds, d: Bounds, sign: 1 | -1): Bounds {
  const n = b.lower.length;
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lower[i] = sign > 0 ? b.lower[i] + d.lower[i] : b.lower[i] - d.upper[i];
    upper[i] = sign > 0 ? b.upper[i] + d.upper[i] : b.upper[i] - d.lower[i];
    // One float addition each: widen by its rounding.
    const s = roundingSlack(Math.abs(b.lower[i]) + Math.abs(b.upper[i]) + Math.abs(d.lower[i]) + Math.abs(d.upper[i]));
    lower[i] -= s;
    upper[i] += s;
  }
  return { lower, upper };
}

function implied(v1: Bounds, v2: Bounds): Bounds {
  const n = v1.lower.length;
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = roundingSlack(Math.abs(v1.lower[i]) + Math.abs(v1.upper[i]) + Math.abs(v2.lower[i]) + Math.abs(v2.upper[i]));
    lower[i] = v1.lower[i] - v2.upper[i] - s;
    upper[i] = v1.upper[i] - v2.lower[i] + s;
  }
  return { lower, upper };
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
}

export function linearDiffBounds(n1: Network, n2: Network, b1in: readonly Bounds[], b2in: readonly Bounds[], opts: SweepOptions = {}): TwinBounds & { diff: Bounds[]; stats: DiffSweepStats } {
  const readers = consumers(n1);
  const size0 = n1.nodes[0].size;
  const diff: DiffBounds[] = [{ lower: new Float64Array(size0), upper: new Float64Array(size0) }];
  const b1: Bounds[] = [b1in[0]];
  const b2: Bounds[] = [b2in[0]];
  let symbolicRows = 0;
  let pairRows = 0;
  for (let id = 1; id < n1.nodes.length; id++) {
    const a = n1.nodes[id];
    const b = n2.nodes[id];
    if (a.kind === 'input' || b.kind === 'input') throw new Error('unreachable: input node after 0');
    const same = b as typeof a;
    let v1 = intersectBounds(b1in[id], layerOf(a).interval(a, a.inputs.map(i => b1[i])));
    let v2 = intersectBounds(b2in[id], layerOf(same).interval(same, same.inputs.map(i => b2[i])));
    const inputs = a.inputs.map(i => ({ d: diff[i], b1: b1[i], b2: b2[i] }));
    let d = intersectBounds(layerOf(a).diffInterval(a, same, inputs), implied(v1, v2));
    if (a.kind === 'affine' && !a.inputs.every(i => i === 0)) {
      const rows = neededRows(n1, readers, id, v1, v2);
      if (rows.length > 0) {
        symbolicRows += rows.length;
        const sym = diffRows(n1, n2, id, rows, b1, b2, diff);
        if (opts.refine) {
          const r = opts.refine(id, rows, { b1, b2, diff, v1, v2 });
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
    const pools = readers[id].map(c => n1.nodes[c]).filter((c): c is MaxPoolNode => c.kind === 'maxpool');
    if (pools.length > 0 && opts.poolPairs !== false) {
      const pairs = poolPairDiffs(n1, n2, id, pools, b1, b2, diff);
      if (pairs) {
        pairRows += pairs.i.length;
        diff[id] = { ...d, pairs };
      }
    }
  }
  return { n1: b1, n2: b2, diff, stats: { symbolicRows, pairRows } };
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
export function rhoDiffLinear(n1: Network, n2: Network, b1: readonly Bounds[], b2: readonly Bounds[], diff: readonly Bounds[], pair: readonly [number, number]): { lower: number; upper: number } {
  const a = rhoOneBasis(n1, n2, b1, b2, diff, pair);
  const b = rhoOneBasis(n2, n1, b2, b1, negated(diff), pair);
  return { lower: Math.max(a.lower, -b.upper), upper: Math.min(a.upper, -b.lower) };
}

function rhoOneBasis(n1: Network, n2: Network, b1: readonly Bounds[], b2: readonly Bounds[], diff: readonly Bounds[], [i, j]: readonly [number, number]): { lower: number; upper: number } {
  const k = n1.nodes[n1.output].size;
  const cd = new Float64Array(2 * k);
  cd[i] = 1;
  cd[j] = -1;
  cd[k + i] = -1;
  cd[k + j] = 1;
  const lo = concretizeDiffLower(diffBackwardToInput(n1, n2, n1.output, cd, new Float64Array(2 * k), 2, b1, b2, diff), 2, b1[0]);
  return { lower: lo[0], upper: -lo[1] };
}
