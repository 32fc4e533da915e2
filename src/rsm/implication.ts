/**
 * Local implication N2 ⇒ N1 on D for class c (math.md): for every x ∈ D, if N2 decides c
 * (z²_c > z²_k for all k ≠ c) then N1 decides c.
 *
 * Sufficient check (the paper's): every ρ_min(c, j) ≥ 0 proves it; otherwise it is silent.
 * Exact check: for each j ≠ c, minimise z¹_c − z¹_j subject to x ∈ D and z²_c − z²_k ≥ 0
 * for all k ≠ c. The implication holds iff every minimum is > 0; it is violated iff one is
 * ≤ 0 at a point where N2 decides c strictly, which we confirm by our own forward pass.
 * The closure (≥ 0 instead of > 0) can only add points where N2 ties, so an "infeasible" is
 * a proof that N2 never decides c on D (the implication holds vacuously).
 *
 * When the minimum is ≤ 0 but is attained only where N2 ties (the infimum over the strict
 * set is not attained, e.g. at a decision boundary), a second MILP settles it: maximise t
 * subject to z²_c − z²_k ≥ t for all k ≠ c and z¹_c − z¹_j ≤ 0. A confirmed optimum with
 * t > 0 is a counterexample; a sound upper bound t < 0 (or infeasibility) proves the part;
 * t = 0 within tolerance is a tie (N2 decides c nowhere that N1 fails, except at ties).
 *
 * Deployment precision. Every counterexample is also evaluated by the float32 forward pass
 * (src/layers/forward32.ts; the `…32` fields). One that float32 does not confirm (N2's float32
 * margin ≤ 0, or N1's > 0: at tie-level margins the sign can flip or become exactly 0) is not
 * reported `violated` but `tie`, with both evaluations. Under `--precision float32` the query
 * carries `slack` (src/bounds/precision.ts): the premise rows become z²_c − z²_k ≥ −s²(c, k) and
 * a part holds only when its lower bound exceeds s¹(c, j), so that every `holds` also holds for
 * the float32 twins (docs/precision.md).
 */
import { argmax, forward } from '../layers/forward.js';
import { forward32 } from '../layers/forward32.js';
import type { Network } from '../ir/network.js';
import { addLogit, type JointEncoding, startAt } from '../encoding/joint.js';
import type { ModelBuilder } from '../milp/model.js';
import type { MilpSolver } from '../solver/types.js';
import { safetyMargin, solverInput, soundDualBound } from './objective.js';

export type SoundVerdict = 'holds' | 'inconclusive';
/** `refuted-by-attack`: an attack (src/attack/) found a confirmed counterexample before any MILP. */
export type ExactVerdict = 'holds' | 'vacuous' | 'violated' | 'tie' | 'unknown' | 'refuted-by-attack';

export interface Counterexample {
  readonly x: number[];
  readonly n1Logits: number[];
  readonly n2Logits: number[];
  readonly n1Decision: number;
  readonly n2Decision: number;
  /** z¹_c − max_{k≠c} z¹_k ≤ 0 (0 means N1 ties rather than decides otherwise). */
  readonly n1Margin: number;
  /** z²_c − max_{k≠c} z²_k > 0. */
  readonly n2Margin: number;
  /** The same at x in float32 (src/layers/forward32.ts): the deployment precision's logits and margins. */
  readonly n1Logits32: number[];
  readonly n2Logits32: number[];
  readonly n1Margin32: number;
  readonly n2Margin32: number;
}

/** Whether the float32 evaluation confirms a (float64-confirmed) counterexample: N2 decides c strictly and N1 does not. */
export function confirmedInFloat32(cex: Counterexample): boolean {
  return cex.n2Margin32 > 0 && !(cex.n1Margin32 > 0);
}

/** The note of a float64 counterexample that float32 does not confirm. */
export function float32TieNote(cex: Counterexample): string {
  return `a counterexample in float64 (N1 margin ${cex.n1Margin}, N2 margin ${cex.n2Margin}) is none in float32 (N1 margin ${cex.n1Margin32}, N2 margin ${cex.n2Margin32}): a tie`;
}

export interface ImplicationPart {
  readonly j: number;
  readonly verdict: ExactVerdict;
  /** Sound lower bound on min z¹_c − z¹_j over {x ∈ D : N2 decides c}, null when infeasible or unproven. */
  readonly lower: number | null;
  readonly objective: number | null;
  readonly solverOutcome: string;
  readonly seconds: number;
  /** Set when the strict-margin follow-up MILP decided this part. */
  readonly followUp?: boolean;
  /** Set when branch and bound (src/bab/implication.ts) bounded this part instead of one MILP. */
  readonly bab?: { readonly nodes: number; readonly maxDepth: number; readonly leavesToMilp: number };
}

export interface ExactImplication {
  readonly verdict: ExactVerdict;
  readonly parts: readonly ImplicationPart[];
  readonly counterexample?: Counterexample;
  readonly note?: string;
}

