/**
 * Symbolic twin-aware backward step through two matched ReLU nodes.
 *
 * For one neuron write a = a² (N2's pre-activation) and d = a¹ − a², so that
 *     d_y = f(a, d) = relu(a + d) − relu(a),     y² = relu(a).
 * The sound bounds at hand define the feasible region
 *     R = { (a, d) : l² ≤ a ≤ u²,  dl ≤ d ≤ du,  l¹ ≤ a + d ≤ u¹ },
 * which contains every reachable (a², d) because each constraint is a sound bound.
 *
 * Planes for f. For ANY slopes (p, q), the plane p·a + q·d + r with
 *     r_low = min over R of (f − p·a − q·d)     is below f on R,
 *     r_up  = max over R of (f − p·a − q·d)     is above f on R,
 * by definition of min and max. f is continuous and linear on each piece of the partition of R
 * by the break lines a = 0 and a + d = 0 (the sign patterns of a² and a¹), and each piece is a
 * compact convex polygon (an intersection of half-planes). A linear function attains its min
 * and max over a polygon at a vertex, and every vertex of a piece is the intersection of two
 * non-parallel lines among the eight lines
 *     a = l², a = u², d = dl, d = du, a + d = l¹, a + d = u¹, a = 0, a + d = 0
 * that lies in R. So taking the min (max) over all pairwise intersections of these lines that
 * lie in R gives r exactly. Floating point: a computed vertex lies within δ ≤ 1e-13·S of the
 * true one (S = the largest magnitude of the six bounds), so points are accepted with a
 * tolerance of 1e-12·S (accepting a few points just outside R can only widen r), and r is then
 * moved outward by 1e-12·(2 + |p| + |q|)·S + 1e-300, which covers both the vertex error (f − plane
 * is (2 + |p| + |q|)-Lipschitz in each coordinate) and the evaluation's rounding. If no point is
 * accepted (the bounds are contradictory only by rounding), the strip is dropped: R grows to the
 * box, which is still sound.
 *
 * The slopes are only a heuristic, soundness never depends on them. When both neurons are
 * stable the function is linear and the plane is exact: f = d (both active), 0 (both inactive),
 * a + d (N1 active, N2 inactive) and −a (N1 inactive, N2 active). Otherwise we try the planes
 * (σ¹ − σ², σ¹) for σ¹ ∈ {0, 1, s¹} and σ² ∈ {0, 1, s²}, s = u/(u − l) the CROWN chord slopes
 * (these are relu(a¹) ≈ σ¹a¹ minus relu(a²) ≈ σ²a², i.e. every decoupled CROWN choice, but with
 * the optimal intercept), and the d-only chords q = du/(du − dl), −dl/(du − dl) of max(0, d) and
 * min(0, d) (NeuroDiff's planes, which f lies between), and keep the one with the smallest mean
 * gap to f over the vertices.
 *
 * The backward step then bounds cd·f + c2·relu(a) term by term: cd ≥ 0 takes the lower plane of
 * f and cd < 0 the upper; c2 ≥ 0 takes CROWN's lower line α·a of relu(a) and c2 < 0 its chord
 * s²(a − l²) (see relu.ts), exact for stable neurons. Each term is a sound lower bound of its
 * part, so the sum bounds cd·d_y + c2·y² from below; the result is linear in (a², d).
 *
 * Free parameters (α-optimisation, src/bounds/alpha-diff.ts). Since the intercept rule above is
 * sound for ANY slopes, a node's relaxation can be given explicitly as 5 numbers per neuron,
 *     [pL, qL, pU, qU, α²]  (ReluDiffParams, row-major by neuron):
 * the lower plane of f has slopes (pL, qL) and intercept r_low(pL, qL), the upper plane (pU, qU)
 * and r_up(pU, qU), both from the same vertex enumeration and outward slack, and relu(a²) ≥ α²·a²
 * (any α² ∈ [0, 1] gives a line through the origin below relu on [l², u²]). So every parameter
 * value gives a sound step; the optimiser keeps p ∈ [−1, 1], q ∈ [0, 1] (the hull of f's piece
 * gradients (0, 1), (0, 0), (1, 1), (−1, 0), where every useful plane's slopes lie) and α² ∈ [0, 1].
 * Neurons where both twins are stable (f linear, planes exact) or whose bounds are not finite
 * ignore their parameters. Gradients: r_low is the min over the vertices of f − p·a − q·d, so at
 * the minimising vertex (a*, d*) ∂r_low/∂(p, q) = −(a*, d*) (a supergradient of the concave
 * r_low; the same with the maximising vertex for r_up); see `reluDiffGradient`.
 */
