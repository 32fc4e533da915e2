/**
 * The work on one node that can run anywhere (main thread or a worker, worker.ts): a pure
 * function of the twins, the objective, the configuration and the node, returning plain data.
 *   - `branch`: choose the split and bound both children (input halves with a sweep each; ReLU
 *     phases from the parent's bounds with the neuron clamped, a sweep every `refreshEvery`
 *     levels);
 *   - `sweep`: re-bound a node from a full sweep on it (before it goes to the MILP).
 */
import { type Bounds, bisect } from '../ir/bounds.js';
import type { TwinBounds } from '../bounds/types.js';
import { type DenseChain, denseChain, denseDiffPass, passBounds, sweepWithPrior } from '../bounds/dense-diff.js';
import { type BabObjective, type BabTwins, boundWith, constraintsInfeasible, type NodeBound, type NodeSpec, objectiveLower, sweepBounds, withSplit } from './bound.js';
import type { ReluSplit } from './subproblem.js';
import type { AlphaStart } from '../bounds/alpha-diff.js';

export interface ExpandConfig {
  readonly alphaIterations: number;
  readonly candidates: number;
  readonly refreshEvery: number;
  readonly inputSplitMaxDim: number;
  /** Whether a node's bound also tries its parent's α-diff parameters and split multipliers (BabConfig.warmStart). */
  readonly warmStart: boolean;
}

/** What a worker needs once: the twins and the configuration. */
export interface ExpandSetup {
  readonly twins: BabTwins;
  readonly config: ExpandConfig;
}

/** One objective on those twins. */
export interface ExpandProblem extends ExpandSetup {
  readonly objective: BabObjective;
  /** The input dimension of the whole problem (input splits or ReLU splits). */
  readonly inputDim: number;
  /** The wall-clock seconds one sweep may take before it stops (sweepBounds: sound, looser); none: no limit. */
  readonly sweepSeconds?: number;
}

/** The part of a node the expansion reads. */
export interface NodeState {
  readonly spec: NodeSpec;
  readonly depth: number;
  readonly bound: NodeBound;
  /** Whether `bound.bounds` come from a sweep on this node (default true). */
  readonly swept?: boolean;
}

export interface Bounded {
  readonly spec: NodeSpec;
  /** Null: the node is empty. */
  readonly bound: NodeBound | null;
  /** Whether `bound` comes from a sweep on this node. */
  readonly swept: boolean;
}

/** Expand a node (branch, sweep), or bound the root: the box itself. */
export type ExpandRequest =
  | { readonly kind: 'branch' | 'sweep'; readonly node: NodeState; readonly objective: BabObjective; readonly inputDim: number; readonly sweepSeconds?: number }
  | {
      readonly kind: 'root';
      readonly box: Bounds;
      readonly objective: BabObjective;
      readonly inputDim: number;
      readonly sweepSeconds?: number;
      /** Sound per-node bounds of these twins over the box, when the caller has them (a row's sweep): no sweep again. */
      readonly bounds?: TwinBounds;
    };

/** A node bounded from given per-node bounds, or from a sweep on it when none are given; `swept` says whether its bounds come from a sweep on this node. */
function bounded(p: ExpandProblem, spec: NodeSpec, given: TwinBounds | null, givenSwept = false, start?: AlphaStart): Bounded {
  const tb = given ?? sweepBounds(p.twins, spec, p.sweepSeconds);
  // A node where the objective's constraints cannot hold is empty as far as the search goes.
  const feasible = tb !== null && !constraintsInfeasible(p.twins, p.objective, tb, spec.box);
  const bound = tb && feasible ? boundWith(p.twins, p.objective, spec.box, tb, { alphaIterations: p.config.alphaIterations, candidates: Math.max(1, p.config.candidates), ...(start ? { start } : {}) }, spec.splits) : null;
  return { spec, bound, swept: given === null || givenSwept };
}