/** N2 decides c strictly at logits z: the margin z_c − max_{k≠c} z_k. */
export function decisionMargin(z: ArrayLike<number>, c: number): number {
  let m = Infinity;
  for (let k = 0; k < z.length; k++) if (k !== c) m = Math.min(m, z[c] - z[k]);
  return m;
}

/**
 * The lower bounds of ρ(c, j) per j that the pair results give: min ρ(c, j) from a pair (c, j),
 * −max ρ(j, c) from a pair (j, c) (ρ(c, j) = −ρ(j, c)); pairs without c are not used.
 */
export function labelLowers(pairs: readonly { readonly pair: readonly [number, number]; readonly lower: number; readonly upper: number }[], c: number): Map<number, number> {
  const lowers = new Map<number, number>();
  for (const r of pairs) {
    if (r.pair[0] === c) lowers.set(r.pair[1], r.lower);
    else if (r.pair[1] === c) lowers.set(r.pair[0], -r.upper);
  }
  return lowers;
}

export function soundImplication(lowerBounds: ReadonlyMap<number, number>, c: number, classes: number): SoundVerdict | null {
  for (let j = 0; j < classes; j++) {
    if (j === c) continue;
    const l = lowerBounds.get(j);
    if (l === undefined) return null;
    if (!(l >= 0)) return 'inconclusive';
  }
  return 'holds';
}

/** Confirms a candidate: N2 decides c strictly and N1 does not decide c. */
export function confirmCounterexample(joint: JointEncoding, x: Float64Array, c: number): Counterexample | null {
  return confirmCounterexampleOn(joint.n1.net, joint.n2.net, x, c);
}

/** The same confirmation from the two networks alone (attacks run without an encoding). */
export function confirmCounterexampleOn(n1: Network, n2: Network, x: Float64Array, c: number): Counterexample | null {
  const z1 = forward(n1, x);
  const z2 = forward(n2, x);
  const n1Margin = decisionMargin(z1, c);
  const n2Margin = decisionMargin(z2, c);
  if (!(n2Margin > 0) || n1Margin > 0) return null;
  const y1 = forward32(n1, x);
  const y2 = forward32(n2, x);
  return {
    x: Array.from(x), n1Logits: Array.from(z1), n2Logits: Array.from(z2), n1Decision: argmax(z1), n2Decision: argmax(z2), n1Margin, n2Margin,
    n1Logits32: Array.from(y1), n2Logits32: Array.from(y2), n1Margin32: decisionMargin(y1, c), n2Margin32: decisionMargin(y2, c),
  };
}

export interface ImplicationQuery {
  readonly joint: JointEncoding;
  readonly c: number;
  readonly x0: Float64Array;
  readonly solver: MilpSolver;
  readonly timeLimitSec: number;
  readonly mipRelGap: number;
  readonly mipAbsGap: number;
  /** `--precision float32`: s¹(c, j), s²(c, k) bound each network's float32 logit-difference error (src/bounds/precision.ts); absent: 0. */
  readonly slack?: { readonly n1: (i: number, j: number) => number; readonly n2: (i: number, j: number) => number };
}

function addDecisionRows(b: ModelBuilder, joint: JointEncoding, c: number, t: number | null, slack2: (i: number, j: number) => number): void {
  const classes = joint.n2.logits.length;
  for (let k = 0; k < classes; k++) {
    if (k === c) continue;
    const form = new Map<number, number>();
    addLogit(form, joint.n2.logits, c, 1);
    addLogit(form, joint.n2.logits, k, -1);
    if (t !== null) form.set(t, -1);
    if (form.size > 0) b.addRow([...form.keys()], [...form.values()], -slack2(c, k), Infinity, `n2_decides_${c}_over_${k}`);
  }
}

/** The strict-margin follow-up for part j: max t s.t. N2 prefers c by ≥ t and N1 fails c against j. */
export async function marginFollowUp(q: ImplicationQuery, j: number, near: Float64Array): Promise<{ verdict: ExactVerdict; cex: Counterexample | null }> {
  const { joint, c } = q;
  const b = joint.builder.clone();
  const t = b.addCol(-Infinity, Infinity, 't_margin');
  addDecisionRows(b, joint, c, t, q.slack?.n2 ?? zero);
  const fail = new Map<number, number>();
  addLogit(fail, joint.n1.logits, c, 1);
  addLogit(fail, joint.n1.logits, j, -1);
  if (fail.size > 0) b.addRow([...fail.keys()], [...fail.values()], -Infinity, q.slack?.n1(c, j) ?? 0, `n1_fails_${c}_against_${j}`);
  const model = b.build('maximize', new Map([[t, 1]]));
  const start = startAt(joint, near, model.numCols);
  start[t] = decisionMargin(forward(joint.n2.net, near), c);
  const out = await q.solver.solve({ model, timeLimitSec: q.timeLimitSec, start, mipRelGap: q.mipRelGap, mipAbsGap: q.mipAbsGap });
  if (out.kind === 'infeasible') return { verdict: 'holds', cex: null };
  if (out.kind !== 'optimal' && out.kind !== 'timeLimit') return { verdict: 'unknown', cex: null };
  if (out.incumbent) {
    const cex = confirmCounterexample(joint, solverInput(joint, out.incumbent.colValue), c);
    if (cex) return { verdict: 'violated', cex };
  }
  const upper = soundDualBound(out.dualBound, 'maximize');
  if (upper !== null && upper < 0) return { verdict: 'holds', cex: null };
  if (out.kind === 'optimal' && upper !== null && upper <= 2 * safetyMargin(0) + q.mipAbsGap) return { verdict: 'tie', cex: null };
  return { verdict: 'unknown', cex: null };
}

