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
 */
import type { Bounds } from '../ir/bounds.js';
import type { DiffBackwardStep, DiffInput } from './layer.js';

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

/**
 * Sound lower and upper planes of f(a, d) = relu(a + d) − relu(a) over R (see the file doc).
 * Inputs: a = a² ∈ [l2, u2], d ∈ [dl, du], a + d = a¹ ∈ [l1, u1].
 */
export function reluDiffPlanes(l2: number, u2: number, dl: number, du: number, l1: number, u1: number): DiffReluPlanes {
  const exact = (p: number, q: number): DiffReluPlanes => ({ lower: { p, q, r: 0 }, upper: { p, q, r: 0 } });
  if (l1 >= 0 && l2 >= 0) return exact(0, 1);
  if (u1 <= 0 && u2 <= 0) return exact(0, 0);
  if (l1 >= 0 && u2 <= 0) return exact(1, 1);
  if (u1 <= 0 && l2 >= 0) return exact(-1, 0);
  if (![l2, u2, dl, du, l1, u1].every(Number.isFinite)) {
    // Interval fallback (relu.ts diffInterval): f lies between 0 and d.
    return { lower: { p: 0, q: 0, r: Math.min(0, dl) }, upper: { p: 0, q: 0, r: Math.max(0, du) } };
  }
  const scale = Math.max(Math.abs(l2), Math.abs(u2), Math.abs(dl), Math.abs(du), Math.abs(l1), Math.abs(u1));
  const tol = 1e-12 * scale;
  let pts = regionPoints(l2, u2, dl, du, l1, u1, true, tol);
  if (pts.length === 0) pts = regionPoints(l2, u2, dl, du, l1, u1, false, tol);
  const fs = new Float64Array(pts.length / 2);
  for (let v = 0; v < fs.length; v++) fs[v] = fOf(pts[2 * v], pts[2 * v + 1]);

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
    let lo = Infinity;
    let hi = -Infinity;
    let sum = 0;
    for (let v = 0; v < fs.length; v++) {
      const g = fs[v] - p * pts[2 * v] - q * pts[2 * v + 1];
      lo = Math.min(lo, g);
      hi = Math.max(hi, g);
      sum += g;
    }
    const slack = 1e-12 * (2 + Math.abs(p) + Math.abs(q)) * scale + 1e-300;
    const mean = sum / fs.length;
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

interface NeuronRelax {
  readonly low: Float64Array;
  readonly up: Float64Array;
  readonly alpha2: Float64Array;
  readonly slope2: Float64Array;
  readonly icpt2: Float64Array;
}

const relaxCache = new WeakMap<Bounds, { readonly b1: Bounds; readonly b2: Bounds; readonly relax: NeuronRelax }>();

/** Per neuron: planes of f (p, q, r for lower then upper) and CROWN's lines for relu(a²); cached per bounds triple. */
function neuronRelax({ d, b1, b2 }: DiffInput): NeuronRelax {
  const hit = relaxCache.get(d);
  if (hit && hit.b1 === b1 && hit.b2 === b2) return hit.relax;
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
    const l = b2.lower[i];
    const u = b2.upper[i];
    if (l >= 0) {
      alpha2[i] = 1;
      slope2[i] = 1;
    } else if (u > 0) {
      slope2[i] = u / (u - l);
      icpt2[i] = -slope2[i] * l;
      alpha2[i] = u >= -l ? 1 : 0;
    }
  }
  const relax = { low, up, alpha2, slope2, icpt2 };
  relaxCache.set(d, { b1, b2, relax });
  return relax;
}

export function reluDiffBackward(cd: Float64Array, c2: Float64Array, m: number, [input]: readonly DiffInput[]): DiffBackwardStep {
  const n = input.d.lower.length;
  const { low, up, alpha2, slope2, icpt2 } = neuronRelax(input);
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
