/**
 * The dense differential pass (NeuroDiff, Paulsen, Wang, Wang, Wang, Wang, ASE 2020) for twins
 * that are chains of single-input affine layers (Gemm / MatMul+Add, dense or sparse) and ReLUs
 * of the same shapes (ACAS Xu's .nnet pairs). Forward, layer by layer, in the network input x
 * (few inputs: ACAS Xu has 5), it keeps linear lower and upper forms (src/layers/linear-forms.ts)
 * of
 *   - every node of N1 and of N2 (each twin's own step from the op table: the layer kinds'
 *     `forwardLinear`, as src/bounds/forward-linear.ts), and
 *   - the difference δ = v² − v¹ of every pair of corresponding nodes (the steps below; note the
 *     sign: N2 minus N1, as NeuroDiff and the property z²ₜ − z¹ₜ, the opposite of
 *     TwinBounds.diff = v¹ − v²),
 * and after each node intersects the concrete bounds: v² ∈ v¹ + δ, v¹ ∈ v² − δ, δ ∈ v² − v¹
 * (so a ReLU whose N2 input is pinned by N1's bound and a tiny δ is found stable).
 *
 * Why it is tight where the per-node sweeps are not: on a small box most ReLUs of both twins are
 * stable and δ passes through them exactly as a linear form, while the ΔW·a¹ term, with ΔW the
 * 1e-3-relative float16 rounding, is small however loose a¹'s forms are. The backward sweeps
 * (diff-linear.ts) instead re-derive every node from concrete bounds of its inputs.
 *
 * Steps, each sound for every x in the box (all forms hold pointwise in x):
 *   Affine, v¹ = W¹u¹ + b¹, v² = W²u² + b²: with u² = u¹ + δ_in,
 *       δ = v² − v¹ = W²·δ_in + (W² − W¹)·u¹ + (b² − b¹)              (exact identity),
 *     each coefficient picks δ_in's (or u¹'s) lower or upper form by its sign, so the lower form
 *     of the sum is ≤ δ and the upper ≥ δ. ΔW = fl(W² − W¹) and Δb are exact in float64 for
 *     same-sign values within a factor 2 (Sterbenz), and off by ≤ 2⁻⁵³ relative otherwise; that
 *     and the sums' rounding are covered by roundingSlack of the summed magnitudes.
 *   ReLU, δ' = relu(z²) − relu(z¹), z² = z¹ + δ, with concrete z¹ ∈ [l₁, u₁], z² ∈ [l₂, u₂],
 *   δ ∈ [dl, du] (NeuroDiff's cases):
 *     1. u₁ ≤ 0, u₂ ≤ 0 (both inactive):  δ' = 0.
 *     2. l₁ ≥ 0, l₂ ≥ 0 (both active):    δ' = δ, its forms pass unchanged.
 *     3. l₁ ≥ 0, u₂ ≤ 0:                  δ' = −z¹, forms [−up(z¹), −lo(z¹)].
 *     4. u₁ ≤ 0, l₂ ≥ 0:                  δ' = z², N2's pre-activation forms.
 *     5. otherwise (a twin unstable): every candidate below is a sound lower (upper) form; the
 *        one with the larger minimum (smaller maximum) over the box is kept, and the concrete
 *        bound is intersected with all of them:
 *        (g) relu is monotone and 1-Lipschitz, so min(δ, 0) ≤ δ' ≤ max(δ, 0). With dl < 0 < du,
 *            max(δ, 0) is convex and below its chord s·(δ − dl), s = du/(du − dl) ≥ 0, so
 *            δ' ≤ s·(up(δ) − dl); min(δ, 0) is concave and above its chord dl + t·(δ − dl),
 *            t = −dl/(du − dl) ≥ 0, so δ' ≥ dl + t·(lo(δ) − dl). If dl ≥ 0 (du ≤ 0) the
 *            bounds are [0, δ] ([δ, 0]).
 *        (r) δ' = relu(z²) − relu(z¹) ≥ lo(relu z²) − up(relu z¹), and ≤ up(relu z²) − lo(relu z¹),
 *            from both twins' ReLU forms.
 *        (a) l₁ ≥ 0 (N1 active): δ' = relu(z¹ + δ) − z¹ ≥ δ, the lower form lo(δ).
 *        (b) l₂ ≥ 0 (N2 active): δ' = z² − relu(z²− δ) ≤ δ, the upper form up(δ).
 *        (c) u₁ ≤ 0: δ' = relu(z²) ≥ 0;  (d) u₂ ≤ 0: δ' = −relu(z¹) ≤ 0.
 * The objective c₁ᵀz¹ + c₂ᵀz² = (c₁ + c₂)ᵀz¹ + c₂ᵀδ at the logits (for NeuroDiff's z²ₜ − z¹ₜ just
 * δₜ) is bounded from the forms of z¹ and δ, and also from the forms of z¹ and z² apart; the
 * larger lower bound is kept.
 *
 * A network that is not such a chain (any other kind, a node reading a node other than the one
 * before it, shapes that differ) gets `null` from denseChain once, and the
 * callers fall back to the general engine.
 */
