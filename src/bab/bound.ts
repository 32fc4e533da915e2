/**
 * Bounding one branch-and-bound node: sound per-node bounds of both twins over the node
 * (crown+diff when the structures match, CROWN otherwise, each with the node's SubProblem),
 * then a sound lower bound of the objective c₁ᵀz¹ + c₂ᵀz² over the node:
 *   - interval: Σ c·[z] from the logit bounds;
 *   - joint CROWN: both twins back-propagated from their part of c, concretised on the box;
 *   - matched twins with a difference objective (c₂ = −c₁, as ρ): the logit difference bounds
 *     and the α-optimised differential relaxation (src/bounds/alpha-diff.ts);
 *   - otherwise α-CROWN (src/bounds/alpha-crown.ts);
 * the maximum of sound lower bounds being one. The same backward pass gives what branching
 * needs: per unstable ReLU, |Λ|·u·(−l)/(u − l) (the coefficient the objective puts on the
 * neuron times the largest gap of its triangle relaxation, in the spirit of BaBSR), and per
 * input coordinate |A_i|·(u_i − l_i) (its share of the concretisation). And it gives primal
 * candidates, points of the box: the minimiser of the linear bound (a box corner), the centre.
 */
import { type Bounds, EmptyRegion, intersectBounds, roundingSlack } from '../ir/bounds.js';
import type { Network } from '../ir/network.js';
import { twinForward } from '../layers/gradient.js';
import { maxPoolBinaries } from '../layers/maxpool.js';
import { type AlphaStart, alphaDiffLower } from '../bounds/alpha-diff.js';
import { alphaObjectiveLower } from '../bounds/alpha-crown.js';
import { backwardToInput, concretizeLower } from '../bounds/crown.js';
import { crownMethod } from '../bounds/crown.js';
import { diffMethod, twinState } from '../bounds/diff.js';
import type { TwinBounds } from '../bounds/types.js';
import { contradictsSplits, type ReluSplit, subProblem, type TwinName } from './subproblem.js';

/** c1ᵀz¹ + c2ᵀz² at given logits. */
export function logitForm(c1: ArrayLike<number>, c2: ArrayLike<number>, z1: ArrayLike<number>, z2: ArrayLike<number>): number {
  let v = 0;
  for (let k = 0; k < c1.length; k++) v += c1[k] * z1[k] + c2[k] * z2[k];
  return v;
}

/** A linear condition on both twins' logits: c1ᵀz¹ + c2ᵀz² ≥ lower. */
export interface OutputConstraint {
  readonly c1: Float64Array;
  readonly c2: Float64Array;
  readonly lower: number;
}

/**
 * Minimise c1ᵀz¹ + c2ᵀz² (coefficients on each twin's logits), over the points of the box that
 * satisfy every `constraints` row (e.g. "N2 decides c" for the implication; none: the whole box).
 * The minimum over no point is +∞.
 */
export interface BabObjective {
  readonly c1: Float64Array;
  readonly c2: Float64Array;
  readonly constraints?: readonly OutputConstraint[];
}

export interface BabTwins {
  readonly n1: Network;
  readonly n2: Network;
  /** Whether the structures match, so that differential bounds apply (pairTwins). */
  readonly matched: boolean;
  /**
   * Per input, its branching weight for input splits (width × weight picks the input to halve):
   * inputSensitivity for dense twin chains; absent otherwise (then |aᵢ|·width, a the lower
   * form of the objective).
   */
  readonly inputWeight?: Float64Array;
}

export interface NodeSpec {
  readonly box: Bounds;
  readonly splits: readonly ReluSplit[];
  /** The parent's bounds, sound on this node too. */
  readonly parent?: TwinBounds;
}

export interface SplitCandidate {
  readonly net: TwinName;
  readonly node: number;
  readonly index: number;
  readonly score: number;
}

export interface NodeBound {
  /** Sound: ≤ the objective's minimum over the node. */
  readonly lower: number;
  readonly bounds: TwinBounds;
  /** Points of the node's box worth evaluating (primal side). */
  readonly points: readonly Float64Array[];
  /** The best-scored unstable ReLUs, best first (empty when every ReLU is stable on the node). */
  readonly relu: readonly SplitCandidate[];
  /** The input coordinate with the largest score (-1 when the box is a point). */
  readonly inputDim: number;
  /** Unstable ReLUs of both twins on the node. */
  readonly unstable: number;
  /** Binaries of the node's joint MILP with these bounds (unstable ReLUs and open max-pool windows). */
  readonly binaries: number;
  /** The α-diff parameters and split multipliers the bound ended at, the children's start (matched twins, difference objective). */
  readonly alpha?: AlphaStart;
}