/** The bounded root node: from the caller's bounds over the box (a sweep there) when given, else from a sweep. */
export function root(p: ExpandProblem, box: Bounds, given?: TwinBounds): Bounded {
  return bounded(p, { box, splits: [] }, given ?? null, true);
}

/** The parameters a node's re-bounding or children try first (its own α-diff optimum), when warm start is on. */
function warmStart(p: ExpandProblem, n: NodeState): AlphaStart | undefined {
  return p.config.warmStart ? n.bound.alpha : undefined;
}

/** The bounded children of a node (empty when it cannot be split: a point box with every ReLU stable). */
export function branch(p: ExpandProblem, n: NodeState): Bounded[] {
  const b = n.bound;
  const parent = b.bounds;
  const cfg = p.config;
  const start = warmStart(p, n);
  if (p.inputDim <= cfg.inputSplitMaxDim || b.relu.length === 0) {
    if (b.inputDim < 0) return [];
    const chain = n.spec.splits.length === 0 ? chainOf(p.twins) : null;
    if (chain) {
      // Dense twin chains (src/bounds/dense-diff.ts): the node is swept when it is split (its
      // bounds intersected in), its halves get the dense pass from those bounds, not sweeps of
      // their own: a sweep per split node instead of two.
      const own = n.swept === false ? passBounds(sweepWithPrior(chain, n.spec.box, parent)) : parent;
      return bisect(n.spec.box, b.inputDim).map(box => bounded(p, { box, splits: [], parent: own }, passBounds(denseDiffPass(chain, box, own)), false, start));
    }
    return bisect(n.spec.box, b.inputDim).map(box => bounded(p, { box, splits: n.spec.splits, parent }, null, false, start));
  }
  // FSB-like: of the best-scored candidates, the split whose worse child bounds best.
  let pick = b.relu[0];
  if (b.relu.length > 1) {
    let bestWorse = -Infinity;
    for (const c of b.relu) {
      let worse = Infinity;
      for (const phase of [1, -1] as const) {
        const s: ReluSplit = { net: c.net, node: c.node, index: c.index, phase };
        const tb = withSplit(parent, s);
        // Scored at the parent's optimised parameters when there are any (no iterations: one pass).
        worse = Math.min(worse, tb ? objectiveLower(p.twins, p.objective, tb, n.spec.box, 0, [...n.spec.splits, s], start) : Infinity);
      }
      if (worse > bestWorse) {
        bestWorse = worse;
        pick = c;
      }
    }
  }
  const refresh = (n.depth + 1) % Math.max(1, cfg.refreshEvery) === 0;
  return ([1, -1] as const).map((phase): Bounded => {
    const s: ReluSplit = { net: pick.net, node: pick.node, index: pick.index, phase };
    const tb = withSplit(parent, s);
    const spec: NodeSpec = { box: n.spec.box, splits: [...n.spec.splits, s], ...(tb ? { parent: tb } : {}) };
    if (!tb) return { spec, bound: null, swept: false };
    return bounded(p, spec, refresh ? null : tb, false, start);
  });
}

/** The twins' dense chain view where input splits use it (babTwins gave them a branching weight). */
function chainOf(tw: BabTwins): DenseChain | null {
  return tw.inputWeight ? denseChain(tw.n1, tw.n2) : null;
}

/** The node re-bounded from a sweep on it (its current bounds intersected in). */
export function sweep(p: ExpandProblem, n: NodeState): Bounded {
  return bounded(p, { ...n.spec, parent: n.bound.bounds }, null, false, warmStart(p, n));
}

export function expand(setup: ExpandSetup, r: ExpandRequest): Bounded[] {
  const p: ExpandProblem = { ...setup, objective: r.objective, inputDim: r.inputDim, ...(r.sweepSeconds !== undefined ? { sweepSeconds: r.sweepSeconds } : {}) };
  if (r.kind === 'root') return [root(p, r.box, r.bounds)];
  return r.kind === 'branch' ? branch(p, r.node) : [sweep(p, r.node)];
}
