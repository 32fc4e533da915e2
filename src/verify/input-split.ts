/**
 * Branch and bound on input splits for a threshold question "min_D f > θ?" (math.md, "Branch
 * and bound"; NeuroDiff's and ReluDiff's strategy on the 5-input ACAS Xu networks, whose
 * property boxes are far too wide for one relaxation: on ACAS 1_1's property-1 box the
 * differential bound of z²₀ − z¹₀ is [−46, 46], on a box a tenth as wide in every coordinate
 * it is 3.2e-6 wide).
 *
 *   - A node is a sub-box; its children halve one coordinate's interval, so they cover it
 *     exactly (closed halves overlap on the cut, which only repeats points), and min over D =
 *     min over the leaves.
 *   - Bounding: a child is first bounded with its parent's neuron bounds, concretised on the
 *     child's box (cheap: one backward pass per relaxation); only when it is picked for
 *     splitting does it get its own neuron bounds (`method.compute` on the sub-box: CROWN with
 *     the differential sweep) and a new bound. Both give L(node) ≤ min over the node; a node
 *     with L > θ (≥ θ) is closed.
 *   - Primal: f at the node's centre, by our float64 forward pass. A value ≤ θ (< θ) is a
 *     counterexample and ends the search.
 *   - Order: the open node with the smallest L first (best-first), so the global lower bound
 *     min over open leaves of L only rises and is reported at the time limit.
 *   - Branching: the coordinate with the largest width × |∂f/∂xᵢ| at the node's centre
 *     (relative widths against the root box break ties and keep every coordinate shrinking:
 *     a coordinate is also split when its relative width is 4× the smallest's). On ACAS 1_1,
 *     property 1, this rule's lower bound after 60 s was −2.1 with the networks' own gradient
 *     and −4.2 with plain bisection of the relatively widest coordinate, against −0.5 (120 s)
 *     with f's gradient.
 * A time limit (or the node cap) stops the search with `unknown` and the sound global bound.
 */
import { MinHeap } from '../bab/heap.js';
import { type Bounds, bisect } from '../ir/bounds.js';
import { inputSize, type Network } from '../ir/network.js';
import { forward } from '../layers/forward.js';
import { twinObjective } from '../layers/gradient.js';
import type { BoundsMethod, TwinBounds } from '../bounds/types.js';
import { forwardLinear, objectiveLower } from '../bounds/forward-linear.js';
import { type DenseChain, type DensePass, denseChain, denseDiffPass, denseObjectiveLower, inputSensitivity, passBounds, sweepWithPrior } from '../bounds/dense-diff.js';
import { evalObjective, type LinearObjective, type Point, Region, type RegionEngine, relaxedLower } from './linear-end.js';

/** `--engine auto` splits inputs (instead of the MILP) for networks with at most this many inputs (ACAS Xu: 5). */
export const SPLIT_MAX_INPUTS = 8;

/** The engines a user may name (`--engine`, a peer suite's `engine`): auto (autoEngine) or a RegionEngine. */
export const ENGINE_CHOICES = ['auto', 'milp', 'split', 'dense-split'] as const satisfies readonly ('auto' | RegionEngine)[];
export type EngineChoice = (typeof ENGINE_CHOICES)[number];

/**
 * What engine `auto` runs (equiv, the peer suites): for at most SPLIT_MAX_INPUTS inputs, input
 * splits, bounded by the dense differential pass ('dense-split', bound 'dense-hybrid') when the
 * twins are dense affine/ReLU chains (src/bounds/dense-diff.ts; ACAS Xu, benchmarks/README.md),
 * else by the general sweeps ('split'); the joint MILP otherwise.
 */
export function autoEngine(n1: Network, n2: Network): RegionEngine {
  if (inputSize(n1) > SPLIT_MAX_INPUTS) return 'milp';
  return denseChain(n1, n2) ? 'dense-split' : 'split';
}