export interface BoundConfig {
  /** Iterations of α-diff (matched twins) or α-CROWN (otherwise) per node; 0 = none. */
  readonly alphaIterations: number;
}

/** The difference objective's coefficients on d = z¹ − z² when c₂ = −c₁ (then c₁ᵀz¹ + c₂ᵀz² = c₁ᵀd), else null. */
export function differenceCoefficients(obj: BabObjective): Float64Array | null {
  for (let k = 0; k < obj.c1.length; k++) if (obj.c1[k] !== -obj.c2[k]) return null;
  return obj.c1;
}

/** Σ_k c_k·v_k over a box of v, rounded outward. */
function linearLower(c: Float64Array, b: Bounds): number {
  let s = 0;
  let mag = 0;
  for (let k = 0; k < c.length; k++) {
    if (c[k] === 0) continue;
    const v = c[k] > 0 ? c[k] * b.lower[k] : c[k] * b.upper[k];
    s += v;
    mag += Math.abs(v);
  }
  return s - roundingSlack(mag);
}

/** Binaries of one twin's MILP encoding with these bounds (the encoders' own rules: relu.ts, maxpool.ts). */
function poolBinaries(net: Network, bounds: readonly Bounds[]): number {
  let n = 0;
  net.nodes.forEach(node => {
    if (node.kind === 'maxpool') n += maxPoolBinaries(node, bounds[node.inputs[0]]);
  });
  return n;
}

/** Counts the unstable ReLUs of one twin and keeps the `keep` best-scored in `top` (sorted, best first). */
function reluScores(net: Network, which: TwinName, bounds: readonly Bounds[], record: ReadonlyMap<number, Float64Array>, top: SplitCandidate[], keep: number): number {
  let unstable = 0;
  net.nodes.forEach((node, id) => {
    if (node.kind !== 'relu') return;
    const p = node.inputs[0];
    const { lower: l, upper: u } = bounds[p];
    const lam = record.get(id);
    for (let i = 0; i < node.size; i++) {
      if (!(l[i] < 0 && u[i] > 0)) continue;
      unstable++;
      const score = (lam ? Math.abs(lam[i]) : 0) * ((u[i] * -l[i]) / (u[i] - l[i]));
      if (top.length < keep || score > top[top.length - 1].score) {
        let k = top.length < keep ? top.length : top.length - 1;
        top[k] = { net: which, node: p, index: i, score };
        while (k > 0 && top[k].score > top[k - 1].score) {
          [top[k], top[k - 1]] = [top[k - 1], top[k]];
          k--;
        }
      }
    }
  });
  return unstable;
}

/**
 * Per-node bounds of both twins over the node by a full sweep (the node's SubProblem, with the
 * parent's bounds intersected in), or null when the node is empty.
 */
export function sweepBounds(tw: BabTwins, spec: NodeSpec, seconds?: number): TwinBounds | null {
  const sub = subProblem(spec.splits, spec.parent);
  const deadline = seconds === undefined ? undefined : { at: performance.now() + seconds * 1000, cut: false };
  let tb: TwinBounds;
  try {
    tb = (tw.matched ? diffMethod : crownMethod).compute(tw.n1, tw.n2, spec.box, sub, deadline);
    // A sweep stopped at its deadline has interval differences after that point: the parent's
    // (sound on this subset of it) are intersected in.
    const pd = spec.parent?.diff;
    if (tb.cut && tb.diff && pd) tb = { ...tb, diff: tb.diff.map((d, id) => ({ ...d, ...intersectBounds(d, pd[id]) })) };
  } catch (e) {
    if (e instanceof EmptyRegion) return null;
    throw e;
  }
  if (contradictsSplits(tb, spec.splits)) return null;
  return { n1: tb.n1, n2: tb.n2, ...(tb.diff ? { diff: tb.diff } : {}) };
}

/**
 * The parent's bounds with one more split applied: the split neuron's pre-activation clamped
 * at 0, every other node's bounds kept (sound: the child is a subset of the parent). No sweep:
 * this costs a copy of one node's bounds, where a sweep costs seconds on a CNN. Null when the
 * clamp leaves nothing (the phase is impossible within the parent's bounds).
 */
export function withSplit(tb: TwinBounds, s: ReluSplit): TwinBounds | null {
  const b = tb[s.net][s.node];
  if (s.phase > 0 ? b.upper[s.index] < 0 : b.lower[s.index] > 0) return null;
  const lower = Float64Array.from(b.lower);
  const upper = Float64Array.from(b.upper);
  if (s.phase > 0) lower[s.index] = Math.max(lower[s.index], 0);
  else upper[s.index] = Math.min(upper[s.index], 0);
  const nodes = tb[s.net].slice();
  nodes[s.node] = { lower, upper };
  return { ...tb, [s.net]: nodes };
}

