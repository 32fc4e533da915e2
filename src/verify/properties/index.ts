/**
 * The peers' twin properties on a region D (math.md, "The peers' twin properties"), each
 * decided with the threshold questions of linear-end.ts (relaxations, attack, joint MILP) or
 * with implication MILPs on the same joint encoding:
 *
 *  - `diff:T:EPS` (NeuroDiff, ReluDiff): −ε < z²_T(x) − z¹_T(x) < ε for all x ∈ D. Strict:
 *    a point with |z²_T − z¹_T| = ε exactly is a violation. Two questions: min q > −ε and
 *    min(−q) > −ε for q = z²_T − z¹_T.
 *  - `linf:EPS` (VeryDiff, NNEquiv, MILPEquiv ε-equivalence): max_k |z¹_k − z²_k| ≤ ε on D.
 *    Non-strict; 2K questions min d_k ≥ −ε, min(−d_k) ≥ −ε (d = z¹ − z²; with 2K objectives
 *    every end is one small MILP, and most are decided by the differential relaxation before any
 *    MILP). A maximum equal to ε within the solver tolerance is `unknown` with `tie`.
 *  - `top1`: argmax z¹ = argmax z² on D, read strictly: wherever one network decides a class c
 *    (z_c > z_j for all j ≠ c), the other decides c too. Checked as N2 ⇒ N1 and N1 ⇒ N2 for
 *    every class c (math.md): the relaxed checks first (the premise network never decides c;
 *    or, for each j, the conclusion network's margin is > 0, or min ρ(c, j) ≥ 0 in the
 *    direction's orientation), then 2,000–20,000 seeded uniform points of D (SAMPLED_POINTS) and the
 *    implication attack, then the exact implication MILPs
 *    (implication.ts; a class neither network decides on D comes out `vacuous`). Points where
 *    the premise network ties do not count; ties of the conclusion network do (it then does not
 *    decide c), and a minimum at 0 within tolerance is reported as a tie (`unknown`, `tie`).
 *  - `delta-top1:DELTA` (VeryDiff): for all x ∈ D and every class c, softmax(z¹(x))_c > δ ⇒
 *    N2 decides c. softmax(z¹)_c > δ is not linear in the logits. With m = ln(δ/(1−δ)) and
 *    m_in = ln((K−1)δ/(1−δ)):
 *        z¹_c − z¹_j > m_in ∀j ≠ c  ⇒  softmax(z¹)_c > δ  ⇒  z¹_c − z¹_j > m ∀j ≠ c.
 *    Proof: softmax_c = 1 / (1 + Σ_{j≠c} e^{z_j − z_c}). If softmax_c > δ then each single
 *    e^{z_j − z_c} < 1/δ − 1 = (1−δ)/δ, i.e. z_c − z_j > m. If every z_c − z_j > m_in then
 *    Σ_{j≠c} e^{z_j − z_c} < (K−1)·(1−δ)/((K−1)δ) = (1−δ)/δ, i.e. softmax_c > δ.
 *    So the implication MILP with the premise z¹_c − z¹_j ≥ m (a superset of the softmax set)
 *    is a SUFFICIENT check: if N2 decides c wherever it holds, the property holds. It is not
 *    exact: a minimum ≤ 0 of z²_c − z²_k there may lie outside the softmax set. Every candidate
 *    is re-checked against softmax(z¹)_c > δ itself by the forward pass; when it fails, the
 *    MILP is re-run with the inner premise z¹_c − z¹_j ≥ m_in, whose points all satisfy the
 *    softmax condition up to the solver's feasibility tolerance (and are re-checked too). A
 *    counterexample in neither is `unknown` with a note. The relaxed check per (c, k): N2
 *    always prefers c to k (min z²_c − z²_k > 0), or min (z²_c − z²_k) − (z¹_c − z¹_k) ≥ −m
 *    (then z²_c − z²_k ≥ z¹_c − z¹_k − m > 0 on the premise). Falsification: sampled points,
 *    then a gradient attack into the inner set. With `engine: 'split'` a class is also proven
 *    vacuous by input splits (max z¹_c − z¹_j ≤ m for one j) before its MILPs.
 *
 * Every `holds` rests on sound bounds only (relaxation values and widened dual bounds); every
 * `violated` carries a counterexample x ∈ D re-checked by the float64 forward pass with both
 * networks' logits, and by the float32 forward pass (`z1f32`, `z2f32`): one that float32 does not
 * confirm is reported `tie`, not `violated`; a time limit gives `unknown`, never `holds`.
 */
import type { Region } from '../linear-end.js';
import { type Property, type PropertyOptions, propertyName, type PropertyResult, violatesAt } from './common.js';
import { checkDiff } from './diff.js';
import { checkLinf } from './linf.js';
import { checkTop1 } from './top1.js';
import { checkDeltaTop1 } from './delta-top1.js';

export { parseProperty, propertyName, PROPERTY_SYNTAX, SAMPLED_POINTS, softmaxAt, type Property, type PropertyCounterexample, type PropertyOptions, type PropertyResult } from './common.js';
export { Region } from '../linear-end.js';

/** Decides one property on one region. */
export async function checkProperty(r: Region, p: Property, opts: PropertyOptions): Promise<PropertyResult> {
  const t0 = performance.now();
  const found =
    p.kind === 'diff' ? await checkDiff(r, p, opts)
      : p.kind === 'linf' ? await checkLinf(r, p, opts)
        : p.kind === 'top1' ? await checkTop1(r, opts)
          : await checkDeltaTop1(r, p, opts);
  // Deployment precision: a counterexample that float32 evaluation does not confirm is a tie.
  const c = found.counterexample;
  const res = found.verdict === 'violated' && c && !violatesAt(p, c.z1f32, c.z2f32)
    ? { ...found, verdict: 'tie' as const, notes: [...found.notes, 'tie: the counterexample violates the property in float64 but not in float32 (z1f32, z2f32)'] }
    : found;
  return { property: propertyName(p), seconds: (performance.now() - t0) / 1000, ...res };
}
