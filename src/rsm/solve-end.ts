/**
 * One end of an LRSM (min or max of ρ over D) by the joint MILP, turned into sound numbers:
 *   - the bound comes from the solver's dual bound (never from an incumbent), widened by τ;
 *     when the solver proved nothing (killed in presolve, error), from the relaxation bound;
 *   - the witness is the solver's incumbent input (clipped into D), the start point or x₀, whichever is better,
 *     re-evaluated by our own float64 forward pass;
 *   - if a witness ever beats the bound (a real point of D outside [L, U]), the bound is moved
 *     to the witness and `boundRepaired` is set: a point of D is the strongest evidence there is.
 */
import { type Pair, rhoAt, safetyMargin, solverInputs, soundDualBound } from './objective.js';
import { addLogit, type JointEncoding, startAt } from '../encoding/joint.js';
import type { Sense } from '../milp/model.js';
import type { MilpSolver, SolveOutcome } from '../solver/types.js';

export interface Witness {
  readonly value: number;
  readonly x: number[];
  /** ρ at x in float32 (src/layers/forward32.ts), filled in where results are reported (verify.ts). */
  readonly value32?: number;
}

export type EndStatus = 'exact' | 'bounded' | 'relaxed';

export interface EndResult {
  /** Sound bound: ≤ min ρ for 'minimize', ≥ max ρ for 'maximize'. */
  readonly bound: number;
  readonly witness: Witness;
  readonly status: EndStatus;
  readonly solver: { readonly outcome: SolveOutcome['kind'] | 'none'; readonly dualBound: number | null; readonly objective: number | null; readonly nodes: number; readonly seconds: number; readonly message?: string };
  readonly boundRepaired: boolean;
  /** How branch and bound ran, when it bounded this end (src/bab/): history in ρ units, per end's sense. */
  readonly bab?: BabSummary;
}

export interface BabSummary {
  readonly nodes: number;
  readonly maxDepth: number;
  readonly leavesToMilp: number;
  readonly open: number;
  readonly gap: number;
  readonly history: readonly { readonly seconds: number; readonly bound: number; readonly best: number }[];
}

export interface EndQuery {
  readonly joint: JointEncoding;
  readonly pair: Pair;
  readonly sense: Sense;
  readonly x0: Float64Array;
  /** A sound bound from a relaxation, used when the solver proves nothing. */
  readonly relaxedBound: number;
  readonly solver: MilpSolver;
  readonly timeLimitSec: number;
  readonly mipRelGap: number;
  readonly mipAbsGap: number;
  /** Solve the LP relaxation (binaries relaxed to [0, 1]) instead of the MILP: a sound bound, status 'relaxed'. */
  readonly lpOnly?: boolean;
  /**
   * The input point of the MIP start (a point of D), default x₀: an attack's best point gives
   * the solver a good incumbent at once. It also competes for the witness.
   */
  readonly start?: Float64Array;
  /** Further points of D (attack points) that compete for the witness without being the start. */
  readonly candidates?: readonly Float64Array[];
}

/** An end bounded by a relaxation alone, with x₀ (a point of D) as its witness. */
export function relaxedEnd(joint: JointEncoding, pair: Pair, sense: Sense, x0: Float64Array, bound: number): EndResult {
  const value = rhoAt(joint.n1.net, joint.n2.net, x0, pair);
  const better = sense === 'minimize' ? value < bound : value > bound;
  return {
    bound: better ? value : bound,
    witness: { value, x: Array.from(x0) },
    status: 'relaxed',
    boundRepaired: better,
    solver: { outcome: 'none', dualBound: null, objective: null, nodes: 0, seconds: 0 },
  };
}

export function rhoObjective(j: JointEncoding, [i, k]: Pair): Map<number, number> {
  const form = new Map<number, number>();
  addLogit(form, j.n1.logits, i, 1);
  addLogit(form, j.n1.logits, k, -1);
  addLogit(form, j.n2.logits, i, -1);
  addLogit(form, j.n2.logits, k, 1);
  return form;
}

export async function solveEnd(q: EndQuery): Promise<EndResult> {
  const { joint, pair, sense } = q;
  const built = joint.builder.build(sense, rhoObjective(joint, pair));
  const model = q.lpOnly ? { ...built, integrality: new Int32Array(built.numCols) } : built;
  const start = startAt(joint, q.start ?? q.x0, model.numCols);
  const out = await q.solver.solve({ model, timeLimitSec: q.timeLimitSec, start, mipRelGap: q.mipRelGap, mipAbsGap: q.mipAbsGap });
  const better = (a: number, b: number): boolean => (sense === 'minimize' ? a < b : a > b);
  const { n1, n2 } = { n1: joint.n1.net, n2: joint.n2.net };

  let witness: Witness = { value: rhoAt(n1, n2, q.x0, pair), x: Array.from(q.x0) };
  for (const x of [...(q.start ? [q.start] : []), ...(q.candidates ?? [])]) {
    const value = rhoAt(n1, n2, x, pair);
    if (better(value, witness.value)) witness = { value, x: Array.from(x) };
  }
  const incumbent = out.kind === 'optimal' || out.kind === 'timeLimit' ? out.incumbent : null;
  if (incumbent) {
    for (const x of solverInputs(joint, incumbent.colValue)) {
      const value = rhoAt(n1, n2, x, pair);
      if (better(value, witness.value)) witness = { value, x: Array.from(x) };
    }
  }

  let bound = q.relaxedBound;
  let dualBound: number | null = null;
  if (out.kind === 'optimal' || out.kind === 'timeLimit') dualBound = out.dualBound;
  const widened = soundDualBound(dualBound, sense);
  if (widened !== null) {
    // A relaxation bound that is tighter than the solver's is just as sound.
    bound = sense === 'minimize' ? Math.max(widened, q.relaxedBound) : Math.min(widened, q.relaxedBound);
  }
  let boundRepaired = false;
  if (better(witness.value, bound)) {
    bound = witness.value;
    boundRepaired = true;
  }

  const gapTol = q.mipAbsGap + q.mipRelGap * Math.max(1, Math.abs(witness.value)) + 2 * safetyMargin(witness.value);
  let status: EndStatus;
  if (q.lpOnly) status = 'relaxed';
  else if (out.kind === 'optimal' && Math.abs(witness.value - bound) <= gapTol) status = 'exact';
  else if (dualBound !== null) status = 'bounded';
  else status = 'relaxed';

  return {
    bound,
    witness,
    status,
    boundRepaired,
    solver: {
      outcome: out.kind,
      dualBound,
      objective: incumbent ? incumbent.objective : null,
      nodes: out.kind === 'optimal' || out.kind === 'timeLimit' ? out.nodes : 0,
      seconds: out.seconds,
      ...(out.kind === 'error' ? { message: out.message } : {}),
    },
  };
}