import type { DiffBackwardStep, DiffInput, DiffValues } from './layer.js';

/** The plane p·a² + q·d + r. */
export interface Plane {
  readonly p: number;
  readonly q: number;
  readonly r: number;
}

export interface DiffReluPlanes {
  readonly lower: Plane;
  readonly upper: Plane;
}

const fOf = (a: number, d: number): number => Math.max(0, a + d) - Math.max(0, a);

/** Lines α·a + β·d = γ bounding R, then the two break lines. */
function regionPoints(l2: number, u2: number, dl: number, du: number, l1: number, u1: number, strip: boolean, tol: number): number[] {
  const lines: [number, number, number][] = [[1, 0, l2], [1, 0, u2], [0, 1, dl], [0, 1, du], [1, 1, l1], [1, 1, u1], [1, 0, 0], [1, 1, 0]];
  const pts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const [a1, b1, g1] = lines[i];
      const [a2, b2, g2] = lines[j];
      const det = a1 * b2 - a2 * b1;
      if (det === 0) continue;
      const a = (g1 * b2 - g2 * b1) / det;
      const d = (a1 * g2 - a2 * g1) / det;
      if (a < l2 - tol || a > u2 + tol || d < dl - tol || d > du + tol) continue;
      if (strip && (a + d < l1 - tol || a + d > u1 + tol)) continue;
      pts.push(a, d);
    }
  }
  return pts;
}

/** The candidate vertices of R (a, d pairs), f at each, and the scale of the six bounds. */
export interface Region {
  readonly pts: Float64Array;
  readonly fs: Float64Array;
  readonly scale: number;
}

/** Whether f is linear on the region (both twins stable): its exact plane, else null. */
function exactPlane(l2: number, u2: number, l1: number, u1: number): [number, number] | null {
  if (l1 >= 0 && l2 >= 0) return [0, 1];
  if (u1 <= 0 && u2 <= 0) return [0, 0];
  if (l1 >= 0 && u2 <= 0) return [1, 1];
  if (u1 <= 0 && l2 >= 0) return [-1, 0];
  return null;
}

function regionOf(l2: number, u2: number, dl: number, du: number, l1: number, u1: number): Region {
  const scale = Math.max(Math.abs(l2), Math.abs(u2), Math.abs(dl), Math.abs(du), Math.abs(l1), Math.abs(u1));
  const tol = 1e-12 * scale;
  let pts = regionPoints(l2, u2, dl, du, l1, u1, true, tol);
  if (pts.length === 0) pts = regionPoints(l2, u2, dl, du, l1, u1, false, tol);
  const fs = new Float64Array(pts.length / 2);
  for (let v = 0; v < fs.length; v++) fs[v] = fOf(pts[2 * v], pts[2 * v + 1]);
  return { pts: Float64Array.from(pts), fs, scale };
}

/** min and max over the region's vertices of f − p·a − q·d, their vertex indices, and the outward slack. */
function gapRange(reg: Region, p: number, q: number): { lo: number; hi: number; argLo: number; argHi: number; slack: number } {
  let lo = Infinity;
  let hi = -Infinity;
  let argLo = 0;
  let argHi = 0;
  for (let v = 0; v < reg.fs.length; v++) {
    const g = reg.fs[v] - p * reg.pts[2 * v] - q * reg.pts[2 * v + 1];
    if (g < lo) {
      lo = g;
      argLo = v;
    }
    if (g > hi) {
      hi = g;
      argHi = v;
    }
  }
  return { lo, hi, argLo, argHi, slack: 1e-12 * (2 + Math.abs(p) + Math.abs(q)) * reg.scale + 1e-300 };
}

