/** The vocabulary of a verify job: methods, pair specs, implication modes, rows, MIP gaps. */
import { crownMethod } from '../bounds/crown.js';
import { diffMethod } from '../bounds/diff.js';
import { intervalMethod } from '../bounds/interval.js';
import type { BoundsMethod } from '../bounds/types.js';
import type { Pair } from '../rsm/objective.js';

export type PairSpec = 'label' | 'all' | readonly Pair[];
/**
 * How each LRSM end is bounded: by a relaxation alone (interval, crown, alpha-crown = crown
 * with ReLU slopes optimised per objective, diff = crown with twin-aware differential bounds,
 * the differential relaxation optimised per objective),
 * by the LP relaxation of the joint MILP (lp), exactly by the monolithic joint MILP (milp) or by
 * branch and bound over input and ReLU splits with MILP leaves (bab, src/bab/). `auto` bounds every pair by
 * the cheap relaxations first (crown+diff bounds, then α-CROWN) and runs the MILP only for the
 * pairs whose sign of ρ they leave undecided (by branch and bound when the joint MILP has more
 * than AUTO_BAB_BINARIES binaries), and the exact implication MILP only when the
 * relaxations do not already prove N2 ⇒ N1. All are sound; only a finished MILP or a closed
 * branch and bound reports 'exact'.
 */
export type Method = 'interval' | 'crown' | 'alpha-crown' | 'diff' | 'lp' | 'milp' | 'bab' | 'auto';
export const METHODS: readonly Method[] = ['interval', 'crown', 'alpha-crown', 'diff', 'lp', 'milp', 'bab', 'auto'];
/**
 * `attack`: no solver; ρ is bounded by CROWN (status `relaxed`) and falsified by the attacks
 * (src/attack/) at the full budget: inner values, and N2 ⇒ N1 `refuted-by-attack` when found.
 */
export type VerifyMethod = Method | 'attack';
export const VERIFY_METHODS: readonly VerifyMethod[] = [...METHODS, 'attack'];

/** The bound method behind each method: relaxations name their own; lp, milp and auto use the tightest. */
export function boundsFor(method: VerifyMethod): BoundsMethod {
  if (method === 'interval') return intervalMethod;
  if (method === 'crown' || method === 'alpha-crown' || method === 'attack') return crownMethod;
  return diffMethod;
}

export type ImplicationMode = 'exact' | 'sound' | 'off';

export interface Sample {
  readonly row: number;
  readonly x: Float64Array;
  readonly label: number | null;
}

/** The MIP gaps (relative, absolute) of verify and bench solves. */
export const MIP_REL_GAP = 1e-6;
export const MIP_ABS_GAP = 1e-6;

/** How many class pairs a spec selects for networks with `classes` classes. */
export function pairCount(spec: PairSpec, classes: number): number {
  return spec === 'label' ? classes - 1 : spec === 'all' ? (classes * (classes - 1)) / 2 : spec.length;
}

export function selectPairs(spec: PairSpec, label: number, classes: number): Pair[] {
  if (spec === 'label') return [...Array(classes).keys()].filter(j => j !== label).map(j => [label, j] as const);
  if (spec === 'all') {
    const out: Pair[] = [];
    for (let i = 0; i < classes; i++) for (let j = i + 1; j < classes; j++) out.push([i, j]);
    return out;
  }
  for (const [i, j] of spec) {
    if (i === j || i < 0 || j < 0 || i >= classes || j >= classes) {
      throw new Error(`class pair ${i}:${j} is not a pair of distinct classes in 0..${classes - 1}`);
    }
  }
  return spec.slice();
}