export interface SplitOptions {
  readonly method: BoundsMethod;
  readonly timeLimitSec: number;
  /** Cap on bounded nodes (default 200,000). */
  readonly maxNodes?: number;
  /** α-diff iterations per node (default 0: the default relaxation; the root is the caller's). */
  readonly alphaIterations?: number;
  /**
   * How a sub-box is bounded (branching is the gradient rule below in every mode):
   * 'hybrid' (default): as 'relaxations', but each child's inherited neuron bounds are tightened
   *   by both twins' forward linear forms on its box (src/bounds/forward-linear.ts), whose lower
   *   form of f is a second bound;
   * 'forward-linear': forward forms only, no per-node sweep (cheap, tight only on small boxes);
   * 'relaxations': `method` per popped node, the parent's bounds for children (the engine before
   *   forward forms).
   * ACAS 1_1, property 1, min/max of z²₀ − z¹₀ (one run each, 2 shared cores): 'relaxations'
   * [−0.83, 0.73] at 120 s per end; 'hybrid' [−0.75, 1.07] at 60 s per end; 'forward-linear'
   * kept the root's −46 after 6,639 nodes in 60 s. None decides ε = 0.01 (benchmarks/README.md).
   */
  readonly bound?: 'hybrid' | 'forward-linear' | 'relaxations' | 'dense' | 'dense-hybrid';
  /** 'dense-hybrid': a popped node gets its own sweep when its bounds are this many levels old (default DENSE_SWEEP_EVERY). */
  readonly sweepEvery?: number;
  /**
   * 'dense-hybrid' branching: 'smear' (default) halves the input with the largest width ×
   * inputSensitivity (the first mixing layer's Σⱼ |Wⱼᵢ|, src/bounds/dense-diff.ts);
   * 'gradient' is the rule below. ACAS property 1, z²₀ − z¹₀ at ε = 0.05, one end, 30 s: smear
   * holds in 6.4 s (121 nodes); gradient −0.29 unknown (1,703 nodes); a look-ahead over all five
   * inputs by the dense pass (5× the passes per node) −43 unknown (the dense pass alone cannot
   * tell the inputs apart on wide boxes).
   */
  readonly branch?: 'gradient' | 'smear';
}

export const DENSE_SWEEP_EVERY = 1;

export interface SplitAnswer {
  readonly verdict: 'holds' | 'violated' | 'unknown';
  /** Sound lower bound of min f over the root box. */
  readonly lower: number;
  /** Best (smallest) f at a re-checked point. */
  readonly reached: Point;
  readonly nodes: number;
  readonly seconds: number;
  readonly maxDepth: number;
}

/**
 * A parent's per-node bounds used for a child box: every intermediate bound of the parent holds
 * on the child (a subset), so the relaxations stay sound; only the concretisation uses the
 * child's box. Cheap (no per-neuron pass), looser than the child's own bounds.
 */
function inherit(tb: TwinBounds, box: Bounds): TwinBounds {
  return { n1: [box, ...tb.n1.slice(1)], n2: [box, ...tb.n2.slice(1)], ...(tb.diff ? { diff: tb.diff } : {}) };
}


function centreOf(b: Bounds): Float64Array {
  return Float64Array.from(b.lower, (l, i) => 0.5 * (l + b.upper[i]));
}

export function splitMin(root: Region, o: LinearObjective, theta: number, strict: boolean, rootLower: number, opts: SplitOptions): SplitAnswer {
  const bound = opts.bound ?? 'hybrid';
  const chain = bound === 'dense' || bound === 'dense-hybrid' ? denseChain(root.n1, root.n2) : null;
  if (bound === 'dense' && chain) return splitForward(root, o, theta, strict, rootLower, opts, chain);
  if (bound === 'dense-hybrid' && chain) return splitDense(root, o, theta, strict, rootLower, opts, chain);
  if (bound === 'forward-linear') return splitForward(root, o, theta, strict, rootLower, opts, null);
  // Twins that are not dense chains fall back to 'hybrid'.
  return splitRelaxed(root, o, theta, strict, rootLower, opts, bound !== 'relaxations');
}

/** What every strategy's node carries: its box, a sound lower bound of f on it, its depth. */
interface SearchNode {
  readonly box: Bounds;
  readonly lower: number;
  readonly depth: number;
}

