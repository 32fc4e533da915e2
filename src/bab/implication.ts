/**
 * The exact implication N2 ⇒ N1 on D for class c (src/rsm/implication.ts) by branch and bound,
 * where the monolithic MILP of each part does not finish. Part j is
 *     min z¹_c − z¹_j   over {x ∈ D : z²_c − z²_k ≥ −s²(c, k) for all k ≠ c}
 * (s the float32 slacks under --precision float32, else 0): the driver's objective with N2's
 * decision rows as output constraints (driver.ts), asked as a threshold question at s¹(c, j):
 *   - every node is bounded by the relaxations ignoring the rows (a minimum over a superset) and
 *     dropped when the rows' own bounds show no point of it satisfies them (bound.ts);
 *   - leaf MILPs carry the rows (leaf.ts); only points that satisfy them, by our forward pass,
 *     become incumbents;
 *   - the search stops once its global lower bound exceeds s¹(c, j) (the part holds; +∞: every
 *     node empty, N2 never decides c on D: vacuous) or a point at or below it is found.
 * A point with z¹_c − z¹_j ≤ 0 is confirmed as a counterexample by the forward pass (N2 decides c
 * strictly, N1 does not); one that is not (N2 ties there) goes to the strict-margin follow-up
 * MILP of the monolithic path, like the MILP's own minimiser does. The parts run one after the
 * other, each with the whole expander and the end's time limit.
 */
import type { Bounds } from '../ir/bounds.js';
import { type Network, outputSize } from '../ir/network.js';
import type { TwinBounds } from '../bounds/types.js';
import { combineParts, confirmCounterexampleOn, type Counterexample, type ExactImplication, type ExactVerdict, type ImplicationPart } from '../rsm/implication.js';
import type { OutputConstraint } from './bound.js';
import { type BabRun, branchAndBound } from './driver.js';
import { rowSearch } from './end.js';
import type { LoweredTwins } from './twins.js';

export interface BabImplicationQuery extends BabRun {
  /** The original twins (counterexamples are confirmed on them). */
  readonly n1: Network;
  readonly n2: Network;
  /** The search's twins (babTwins) and the row's per-node bounds of them. */
  readonly twins: LoweredTwins;
  readonly rootBounds?: { bounds?: TwinBounds };
  readonly box: Bounds;
  readonly c: number;
  /** Points of D to start from (x₀, attack points). */
  readonly starts: readonly Float64Array[];
  readonly slack?: { readonly n1: (i: number, j: number) => number; readonly n2: (i: number, j: number) => number };
  /** The strict-margin follow-up of part j near a tie point (the MILP's, src/rsm/implication.ts). */
  readonly followUp: (j: number, near: Float64Array) => Promise<{ readonly verdict: ExactVerdict; readonly cex: Counterexample | null }>;
}

const unit = (n: number, plus: number, minus: number): Float64Array => {
  const v = new Float64Array(n);
  v[plus] += 1;
  v[minus] -= 1;
  return v;
};

/** N2 decides c (up to its slack): z²_c − z²_k ≥ −s²(c, k) for every k ≠ c. */
export function decisionRows(classes: number, c: number, slack2: (i: number, j: number) => number): OutputConstraint[] {
  const zero = new Float64Array(classes);
  return [...Array(classes).keys()].filter(k => k !== c).map(k => ({ c1: zero, c2: unit(classes, c, k), lower: -slack2(c, k) }));
}

async function part(q: BabImplicationQuery, j: number): Promise<{ part: ImplicationPart; cex: Counterexample | null }> {
  const classes = outputSize(q.n1);
  const s1 = q.slack?.n1(q.c, j) ?? 0;
  const r = await branchAndBound({
    ...rowSearch(q.n1, q.n2, q.twins, q),
    objective: { c1: unit(classes, q.c, j), c2: new Float64Array(classes), constraints: decisionRows(classes, q.c, q.slack?.n2 ?? (() => 0)) },
    box: q.box,
    starts: q.starts,
    threshold: s1,
  });
  const decided = r.bound > s1 || r.witness.value <= s1;
  const base = { j, solverOutcome: decided ? 'optimal' : 'timeLimit', seconds: r.seconds, bab: { nodes: r.nodes, maxDepth: r.maxDepth, leavesToMilp: r.leavesToMilp } };
  const objective = Number.isFinite(r.witness.value) ? r.witness.value : null;
  if (r.bound === Infinity) return { part: { ...base, verdict: 'vacuous', lower: null, objective: null }, cex: null };
  const lower = Number.isFinite(r.bound) ? r.bound - s1 : null;
  if (lower !== null && lower > 0) return { part: { ...base, verdict: 'holds', lower, objective }, cex: null };
  // No point at or below 0: the time limit, unless the search finished its tree with leaves at
  // or below the threshold and no point there that satisfies N2's rows by our forward pass (a
  // MILP leaf's minimiser where N2 ties, rejected by rounding). The margin follow-up settles that,
  // and a point at or below 0 that is no strict counterexample, as it settles the monolithic
  // MILP's own tie points.
  const atOrBelow = objective !== null && objective <= 0;
  if (!atOrBelow && r.open > 0) return { part: { ...base, verdict: 'unknown', lower, objective }, cex: null };
  const x = Float64Array.from(r.witness.x);
  const cex = atOrBelow ? confirmCounterexampleOn(q.n1, q.n2, x, q.c) : null;
  if (cex) return { part: { ...base, verdict: 'violated', lower, objective }, cex };
  const follow = await q.followUp(j, x);
  return { part: { ...base, verdict: follow.verdict, lower, objective, followUp: true }, cex: follow.cex };
}

export async function babImplication(q: BabImplicationQuery): Promise<ExactImplication> {
  const results: { part: ImplicationPart; cex: Counterexample | null }[] = [];
  for (let j = 0; j < outputSize(q.n1); j++) if (j !== q.c) results.push(await part(q, j));
  return combineParts(results, q.c);
}
