/** How a solver's numbers become sound bounds (math.md, soundness rules). */
import type { Sense } from '../milp/model.js';

/**
 * Safety margin τ(v) by which every solver-derived bound is widened outward: the solver works
 * to feasibility and optimality tolerances of about 1e-9..1e-7, so we never claim more than
 * about 7 significant digits. τ(v) = 1e-7·(1 + |v|).
 */
export function safetyMargin(v: number): number {
  return 1e-7 * (1 + Math.abs(v));
}

/**
 * A solver's dual bound turned into a sound bound of the optimum: widened outward by τ
 * (down for a minimisation, up for a maximisation); null when the solver proved nothing.
 */
export function soundDualBound(dualBound: number | null, sense: Sense): number | null {
  if (dualBound === null || !Number.isFinite(dualBound)) return null;
  return sense === 'minimize' ? dualBound - safetyMargin(dualBound) : dualBound + safetyMargin(dualBound);
}