async function solvePart(q: ImplicationQuery, j: number): Promise<{ part: ImplicationPart; cex: Counterexample | null }> {
  const { joint, c } = q;
  const b = joint.builder.clone();
  addDecisionRows(b, joint, c, null, q.slack?.n2 ?? zero);
  const obj = new Map<number, number>();
  addLogit(obj, joint.n1.logits, c, 1);
  addLogit(obj, joint.n1.logits, j, -1);
  const model = b.build('minimize', obj);
  const z2 = forward(joint.n2.net, q.x0);
  const start = decisionMargin(z2, c) >= 0 ? startAt(joint, q.x0, model.numCols) : undefined;
  const out = await q.solver.solve({ model, timeLimitSec: q.timeLimitSec, start, mipRelGap: q.mipRelGap, mipAbsGap: q.mipAbsGap });
  const base = { j, solverOutcome: out.kind, seconds: out.seconds };
  if (out.kind === 'infeasible') return { part: { ...base, verdict: 'vacuous', lower: null, objective: null }, cex: null };
  if (out.kind !== 'optimal' && out.kind !== 'timeLimit') return { part: { ...base, verdict: 'unknown', lower: null, objective: null }, cex: null };

  const dual = soundDualBound(out.dualBound, 'minimize');
  const lower = dual === null ? null : dual - (q.slack?.n1(c, j) ?? 0);
  const objective = out.incumbent ? out.incumbent.objective : null;
  if (lower !== null && lower > 0) return { part: { ...base, verdict: 'holds', lower, objective }, cex: null };
  if (!out.incumbent) return { part: { ...base, verdict: 'unknown', lower, objective }, cex: null };
  const x = solverInput(joint, out.incumbent.colValue);
  const cex = confirmCounterexample(joint, x, c);
  if (cex) return { part: { ...base, verdict: 'violated', lower, objective }, cex };
  if (objective !== null && objective > 0) return { part: { ...base, verdict: 'unknown', lower, objective }, cex: null };
  // The minimum is ≤ 0 but its point is not a strict counterexample: settle it by the margin MILP.
  const follow = await marginFollowUp(q, j, x);
  return { part: { ...base, verdict: follow.verdict, lower, objective, followUp: true }, cex: follow.cex };
}

const zero = (): number => 0;

export async function exactImplication(q: ImplicationQuery): Promise<ExactImplication> {
  const classes = q.joint.n1.logits.length;
  const js = [...Array(classes).keys()].filter(j => j !== q.c);
  return combineParts(await Promise.all(js.map(j => solvePart(q, j))), q.c);
}

/** The implication's verdict from its parts (one per j ≠ c), each with its confirmed counterexample if any. */
export function combineParts(results: readonly { readonly part: ImplicationPart; readonly cex: Counterexample | null }[], c: number): ExactImplication {
  // A part whose float64 counterexample float32 does not confirm is a tie, not a violation.
  const parts = results.map(r => (r.cex && !confirmedInFloat32(r.cex) && r.part.verdict === 'violated' ? { ...r.part, verdict: 'tie' as const } : r.part));
  const cex = results.find(r => r.cex && confirmedInFloat32(r.cex))?.cex;
  if (cex) return { verdict: 'violated', parts, counterexample: cex };
  const tie32 = results.find(r => r.cex)?.cex;
  if (tie32) return { verdict: 'tie', parts, counterexample: tie32, note: float32TieNote(tie32) };
  if (parts.every(p => p.verdict === 'vacuous')) return { verdict: 'vacuous', parts, note: `N2 never decides class ${c} on D` };
  if (parts.every(p => p.verdict === 'holds' || p.verdict === 'vacuous')) return { verdict: 'holds', parts };
  if (parts.some(p => p.verdict === 'tie')) {
    return { verdict: 'tie', parts, note: 'N1 fails to decide c only where N2 ties, or fails by a tie of its own, within solver tolerance' };
  }
  return { verdict: 'unknown', parts };
}