import { type Bounds, intersectBounds, roundingSlack } from '../ir/bounds.js';
import type { AffineNode, Network } from '../ir/network.js';
import { formMagnitudes } from '../layers/affine.js';
import { boxMagnitude, concretise, identityForms, type LinearForms, minOverBox } from '../layers/linear-forms.js';
import { layerOf } from '../layers/registry.js';
import { pairTwins } from '../layers/twin-pair.js';
import { crownBounds } from './crown.js';
import { differentialBounds } from './diff.js';
import { linearDiffBounds } from './diff-linear.js';
import { objectiveLower } from './forward-linear.js';
import type { BoundsMethod, TwinBounds } from './types.js';

/** One affine node of the chain in both twins, with ΔW = W² − W¹ dense (rows × cols) and Δb. */
interface ChainAffine {
  readonly kind: 'affine';
  readonly id: number;
  readonly rows: number;
  readonly cols: number;
  /** W² dense, row-major. */
  readonly w2: Float64Array;
  readonly dw: Float64Array;
  readonly db: Float64Array;
}

interface ChainRelu {
  readonly kind: 'relu';
  readonly id: number;
}

export interface DenseChain {
  readonly n1: Network;
  readonly n2: Network;
  readonly steps: readonly (ChainAffine | ChainRelu)[];
}

function dense(a: AffineNode): Float64Array {
  const w = a.terms[0];
  const out = new Float64Array(w.rows * w.cols);
  for (let r = 0; r < w.rows; r++) for (let q = w.starts[r]; q < w.starts[r + 1]; q++) out[r * w.cols + w.indices[q]] += w.values[q];
  return out;
}

/** Largest dense matrix the pass builds (rows × cols); larger layers fall back to the general engine. */
const MAX_DENSE = 1 << 20;

const chains = new WeakMap<Network, WeakMap<Network, DenseChain | null>>();

/**
 * The chain view of two twins, or null when they are not single-input affine/ReLU chains of
 * equal shapes ending at the output (see the file doc). Built once per pair of network objects
 * (auto's engine choice, every split end and every bab worker's expansions ask for it).
 */
export function denseChain(n1: Network, n2: Network): DenseChain | null {
  let byN2 = chains.get(n1);
  if (!byN2) chains.set(n1, (byN2 = new WeakMap()));
  let c = byN2.get(n2);
  if (c === undefined) byN2.set(n2, (c = buildChain(n1, n2)));
  return c;
}