/**
 * Sound lower and upper planes of f(a, d) = relu(a + d) − relu(a) over R (see the file doc).
 * Inputs: a = a² ∈ [l2, u2], d ∈ [dl, du], a + d = a¹ ∈ [l1, u1].
 */
export function reluDiffPlanes(l2: number, u2: number, dl: number, du: number, l1: number, u1: number): DiffReluPlanes {
  const lin = exactPlane(l2, u2, l1, u1);
  if (lin) return { lower: { p: lin[0], q: lin[1], r: 0 }, upper: { p: lin[0], q: lin[1], r: 0 } };
  if (![l2, u2, dl, du, l1, u1].every(Number.isFinite)) {
    // Interval fallback (relu.ts diffInterval): f lies between 0 and d.
    return { lower: { p: 0, q: 0, r: Math.min(0, dl) }, upper: { p: 0, q: 0, r: Math.max(0, du) } };
  }
  const reg = regionOf(l2, u2, dl, du, l1, u1);
  const chord = (l: number, u: number): number => (u <= 0 ? 0 : l >= 0 ? 1 : u / (u - l));
  const s1 = chord(l1, u1);
  const s2 = chord(l2, u2);
  const slopes: [number, number][] = [];
  for (const g1 of [0, 1, s1]) for (const g2 of [0, 1, s2]) slopes.push([g1 - g2, g1]);
  if (dl < 0 && du > 0) slopes.push([0, du / (du - dl)], [0, -dl / (du - dl)]);

  let lower: Plane = { p: 0, q: 0, r: -Infinity };
  let upper: Plane = { p: 0, q: 0, r: Infinity };
  let bestLow = Infinity;
  let bestUp = Infinity;
  for (const [p, q] of slopes) {
    const { lo, hi, slack } = gapRange(reg, p, q);
    let sum = 0;
    for (let v = 0; v < reg.fs.length; v++) sum += reg.fs[v] - p * reg.pts[2 * v] - q * reg.pts[2 * v + 1];
    const mean = sum / reg.fs.length;
    // Mean gap to f over the points: f − lower plane = g − lo, upper plane − f = hi − g.
    if (mean - lo < bestLow) {
      bestLow = mean - lo;
      lower = { p, q, r: lo - slack };
    }
    if (hi - mean < bestUp) {
      bestUp = hi - mean;
      upper = { p, q, r: hi + slack };
    }
  }
  return { lower, upper };
}

export interface NeuronRelax {
  /** Planes of f per neuron: p, q, r (lower, then upper). */
  readonly low: Float64Array;
  readonly up: Float64Array;
  /** relu(a²) ≥ alpha2·a² and ≤ slope2·a² + icpt2. */
  readonly alpha2: Float64Array;
  readonly slope2: Float64Array;
  readonly icpt2: Float64Array;
}

/** Parameters per neuron in ReluDiffParams (see the file doc). */
export const RELU_DIFF_PARAMS = 5;


/** CROWN's lines for relu(a²) on [l, u]: the chord above, and α = 1 if u ≥ −l else 0 below. */
function crownLines(l: number, u: number, i: number, alpha2: Float64Array, slope2: Float64Array, icpt2: Float64Array): void {
  if (l >= 0) {
    alpha2[i] = 1;
    slope2[i] = 1;
  } else if (u > 0) {
    slope2[i] = u / (u - l);
    icpt2[i] = -slope2[i] * l;
    alpha2[i] = u >= -l ? 1 : 0;
  }
}

/** Per neuron: planes of f (p, q, r for lower then upper) and CROWN's lines for relu(a²); once per sweep and bounds triple. */
function neuronRelax(input: DiffInput): NeuronRelax {
  return input.memo.reluRelax.get(input, () => computeNeuronRelax(input));
}

