/**
 * Integer quantisation of an activation and back (ONNX QuantizeLinear → DequantizeLinear),
 * elementwise, with scale s > 0, integer zero point z and integer range [qmin, qmax]:
 *     code(x) = clip(round_half_even(x / s) + z, qmin, qmax),     y = Q(x) = s·(code(x) − z).
 * Q is a non-decreasing step function with values in [lo, hi] = [s(qmin − z), s(qmax − z)];
 * the step of code c covers x ∈ [A_c, B_c] with A_c = s(c − z − ½), B_c = s(c − z + ½)
 * (A_qmin = −∞, B_qmax = +∞: saturation). On [lo − s/2, hi + s/2], |Q(x) − x| ≤ s/2.
 *
 * Ties. At x/s = k + ½ exactly, round-half-even picks the even neighbour. Every bound below
 * is sound for EITHER neighbour at every tie (the closed steps [A_c, B_c] overlap at their ends),
 * so the tie rule, and the float64 rounding of x/s in `forward` (which can move a point within
 * one ulp of a tie to the other side), never matter for soundness.
 *
 * Interval (exact for a box, monotone): [Q(l), Q(u)], with the codes of l and u taken with a
 * tolerance of 1e-9·(1 + |x/s|) code units outward (downward for l, upward for u), so that a
 * box end on or within rounding of a tie gets the outer code.
 *
 * Linear relaxation (backward, CROWN). Over [l, u], with codes cl ≤ cu (outward as above):
 *   - cl = cu (the box inside one step, a "stable" element): y is the constant s(cl − z);
 *   - otherwise a band y ∈ [a·x + bLow, a·x + bUp] with the chord slope
 *     a = (Q(u) − Q(l)) / (u − l) (0 when a bound is infinite) and the EXACT offsets for that
 *     slope over the closed steps: bUp = max_c (y_c − a·max(A_c, l)), bLow = min_c (y_c − a·min(B_c, u))
 *     over the codes c ∈ [cl, cu] (for a ≥ 0, y_c − a·x is largest at a step's left end and
 *     smallest at its right end). For interior codes (cl < c < cu) both ends are unclamped and
 *     y_c − a·A_c = s(1 − a)(c − z) + a·s/2 is linear in c, so its extremes over them sit at
 *     c = cl + 1 and c = cu − 1: the max/min over {cl, cl + 1, cu − 1, cu} is the max/min over
 *     all codes. Saturation is included (the end steps extend to ±∞ and are clamped to [l, u]).
 *     Offsets are moved outward by 1e-12 of the magnitudes involved (rounding of a·x, and the
 *     one-ulp shift of a step end in `forward`).
 *   A coefficient λ ≥ 0 takes the lower line, λ < 0 the upper one.
 *
 * MILP (exact). For an element with input column x and codes cl < cu (clipped to the range):
 * an integer column q ∈ [cl, cu], the output column y ∈ [s(cl − z), s(cu − z)] with
 * y − s·q = −s·z, and the rounding rows (math.md, "Integer quantization")
 *     x − s·q ≥ −s·z − s/2     (x/s ≥ q − z − ½)
 *     x − s·q ≤ −s·z + s/2     (x/s ≤ q − z + ½).
 * Saturation gets binaries only where the box reaches it (the raw code of l is below qmin, or
 * that of u above qmax):
 *   - low: δl ∈ {0, 1} with q + (cu − qmin)·δl ≤ cu (δl = 1 ⇒ q = qmin) and the lower row
 *     relaxed to x − s·q + Ml·δl ≥ −s·z − s/2, Ml ≥ s(qmin − z − ½) − l (so with δl = 1 and
 *     q = qmin it reads x ≥ l, vacuous; the upper row x/s ≤ qmin − z + ½ stays, which is exactly
 *     when the clipped code is qmin);
 *   - high, symmetrically: δh with q − (qmax − cl)·δh ≥ cl and x − s·q − Mh·δh ≤ −s·z + s/2,
 *     Mh ≥ u − s(qmax − z + ½).
 * Every true point is feasible (take δl = 1 iff code = qmin, δh = 1 iff code = qmax), and every
 * feasible (x, q) has q equal to a neighbour of the rounding of x/s + z at a tie and to the
 * clipped rounding elsewhere: the encoding is exact except that at a tie both neighbours are
 * feasible. The rows are closed, so min and max over D are attained; the optimum is the
 * optimum over the closure of the graph (plus the other neighbour at ties lying on the box's
 * boundary), a sound bound that equals the true infimum/supremum over D: ties are a
 * measure-zero set, and a tie code is the limit of the codes of nearby points.
 * Stable elements become constants (cols = −1 for 0, else a fixed column), an input column of
 * −1 (the constant 0) gives Q(0) = 0. aux holds 3 entries per element: [q, δl, δh] (−1 when absent).
 *
 * Twin difference (both twins quantise this element, possibly with different parameters):
 *   - both boxes inside [lo − s/2, hi + s/2]: Q¹(a¹) − Q²(a²) ∈ d ± (s¹ + s²)/2;
 *   - the same quantiser: Q is monotone, and Q(x) − Q(y) ≤ x − y + s (|Q − clip| ≤ s/2 and clip
 *     is 1-Lipschitz), a multiple of s: for d ∈ [dl, du] the difference lies in
 *     [dl < 0 ? s·⌈dl/s − 1⌉ : 0,  du > 0 ? s·⌊du/s + 1⌋ : 0];
 *   - the same clip range: clip is monotone and 1-Lipschitz, so the difference lies in
 *     [min(0, dl), max(0, du)] ± (s¹ + s²)/2;
 *   - otherwise no rule (the caller intersects with [l¹ − u², u¹ − l²]).
 * Symbolic step (diffBackward): with one slope a for both twins (the mean of their chord
 * slopes) and each twin's exact offsets for it, y¹ ∈ a·a¹ + [b¹Low, b¹Up] and
 * y² ∈ a·a² + [b²Low, b²Up], so d_y = y¹ − y² ∈ a·d + [b¹Low − b²Up, b¹Up − b²Low]: linear in d
 * alone; N2's own value y² uses its CROWN band. When N1 is fp32 and N2 is QDQ, the networks'
 * node lists differ (N2 has the quantize nodes), matchStructure fails and differential mode is
 * off, unless alignTwins (src/layers/twin-pair.ts) first inserts IDENTITY stand-ins
 * (node.identity: y = x exactly, no columns, no rounding) into the unquantised twin.
 *
 * Identity stand-ins in the twin steps. With Q^k(x) ∈ a_k·x + [b^k_Low, b^k_Up] per twin
 * (identity: a = 1, offsets 0; otherwise the chord band above) and x¹ = d + x²:
 *     d_y = Q¹(x¹) − Q²(x²) ∈ a₁·d + (a₁ − a₂)·x² + [b¹Low − b²Up, b¹Up − b²Low],
 * linear in (d, v²), so fp32 N1 vs QDQ N2 gains at most the rounding residual of N2 per
 * element (s/2 inside the range), and the cancellation carried by d is kept. The interval step
 * uses the residual bounds Q(x) − x ∈ [bLow, bUp] of the slope-1 band: d_y ∈ d + r¹ − r².
 *
 * vjp: the derivative of the step function, 0 wherever it exists (everywhere but the ties,
 * where 0 is kept too); identity: gOut. The attacks use `surrogateVjp` instead, the clipped
 * straight-through estimator (gOut where the raw code is inside [qmin, qmax], else 0), which
 * gives them a direction through a quantised node; it is never used by a bound.
 */