function buildChain(n1: Network, n2: Network): DenseChain | null {
  if (n1.nodes.length !== n2.nodes.length || n1.output !== n2.output || n1.output !== n1.nodes.length - 1) return null;
  const steps: (ChainAffine | ChainRelu)[] = [];
  for (let id = 1; id < n1.nodes.length; id++) {
    const a = n1.nodes[id];
    const b = n2.nodes[id];
    if (a.kind !== b.kind || a.size !== b.size || a.inputs.length !== 1 || b.inputs.length !== 1 || a.inputs[0] !== id - 1 || b.inputs[0] !== id - 1) return null;
    if (a.kind === 'relu' && b.kind === 'relu') {
      // Any pre-activation: the step only reads the previous node's forms and bounds.
      steps.push({ kind: 'relu', id });
    } else if (a.kind === 'affine' && b.kind === 'affine') {
      const cols = n1.nodes[id - 1].size;
      if (a.size * cols > MAX_DENSE) return null;
      const w1 = dense(a);
      const w2 = dense(b);
      steps.push({ kind: 'affine', id, rows: a.size, cols, w2, dw: Float64Array.from(w2, (v, i) => v - w1[i]), db: Float64Array.from(b.bias, (v, i) => v - a.bias[i]) });
    } else return null;
  }
  return { n1, n2, steps };
}

/**
 * How strongly each input drives the first affine layer of N1 that mixes inputs: Σⱼ |Wⱼᵢ|·|sᵢ|,
 * with s the product of the diagonal affine steps before it (a .nnet twin's clamping and
 * normalisation) and the ReLUs between taken as identities. A branching weight for input splits
 * (width × weight: the inputs that make the ReLUs unstable), not a bound; null when no layer mixes.
 */
export function inputSensitivity(chain: DenseChain): Float64Array | null {
  let scale: Float64Array | null = null;
  for (const st of chain.steps) {
    if (st.kind !== 'affine') continue;
    const { rows, cols } = st;
    const w = st.w2;
    const diagonal = rows === cols && w.every((v, k) => v === 0 || Math.floor(k / cols) === k % cols);
    scale ??= new Float64Array(cols).fill(1);
    if (diagonal) {
      for (let i = 0; i < cols; i++) scale[i] *= w[i * cols + i];
      continue;
    }
    const out = new Float64Array(cols);
    for (let j = 0; j < rows; j++) for (let i = 0; i < cols; i++) out[i] += Math.abs(w[j * cols + i]);
    for (let i = 0; i < cols; i++) out[i] *= Math.abs(scale[i]);
    return out;
  }
  return null;
}

export interface DensePass {
  /** Forms of every node of N1, of N2, and of δ = v² − v¹ (index = node id; 0 is the input). */
  readonly f1: readonly LinearForms[];
  readonly f2: readonly LinearForms[];
  readonly fd: readonly LinearForms[];
  /** Concrete bounds of the same, intersected as the file doc says. */
  readonly b1: readonly Bounds[];
  readonly b2: readonly Bounds[];
  readonly bd: readonly Bounds[];
}

function tighter(a: Bounds, b: Bounds): Bounds {
  const m = a.lower.length;
  const lower = new Float64Array(m);
  const upper = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    lower[i] = a.lower[i] > b.lower[i] ? a.lower[i] : b.lower[i];
    upper[i] = a.upper[i] < b.upper[i] ? a.upper[i] : b.upper[i];
  }
  return { lower, upper };
}

/** Bounds of x + s·y (s = ±1) from bounds of x and y, rounded outward. */
function sum(x: Bounds, y: Bounds, s: 1 | -1): Bounds {
  const lower = new Float64Array(x.lower.length);
  const upper = new Float64Array(x.lower.length);
  for (let i = 0; i < lower.length; i++) {
    const yl = s > 0 ? y.lower[i] : -y.upper[i];
    const yu = s > 0 ? y.upper[i] : -y.lower[i];
    const l = x.lower[i] + yl;
    const u = x.upper[i] + yu;
    lower[i] = l - roundingSlack(Math.abs(x.lower[i]) + Math.abs(yl));
    upper[i] = u + roundingSlack(Math.abs(x.upper[i]) + Math.abs(yu));
  }
  return { lower, upper };
}

/**
 * Keeps lower and upper bounds ordered after intersections: sound bounds can only cross by
 * rounding (the box has points), so a crossing is closed at its midpoint.
 */