function computeNeuronRelax({ d, b1, b2 }: DiffInput): NeuronRelax {
  const n = d.lower.length;
  const low = new Float64Array(3 * n);
  const up = new Float64Array(3 * n);
  const alpha2 = new Float64Array(n);
  const slope2 = new Float64Array(n);
  const icpt2 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const pl = reluDiffPlanes(b2.lower[i], b2.upper[i], d.lower[i], d.upper[i], b1.lower[i], b1.upper[i]);
    low.set([pl.lower.p, pl.lower.q, pl.lower.r], 3 * i);
    up.set([pl.upper.p, pl.upper.q, pl.upper.r], 3 * i);
    crownLines(b2.lower[i], b2.upper[i], i, alpha2, slope2, icpt2);
  }
  return { low, up, alpha2, slope2, icpt2 };
}


/** Each neuron's vertex set, or null where the parameters are ignored (f linear, or bounds not finite). */
function regions(input: DiffInput): readonly (Region | null)[] {
  return input.memo.reluRegions.get(input, () => computeRegions(input));
}

function computeRegions({ d, b1, b2 }: DiffInput): readonly (Region | null)[] {
  const out: (Region | null)[] = [];
  for (let i = 0; i < d.lower.length; i++) {
    const v = [b2.lower[i], b2.upper[i], d.lower[i], d.upper[i], b1.lower[i], b1.upper[i]] as const;
    out.push(exactPlane(v[0], v[1], v[4], v[5]) || !v.every(Number.isFinite) ? null : regionOf(...v));
  }
  return out;
}

/** The default relaxation (the heuristic planes and CROWN's α²) as parameters: the optimiser's start. */
export function reluDiffInitialParams(input: DiffInput): Float64Array {
  const { low, up, alpha2 } = neuronRelax(input);
  const n = alpha2.length;
  const out = new Float64Array(RELU_DIFF_PARAMS * n);
  for (let i = 0; i < n; i++) out.set([low[3 * i], low[3 * i + 1], up[3 * i], up[3 * i + 1], alpha2[i]], RELU_DIFF_PARAMS * i);
  return out;
}

interface ParamRelax extends NeuronRelax {
  /** The vertex attaining each intercept (a*, d*: lower, then upper plane), for the gradient. */
  readonly argLow: Float64Array;
  readonly argUp: Float64Array;
}

/**
 * The last relaxation computed per parameter array, with a copy of the values it was computed
 * from: one optimiser iteration asks for the same (input, params) three times (backward pass,
 * relaxed forward, gradient), and the parameters change in place between iterations.
 */
const lastRelax = new WeakMap<Float64Array, { readonly input: DiffInput; readonly values: Float64Array; readonly relax: ParamRelax }>();

const sameInput = (a: DiffInput, b: DiffInput): boolean => a.d === b.d && a.b1 === b.b1 && a.b2 === b.b2 && a.memo === b.memo;

function sameValues(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The relaxation given by `params` (see the file doc); neurons without a region keep the default. */
function paramRelax(input: DiffInput, params: Float64Array): ParamRelax {
  const hit = lastRelax.get(params);
  if (hit && sameInput(hit.input, input) && sameValues(hit.values, params)) return hit.relax;
  const relax = computeParamRelax(input, params);
  lastRelax.set(params, { input, values: Float64Array.from(params), relax });
  return relax;
}

function computeParamRelax(input: DiffInput, params: Float64Array): ParamRelax {
  const base = neuronRelax(input);
  const regs = regions(input);
  const n = regs.length;
  const low = Float64Array.from(base.low);
  const up = Float64Array.from(base.up);
  const alpha2 = Float64Array.from(base.alpha2);
  const argLow = new Float64Array(2 * n);
  const argUp = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const l = input.b2.lower[i];
    const u = input.b2.upper[i];
    const at = RELU_DIFF_PARAMS * i;
    if (l < 0 && u > 0) alpha2[i] = params[at + 4];
    const reg = regs[i];
    if (!reg) continue;
    const pL = params[at];
    const qL = params[at + 1];
    const pU = params[at + 2];
    const qU = params[at + 3];
    const gl = gapRange(reg, pL, qL);
    low[3 * i] = pL;
    low[3 * i + 1] = qL;
    low[3 * i + 2] = gl.lo - gl.slack;
    argLow[2 * i] = reg.pts[2 * gl.argLo];
    argLow[2 * i + 1] = reg.pts[2 * gl.argLo + 1];
    const gu = gapRange(reg, pU, qU);
    up[3 * i] = pU;
    up[3 * i + 1] = qU;
    up[3 * i + 2] = gu.hi + gu.slack;
    argUp[2 * i] = reg.pts[2 * gu.argHi];
    argUp[2 * i + 1] = reg.pts[2 * gu.argHi + 1];
  }
  return { low, up, alpha2, slope2: base.slope2, icpt2: base.icpt2, argLow, argUp };
}

