/**
 * Inner bounds of the LRSM by attack: min and max of ρ(x; i, j) = (z¹ᵢ − z¹ⱼ) − (z²ᵢ − z²ⱼ) over
 * the box D by projected sign-gradient descent (pgd.ts) on the joint objective, whose gradient
 * is the sum of both networks' input gradients (src/layers/gradient.ts). Each result point is
 * re-evaluated by the float64 forward pass (`rhoAt`), so
 *     attackLower = ρ(x_lo) ≥ min_D ρ   and   attackUpper = ρ(x_hi) ≤ max_D ρ:
 * values that are actually reached, never bounds on the optimum.
 */
import type { Bounds } from '../ir/bounds.js';
import { twinObjective } from '../layers/gradient.js';
import { type Network, outputSize } from '../ir/network.js';
import { type Pair, rhoAt, rhoCoefficients } from '../rsm/objective.js';
import type { Witness } from '../rsm/solve-end.js';
import { type AttackBudget, pgdMinimize } from './pgd.js';

/** How an attack ran, logged in the results so that it can be replayed. */
export interface AttackInfo {
  readonly seed: string;
  readonly restarts: number;
  readonly steps: number;
  /** Forward + backward passes through both networks. */
  readonly evaluations: number;
  readonly ms: number;
}

export interface RhoAttack {
  /** A point of D and its ρ: an upper estimate of min ρ (attackLower ≥ min ρ). */
  readonly lower: Witness;
  /** A point of D and its ρ: a lower estimate of max ρ (attackUpper ≤ max ρ). */
  readonly upper: Witness;
  readonly info: AttackInfo;
}

/** Sign-gradient attack on both ends of ρ(x; pair) over `box`, starting from x₀ (a point of the box). */
export function attackRho(n1: Network, n2: Network, box: Bounds, x0: Float64Array, pair: Pair, budget: AttackBudget, seed: string): RhoAttack {
  const t0 = performance.now();
  const classes = outputSize(n1);
  let evaluations = 0;
  const end = (sign: 1 | -1): Witness => {
    // Minimising sign·ρ: sign 1 finds small ρ, sign −1 large ρ.
    const { c1, c2 } = rhoCoefficients(classes, pair, sign);
    const r = pgdMinimize(box, x0, x => twinObjective(n1, n2, x, c1, c2), budget, `${seed}:${sign > 0 ? 'min' : 'max'}`);
    evaluations += r.evaluations;
    return { value: rhoAt(n1, n2, r.x, pair), x: Array.from(r.x) };
  };
  const lower = end(1);
  const upper = end(-1);
  return { lower, upper, info: { seed, ...budget, evaluations, ms: performance.now() - t0 } };
}