function settle(b: Bounds): Bounds {
  for (let i = 0; i < b.lower.length; i++) {
    if (b.lower[i] > b.upper[i]) {
      const m = 0.5 * (b.lower[i] + b.upper[i]);
      b.lower[i] = m;
      b.upper[i] = m;
    }
  }
  return b;
}

/** δ_out = W²·δ_in + ΔW·u¹ + Δb (file doc, "Affine"). */
function affineDelta(s: ChainAffine, fd: LinearForms, f1: LinearForms, mag: Float64Array): LinearForms {
  const n = fd.n;
  const { rows, cols, w2, dw, db } = s;
  const lo = new Float64Array(rows * n);
  const up = new Float64Array(rows * n);
  const lb = Float64Array.from(db);
  const ub = Float64Array.from(db);
  const m = Float64Array.from(db, Math.abs);
  const md = formMagnitudes(fd, mag);
  const m1 = formMagnitudes(f1, mag);
  for (let r = 0; r < rows; r++) {
    const ro = r * n;
    for (let c = 0; c < cols; c++) {
      const co = c * n;
      // W²·δ_in, then ΔW·u¹: each weight picks the lower or upper form by its sign.
      for (let pass = 0; pass < 2; pass++) {
        const v = pass === 0 ? w2[r * cols + c] : dw[r * cols + c];
        if (v === 0) continue;
        const f = pass === 0 ? fd : f1;
        const a = v >= 0 ? f.lo : f.up;
        const b = v >= 0 ? f.up : f.lo;
        for (let j = 0; j < n; j++) {
          lo[ro + j] += v * a[co + j];
          up[ro + j] += v * b[co + j];
        }
        lb[r] += v * (v >= 0 ? f.lb[c] : f.ub[c]);
        ub[r] += v * (v >= 0 ? f.ub[c] : f.lb[c]);
        m[r] += Math.abs(v) * (pass === 0 ? md[c] : m1[c]);
      }
    }
    const sl = roundingSlack(m[r]);
    lb[r] -= sl;
    ub[r] += sl;
  }
  return { n, lo, lb, up, ub };
}

/** Row i of a form side as (coefficients, constant) copied into out at row i. */
function setRow(out: Float64Array, outC: Float64Array, i: number, n: number, a: Float64Array, c: number, scale: number, shift: number): void {
  for (let k = 0; k < n; k++) out[i * n + k] = scale * a[i * n + k];
  outC[i] = scale * c + shift;
}

/**
 * δ' = relu(z²) − relu(z¹) (file doc, "ReLU"), from the pre-activation bounds p1, p2, pd and
 * forms g1, g2, gd, and both twins' ReLU forms r1, r2.
 */