/** How one strategy bounds and branches; the search loop (search) is shared. */
interface Strategy<N extends SearchNode> {
  /** The root node, bounded. */
  readonly first: N;
  /** Before a popped node is split: the node re-bounded, or a number, its bound, when that bound closes it. */
  refine?(node: N, proves: (l: number) => boolean): N | number;
  /** The input to halve (−1: the box is a point). */
  dim(node: N): number;
  /** A half of `node`'s box, bounded (its lower at least the node's: a subset). */
  child(node: N, box: Bounds, proves: (l: number) => boolean): N;
}

/**
 * The branch-and-bound loop every strategy shares: best-first on the lower bound, a node's
 * children are its two halves (the centre of each is evaluated first: a value ≤ θ (< θ) ends
 * with `violated`), a node whose bound proves the question is closed, and the answer's lower
 * bound is the minimum over closed and open leaves and the node being split.
 */
function search<N extends SearchNode>(root: Region, o: LinearObjective, theta: number, strict: boolean, opts: SplitOptions, maxNodesDefault: number, st: Strategy<N>): SplitAnswer {
  const t0 = performance.now();
  const deadline = t0 + opts.timeLimitSec * 1000;
  const maxNodes = opts.maxNodes ?? maxNodesDefault;
  const proves = (l: number): boolean => (strict ? l > theta : l >= theta);
  const refutes = (v: number): boolean => (strict ? v <= theta : v < theta);
  const value = (x: Float64Array): number => evalObjective(o, forward(root.n1, x), forward(root.n2, x));
  let reached: Point = { x: Array.from(centreOf(root.box)), value: value(centreOf(root.box)) };
  const heap = new MinHeap<N>((x, y) => x.lower < y.lower);
  heap.push(st.first);
  let nodes = 1;
  let maxDepth = 0;
  // Sound bound of the closed leaves: each is > θ (≥ θ); the answer's lower is the min over all leaves.
  let closedMin = Infinity;
  // The lower bound of the node being split: its children are not all in the heap yet (an answer
  // returned mid-split, e.g. violated at the first child, must still cover the second).
  let splitting = Infinity;
  const result = (verdict: SplitAnswer['verdict']): SplitAnswer => ({
    verdict,
    lower: Math.min(closedMin, heap.peek()?.lower ?? Infinity, reached.value, splitting),
    reached,
    nodes,
    seconds: (performance.now() - t0) / 1000,
    maxDepth,
  });
  if (refutes(reached.value)) return result('violated');
  if (proves(st.first.lower)) {
    closedMin = (heap.pop() as N).lower;
    return result('holds');
  }
  while (heap.size > 0) {
    if (performance.now() > deadline || nodes >= maxNodes) return result('unknown');
    let node = heap.pop() as N;
    if (st.refine) {
      const r = st.refine(node, proves);
      if (typeof r === 'number') {
        closedMin = Math.min(closedMin, r);
        continue;
      }
      node = r;
    }
    const best = st.dim(node);
    const c = centreOf(node.box);
    const mid = best < 0 ? NaN : 0.5 * (node.box.lower[best] + node.box.upper[best]);
    if (best < 0 || !(mid > node.box.lower[best] && mid < node.box.upper[best])) {
      // A point (or a box too thin to halve in float64): its value is exact only for a point.
      const v = value(c);
      if (refutes(v)) {
        reached = { x: Array.from(c), value: v };
        return result('violated');
      }
      if (best < 0) {
        closedMin = Math.min(closedMin, v);
        continue;
      }
      heap.push(node);
      return result('unknown');
    }
    splitting = node.lower;
    for (const box of bisect(node.box, best)) {
      nodes++;
      const x = centreOf(box);
      const v = value(x);
      if (v < reached.value) reached = { x: Array.from(x), value: v };
      if (refutes(v)) return result('violated');
      const ch = st.child(node, box, proves);
      maxDepth = Math.max(maxDepth, ch.depth);
      if (proves(ch.lower)) closedMin = Math.min(closedMin, ch.lower);
      else heap.push(ch);
    }
    splitting = Infinity;
  }
  return result('holds');
}

const rootWidthOf = (root: Region): Float64Array => Float64Array.from(root.box.lower, (l, i) => root.box.upper[i] - l);

