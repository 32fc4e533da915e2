/**
 * The bound-computation interface. A method takes both twins and the input box and returns
 * sound bounds on every node's output of each network (for a ReLU or MaxPool node, the bounds
 * of its input node are its pre-activation bounds). Tighter methods (CROWN, LP tightening,
 * differential bounds) implement the same interface and are chosen by name.
 */
import type { Bounds } from '../ir/bounds.js';
import type { Network } from '../ir/network.js';
import type { DiffMemo } from '../layers/diff-memo.js';
import type { DiffBounds } from '../layers/layer.js';
import type { MatchedTwins } from '../layers/twin-pair.js';

export interface TwinBounds {
  /** n1[id] bounds node id of N1 (n1[0] is the input box). */
  readonly n1: readonly Bounds[];
  readonly n2: readonly Bounds[];
  /**
   * For structurally matched twins: diff[id] bounds v¹_id − v²_id, node by node (twin-aware
   * differential bounds). Absent when the twins' structures differ.
   */
  readonly diff?: readonly Bounds[];
  /**
   * Sound, looser per-node bounds computed on the way (the symbolic-only differential sweep),
   * whose ρ bounds the objective intersects too: relaxations with heuristic choices are not
   * monotone in the bounds, so this keeps every ρ bound no looser than that sweep gives.
   */
  readonly previous?: { readonly n1: readonly Bounds[]; readonly n2: readonly Bounds[]; readonly diff: readonly Bounds[] };
  /** The sweep stopped at its deadline (SweepDeadline): later rows and nodes have interval bounds only. */
  readonly cut?: boolean;
  /** One line on how the twins were matched, e.g. "differential: on (14/14 nodes matched)". */
  readonly note?: string;
}

/**
 * A sub-problem of the input box (a branch-and-bound node): constraints that every sweep applies
 * to each node's per-twin bounds as soon as it has computed them, before later nodes read them.
 * `refine` must return sound bounds of node `id` of twin `net` over the sub-problem, given sound
 * ones `b` (e.g. a split ReLU's pre-activation clamped at 0, intersected with the parent node's
 * bounds); it throws EmptyRegion (src/ir/bounds.ts) when the sub-problem has no point.
 */
export interface SubProblem {
  refine(net: 'n1' | 'n2', id: number, b: Bounds): Bounds;
}

/**
 * A ReLU phase fixed on a region (a branch-and-bound split): the pre-activation entry `index`
 * of node `node` of twin `net` is ≥ 0 on the region (phase +1, active) or ≤ 0 (phase −1).
 */
export interface PhaseSplit {
  readonly net: 'n1' | 'n2';
  readonly node: number;
  readonly index: number;
  readonly phase: 1 | -1;
}

/**
 * What every twin-aware pass reads: structurally matched twins (their typed node pairs), sound
 * bounds of every node of each (b1[0] = b2[0] is the shared input box) and of their difference.
 */
export interface TwinState {
  readonly twins: MatchedTwins;
  readonly b1: readonly Bounds[];
  readonly b2: readonly Bounds[];
  readonly diff: readonly DiffBounds[];
  /** The sweep's memo of the layers' twin relaxations (src/layers/diff-memo.ts). */
  readonly memo: DiffMemo;
}

/**
 * A wall-clock deadline for a sweep (performance.now() milliseconds): past it, the symbolic
 * passes stop and the remaining rows and nodes keep their interval bounds (sound, looser), and
 * the sweep says so in `TwinBounds.cut`. `cut` is set by the sweep when that happened.
 */
export interface SweepDeadline {
  readonly at: number;
  cut: boolean;
}

export function pastDeadline(d: SweepDeadline | undefined): boolean {
  if (!d) return false;
  if (!d.cut && performance.now() >= d.at) d.cut = true;
  return d.cut;
}

export interface BoundsMethod {
  readonly name: string;
  compute(n1: Network, n2: Network, box: Bounds, sub?: SubProblem, deadline?: SweepDeadline): TwinBounds;
}
