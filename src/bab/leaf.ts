/**
 * A branch-and-bound leaf solved exactly: the joint MILP of the node (its box, its per-node
 * bounds as big-M constants) with each split neuron's phase as a row on its pre-activation
 * column (a ≥ 0 active, a ≤ 0 inactive), so the MILP's feasible set is exactly the node's.
 * The solver's dual bound, widened by the safety margin, is the node's sound lower bound; its
 * incumbent is only a candidate point, re-evaluated by the caller's forward pass.
 */
import type { Bounds } from '../ir/bounds.js';
import type { TwinBounds } from '../bounds/types.js';
import { addLogit, encodeJoint, type JointEncoding, startAt } from '../encoding/joint.js';
import { soundDualBound } from '../solver/sound.js';
import type { MilpSolver, SolveOutcome } from '../solver/types.js';
import type { BabObjective, BabTwins } from './bound.js';
import type { ReluSplit } from './subproblem.js';

export interface LeafModel {
  readonly joint: JointEncoding;
  readonly binaries: number;
}

export function encodeLeaf(tw: BabTwins, box: Bounds, bounds: TwinBounds): LeafModel {
  const joint = encodeJoint(tw.n1, tw.n2, box, bounds);
  return { joint, binaries: joint.n1.binaries + joint.n2.binaries };
}

export interface LeafOutcome {
  readonly kind: SolveOutcome['kind'];
  /** Sound lower bound of the objective over the node, or null when the solver proved nothing. */
  readonly lower: number | null;
  /** The incumbent's input point (unclipped solver values), when there is one. */
  readonly point: Float64Array | null;
  readonly seconds: number;
}

export async function solveLeaf(leaf: LeafModel, obj: BabObjective, splits: readonly ReluSplit[], start: Float64Array, solver: MilpSolver, timeLimitSec: number, gaps: { rel: number; abs: number }): Promise<LeafOutcome> {
  const { joint } = leaf;
  const b = joint.builder;
  for (const s of splits) {
    const col = joint[s.net].nodes[s.node].cols[s.index];
    if (col < 0) continue; // a constant pre-activation: its phase is already decided by the bounds
    if (s.phase > 0) b.addRow([col], [1], 0, Infinity, `split_${s.net}_${s.node}_${s.index}_on`);
    else b.addRow([col], [1], -Infinity, 0, `split_${s.net}_${s.node}_${s.index}_off`);
  }
  const logitForm = (c1: Float64Array, c2: Float64Array): Map<number, number> => {
    const form = new Map<number, number>();
    c1.forEach((c, k) => c !== 0 && addLogit(form, joint.n1.logits, k, c));
    c2.forEach((c, k) => c !== 0 && addLogit(form, joint.n2.logits, k, c));
    return form;
  };
  for (const [k, r] of (obj.constraints ?? []).entries()) {
    const row = logitForm(r.c1, r.c2);
    if (row.size > 0) b.addRow([...row.keys()], [...row.values()], r.lower, Infinity, `output_${k}`);
    // A row on constant-zero logits only: 0 ≥ lower is false everywhere, the node is empty.
    else if (r.lower > 0) return { kind: 'infeasible', lower: Infinity, point: null, seconds: 0 };
  }
  const model = b.build('minimize', logitForm(obj.c1, obj.c2));
  const out = await solver.solve({ model, timeLimitSec, start: startAt(joint, start, model.numCols), mipRelGap: gaps.rel, mipAbsGap: gaps.abs });
  const seconds = out.seconds;
  if (out.kind === 'infeasible') return { kind: out.kind, lower: Infinity, point: null, seconds };
  if (out.kind === 'optimal' || out.kind === 'timeLimit') {
    const point = out.incumbent ? Float64Array.from(joint.x, c => out.incumbent?.colValue[c] ?? 0) : null;
    return { kind: out.kind, lower: soundDualBound(out.dualBound, 'minimize'), point, seconds };
  }
  return { kind: out.kind, lower: null, point: null, seconds };
}