import { type Bounds, roundingSlack } from '../ir/bounds.js';
import { constantForms } from './linear-forms.js';
import type { QuantizeNode } from '../ir/network.js';
import { roundHalfEven } from '../ir/rounding.js';
import { ETA32, U32, errorUp, gamma32 } from '../ir/float32.js';
import type { DiffBackwardStep, DiffInput, DiffValues, LayerImpl } from './layer.js';

export { roundHalfEven };

/** The integer code of x (clipped), as `forward` computes it. */
export function codeOf(node: QuantizeNode, i: number, x: number): number {
  const c = roundHalfEven(x / node.scale[i]) + node.zero[i];
  return c < node.qmin ? node.qmin : c > node.qmax ? node.qmax : c;
}

const TOL = 1e-9;

/** The raw (unclipped) code of x rounded outward: dir −1 gives a code ≤ every code of points ≥ x. */
function rawOutward(node: QuantizeNode, i: number, x: number, dir: 1 | -1): number {
  if (x === -Infinity) return -Infinity;
  if (x === Infinity) return Infinity;
  const v = x / node.scale[i];
  return roundHalfEven(v + dir * TOL * (1 + Math.abs(v))) + node.zero[i];
}

const clip = (node: QuantizeNode, c: number): number => (c < node.qmin ? node.qmin : c > node.qmax ? node.qmax : c);