/** Projects parameters onto their box: p ∈ [−1, 1], q ∈ [0, 1], α² ∈ [0, 1]. */
export function reluDiffProject(params: Float64Array): void {
  const clamp = (v: number, lo: number): number => Math.min(1, Math.max(lo, v));
  for (let k = 0; k < params.length; k++) {
    const slot = k % RELU_DIFF_PARAMS;
    params[k] = clamp(params[k], slot === 0 || slot === 2 ? -1 : 0);
  }
}

export function reluDiffBackward(cd: Float64Array, c2: Float64Array, m: number, [input]: readonly DiffInput[], params?: Float64Array): DiffBackwardStep {
  const n = input.d.lower.length;
  const { low, up, alpha2, slope2, icpt2 } = params ? paramRelax(input, params) : neuronRelax(input);
  const outD = new Float64Array(m * n);
  const out2 = new Float64Array(m * n);
  const bias = new Float64Array(m);
  const biasMag = new Float64Array(m);
  for (let r = 0; r < m; r++) {
    const row = r * n;
    let bsum = 0;
    let bmag = 0;
    for (let i = 0; i < n; i++) {
      const a = cd[row + i];
      const c = c2[row + i];
      if (a !== 0) {
        const pl = a >= 0 ? low : up;
        outD[row + i] = a * pl[3 * i + 1];
        out2[row + i] = a * pl[3 * i];
        const t = a * pl[3 * i + 2];
        bsum += t;
        bmag += Math.abs(t);
      }
      if (c !== 0) {
        if (c >= 0) out2[row + i] += c * alpha2[i];
        else {
          out2[row + i] += c * slope2[i];
          const t = c * icpt2[i];
          bsum += t;
          bmag += Math.abs(t);
        }
      }
    }
    bias[r] = bsum;
    biasMag[r] = bmag;
  }
  return { cds: [outD], c2s: [out2], bias, biasMag };
}

/**
 * The relaxed forward map of `reluDiffBackward` for one row (cd, c2) of this node: per neuron, the
 * plane of f and the line of relu(a²) that the backward step chose (by the signs of cd and c2),
 * at input values g = (d, a²). cd·out.d + c2·out.v2 equals the step's linear function at g.
 */
export function reluDiffRelaxedForward(cd: Float64Array, c2: Float64Array, [g]: readonly DiffValues[], [input]: readonly DiffInput[], params?: Float64Array): DiffValues {
  const { low, up, alpha2, slope2, icpt2 } = params ? paramRelax(input, params) : neuronRelax(input);
  const n = g.d.length;
  const d = new Float64Array(n);
  const v2 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const pl = cd[i] >= 0 ? low : up;
    d[i] = pl[3 * i] * g.v2[i] + pl[3 * i + 1] * g.d[i] + pl[3 * i + 2];
    v2[i] = c2[i] >= 0 ? alpha2[i] * g.v2[i] : slope2[i] * g.v2[i] + icpt2[i];
  }
  return { d, v2 };
}

/**
 * ∂L/∂params of one node, for the bound L of an objective whose row at this node's output is
 * (cd, c2) and whose relaxed forward values at the input are g (see alpha-diff.ts): the term of
 * neuron i is cd_i·(p·a + q·d + r(p, q)) + c2_i·α²·a evaluated at g, so with the vertex (a*, d*)
 * attaining r, ∂/∂(p, q) = cd_i·(g.a² − a*, g.d − d*) for the plane in use, and ∂/∂α² = c2_i·g.a²
 * when c2_i ≥ 0 and N2's neuron is unstable; 0 for parameters not in use.
 */
