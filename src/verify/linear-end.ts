/**
 * Threshold questions on a linear objective of both twins' logits, the building block of the
 * peers' properties (properties.ts):
 *
 *   f(x) = c₁ᵀz¹(x) + c₂ᵀz²(x),   is  min_{x∈D} f(x) > θ  (strict)  or  ≥ θ  (non-strict)?
 *
 * (a max question is the min question of −f.) Decided in three steps, cheapest first:
 *   1. relaxations: L = max of the interval bound from the logit bounds, the joint CROWN bound
 *      of (c₁, c₂), and, for matched twins with c₂ = −c₁ (f = c₁ᵀd, d = z¹ − z²), the interval
 *      bound of the differential logit bounds and the α-optimised differential bound
 *      (alpha-diff.ts). Each is a sound lower bound of min f, so L > θ (≥ θ) proves it: `holds`;
 *   2. attack: projected sign-gradient descent on f from the box centre and seeded points; a
 *      point x ∈ D whose f(x), re-evaluated by the float64 forward pass, is ≤ θ (< θ) refutes it:
 *      `violated`, with x as counterexample;
 *   3. the joint MILP (encoding/joint.ts) minimising f, started at the attack point: the dual
 *      bound widened by τ (solver/sound.ts) is sound; an incumbent is re-checked like an attack
 *      point. A time limit without either is `unknown`, never `holds`. When the MILP is optimal
 *      but its value is θ within the solver tolerance and no point confirms a violation, the
 *      answer is `unknown` with `tie` set: the solver cannot tell f = θ from f = θ ± 1e-7.
 * The reported `lower` is always a sound bound (never an incumbent), `reached` a value at a
 * re-checked point of D (so min f ∈ [lower, reached]).
 */
import type { Bounds } from '../ir/bounds.js';
import { forward } from '../layers/forward.js';
import { twinObjective } from '../layers/gradient.js';
import type { Network } from '../ir/network.js';
import { alphaDiffLower } from '../bounds/alpha-diff.js';
import { crownObjectiveLower } from '../bounds/crown.js';
import { symbolicDiffMethod, twinState } from '../bounds/diff.js';
import type { BoundsMethod, TwinBounds } from '../bounds/types.js';
import { addLogit, encodeJoint, type JointEncoding, startAt } from '../encoding/joint.js';
import type { MilpSolver } from '../solver/types.js';
import { type AttackBudget, pgdMinimize } from '../attack/pgd.js';
import { safetyMargin, solverInput, soundDualBound } from '../rsm/objective.js';
import { splitMin } from './input-split.js';

export const PROPERTY_MIP_REL_GAP = 1e-6;
export const PROPERTY_MIP_ABS_GAP = 1e-6;

/** What decides a region after relaxations and attack (see Region.engine). */
export type RegionEngine = 'milp' | 'split' | 'dense-split';

/** Everything the questions on one region share: networks, box, bounds, the joint MILP (built on first use). */
export class Region {
  private jointCache: JointEncoding | null = null;

  constructor(
    readonly n1: Network,
    readonly n2: Network,
    readonly box: Bounds,
    readonly tb: TwinBounds,
    readonly solver: MilpSolver,
    readonly timeLimitSec: number,
    readonly attack: { readonly budget: AttackBudget; readonly seed: string },
    /** α-diff iterations per objective (0 = the default differential relaxation only). */
    readonly alphaIterations = 20,
    /**
     * After relaxations and attack: the joint MILP, or branch and bound on input splits
     * (input-split.ts, with `splitMethod` bounding each sub-box) for low-dimensional inputs.
     * The default for sub-boxes is the symbolic differential sweep without α-optimised rows:
     * on ACAS 1_1, property 1, min z²₀ − z¹₀, it bounded 631 nodes in 120 s (lower bound −0.51),
     * where the full sweep reached only −20 in its 120 s (one run each, 2 shared cores).
     */
    readonly engine: RegionEngine = 'milp',
    readonly splitMethod: BoundsMethod = symbolicDiffMethod,
  ) {}