/** Outward clipped codes of a box [l, u] of element i. */
function codeRange(node: QuantizeNode, i: number, l: number, u: number): { cl: number; cu: number; rawL: number; rawU: number } {
  const rawL = rawOutward(node, i, l, -1);
  const rawU = rawOutward(node, i, u, 1);
  return { cl: clip(node, rawL), cu: clip(node, rawU), rawL, rawU };
}

/** Chord slope of Q over [l, u] (0 for a stable element or an infinite bound). */
function chordSlope(node: QuantizeNode, i: number, l: number, u: number): number {
  const { cl, cu } = codeRange(node, i, l, u);
  if (cl === cu || !Number.isFinite(l) || !Number.isFinite(u) || !(u > l)) return 0;
  return Math.max(0, (node.scale[i] * (cu - cl)) / (u - l));
}

/** Exact offsets (outward-rounded) of the band y ∈ a·x + [bLow, bUp] over [l, u], for slope a ≥ 0. */
export function bandOffsets(node: QuantizeNode, i: number, l: number, u: number, a: number): { bLow: number; bUp: number } {
  const { cl, cu } = codeRange(node, i, l, u);
  const s = node.scale[i];
  const z = node.zero[i];
  if (a === 0 || !Number.isFinite(l) || !Number.isFinite(u)) {
    // Slope 0: the interval [Q(l), Q(u)] itself.
    if (a !== 0) throw new Error('unreachable: a band with a nonzero slope over an infinite box');
    return { bLow: s * (cl - z), bUp: s * (cu - z) };
  }
  let bLow = Infinity;
  let bUp = -Infinity;
  let mag = 0;
  for (const c of [cl, cl + 1, cu - 1, cu]) {
    if (c < cl || c > cu) continue;
    const yc = s * (c - z);
    const left = c === cl ? l : Math.max(l, s * (c - z - 0.5));
    const right = c === cu ? u : Math.min(u, s * (c - z + 0.5));
    bUp = Math.max(bUp, yc - a * left);
    bLow = Math.min(bLow, yc - a * right);
    mag = Math.max(mag, Math.abs(yc) + a * (Math.abs(left) + Math.abs(right)));
  }
  const slack = roundingSlack(mag) + 1e-12 * s;
  return { bLow: bLow - slack, bUp: bUp + slack };
}

interface Band {
  readonly slope: Float64Array;
  readonly bLow: Float64Array;
  readonly bUp: Float64Array;
}

/** The CROWN band of every element over input bounds `a` (chord slopes). */
function bands(node: QuantizeNode, a: Bounds): Band {
  const n = node.size;
  const slope = new Float64Array(n);
  const bLow = new Float64Array(n);
  const bUp = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    slope[i] = chordSlope(node, i, a.lower[i], a.upper[i]);
    const o = bandOffsets(node, i, a.lower[i], a.upper[i], slope[i]);
    bLow[i] = o.bLow;
    bUp[i] = o.bUp;
  }
  return { slope, bLow, bUp };
}