/**
 * Input splitting with forward linear forms only: each child box is bounded by the lower form
 * of f from both twins' forward forms (max with its parent's bound) and split by the gradient
 * rule. Branching on the smear |aᵢ|·widthᵢ of that lower form a·x + b was tried first and
 * worse: on ACAS 1_1 it halved one input ~200 times (the bound's slack sits in the ReLU
 * relaxations' constants, not in a).
 */
function splitForward(root: Region, o: LinearObjective, theta: number, strict: boolean, rootLower: number, opts: SplitOptions, chain: DenseChain | null): SplitAnswer {
  const rootWidth = rootWidthOf(root);
  const bound = (box: Bounds): number => {
    if (chain) return denseObjectiveLower(chain, denseDiffPass(chain, box), o.c1, o.c2, box);
    const f1 = forwardLinear(root.n1, box).forms[root.n1.output];
    const f2 = forwardLinear(root.n2, box).forms[root.n2.output];
    return objectiveLower(f1, o.c1, f2, o.c2, box).lower;
  };
  return search<SearchNode>(root, o, theta, strict, opts, 2_000_000, {
    first: { box: root.box, lower: Math.max(rootLower, bound(root.box)), depth: 0 },
    dim: node => gradientRule(root, o, node.box, rootWidth),
    child: (node, box) => ({ box, lower: Math.max(bound(box), node.lower), depth: node.depth + 1 }),
  });
}

/**
 * The input to halve: the largest width × |∂f/∂xᵢ| at the box centre, except that an input whose
 * width relative to the root box is 4× the smallest relative width goes first (every input keeps
 * shrinking); −1 for a point.
 */