function reluDelta(box: Bounds, mag: Float64Array, p1: Bounds, p2: Bounds, pd: Bounds, g1: LinearForms, g2: LinearForms, gd: LinearForms, r1: LinearForms, r2: LinearForms): LinearForms {
  const n = gd.n;
  const size = gd.lb.length;
  const lo = new Float64Array(size * n);
  const up = new Float64Array(size * n);
  const lb = new Float64Array(size);
  const ub = new Float64Array(size);
  const md = formMagnitudes(gd, mag);
  const mr1 = formMagnitudes(r1, mag);
  const mr2 = formMagnitudes(r2, mag);
  const cand = new Float64Array(n);
  const neg = new Float64Array(n);
  // min over the box of a candidate lower form (coefficients cand, constant c).
  const minOf = (c: number): number => minOverBox(cand, 0, c, box);
  const maxOf = (c: number): number => {
    for (let k = 0; k < n; k++) neg[k] = -cand[k];
    return -minOverBox(neg, 0, -c, box);
  };
  for (let i = 0; i < size; i++) {
    const [l1, u1, l2, u2] = [p1.lower[i], p1.upper[i], p2.lower[i], p2.upper[i]];
    const o = i * n;
    if (u1 <= 0 && u2 <= 0) continue; // 1: zero forms.
    if (l1 >= 0 && l2 >= 0) {
      setRow(lo, lb, i, n, gd.lo, gd.lb[i], 1, 0);
      setRow(up, ub, i, n, gd.up, gd.ub[i], 1, 0);
      continue;
    }
    if (l1 >= 0 && u2 <= 0) {
      setRow(lo, lb, i, n, g1.up, g1.ub[i], -1, 0);
      setRow(up, ub, i, n, g1.lo, g1.lb[i], -1, 0);
      continue;
    }
    if (u1 <= 0 && l2 >= 0) {
      setRow(lo, lb, i, n, g2.lo, g2.lb[i], 1, 0);
      setRow(up, ub, i, n, g2.up, g2.ub[i], 1, 0);
      continue;
    }
    // 5: candidates; keep the best of each side.
    const dl = pd.lower[i];
    const du = pd.upper[i];
    let bestLo = -Infinity;
    const tryLo = (c: number): void => {
      const v = minOf(c);
      if (v > bestLo) {
        bestLo = v;
        lo.set(cand, o);
        lb[i] = c;
      }
    };
    let bestUp = Infinity;
    const tryUp = (c: number): void => {
      const v = maxOf(c);
      if (v < bestUp) {
        bestUp = v;
        up.set(cand, o);
        ub[i] = c;
      }
    };
    // (g) lower: min(δ, 0).
    if (dl >= 0) {
      cand.fill(0);
      tryLo(0);
    } else if (du <= 0) {
      cand.set(gd.lo.subarray(o, o + n));
      tryLo(gd.lb[i]);
    } else {
      const t = -dl / (du - dl);
      for (let k = 0; k < n; k++) cand[k] = t * gd.lo[o + k];
      tryLo(t * gd.lb[i] + (1 - t) * dl - roundingSlack(t * md[i] + Math.abs(dl)));
    }
    // (g) upper: max(δ, 0).
    if (du <= 0) {
      cand.fill(0);
      tryUp(0);
    } else if (dl >= 0) {
      cand.set(gd.up.subarray(o, o + n));
      tryUp(gd.ub[i]);
    } else {
      const s = du / (du - dl);
      for (let k = 0; k < n; k++) cand[k] = s * gd.up[o + k];
      tryUp(s * (gd.ub[i] - dl) + roundingSlack(s * (md[i] + Math.abs(dl))));
    }
    // (r) both twins' ReLU forms.
    const rm = roundingSlack(mr1[i] + mr2[i]);
    for (let k = 0; k < n; k++) cand[k] = r2.lo[o + k] - r1.up[o + k];
    tryLo(r2.lb[i] - r1.ub[i] - rm);
    for (let k = 0; k < n; k++) cand[k] = r2.up[o + k] - r1.lo[o + k];
    tryUp(r2.ub[i] - r1.lb[i] + rm);
    // (a)–(d).
    if (l1 >= 0) {
      cand.set(gd.lo.subarray(o, o + n));
      tryLo(gd.lb[i]);
    }
    if (l2 >= 0) {
      cand.set(gd.up.subarray(o, o + n));
      tryUp(gd.ub[i]);
    }
    if (u1 <= 0) {
      cand.fill(0);
      tryLo(0);
    }
    if (u2 <= 0) {
      cand.fill(0);
      tryUp(0);
    }
  }
  return { n, lo, lb, up, ub };
}

/**
 * Rows of forms whose range over the box is more than SHARPEN × wider than the node's sound
 * concrete bounds (from the other twin and δ, or a prior) are replaced by those constant bounds:
 * both bound the same value, so either is sound, and later layers read the tighter one.
 */
const SHARPEN = 1.5;

function sharpen(f: LinearForms, wide: Bounds, tight: Bounds): LinearForms {
  const n = f.n;
  let out: { lo: Float64Array; lb: Float64Array; up: Float64Array; ub: Float64Array } | null = null;
  for (let i = 0; i < f.lb.length; i++) {
    const w = tight.upper[i] - tight.lower[i];
    if (!(wide.upper[i] - wide.lower[i] > SHARPEN * w + 1e-300)) continue;
    out ??= { lo: Float64Array.from(f.lo), lb: Float64Array.from(f.lb), up: Float64Array.from(f.up), ub: Float64Array.from(f.ub) };
    out.lo.fill(0, i * n, (i + 1) * n);
    out.up.fill(0, i * n, (i + 1) * n);
    out.lb[i] = tight.lower[i];
    out.ub[i] = tight.upper[i];
  }
  return out ? { n, ...out } : f;
}