/** One twin's band Q(x) ∈ a·x + [bLow, bUp] over [l, u] (identity: x + [0, 0]); null for an unbounded box. */
function twinBand(node: QuantizeNode, i: number, l: number, u: number): { a: number; bLow: number; bUp: number } | null {
  if (node.identity) return { a: 1, bLow: 0, bUp: 0 };
  if (!Number.isFinite(l) || !Number.isFinite(u)) return null;
  const a = chordSlope(node, i, l, u);
  return { a, ...bandOffsets(node, i, l, u, a) };
}

/** Residual bounds Q(x) − x ∈ [lo, up] over [l, u] (identity: 0); null for an unbounded box. */
function residual(node: QuantizeNode, i: number, l: number, u: number): { lo: number; up: number } | null {
  if (node.identity) return { lo: 0, up: 0 };
  if (!Number.isFinite(l) || !Number.isFinite(u)) return null;
  const o = bandOffsets(node, i, l, u, 1);
  return { lo: o.bLow, up: o.bUp };
}

/**
 * The twin step when either node is an identity stand-in: per-twin slopes,
 * d_y ∈ a1·d + (a1 − a2)·x² + [lo, up]; N2's own value y² ∈ a2·x² + [b2.bLow, b2.bUp].
 */
function standInBands(n1: QuantizeNode, n2: QuantizeNode, inp: DiffInput): { a1: Float64Array; a12: Float64Array; lo: Float64Array; up: Float64Array; b2: Band } {
  const n = n1.size;
  const a1 = new Float64Array(n);
  const a12 = new Float64Array(n);
  const lo = new Float64Array(n).fill(-Infinity);
  const up = new Float64Array(n).fill(Infinity);
  const slope = new Float64Array(n);
  const bLow = new Float64Array(n).fill(-Infinity);
  const bUp = new Float64Array(n).fill(Infinity);
  for (let i = 0; i < n; i++) {
    const t1 = twinBand(n1, i, inp.b1.lower[i], inp.b1.upper[i]);
    const t2 = twinBand(n2, i, inp.b2.lower[i], inp.b2.upper[i]);
    if (!t1 || !t2) continue; // unbounded: coefficients 0, offsets infinite (a vacuous bound)
    a1[i] = t1.a;
    a12[i] = t1.a - t2.a;
    lo[i] = t1.bLow - t2.bUp;
    up[i] = t1.bUp - t2.bLow;
    slope[i] = t2.a;
    bLow[i] = t2.bLow;
    bUp[i] = t2.bUp;
  }
  return { a1, a12, lo, up, b2: { slope, bLow, bUp } };
}

/** Same scale, zero point and range for element i of both nodes. */
function sameQuantizer(n1: QuantizeNode, n2: QuantizeNode, i: number): boolean {
  return n1.scale[i] === n2.scale[i] && n1.zero[i] === n2.zero[i] && n1.qmin === n2.qmin && n1.qmax === n2.qmax;
}

/** Whether the box [l, u] lies where |Q(x) − x| ≤ s/2. */
function unsaturated(node: QuantizeNode, i: number, l: number, u: number): boolean {
  const s = node.scale[i];
  return l >= s * (node.qmin - node.zero[i] - 0.5) && u <= s * (node.qmax - node.zero[i] + 0.5);
}

/** The d-band of both twins with a common slope: d_y ∈ a·d + [lo, up]; and N2's own band. */
function diffBands(n1: QuantizeNode, n2: QuantizeNode, inp: DiffInput): { a: Float64Array; lo: Float64Array; up: Float64Array; b2: Band } {
  const n = n1.size;
  const a = new Float64Array(n);
  const lo = new Float64Array(n);
  const up = new Float64Array(n);
  const b2 = bands(n2, inp.b2);
  for (let i = 0; i < n; i++) {
    const l1 = inp.b1.lower[i];
    const u1 = inp.b1.upper[i];
    const l2 = inp.b2.lower[i];
    const u2 = inp.b2.upper[i];
    const finite = Number.isFinite(l1) && Number.isFinite(u1) && Number.isFinite(l2) && Number.isFinite(u2);
    const slope = finite ? 0.5 * (chordSlope(n1, i, l1, u1) + b2.slope[i]) : 0;
    const o1 = bandOffsets(n1, i, l1, u1, slope);
    const o2 = bandOffsets(n2, i, l2, u2, slope);
    a[i] = slope;
    lo[i] = o1.bLow - o2.bUp;
    up[i] = o1.bUp - o2.bLow;
  }
  return { a, lo, up, b2 };
}

