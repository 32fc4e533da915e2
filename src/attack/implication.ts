/**
 * Falsifying N2 ⇒ N1 for class c by attack: find x ∈ D where N2 decides c strictly and N1
 * does not decide c. With the decision margins
 *     m¹(x) = z¹_c − max_{k≠c} z¹_k,   m²(x) = z²_c − max_{k≠c} z²_k,
 * a point with m² > 0 and m¹ ≤ 0 is a counterexample, and every point where
 *     f(x) = max(m¹(x), −m²(x)) < 0
 * is one. We minimise f by projected sign-gradient descent (pgd.ts; the gradient of the active
 * piece, itself the difference of two logits' gradients) and stop at the first point that
 * `confirmCounterexampleOn` (the float64 forward pass) confirms. Finding none proves nothing.
 */
import type { Bounds } from '../ir/bounds.js';
import { twinForward, twinGradient } from '../layers/gradient.js';
import { type Network, outputSize } from '../ir/network.js';
import { type Counterexample, confirmCounterexampleOn } from '../rsm/implication.js';
import { type AttackBudget, pgdMinimize, type Probe } from './pgd.js';
import type { AttackInfo } from './rho.js';

export interface ImplicationAttack {
  readonly verdict: 'refuted-by-attack' | 'not-refuted';
  /** Confirmed by our forward pass: N2 decides c strictly, N1 does not decide c. */
  readonly counterexample?: Counterexample;
  /** The smallest max(m¹, −m²) reached (< 0 means refuted; ≥ 0 how close the attack came). */
  readonly best: number;
  readonly info: AttackInfo;
}

/** The margin z_c − max_{k≠c} z_k and the runner-up class k. */
function margin(z: Float64Array, c: number): { m: number; k: number } {
  let k = c === 0 ? 1 : 0;
  for (let q = 0; q < z.length; q++) if (q !== c && z[q] > z[k]) k = q;
  return { m: z[c] - z[k], k };
}

export function attackImplication(n1: Network, n2: Network, box: Bounds, x0: Float64Array, c: number, budget: AttackBudget, seed: string): ImplicationAttack {
  const t0 = performance.now();
  const classes = outputSize(n1);
  const found: { cex: Counterexample | null } = { cex: null };
  const f = (x: Float64Array): Probe => {
    const at = twinForward(n1, n2, x);
    const a = margin(at.z1, c);
    const b = margin(at.z2, c);
    if (b.m > 0 && a.m <= 0) {
      found.cex = confirmCounterexampleOn(n1, n2, x, c);
      if (found.cex) return { value: Math.max(a.m, -b.m), grad: new Float64Array(x.length), stop: true };
    }
    const c1 = new Float64Array(classes);
    const c2 = new Float64Array(classes);
    if (a.m >= -b.m) {
      c1[c] = 1;
      c1[a.k] = -1;
    } else {
      c2[b.k] = 1;
      c2[c] = -1;
    }
    return { value: Math.max(a.m, -b.m), grad: twinGradient(n1, n2, at, c1, c2) };
  };
  const r = pgdMinimize(box, x0, f, budget, `${seed}:implication`);
  const info: AttackInfo = { seed, ...budget, evaluations: r.evaluations, ms: performance.now() - t0 };
  const cex = found.cex;
  return cex ? { verdict: 'refuted-by-attack', counterexample: cex, best: r.value, info } : { verdict: 'not-refuted', best: r.value, info };
}