  get joint(): JointEncoding {
    this.jointCache ??= encodeJoint(this.n1, this.n2, this.box, this.tb);
    return this.jointCache;
  }

  /** The centre of the box: a point of D. */
  get centre(): Float64Array {
    return Float64Array.from(this.box.lower, (l, i) => 0.5 * (l + this.box.upper[i]));
  }
}

export interface LinearObjective {
  readonly c1: Float64Array;
  readonly c2: Float64Array;
  /** How it reads, e.g. "z2[0] - z1[0]". */
  readonly label: string;
}

export function evalObjective(o: LinearObjective, z1: ArrayLike<number>, z2: ArrayLike<number>): number {
  let v = 0;
  for (let k = 0; k < o.c1.length; k++) v += o.c1[k] * z1[k] + o.c2[k] * z2[k];
  return v;
}

export function negate(o: LinearObjective): LinearObjective {
  return { c1: o.c1.map(v => -v), c2: o.c2.map(v => -v), label: `-(${o.label})` };
}

/** Sound lower bound of min f over the region from the relaxations (step 1). */
export function relaxedLower(r: Region, o: LinearObjective): number {
  const { n1, n2, tb } = r;
  const l1 = tb.n1[n1.output];
  const l2 = tb.n2[n2.output];
  let iv = 0;
  for (let k = 0; k < o.c1.length; k++) {
    iv += o.c1[k] * (o.c1[k] >= 0 ? l1.lower[k] : l1.upper[k]);
    iv += o.c2[k] * (o.c2[k] >= 0 ? l2.lower[k] : l2.upper[k]);
  }
  let best = iv;
  best = Math.max(best, crownObjectiveLower(n1, tb.n1, o.c1, n2, tb.n2, o.c2));
  if (tb.diff && o.c1.every((v, k) => v === -o.c2[k])) {
    const d = tb.diff[n1.output];
    let dv = 0;
    for (let k = 0; k < o.c1.length; k++) dv += o.c1[k] * (o.c1[k] >= 0 ? d.lower[k] : d.upper[k]);
    best = Math.max(best, dv);
    // 0 iterations: the default differential relaxation of f itself, concretised on this box.
    best = Math.max(best, alphaDiffLower(twinState(n1, n2, tb.n1, tb.n2, tb.diff), o.c1, { iterations: r.alphaIterations }).lower);
  }
  // Interval sums are not rounded outward; a relative 1e-12 covers that.
  return best - 1e-12 * (1 + Math.abs(best));
}

export interface Point {
  readonly x: number[];
  readonly value: number;
}

export type Decision = 'holds' | 'violated' | 'unknown';

export interface ThresholdAnswer {
  readonly verdict: Decision;
  /** Sound lower bound of min f over D. */
  readonly lower: number;
  /** The smallest f found at a re-checked point of D (min f ≤ reached.value). */
  readonly reached: Point;
  /** Which step decided (or the last one tried). */
  readonly by: 'relaxation' | 'attack' | 'milp' | 'split';
  /** The MILP found the minimum at θ within the solver's tolerance and no point confirmed a violation. */
  readonly tie?: boolean;
  readonly milp?: { readonly outcome: string; readonly dualBound: number | null; readonly seconds: number; readonly nodes: number };
  readonly split?: { readonly nodes: number; readonly maxDepth: number; readonly seconds: number };
}

function pointAt(r: Region, o: LinearObjective, x: ArrayLike<number>): Point {
  return { x: Array.from(x), value: evalObjective(o, forward(r.n1, x), forward(r.n2, x)) };
}

/** The MILP objective map of f on the joint encoding's logit columns. */
export function objectiveForm(j: JointEncoding, o: LinearObjective): Map<number, number> {
  const form = new Map<number, number>();
  for (let k = 0; k < o.c1.length; k++) {
    if (o.c1[k] !== 0) addLogit(form, j.n1.logits, k, o.c1[k]);
    if (o.c2[k] !== 0) addLogit(form, j.n2.logits, k, o.c2[k]);
  }
  return form;
}