/**
 * The dense differential pass over the chain on `box` (see the file doc). `prior`, when given,
 * holds sound bounds on the box of every node of each twin and of v¹ − v² (TwinBounds' sign),
 * e.g. a parent box's sweep in branch and bound: each node's bounds are intersected with them
 * before later nodes read them.
 */
export function denseDiffPass(chain: DenseChain, box: Bounds, prior?: TwinBounds): DensePass {
  const { n1, n2 } = chain;
  const n = box.lower.length;
  const mag = boxMagnitude(box);
  const zero = { lower: new Float64Array(n), upper: new Float64Array(n) };
  const f1: LinearForms[] = [identityForms(n)];
  const f2: LinearForms[] = [identityForms(n)];
  const fd: LinearForms[] = [{ n, lo: new Float64Array(n * n), lb: new Float64Array(n), up: new Float64Array(n * n), ub: new Float64Array(n) }];
  const b1: Bounds[] = [box];
  const b2: Bounds[] = [box];
  const bd: Bounds[] = [zero];
  for (const s of chain.steps) {
    const id = s.id;
    const a = n1.nodes[id];
    const b = n2.nodes[id];
    if (a.kind === 'input' || b.kind === 'input') throw new Error('unreachable: input node in the chain');
    const in1 = [b1[id - 1]];
    const in2 = [b2[id - 1]];
    const g1 = layerOf(a).forwardLinear(a, [f1[id - 1]], in1, mag);
    const g2 = layerOf(b).forwardLinear(b, [f2[id - 1]], in2, mag);
    let gd: LinearForms;
    if (s.kind === 'affine') gd = affineDelta(s, fd[id - 1], f1[id - 1], mag);
    else gd = reluDelta(box, mag, b1[id - 1], b2[id - 1], bd[id - 1], f1[id - 1], f2[id - 1], fd[id - 1], g1, g2);
    const w1 = concretise(g1, box);
    const w2 = concretise(g2, box);
    let v1 = tighter(w1, layerOf(a).interval(a, in1));
    // N2's interval step is skipped: v² ∈ v¹ + δ below is at least as tight on these twins.
    let v2 = w2;
    const wd = concretise(gd, box);
    let d = wd;
    if (prior) {
      v1 = tighter(v1, prior.n1[id]);
      v2 = tighter(v2, prior.n2[id]);
      const q = prior.diff?.[id];
      if (q) d = tighter(d, { lower: q.upper.map(v => -v), upper: q.lower.map(v => -v) });
    }
    if (s.kind === 'relu') {
      // Monotone, 1-Lipschitz: δ' between min(δ, 0) and max(δ, 0).
      const p = bd[id - 1];
      d = tighter(d, { lower: p.lower.map(v => Math.min(v, 0)), upper: p.upper.map(v => Math.max(v, 0)) });
    }
    d = settle(tighter(d, sum(v2, v1, -1)));
    v2 = settle(tighter(v2, sum(v1, d, 1)));
    v1 = settle(tighter(v1, sum(v2, d, -1)));
    f1.push(sharpen(g1, w1, v1));
    f2.push(sharpen(g2, w2, v2));
    fd.push(sharpen(gd, wd, d));
    b1.push(v1);
    b2.push(v2);
    bd.push(d);
  }
  return { f1, f2, fd, b1, b2, bd };
}

/** A pass's bounds as TwinBounds (whose diff is v¹ − v² = −δ). */
export function passBounds(p: DensePass): TwinBounds {
  return { n1: p.b1, n2: p.b2, diff: p.bd.map(d => ({ lower: d.upper.map(v => -v), upper: d.lower.map(v => -v) })) };
}

