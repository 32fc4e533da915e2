/**
 * CROWN-style backward linear bounds (Zhang et al. 2018; DeepPoly's back-substitution).
 *
 * For a target node T and a matrix Λ (m × size_T), walking the DAG backwards from T applies
 * each layer's `backward` step (src/layers/*.ts), which replaces Λ·y by a sound linear lower
 * bound in the layer's inputs. At the input node this leaves Λ·y_T ≥ A·x + β for all x in the
 * box, and min over the box of A·x + β = β + Σ_i (A_i⁺ l_i + A_i⁻ u_i) is a sound lower bound.
 * Upper bounds are −(lower bound of −Λ·y_T).
 *
 * Per-neuron use (`crownBounds`): layer by layer, each affine node that feeds a ReLU, a max or
 * the logits gets CROWN bounds intersected with its interval bounds, using the bounds already
 * computed for earlier layers in the ReLU/max relaxations. Only rows that matter are bounded:
 * for a ReLU input, the neurons interval arithmetic leaves unstable. An affine node reading
 * only the input box is skipped (interval arithmetic is already exact there).
 *
 * Objective use (`crownObjective`): a linear objective c₁ᵀz¹ + c₂ᵀz² over both twins is
 * propagated back through each network from its own part of c, and the two input-coefficient
 * vectors are ADDED before concretisation on the shared box. Bounding the difference this way
 * is tighter than subtracting separately computed bounds, because the common input dependence
 * cancels.
 */
import { type Bounds, intersectBounds, roundingSlack } from '../ir/bounds.js';
import { consumers, type Network } from '../ir/network.js';
import type { LayerImpl } from '../layers/layer.js';
import { layerOf, type LayerNode } from '../layers/registry.js';
import { refiner } from './interval.js';
import { type BoundsMethod, pastDeadline, type SubProblem, type SweepDeadline, type TwinBounds } from './types.js';

/** Rows processed at once, to cap the memory of the dense Λ matrices. */
const CHUNK = 256;

export interface LinearInInput {
  /** m × n₀ coefficients on the input. */
  readonly a: Float64Array;
  readonly beta: Float64Array;
  /** Σ|terms| that were summed into each β, when known: it widens the rounding slack. */
  readonly betaMag?: Float64Array;
}

export interface BackwardOptions {
  /** ReLU lower slopes by ReLU node id (α-CROWN); CROWN's default where absent. */
  readonly alphas?: ReadonlyMap<number, Float64Array>;
  /** When given, receives the complete Λ of every node the pass reaches. */
  readonly record?: Map<number, Float64Array>;
}

/** Λ·y_target ≥ A·x + β, propagated back to the input through nodes target … 1. */
export function backwardToInput(net: Network, target: number, lam: Float64Array, m: number, bounds: readonly Bounds[], opts: BackwardOptions = {}): LinearInInput {
  const pending = new Map<number, Float64Array>([[target, lam]]);
  const beta = new Float64Array(m);
  for (let id = target; id >= 1; id--) {
    const l = pending.get(id);
    if (!l) continue;
    pending.delete(id);
    opts.record?.set(id, l);
    const node = net.nodes[id];
    if (node.kind === 'input') continue;
    const step = layerOf(node).backward(node, l, m, node.inputs.map(i => bounds[i]), opts.alphas?.get(id));
    for (let r = 0; r < m; r++) beta[r] += step.bias[r];
    node.inputs.forEach((inp, k) => {
      const acc = pending.get(inp);
      if (!acc) pending.set(inp, step.lams[k]);
      else {
        const add = step.lams[k];
        for (let q = 0; q < acc.length; q++) acc[q] += add[q];
      }
    });
  }
  const a = pending.get(0) ?? new Float64Array(m * net.nodes[0].size);
  return { a, beta };
}

/** min over the box of A·x + β for each row, rounded outward. */
export function concretizeLower(lin: LinearInInput, m: number, box: Bounds): Float64Array {
  const n = box.lower.length;
  const out = new Float64Array(m);
  for (let r = 0; r < m; r++) {
    let s = lin.beta[r];
    let mag = (lin.betaMag?.[r] ?? 0) + Math.abs(s);
    for (let i = 0; i < n; i++) {
      const c = lin.a[r * n + i];
      if (c === 0) continue;
      const v = c >= 0 ? c * box.lower[i] : c * box.upper[i];
      s += v;
      mag += Math.abs(v);
    }
    out[r] = s - roundingSlack(mag);
  }
  return out;
}

