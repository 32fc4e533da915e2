/**
 * The quantities of math.md evaluated at a point, and their interval bounds from logit bounds.
 *   log-RSM ρ(x; i, j) = (z¹ᵢ − z¹ⱼ) − (z²ᵢ − z²ⱼ).
 */
import type { Bounds } from '../ir/bounds.js';
import { forward } from '../layers/forward.js';
import { forward32 } from '../layers/forward32.js';
import { layerOf } from '../layers/registry.js';
import type { Network } from '../ir/network.js';
import { type AlphaOptions, alphaObjectiveLower } from '../bounds/alpha-crown.js';
import { type AlphaDiffOptions, alphaDiffLower } from '../bounds/alpha-diff.js';
import { crownObjectiveLower } from '../bounds/crown.js';
import { rhoDiffLinear } from '../bounds/diff-linear.js';
import type { TwinBounds } from '../bounds/types.js';
import { twinState } from '../bounds/diff.js';
import type { JointEncoding } from '../encoding/joint.js';
import { clipToBox } from './domain.js';

export type Pair = readonly [number, number];

export function rhoOfLogits(z1: ArrayLike<number>, z2: ArrayLike<number>, [i, j]: Pair): number {
  return z1[i] - z1[j] - (z2[i] - z2[j]);
}

export function rhoAt(n1: Network, n2: Network, x: ArrayLike<number>, pair: Pair): number {
  return rhoOfLogits(forward(n1, x), forward(n2, x), pair);
}

/** ρ(x; i, j) of the float32 twins (src/layers/forward32.ts): the deployment precision's value at x. */
export function rhoAt32(n1: Network, n2: Network, x: ArrayLike<number>, pair: Pair): number {
  return rhoOfLogits(forward32(n1, x), forward32(n2, x), pair);
}

/** Sound bounds on ρ from independent bounds on each network's logits. */
export function rhoInterval(l1: Bounds, l2: Bounds, [i, j]: Pair): { lower: number; upper: number } {
  return {
    lower: l1.lower[i] - l1.upper[j] - l2.upper[i] + l2.lower[j],
    upper: l1.upper[i] - l1.lower[j] - l2.lower[i] + l2.upper[j],
  };
}

/** The ρ(i, j) objective as coefficient vectors on each network's logits: c₁ = eᵢ − eⱼ, c₂ = −c₁, times `sign`. */
export function rhoCoefficients(classes: number, [i, j]: Pair, sign: 1 | -1): { c1: Float64Array; c2: Float64Array } {
  const c1 = new Float64Array(classes);
  const c2 = new Float64Array(classes);
  c1[i] = sign;
  c1[j] = -sign;
  c2[i] = -sign;
  c2[j] = sign;
  return { c1, c2 };
}

/** Sound bounds on ρ over the box: joint CROWN objective ∩ interval logits ∩ differential logits. */
export function rhoRelaxed(n1: Network, n2: Network, b1: readonly Bounds[], b2: readonly Bounds[], pair: Pair, diff?: readonly Bounds[]): { lower: number; upper: number } {
  const iv = rhoInterval(b1[n1.output], b2[n2.output], pair);
  if (diff) {
    // ρ(i, j) = d_i − d_j with d = z¹ − z² at the logits.
    const d = diff[n1.output];
    const [i, j] = pair;
    iv.lower = Math.max(iv.lower, d.lower[i] - d.upper[j]);
    iv.upper = Math.min(iv.upper, d.upper[i] - d.lower[j]);
    // Symbolic differential bound of d_i − d_j (diff-linear.ts), intersected.
    const s = rhoDiffLinear(twinState(n1, n2, b1, b2, diff), pair);
    iv.lower = Math.max(iv.lower, s.lower);
    iv.upper = Math.min(iv.upper, s.upper);
  }
  const k = b1[n1.output].lower.length;
  const lo = rhoCoefficients(k, pair, 1);
  const hi = rhoCoefficients(k, pair, -1);
  const lower = crownObjectiveLower(n1, b1, lo.c1, n2, b2, lo.c2);
  const upper = -crownObjectiveLower(n1, b1, hi.c1, n2, b2, hi.c2);
  return { lower: Math.max(iv.lower, lower), upper: Math.min(iv.upper, upper) };
}

/**
 * rhoRelaxed with the ReLU lower slopes optimised separately for each end (α-CROWN). Every
 * α gives a sound bound and the CROWN start is among the iterates, so this is never looser.
 */