export function reluDiffGradient(cd: Float64Array, c2: Float64Array, g: DiffValues, input: DiffInput, params: Float64Array): Float64Array {
  const { argLow, argUp } = paramRelax(input, params);
  const regs = regions(input);
  const n = regs.length;
  const grad = new Float64Array(params.length);
  for (let i = 0; i < n; i++) {
    const base = RELU_DIFF_PARAMS * i;
    if (regs[i] && cd[i] !== 0) {
      const lower = cd[i] >= 0;
      const arg = lower ? argLow : argUp;
      const at = lower ? base : base + 2;
      grad[at] = cd[i] * (g.v2[i] - arg[2 * i]);
      grad[at + 1] = cd[i] * (g.d[i] - arg[2 * i + 1]);
    }
    if (c2[i] > 0 && input.b2.lower[i] < 0 && input.b2.upper[i] > 0) grad[base + 4] = c2[i] * g.v2[i];
  }
  return grad;
}

/**
 * The plane through three of the region's vertices that realises f's convex (lower) or concave
 * (upper) envelope over R at the point (a, d): by Carathéodory the envelope there is the min (max)
 * over vertex triangles containing the point of the linear interpolation of f. Null when no
 * triangle contains the point. Only a choice of slopes: the intercept is then set by `gapRange`.
 */
function envelopeSlopes(reg: Region, a: number, d: number, upper: boolean): [number, number] | null {
  const k = reg.fs.length;
  const { pts, fs } = reg;
  const tol = 1e-12 * (reg.scale + 1);
  let best: [number, number] | null = null;
  let bestVal = upper ? -Infinity : Infinity;
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) {
      for (let m = j + 1; m < k; m++) {
        const ax = pts[2 * j] - pts[2 * i];
        const ay = pts[2 * j + 1] - pts[2 * i + 1];
        const bx = pts[2 * m] - pts[2 * i];
        const by = pts[2 * m + 1] - pts[2 * i + 1];
        const det = ax * by - ay * bx;
        if (Math.abs(det) <= tol * tol) continue;
        const px = a - pts[2 * i];
        const py = d - pts[2 * i + 1];
        const s = (px * by - py * bx) / det;
        const t = (ax * py - ay * px) / det;
        if (s < -1e-9 || t < -1e-9 || s + t > 1 + 1e-9) continue;
        const fa = fs[j] - fs[i];
        const fb = fs[m] - fs[i];
        const val = fs[i] + s * fa + t * fb;
        if (upper ? val > bestVal : val < bestVal) {
          bestVal = val;
          // Slopes of the plane through the three points: solve [ax ay; bx by]·(p, q) = (fa, fb).
          best = [(fa * by - fb * ay) / det, (ax * fb - bx * fa) / det];
        }
      }
    }
  }
  return best;
}

/**
 * Parameters that are best for one objective at one point: for each neuron whose plane is in
 * use (by the sign of cd, as in the backward step), the slopes of f's envelope at g (the
 * relaxed forward value of this node's input), and α² = 1 if g.a² > 0 else 0 where the lower
 * line of relu(a²) is in use. The rest are copied from `params`. A heuristic only: every
 * parameter value is sound.
 */
export function reluDiffEnvelopeParams(cd: Float64Array, c2: Float64Array, g: DiffValues, input: DiffInput, params: Float64Array): Float64Array {
  const regs = regions(input);
  const out = Float64Array.from(params);
  for (let i = 0; i < regs.length; i++) {
    const base = RELU_DIFF_PARAMS * i;
    const reg = regs[i];
    if (reg && cd[i] !== 0) {
      const slopes = envelopeSlopes(reg, g.v2[i], g.d[i], cd[i] < 0);
      if (slopes) out.set(slopes, cd[i] >= 0 ? base : base + 2);
    }
    if (c2[i] > 0) out[base + 4] = g.v2[i] > 0 ? 1 : 0;
  }
  reluDiffProject(out);
  return out;
}