function gradientRule(root: Region, o: LinearObjective, box: Bounds, rootWidth: Float64Array): number {
  const c = centreOf(box);
  const g = twinObjective(root.n1, root.n2, c, o.c1, o.c2).grad;
  const n = c.length;
  let minRel = Infinity;
  for (let i = 0; i < n; i++) if (rootWidth[i] > 0) minRel = Math.min(minRel, (box.upper[i] - box.lower[i]) / rootWidth[i]);
  let best = -1;
  let bestScore = -Infinity;
  for (let i = 0; i < n; i++) {
    const w = box.upper[i] - box.lower[i];
    if (!(w > 0)) continue;
    const rel = w / rootWidth[i];
    const score = rel > 4 * minRel ? Infinity : w * Math.abs(g[i]) + 1e-12 * rel;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

interface RelaxedNode extends SearchNode {
  /** Per-node bounds: the node's own when `fresh`, else its parent's with the input box replaced. */
  readonly tb: TwinBounds;
  readonly fresh: boolean;
}

/**
 * Input splitting bounded by `method`'s relaxations ('relaxations', 'hybrid'): a child is first
 * bounded with its parent's neuron bounds (with 'hybrid' tightened by both twins' forward linear
 * forms on its box, whose lower form of f is a second bound); a popped child gets its own sweep.
 */
function splitRelaxed(root: Region, o: LinearObjective, theta: number, strict: boolean, rootLower: number, opts: SplitOptions, hybrid: boolean): SplitAnswer {
  const rootWidth = rootWidthOf(root);
  const region = (box: Bounds, tb: TwinBounds): Region => new Region(root.n1, root.n2, box, tb, root.solver, root.timeLimitSec, root.attack, opts.alphaIterations ?? 0);
  return search<RelaxedNode>(root, o, theta, strict, opts, 200_000, {
    first: { box: root.box, lower: rootLower, depth: 0, tb: root.tb, fresh: true },
    refine: (node, proves) => {
      if (node.fresh) return node;
      // Bounded so far with its parent's neuron bounds: compute its own before splitting it.
      const tb = opts.method.compute(root.n1, root.n2, node.box);
      const l = Math.max(node.lower, relaxedLower(region(node.box, tb), o));
      return proves(l) ? l : { ...node, tb, lower: l, fresh: true };
    },
    dim: node => gradientRule(root, o, node.box, rootWidth),
    child: (node, box) => {
      let tb = inherit(node.tb, box);
      let fwd = -Infinity;
      if (hybrid) {
        // The parent's neuron bounds hold on the child; forward forms on the child's box tighten them.
        const f1 = forwardLinear(root.n1, box, tb.n1);
        const f2 = forwardLinear(root.n2, box, tb.n2);
        tb = { n1: f1.bounds, n2: f2.bounds, ...(tb.diff ? { diff: tb.diff } : {}) };
        fwd = objectiveLower(f1.forms[root.n1.output], o.c1, f2.forms[root.n2.output], o.c2, box).lower;
      }
      // A child is a subset of its parent: the parent's bound holds for it too.
      return { box, lower: Math.max(relaxedLower(region(box, tb), o), node.lower, fwd), depth: node.depth + 1, tb, fresh: false };
    },
  });
}

interface DenseNode extends SearchNode {
  /** Sound bounds of every node on the box: the last sweep's (an ancestor's or its own), tightened by dense passes since. */
  readonly tb: TwinBounds;
  /** Depth of the node whose sweep `tb` comes from. */
  readonly swept: number;
}

/**
 * Input splitting for dense twin chains ('dense-hybrid'): every child box is bounded by the dense
 * differential pass (src/bounds/dense-diff.ts), each node's bounds intersected with its
 * parent's (a superset's bounds hold on the child); a popped node whose bounds come from a
 * sweep DENSE_SWEEP_EVERY or more levels up gets its own sweep (`method`, the backward
 * differential relaxations, tight on wide boxes) and the relaxations' bound of the objective;
 * its children then also get the relaxations' bound on their box. The sweep costs 10-50 ms on
 * ACAS Xu, the dense pass 1-5 ms, and on boxes 1/16-1/32 as wide as property 1's the dense
 * bound is already 1e-6-1e-3 wide (scripts/acas-diag.ts). Branching: the first mixing layer's
 * smear (SplitOptions.branch). With a sweep at every popped node (DENSE_SWEEP_EVERY = 1) ACAS
 * property 1 holds at ε = 0.05 and 0.01 on both shared pairs, 6-35 s per end (benchmarks/README.md).
 */
function splitDense(root: Region, o: LinearObjective, theta: number, strict: boolean, rootLower: number, opts: SplitOptions, chain: DenseChain): SplitAnswer {
  const every = opts.sweepEvery ?? DENSE_SWEEP_EVERY;
  const rootWidth = rootWidthOf(root);
  const importance = inputSensitivity(chain) ?? new Float64Array(root.box.lower.length).fill(1);
  const relaxed = (box: Bounds, tb: TwinBounds): number => relaxedLower(new Region(root.n1, root.n2, box, tb, root.solver, root.timeLimitSec, root.attack, opts.alphaIterations ?? 0), o);
  const p0 = denseDiffPass(chain, root.box, root.tb);
  return search<DenseNode>(root, o, theta, strict, opts, 2_000_000, {
    first: { box: root.box, lower: Math.max(rootLower, denseObjectiveLower(chain, p0, o.c1, o.c2, root.box)), depth: 0, tb: passBounds(p0), swept: 0 },
    refine: (node, proves) => {
      if (node.depth - node.swept < every) return node;
      // The node's bounds (a superset's, tightened by dense passes) hold on its box: the sweep's
      // per-twin bounds are intersected with them before later nodes read them.
      const p = sweepWithPrior(chain, node.box, node.tb);
      const tb = passBounds(p);
      const l = Math.max(node.lower, relaxed(node.box, tb), denseObjectiveLower(chain, p, o.c1, o.c2, node.box));
      return proves(l) ? l : { ...node, lower: l, tb, swept: node.depth };
    },
    dim: node => ((opts.branch ?? 'smear') === 'smear' ? smearRule(node.box, importance) : gradientRule(root, o, node.box, rootWidth)),
    child: (node, box, proves) => {
      const p = denseDiffPass(chain, box, node.tb);
      const tb = passBounds(p);
      let l = Math.max(node.lower, denseObjectiveLower(chain, p, o.c1, o.c2, box));
      // Children of a node swept just now (the root's too) also get the relaxations' bound.
      if (node.swept === node.depth && !proves(l)) l = Math.max(l, relaxed(box, tb));
      return { box, lower: l, depth: node.depth + 1, tb, swept: node.swept };
    },
  });
}

function smearRule(box: Bounds, importance: Float64Array): number {
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < box.lower.length; i++) {
    const score = (box.upper[i] - box.lower[i]) * importance[i];
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}