/** Sound lower bound of the objective over a box, given sound per-node bounds of both twins there. */
export function objectiveLower(tw: BabTwins, obj: BabObjective, tb: TwinBounds, box: Bounds, alphaIterations: number, splits: readonly ReluSplit[] = [], start?: AlphaStart): number {
  return objectiveBound(tw, obj, tb, box, alphaIterations, splits, start).lower;
}

/**
 * objectiveLower with the α-diff parameters it ended at (matched twins with a difference
 * objective), for the node's children to start from (`start`: the parent's).
 */
function objectiveBound(tw: BabTwins, obj: BabObjective, tb: TwinBounds, box: Bounds, alphaIterations: number, splits: readonly ReluSplit[], start?: AlphaStart): { lower: number; alpha?: AlphaStart } {
  const { n1, n2 } = tw;
  let lower = linearLower(obj.c1, tb.n1[n1.output]) + linearLower(obj.c2, tb.n2[n2.output]);
  const cd = differenceCoefficients(obj);
  if (tw.matched && cd && tb.diff) {
    lower = Math.max(lower, linearLower(cd, tb.diff[n1.output]));
    // The node's splits get β-CROWN multipliers (alpha-diff.ts) when α is optimised at all.
    const withSplits = (alphaIterations > 0 || start) && splits.length ? { splits } : {};
    // No iterations with a start (branching scores): the start alone, one pass.
    const a = alphaDiffLower(twinState(n1, n2, tb.n1, tb.n2, tb.diff), cd, { iterations: alphaIterations, ...withSplits, ...(start ? { start, withDefault: alphaIterations > 0 } : {}) });
    return { lower: Math.max(lower, a.lower), alpha: a.best };
  }
  const crown = crownLinear(tw, obj, tb, box);
  lower = Math.max(lower, crown.lower);
  if (alphaIterations > 0) lower = Math.max(lower, alphaObjectiveLower(n1, tb.n1, obj.c1, n2, tb.n2, obj.c2, { iterations: alphaIterations }).lower);
  return { lower };
}

interface CrownLinear {
  readonly lower: number;
  /** Coefficients of the joint linear lower bound on the input. */
  readonly a: Float64Array;
  readonly rec1: Map<number, Float64Array>;
  readonly rec2: Map<number, Float64Array>;
}

/** The joint CROWN bound of the objective, with the Λ of every node recorded (for branching scores). */
function crownLinear(tw: BabTwins, obj: BabObjective, tb: TwinBounds, box: Bounds): CrownLinear {
  const { n1, n2 } = tw;
  const rec1 = new Map<number, Float64Array>();
  const rec2 = new Map<number, Float64Array>();
  const l1 = backwardToInput(n1, n1.output, obj.c1, 1, tb.n1, { record: rec1 });
  const l2 = backwardToInput(n2, n2.output, obj.c2, 1, tb.n2, { record: rec2 });
  const a = new Float64Array(l1.a.length);
  for (let i = 0; i < a.length; i++) a[i] = l1.a[i] + l2.a[i];
  const lower = concretizeLower({ a, beta: Float64Array.of(l1.beta[0] + l2.beta[0]) }, 1, box)[0];
  return { lower, a, rec1, rec2 };
}

/**
 * Whether the node provably holds no point that satisfies the objective's constraints: some row's
 * sound upper bound over the node (−(lower bound of −row): interval and joint CROWN) is below its
 * right-hand side. The relaxation's set contains the node's, so nothing feasible is dropped. The
 * objective's own lower bound ignores the constraints (a minimum over a superset: sound).
 */
export function constraintsInfeasible(tw: BabTwins, obj: BabObjective, tb: TwinBounds, box: Bounds): boolean {
  const rows = obj.constraints ?? [];
  return rows.some(r => {
    const neg = { c1: r.c1.map(v => -v), c2: r.c2.map(v => -v) };
    const lowerNeg = Math.max(linearLower(neg.c1, tb.n1[tw.n1.output]) + linearLower(neg.c2, tb.n2[tw.n2.output]), crownLinear(tw, neg, tb, box).lower);
    return -lowerNeg < r.lower;
  });
}

/** Supergradient steps of the Lagrangian bound per node (after its candidates). */
const LAGRANGE_STEPS = 6;

/**
 * A sound lower bound of min f over the node's points that satisfy the constraints g_k ≥ lo_k,
 * by Lagrangian relaxation: for any λ ≥ 0, f(x) ≥ f(x) − Σ λ_k (g_k(x) − lo_k) at every feasible
 * x, so the relaxations' lower bound of the right-hand side over the whole node (a linear
 * objective of the logits plus the constant Σ λ_k lo_k) bounds the constrained minimum. Every λ
 * is sound; which one is tried only decides how tight. Candidates: λ = 0, and λ = e_k for each
 * row k that turns f − g_k into a difference objective (the implication's part j with N2's row
 * j: ρ(c, j), which the differential relaxation bounds tightly); then a few sign-supergradient
 * steps from the best, moving λ_k up where the bound's minimiser (a box corner) violates row k
 * and down where it satisfies it.
 */