/**
 * Is min_D f > θ (strict) or ≥ θ? `withMilp` false stops after the attack (relaxed mode).
 */
export async function decideMin(r: Region, o: LinearObjective, theta: number, strict: boolean, withMilp = true): Promise<ThresholdAnswer> {
  const proves = (lower: number): boolean => (strict ? lower > theta : lower >= theta);
  const refutes = (v: number): boolean => (strict ? v <= theta : v < theta);
  let lower = relaxedLower(r, o);
  let reached = pointAt(r, o, r.centre);
  if (proves(lower)) return { verdict: 'holds', lower, reached, by: 'relaxation' };
  const atk = pgdMinimize(r.box, r.centre, x => twinObjective(r.n1, r.n2, x, o.c1, o.c2), r.attack.budget, `${r.attack.seed}:${o.label}`);
  const ap = pointAt(r, o, atk.x);
  if (ap.value < reached.value) reached = ap;
  if (refutes(reached.value)) return { verdict: 'violated', lower, reached, by: 'attack' };
  if (!withMilp) return { verdict: 'unknown', lower, reached, by: 'attack' };
  if (r.engine === 'split' || r.engine === 'dense-split') {
    // 'dense-split': the dense differential pass bounds each sub-box (input-split.ts 'dense-hybrid'; other twins fall back to 'hybrid').
    const s = splitMin(r, o, theta, strict, lower, { method: r.splitMethod, timeLimitSec: r.timeLimitSec, ...(r.engine === 'dense-split' ? { bound: 'dense-hybrid' as const } : {}) });
    const best = s.reached.value < reached.value ? s.reached : reached;
    return { verdict: s.verdict, lower: Math.max(lower, s.lower), reached: best, by: 'split', split: { nodes: s.nodes, maxDepth: s.maxDepth, seconds: s.seconds } };
  }

  const j = r.joint;
  const model = j.builder.build('minimize', objectiveForm(j, o));
  const out = await r.solver.solve({ model, timeLimitSec: r.timeLimitSec, start: startAt(j, Float64Array.from(reached.x), model.numCols), mipRelGap: PROPERTY_MIP_REL_GAP, mipAbsGap: PROPERTY_MIP_ABS_GAP });
  const milp = {
    outcome: out.kind,
    dualBound: out.kind === 'optimal' || out.kind === 'timeLimit' ? out.dualBound : null,
    seconds: out.seconds,
    nodes: out.kind === 'optimal' || out.kind === 'timeLimit' ? out.nodes : 0,
  };
  if (out.kind === 'infeasible') throw new Error(`unreachable: the joint MILP of ${o.label} over a non-empty box is infeasible`);
  const widened = soundDualBound(milp.dualBound, 'minimize');
  if (widened !== null) lower = Math.max(lower, widened);
  if ((out.kind === 'optimal' || out.kind === 'timeLimit') && out.incumbent) {
    const p = pointAt(r, o, solverInput(j, out.incumbent.colValue));
    if (p.value < reached.value) reached = p;
  }
  // A re-checked point below a bound is a real point of D: the bound moves to it.
  if (reached.value < lower) lower = reached.value;
  if (refutes(reached.value)) return { verdict: 'violated', lower, reached, by: 'milp', milp };
  if (proves(lower)) return { verdict: 'holds', lower, reached, by: 'milp', milp };
  const tol = PROPERTY_MIP_ABS_GAP + PROPERTY_MIP_REL_GAP * Math.max(1, Math.abs(theta)) + 2 * safetyMargin(theta);
  const tie = out.kind === 'optimal' && Math.abs(reached.value - theta) <= tol;
  return { verdict: 'unknown', lower, reached, by: 'milp', milp, ...(tie ? { tie } : {}) };
}