/** Lower and upper CROWN bounds of the selected rows of node `target`. */
function boundRows(net: Network, target: number, rows: readonly number[], bounds: readonly Bounds[], deadline?: SweepDeadline): { lower: Float64Array; upper: Float64Array } {
  const size = net.nodes[target].size;
  // Rows left when the deadline passes keep ±∞ here, so their interval bounds stand.
  const lower = new Float64Array(rows.length).fill(-Infinity);
  const upper = new Float64Array(rows.length).fill(Infinity);
  const box = bounds[0];
  for (let s = 0; s < rows.length && !pastDeadline(deadline); s += CHUNK) {
    const part = rows.slice(s, s + CHUNK);
    const m = part.length;
    for (const sign of [1, -1]) {
      const lam = new Float64Array(m * size);
      part.forEach((row, r) => {
        lam[r * size + row] = sign;
      });
      const lo = concretizeLower(backwardToInput(net, target, lam, m, bounds), m, box);
      for (let r = 0; r < m; r++) {
        if (sign === 1) lower[s + r] = lo[r];
        else upper[s + r] = -lo[r];
      }
    }
  }
  return { lower, upper };
}

/**
 * Per-node bounds of one network: interval everywhere, tightened by CROWN where it matters.
 * `refine`, when given, is applied to each node's bounds before later nodes read them (SubProblem).
 */
export function crownBounds(net: Network, box: Bounds, refine?: (id: number, b: Bounds) => Bounds, deadline?: SweepDeadline): Bounds[] {
  const readers = consumers(net);
  const out: Bounds[] = [box];
  for (let id = 1; id < net.nodes.length; id++) {
    const node = net.nodes[id];
    if (node.kind === 'input') throw new Error('unreachable: input node after 0');
    const impl = layerOf(node);
    let b = impl.interval(node, node.inputs.map(i => out[i]));
    if (refine) b = refine(id, b);
    // Linear nodes read by a nonlinear layer, and the logits, get CROWN rows: the unstable ones
    // for sign-split readers (ReLU), all rows for other nonlinear readers (max-pool) and logits.
    const nonlinear = readers[id].map(c => implOf(net, c)).filter(r => !r.linear);
    const needed = impl.linear && (nonlinear.length > 0 || id === net.output) && !node.inputs.every(i => i === 0) && !pastDeadline(deadline);
    if (needed) {
      const allRows = id === net.output || nonlinear.some(r => !r.signSplit);
      const rows: number[] = [];
      for (let i = 0; i < node.size; i++) {
        if (allRows || (b.lower[i] < 0 && b.upper[i] > 0)) rows.push(i);
      }
      if (rows.length > 0) {
        const cb = boundRows(net, id, rows, out, deadline);
        const lower = Float64Array.from(b.lower);
        const upper = Float64Array.from(b.upper);
        rows.forEach((row, r) => {
          lower[row] = cb.lower[r];
          upper[row] = cb.upper[r];
        });
        b = intersectBounds(b, { lower, upper });
        if (refine) b = refine(id, b);
      }
    }
    out.push(b);
  }
  return out;
}

/**
 * Sound lower bound of c₁ᵀz¹ + c₂ᵀz² over the box, both twins back-propagated from the same
 * objective and concretised together on the shared input.
 */
export function crownObjectiveLower(n1: Network, b1: readonly Bounds[], c1: Float64Array, n2: Network, b2: readonly Bounds[], c2: Float64Array): number {
  const l1 = backwardToInput(n1, n1.output, c1, 1, b1);
  const l2 = backwardToInput(n2, n2.output, c2, 1, b2);
  const a = new Float64Array(l1.a.length);
  for (let i = 0; i < a.length; i++) a[i] = l1.a[i] + l2.a[i];
  return concretizeLower({ a, beta: Float64Array.of(l1.beta[0] + l2.beta[0]) }, 1, b1[0])[0];
}

/** The layer implementation of node `id` (never the input: it reads no node). */
function implOf(net: Network, id: number): LayerImpl<LayerNode> {
  const node = net.nodes[id];
  if (node.kind === 'input') throw new Error('unreachable: the input node reads a node');
  return layerOf(node);
}

export const crownMethod: BoundsMethod = {
  name: 'crown',
  compute(n1: Network, n2: Network, box: Bounds, sub?: SubProblem, deadline?: SweepDeadline): TwinBounds {
    const out = { n1: crownBounds(n1, box, refiner(sub, 'n1'), deadline), n2: crownBounds(n2, box, refiner(sub, 'n2'), deadline) };
    return deadline?.cut ? { ...out, cut: true } : out;
  },
};