function lagrangianLower(tw: BabTwins, obj: BabObjective, tb: TwinBounds, box: Bounds, alphaIterations: number, splits: readonly ReluSplit[]): number {
  const rows = obj.constraints ?? [];
  if (rows.length === 0) return -Infinity;
  const combined = (lam: Float64Array): { obj: BabObjective; konst: number } => {
    const c1 = Float64Array.from(obj.c1);
    const c2 = Float64Array.from(obj.c2);
    let konst = 0;
    rows.forEach((r, k) => {
      if (lam[k] === 0) return;
      for (let i = 0; i < c1.length; i++) {
        c1[i] -= lam[k] * r.c1[i];
        c2[i] -= lam[k] * r.c2[i];
      }
      konst += lam[k] * r.lower;
    });
    return { obj: { c1, c2 }, konst };
  };
  const valueOf = (lam: Float64Array, withAlpha: boolean): { lower: number; corner: Float64Array } => {
    const { obj: o, konst } = combined(lam);
    const cl = crownLinear(tw, o, tb, box);
    const lower = withAlpha ? Math.max(cl.lower, objectiveLower(tw, o, tb, box, alphaIterations, splits)) : cl.lower;
    const corner = Float64Array.from(cl.a, (a, i) => (a >= 0 ? box.lower[i] : box.upper[i]));
    return { lower: lower + konst - roundingSlack(Math.abs(konst) + Math.abs(lower)), corner };
  };
  let lam = new Float64Array(rows.length);
  let best = valueOf(lam, false);
  let bestLam = lam;
  rows.forEach((_r, k) => {
    const e = new Float64Array(rows.length);
    e[k] = 1;
    if (!differenceCoefficients(combined(e).obj)) return;
    const v = valueOf(e, true);
    if (v.lower > best.lower) [best, bestLam] = [v, e];
  });
  lam = Float64Array.from(bestLam);
  let at = best;
  for (let t = 0; t < LAGRANGE_STEPS; t++) {
    const z = twinForward(tw.n1, tw.n2, at.corner);
    const step = 0.5 / (1 + t);
    let moved = false;
    rows.forEach((r, k) => {
      const g = logitForm(r.c1, r.c2, z.z1, z.z2);
      const next = Math.max(0, lam[k] + (g < r.lower ? step : -step));
      moved ||= next !== lam[k];
      lam[k] = next;
    });
    if (!moved) break;
    at = valueOf(lam, false);
    if (at.lower > best.lower) best = at;
  }
  return best.lower;
}

/**
 * Bounds a node from given per-node bounds (a sweep's, or the parent's with the split applied):
 * the objective's lower bound, the branching candidates (the `candidates` best ReLUs by score),
 * the input coordinate to split, and primal points.
 */
export function boundWith(tw: BabTwins, obj: BabObjective, box: Bounds, tb: TwinBounds, cfg: BoundConfig & { readonly candidates: number; readonly start?: AlphaStart }, splits: readonly ReluSplit[] = []): NodeBound {
  const crown = crownLinear(tw, obj, tb, box);
  const own = objectiveBound(tw, obj, tb, box, cfg.alphaIterations, splits, cfg.start);
  const lower = Math.max(crown.lower, own.lower, lagrangianLower(tw, obj, tb, box, cfg.alphaIterations, splits));
  const top: SplitCandidate[] = [];
  const unstable = reluScores(tw.n1, 'n1', tb.n1, crown.rec1, top, cfg.candidates) + reluScores(tw.n2, 'n2', tb.n2, crown.rec2, top, cfg.candidates);
  const a = crown.a;
  let inputDim = -1;
  let best = 0;
  const corner = new Float64Array(a.length);
  const centre = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const w = box.upper[i] - box.lower[i];
    const s = (tw.inputWeight ? tw.inputWeight[i] : Math.abs(a[i])) * w;
    if (w > 0 && (inputDim < 0 || s > best)) {
      inputDim = i;
      best = s;
    }
    corner[i] = a[i] >= 0 ? box.lower[i] : box.upper[i];
    centre[i] = box.lower[i] + 0.5 * w;
  }
  const binaries = unstable + poolBinaries(tw.n1, tb.n1) + poolBinaries(tw.n2, tb.n2);
  return { lower, bounds: tb, points: [corner, centre], relu: top, inputDim, unstable, binaries, ...(own.alpha ? { alpha: own.alpha } : {}) };
}