/**
 * Sound lower bound of min over the box of c₁ᵀz¹ + c₂ᵀz² from a pass: the forms of
 * (c₁ + c₂)ᵀz¹ + c₂ᵀδ, the forms of z¹ and z² apart, and the concrete bounds; the largest.
 */
export function denseObjectiveLower(chain: DenseChain, p: DensePass, c1: Float64Array, c2: Float64Array, box: Bounds): number {
  const out = chain.n1.output;
  const cs = Float64Array.from(c1, (v, k) => v + c2[k]);
  const viaDelta = objectiveLower(p.f1[out], cs, p.fd[out], c2, box).lower;
  const apart = objectiveLower(p.f1[out], c1, p.f2[out], c2, box).lower;
  let iv = 0;
  let ivMag = 0;
  for (let k = 0; k < c1.length; k++) {
    for (const [w, b] of [[cs[k], p.b1[out]], [c2[k], p.bd[out]]] as const) {
      const t = w * (w >= 0 ? b.lower[k] : b.upper[k]);
      iv += t;
      ivMag += Math.abs(t);
    }
  }
  return Math.max(viaDelta, apart, iv - roundingSlack(ivMag));
}

/** Proven range of z²ₜ − z¹ₜ on the box from one pass. */
export function denseDiffRange(chain: DenseChain, box: Bounds, t: number, prior?: TwinBounds): { lower: number; upper: number } {
  const p = denseDiffPass(chain, box, prior);
  const k = chain.n1.nodes[chain.n1.output].size;
  const c = new Float64Array(k);
  c[t] = 1;
  const m = c.map(v => -v);
  return { lower: denseObjectiveLower(chain, p, m, c, box), upper: -denseObjectiveLower(chain, p, c, m, box) };
}

/**
 * The pass as a bounds method (per-twin bounds and TwinBounds.diff = v¹ − v² = −δ), for dense
 * chains; other twins get `fallback`'s bounds.
 */
export function denseDiffMethod(fallback: BoundsMethod): BoundsMethod {
  return {
    name: 'dense-diff',
    compute(n1: Network, n2: Network, box: Bounds, sub, deadline): TwinBounds {
      const chain = denseChain(n1, n2);
      if (!chain || sub) return fallback.compute(n1, n2, box, sub, deadline);
      return { ...passBounds(denseDiffPass(chain, box)), note: `differential mode: dense (${n1.nodes.length - 1}/${n1.nodes.length - 1} nodes matched)` };
    },
  };
}

/**
 * The symbolic differential sweep of a sub-box (symbolicDiffMethod: CROWN per twin, the interval
 * and symbolic difference sweeps, diff-linear.ts) with sound bounds `prior` of a superset (a
 * parent box's), followed by the dense pass: every per-twin bound CROWN computes is intersected
 * with the prior's before later nodes read it, and the difference sweep starts from the
 * interval difference bounds ∩ the prior's. `crown: false` skips CROWN and starts from the
 * prior's per-twin bounds (cheaper, looser).
 */
export function sweepWithPrior(chain: DenseChain, box: Bounds, prior: TwinBounds, crown = true): DensePass {
  const { n1, n2 } = chain;
  const m = pairTwins(n1, n2);
  if (!m.ok) throw new Error(`unreachable: a dense chain's twins do not pair (${m.reason})`);
  const b1 = crown ? crownBounds(n1, box, (id, b) => intersectBounds(b, prior.n1[id])) : [box, ...prior.n1.slice(1)];
  const b2 = crown ? crownBounds(n2, box, (id, b) => intersectBounds(b, prior.n2[id])) : [box, ...prior.n2.slice(1)];
  const ref = differentialBounds(m.twins, b1, b2);
  const pd = prior.diff;
  const dIn = pd ? ref.diff.map((d, id) => (id === 0 ? d : intersectBounds(d, pd[id]))) : ref.diff;
  const sym = linearDiffBounds(m.twins, ref.n1, ref.n2, { dIn, poolPairs: false });
  return denseDiffPass(chain, box, { n1: sym.n1, n2: sym.n2, diff: sym.diff });
}