export function rhoAlphaCrown(n1: Network, n2: Network, b1: readonly Bounds[], b2: readonly Bounds[], pair: Pair, diff?: readonly Bounds[], opts: AlphaOptions = {}): { lower: number; upper: number } {
  const base = rhoRelaxed(n1, n2, b1, b2, pair, diff);
  const k = b1[n1.output].lower.length;
  const lo = rhoCoefficients(k, pair, 1);
  const hi = rhoCoefficients(k, pair, -1);
  const lower = alphaObjectiveLower(n1, b1, lo.c1, n2, b2, lo.c2, opts).lower;
  const upper = -alphaObjectiveLower(n1, b1, hi.c1, n2, b2, hi.c2, opts).lower;
  return { lower: Math.max(base.lower, lower), upper: Math.min(base.upper, upper) };
}

/**
 * rhoAlphaCrown (hence rhoRelaxed) intersected with the differential relaxation whose free
 * parameters are optimised separately for each end (alpha-diff.ts, objective Cd = ±(e_i − e_j)
 * on the logits' difference), each with the same iteration budget. Every parameter value gives
 * a sound bound and the default relaxations are the first iterates, so this is never looser
 * than rhoRelaxed or rhoAlphaCrown with the same bounds, nor than rhoRelaxed with `previous`. (The two optimisations search different
 * families: on pruned twins, whose difference is not small, α-CROWN's is sometimes the better.)
 */
export function rhoAlphaDiff(n1: Network, n2: Network, b1: readonly Bounds[], b2: readonly Bounds[], pair: Pair, diff: readonly Bounds[], opts: AlphaDiffOptions & { readonly previous?: TwinBounds['previous'] } = {}): { lower: number; upper: number } {
  const base = rhoAlphaCrown(n1, n2, b1, b2, pair, diff, { iterations: opts.iterations });
  if (opts.previous) {
    // ρ from the looser bounds computed on the way (TwinBounds.previous): intersected too.
    const p = rhoRelaxed(n1, n2, opts.previous.n1, opts.previous.n2, pair, opts.previous.diff);
    base.lower = Math.max(base.lower, p.lower);
    base.upper = Math.min(base.upper, p.upper);
  }
  const k = b1[n1.output].lower.length;
  const state = twinState(n1, n2, b1, b2, diff);
  const end = (sign: 1 | -1): number => {
    const cd = new Float64Array(k);
    cd[pair[0]] = sign;
    cd[pair[1]] = -sign;
    return alphaDiffLower(state, cd, opts).lower;
  };
  return { lower: Math.max(base.lower, end(1)), upper: Math.min(base.upper, -end(-1)) };
}

export { safetyMargin, soundDualBound } from '../solver/sound.js';

/**
 * Candidate witnesses of a solver's column assignment: the input point clipped into D, and, when
 * a layer reading the input directly picks a discrete cell of it (quantize: the code q of each
 * input element, src/layers/quantize.ts `inputCell`), the same point moved into those cells'
 * interiors within D. A MILP optimum often sits on a rounding-step boundary, where the solver's
 * x (off by its tolerance) or our float64 x/s rounds to the neighbouring code; the snapped
 * point evaluates with the code the MILP chose. Callers re-evaluate every candidate and keep
 * the best, so snapping never worsens a witness.
 */
export function solverInputs(joint: JointEncoding, colValue: Float64Array): Float64Array[] {
  const x = solverInput(joint, colValue);
  const lo = Float64Array.from(joint.box.lower);
  const hi = Float64Array.from(joint.box.upper);
  let cells = 0;
  for (const e of [joint.n1, joint.n2]) {
    e.net.nodes.forEach((node, id) => {
      if (node.kind === 'input' || node.inputs[0] !== 0) return;
      const impl = layerOf(node);
      const cell = impl.inputCell ? impl.inputCell(node, e.nodes[id], colValue) : null;
      if (!cell) return;
      cells++;
      for (let i = 0; i < x.length; i++) {
        // Strictly inside the cell: a few ulps keep x/s off the tie in float64 (a cell end is a
        // half-integer multiple of s, never 0), and move ρ by a negligible amount.
        const l = cell.lower[i];
        const u = cell.upper[i];
        if (Number.isFinite(l)) lo[i] = Math.max(lo[i], l + 16 * Number.EPSILON * Math.abs(l));
        if (Number.isFinite(u)) hi[i] = Math.min(hi[i], u - 16 * Number.EPSILON * Math.abs(u));
      }
    });
  }
  if (cells === 0) return [x];
  const snapped = Float64Array.from(x);
  let moved = false;
  for (let i = 0; i < x.length; i++) {
    if (!(lo[i] <= hi[i])) continue; // the cells and D leave no room: keep the solver's value
    const v = Math.min(hi[i], Math.max(lo[i], x[i]));
    if (v !== x[i]) {
      snapped[i] = v;
      moved = true;
    }
  }
  return moved ? [x, snapped] : [x];
}

/** The input point of a solver's column assignment, clipped into D (solvers violate bounds by their tolerance). */
export function solverInput(joint: JointEncoding, colValue: Float64Array): Float64Array {
  return clipToBox(Array.from(joint.x, c => colValue[c]), joint.box);
}