/**
 * The twin step in one form for both cases: d_y ∈ a1·d + a12·x² + [lo, up] and
 * y² ∈ b2.slope·x² + [b2.bLow, b2.bUp], where a12 is null (no x² term) when neither node is an
 * identity stand-in (one slope for both twins, diffBands) and a1 − a2 otherwise (standInBands).
 */
function twinStep(n1: QuantizeNode, n2: QuantizeNode, inp: DiffInput): { a1: Float64Array; a12: Float64Array | null; lo: Float64Array; up: Float64Array; b2: Band } {
  if (n1.identity || n2.identity) return standInBands(n1, n2, inp);
  const { a, lo, up, b2 } = diffBands(n1, n2, inp);
  return { a1: a, a12: null, lo, up, b2 };
}

export const quantizeLayer: LayerImpl<QuantizeNode> = {
  linear: false,
  signSplit: false,
  elementwise: true,

  /** Entries whose box spans more than one step: tighter input bounds tighten their band. */
  markReads(_node, need, [out]) {
    for (let i = 0; i < need.length; i++) if (need[i] !== 0) out[i] = 1;
  },

  markOpenInputs(node, pre, want) {
    if (node.identity) return;
    for (let i = 0; i < want.length; i++) {
      const { cl, cu } = codeRange(node, i, pre.lower[i], pre.upper[i]);
      if (cl < cu) want[i] = 1;
    }
  },

  /** Scales, zero points and ranges may differ between twins: every rule above allows it. */
  asRelus: () => null,

  structureMismatch() {
    return null;
  },

  candidatePairs() {
    return null;
  },

  /** No linear relaxation of its own: constant forms of the interval bounds. */
  forwardLinear(node, forms, inputs) {
    return constantForms(quantizeLayer.interval(node, inputs), forms[0].n);
  },

  forward(node, [x]) {
    if (node.identity) return Float64Array.from(x);
    const y = new Float64Array(node.size);
    for (let i = 0; i < node.size; i++) y[i] = node.scale[i] * (codeOf(node, i, x[i]) - node.zero[i]);
    return y;
  },

  /**
   * onnxruntime's float32 QuantizeLinear → DequantizeLinear (src/onnx/ops/quantize.ts folds
   * constants the same way): code = clip(round_half_even(fl(x / s)) + z), y = fl((code − z)·s).
   */
  forward32(node, [x]) {
    if (node.identity) return Float64Array.from(x);
    const y = new Float64Array(node.size);
    for (let i = 0; i < node.size; i++) {
      const s = Math.fround(node.scale[i]);
      const c = clip(node, roundHalfEven(Math.fround(x[i] / s)) + node.zero[i]);
      y[i] = Math.fround((c - node.zero[i]) * s);
    }
    return y;
  },

  /**
   * fl(x̂/s) (or x̂·fl(1/s)) is x′/s for some |x′ − x̂| ≤ γ₂|x̂|, so the float32 code is the
   * exact code of x′, |x′ − x| ≤ e′ = e + γ₂(max(|l|, |u|) + e). Q is monotone, so Q(x′) and
   * Q(x) both lie in [Q(l − e′), Q(u + e′)] (0 apart when that is one step), and
   * |Q(x′) − Q(x)| ≤ |x′ − x| + s (|Q − clip| ≤ s/2, clip 1-Lipschitz); then fl((code − z)·s)
   * adds u·|y|. A scale that is not a float32 number moves the steps: no bound (Infinity).
   */
  float32Error(node, [x], [e]) {
    if (node.identity) return Float64Array.from(e);
    const out = new Float64Array(node.size);
    for (let i = 0; i < node.size; i++) {
      const s = node.scale[i];
      if (Math.fround(s) !== s) {
        out[i] = Infinity;
        continue;
      }
      const mag = Math.max(Math.abs(x.lower[i]), Math.abs(x.upper[i])) + e[i];
      const ep = e[i] + gamma32(2) * mag + ETA32;
      const { cl, cu } = codeRange(node, i, x.lower[i] - ep, x.upper[i] + ep);
      const lo = s * (cl - node.zero[i]);
      const hi = s * (cu - node.zero[i]);
      const jump = Math.min(ep + s, hi - lo);
      const ymag = Math.max(Math.abs(lo), Math.abs(hi));
      out[i] = errorUp(jump + U32 * ymag + ETA32, Math.max(mag, ymag));
    }
    return out;
  },

  float32PairError(node, inputs, errs, i, j) {
    const e = quantizeLayer.float32Error(node, inputs, errs);
    return e[i] + e[j];
  },

  /** An identity stand-in passes λ; a quantiser is not linear in its error: C = Σ |λ_i|·e_out,i (float32Error). */
  float32Backward(node, lam, inputs, errs) {
    if (node.identity) return { lams: [Float64Array.from(lam)], constant: 0 };
    const e = quantizeLayer.float32Error(node, inputs, errs);
    let constant = 0;
    for (let i = 0; i < lam.length; i++) if (lam[i] !== 0) constant += Math.abs(lam[i]) * e[i];
    return { lams: [new Float64Array(lam.length)], constant: constant + roundingSlack(constant) };
  },

  interval(node, [x]) {
    if (node.identity) return { lower: Float64Array.from(x.lower), upper: Float64Array.from(x.upper) };
    const n = node.size;
    const lower = new Float64Array(n);
    const upper = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const { cl, cu } = codeRange(node, i, x.lower[i], x.upper[i]);
      lower[i] = node.scale[i] * (cl - node.zero[i]);
      upper[i] = node.scale[i] * (cu - node.zero[i]);
    }
    return { lower, upper };
  },

  encode(node, [input], _out, b, prefix) {
    const n = node.size;
    const cols = new Int32Array(n).fill(-1);
    const aux = new Int32Array(3 * n).fill(-1);
    if (node.identity) return { cols: Int32Array.from(input.enc.cols), aux };
    const { lower: l, upper: u } = input.bounds;
    for (let i = 0; i < n; i++) {
      const x = input.enc.cols[i];
      if (x < 0) continue; // the constant 0 input: Q(0) = 0
      const s = node.scale[i];
      const z = node.zero[i];
      const { cl, cu, rawL, rawU } = codeRange(node, i, l[i], u[i]);
      if (cl === cu) {
        const c = s * (cl - z);
        if (c !== 0) cols[i] = b.addCol(c, c, `${prefix}_${i}`);
        continue;
      }
      if (!Number.isFinite(l[i]) || !Number.isFinite(u[i])) throw new Error(`${prefix}_${i}: the MILP needs finite bounds on a quantised value`);
      const q = b.addInteger(cl, cu, `${prefix}_q_${i}`);
      const y = b.addCol(s * (cl - z), s * (cu - z), `${prefix}_${i}`);
      b.addRow([y, q], [1, -s], -s * z, -s * z, `${prefix}_deq_${i}`);
      cols[i] = y;
      aux[3 * i] = q;
      if (rawL < node.qmin) {
        const dl = b.addBinary(`${prefix}_dl_${i}`);
        const ml = Math.max(s * (node.qmin - z - 0.5) - l[i], 0) * (1 + 1e-9) + 1e-9 * s;
        b.addRow([q, dl], [1, cu - node.qmin], -Infinity, cu, `${prefix}_satlo_${i}`);
        b.addRow([x, q, dl], [1, -s, ml], -s * z - s / 2, Infinity, `${prefix}_rlo_${i}`);
        aux[3 * i + 1] = dl;
      } else {
        b.addRow([x, q], [1, -s], -s * z - s / 2, Infinity, `${prefix}_rlo_${i}`);
      }
      if (rawU > node.qmax) {
        const dh = b.addBinary(`${prefix}_dh_${i}`);
        const mh = Math.max(u[i] - s * (node.qmax - z + 0.5), 0) * (1 + 1e-9) + 1e-9 * s;
        b.addRow([q, dh], [1, -(node.qmax - cl)], cl, Infinity, `${prefix}_sathi_${i}`);
        b.addRow([x, q, dh], [1, -s, -mh], -Infinity, -s * z + s / 2, `${prefix}_rhi_${i}`);
        aux[3 * i + 2] = dh;
      } else {
        b.addRow([x, q], [1, -s], -Infinity, -s * z + s / 2, `${prefix}_rhi_${i}`);
      }
    }
    return { cols, aux };
  },

  backward(node, lam, m, [x]) {
    const n = node.size;
    if (node.identity) return { lams: [Float64Array.from(lam)], bias: new Float64Array(m) };
    const out = new Float64Array(m * n);
    const bias = new Float64Array(m);
    const { slope, bLow, bUp } = bands(node, x);
    for (let r = 0; r < m; r++) {
      const row = r * n;
      let bsum = 0;
      for (let i = 0; i < n; i++) {
        const v = lam[row + i];
        if (v === 0) continue;
        out[row + i] = v * slope[i];
        bsum += v * (v >= 0 ? bLow[i] : bUp[i]);
      }
      bias[r] = bsum;
    }
    return { lams: [out], bias };
  },

  relaxedForward(node, lam, [g], [x]) {
    if (node.identity) return Float64Array.from(g);
    const { slope, bLow, bUp } = bands(node, x);
    const out = new Float64Array(g.length);
    for (let i = 0; i < g.length; i++) out[i] = slope[i] * g[i] + (lam[i] >= 0 ? bLow[i] : bUp[i]);
    return out;
  },

  diffInterval(n1, n2, [{ d, b1, b2 }]) {
    const n = n1.size;
    const lower = new Float64Array(n).fill(-Infinity);
    const upper = new Float64Array(n).fill(Infinity);
    if (n1.identity || n2.identity) {
      for (let i = 0; i < n; i++) {
        const r1 = residual(n1, i, b1.lower[i], b1.upper[i]);
        const r2 = residual(n2, i, b2.lower[i], b2.upper[i]);
        if (!r1 || !r2) continue;
        const lo = d.lower[i] + r1.lo - r2.up;
        const up = d.upper[i] + r1.up - r2.lo;
        const slack = roundingSlack(Math.abs(d.lower[i]) + Math.abs(d.upper[i]) + Math.abs(r1.lo) + Math.abs(r1.up) + Math.abs(r2.lo) + Math.abs(r2.up));
        lower[i] = lo - slack;
        upper[i] = up + slack;
      }
      return { lower, upper };
    }
    for (let i = 0; i < n; i++) {
      const dl = d.lower[i];
      const du = d.upper[i];
      const half = 0.5 * (n1.scale[i] + n2.scale[i]);
      const tighten = (lo: number, up: number): void => {
        const s = roundingSlack(Math.abs(lo) + Math.abs(up) + half);
        lower[i] = Math.max(lower[i], lo - s);
        upper[i] = Math.min(upper[i], up + s);
      };
      if (unsaturated(n1, i, b1.lower[i], b1.upper[i]) && unsaturated(n2, i, b2.lower[i], b2.upper[i])) tighten(dl - half, du + half);
      if (sameQuantizer(n1, n2, i)) {
        const s = n1.scale[i];
        tighten(dl < 0 ? s * Math.ceil(dl / s - 1 - TOL) : 0, du > 0 ? s * Math.floor(du / s + 1 + TOL) : 0);
      } else if (n1.scale[i] * (n1.qmin - n1.zero[i]) === n2.scale[i] * (n2.qmin - n2.zero[i])
        && n1.scale[i] * (n1.qmax - n1.zero[i]) === n2.scale[i] * (n2.qmax - n2.zero[i])) {
        tighten(Math.min(0, dl) - half, Math.max(0, du) + half);
      }
    }
    return { lower, upper };
  },

  diffBackward(n1, n2, cd, c2, m, [inp]): DiffBackwardStep {
    const n = n1.size;
    const { a1, a12, lo, up, b2 } = twinStep(n1, n2, inp);
    const cdOut = new Float64Array(m * n);
    const c2Out = new Float64Array(m * n);
    const bias = new Float64Array(m);
    const biasMag = new Float64Array(m);
    for (let r = 0; r < m; r++) {
      const row = r * n;
      let s = 0;
      let mag = 0;
      for (let i = 0; i < n; i++) {
        const vd = cd[row + i];
        const v2 = c2[row + i];
        if (vd !== 0) {
          cdOut[row + i] = vd * a1[i];
          if (a12) c2Out[row + i] += vd * a12[i];
          const t = vd * (vd >= 0 ? lo[i] : up[i]);
          s += t;
          mag += Math.abs(t);
        }
        if (v2 !== 0) {
          c2Out[row + i] += v2 * b2.slope[i];
          const t = v2 * (v2 >= 0 ? b2.bLow[i] : b2.bUp[i]);
          s += t;
          mag += Math.abs(t);
        }
      }
      bias[r] = s;
      biasMag[r] = mag;
    }
    return { cds: [cdOut], c2s: [c2Out], bias, biasMag };
  },

  diffRelaxedForward(n1, n2, cd, c2, [g], [inp]): DiffValues {
    const n = n1.size;
    const { a1, a12, lo, up, b2 } = twinStep(n1, n2, inp);
    const d = new Float64Array(n);
    const v2 = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const off = cd[i] >= 0 ? lo[i] : up[i];
      d[i] = a12 ? a1[i] * g.d[i] + a12[i] * g.v2[i] + off : a1[i] * g.d[i] + off;
      v2[i] = b2.slope[i] * g.v2[i] + (c2[i] >= 0 ? b2.bLow[i] : b2.bUp[i]);
    }
    return { d, v2 };
  },

  start(node, enc, [x], outAct, colValue) {
    if (node.identity) return; // no columns of its own
    for (let i = 0; i < node.size; i++) {
      const q = enc.aux[3 * i];
      if (q < 0) {
        // A stable element's fixed column holds its constant, which is the forward value.
        if (enc.cols[i] >= 0) colValue[enc.cols[i]] = outAct[i];
        continue;
      }
      const c = codeOf(node, i, x[i]);
      colValue[q] = c;
      colValue[enc.cols[i]] = outAct[i];
      const dl = enc.aux[3 * i + 1];
      const dh = enc.aux[3 * i + 2];
      if (dl >= 0) colValue[dl] = c === node.qmin ? 1 : 0;
      if (dh >= 0) colValue[dh] = c === node.qmax ? 1 : 0;
    }
  },

  vjp(node, _inputs, _out, gOut) {
    if (node.identity) return [Float64Array.from(gOut)];
    // Q is piecewise constant: its derivative is 0 wherever it exists (all but the ties).
    return [new Float64Array(node.size)];
  },

  /** The rounding step of the solver's code q: [s(q − z − ½), s(q − z + ½)], open-ended at saturation. */
  inputCell(node, enc, colValue) {
    if (node.identity) return null;
    const lower = new Float64Array(node.size).fill(-Infinity);
    const upper = new Float64Array(node.size).fill(Infinity);
    let encoded = false;
    for (let i = 0; i < node.size; i++) {
      const qc = enc.aux[3 * i];
      if (qc < 0) continue;
      const q = Math.round(colValue[qc]);
      const s = node.scale[i];
      const z = node.zero[i];
      if (q > node.qmin) lower[i] = s * (q - z - 0.5);
      if (q < node.qmax) upper[i] = s * (q - z + 0.5);
      encoded = true;
    }
    return encoded ? { lower, upper } : null;
  },

  surrogateVjp(node, [x], _out, gOut) {
    if (node.identity) return [Float64Array.from(gOut)];
    const g = new Float64Array(node.size);
    for (let i = 0; i < node.size; i++) {
      const raw = roundHalfEven(x[i] / node.scale[i]) + node.zero[i];
      if (raw >= node.qmin && raw <= node.qmax) g[i] = gOut[i];
    }
    return [g];
  },
};
