/**
 * How attack values enter a verify result. The attack gives INNER values (points of D that are
 * reached); the methods give OUTER bounds. The gap between them says how loose a bound can be:
 *     gap = (upper − lower) − (attackUpper − attackLower) ≥ 0,
 * and an end whose re-checked witness meets its sound bound within the solver tolerance is
 * `exact` whatever produced the bound (the optimum is pinned between a point and a bound).
 * Attack values are never used as bounds.
 */
import { safetyMargin } from '../rsm/objective.js';
import type { EndResult, Witness } from '../rsm/solve-end.js';
import type { AttackBudget } from './pgd.js';

export interface AttackConfig {
  readonly budget: AttackBudget;
  /** Base seed; each query derives its own from it (logged in the results). */
  readonly seed: string;
}

export const DEFAULT_SEED = 'twinmargin';

/** The tolerance within which a witness and a bound pin the optimum (as in solveEnd). */
export function pinTolerance(v: number, relGap: number, absGap: number): number {
  return absGap + relGap * Math.max(1, Math.abs(v)) + 2 * safetyMargin(v);
}

/** The end with status `exact` when its witness meets its bound within tolerance; otherwise unchanged. */
export function pinned(e: EndResult, relGap: number, absGap: number): EndResult {
  if (e.status === 'exact') return e;
  return Math.abs(e.witness.value - e.bound) <= pinTolerance(e.witness.value, relGap, absGap) ? { ...e, status: 'exact' } : e;
}

/** Verified width minus attack width (≥ 0 whenever the bounds are sound). */
export function innerGap(lower: number, upper: number, attackLower: Witness, attackUpper: Witness): number {
  return upper - lower - (attackUpper.value - attackLower.value);
}
