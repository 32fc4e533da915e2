/**
 * Symbolic twin-aware backward step through two matched max-pool nodes (same windows).
 *
 * For an output o with window W, y¹ = max_t a¹_t and y² = max_t a²_t, where a¹_t = a²_t + d_t.
 * The objective term is cd·d_y + c2·y² with d_y = y¹ − y². Two sound relaxations, chosen per
 * output (the choice is a heuristic; both are sound):
 *
 * 1. Decoupled: cd·d_y + c2·y² = cd·y¹ + (c2 − cd)·y² (an identity), and each of e·y¹, e·y² is
 *    bounded below by CROWN's max rule (maxpool.ts) on that twin's bounds: y ≥ a_t for the pick t
 *    (largest lower bound), so e ≥ 0 takes e·a_t; e < 0 takes e·a_t when t dominates (l_t ≥ u_s
 *    for every other s, then y = a_t exactly) and else the constant e·max_s u_s (y ≤ max_s u_s).
 *    For N1, a¹_t = d_t + a²_t, so e·a¹_t contributes e to both coefficients of t. When both
 *    windows are dominated this is exact (d_y = d_{t1} + a²_{t1} − a²_{t2}).
 * 2. Constant: max is monotone and 1-Lipschitz in L∞, so d_y ∈ [min_t dl_t, max_t du_t]; also
 *    d_y ∈ [max_t l¹_t − max_t u²_t, max_t u¹_t − max_t l²_t]. cd·d_y ≥ cd·(lower end) for cd ≥ 0,
 *    cd·(upper end) for cd < 0, and c2·y² takes CROWN's max rule on N2 as in 1.
 * 3. Two candidates (the usual 2-wide pooling of a 1-D CNN): if only inputs α and β can be the
 *    max in either twin (candidates below), then y = a_β + relu(a_α − a_β) in both twins, so with
 *    δ = a²_α − a²_β and δd = d_α − d_β (hence a¹_α − a¹_β = δ + δd),
 *        d_y = d_β + f(δ, δd),   y² = a²_β + relu(δ),   f(a, d) = relu(a + d) − relu(a),
 *    exactly the ReLU difference of relu-diff.ts, over δ ∈ [l²_α − u²_β, u²_α − l²_β],
 *    δd ∈ [dl_α − du_β, du_α − dl_β], δ + δd ∈ [l¹_α − u¹_β, u¹_α − l¹_β] (each widened by its
 *    rounding slack). Its planes and CROWN's lines for relu(δ) give a sound linear lower bound in
 *    (d_α, d_β, a²_α, a²_β). One candidate t: d_y = d_t and y² = a²_t exactly.
 *    When the input's difference bounds carry pair bounds for (α, β) (PairDiffs: sound bounds
 *    on a²_α − a²_β, d_α − d_β and a¹_α − a¹_β, from symbolic passes, src/bounds/pool-pairs.ts),
 *    the three ranges above are intersected with them: an intersection of sound ranges of the
 *    same quantities, so R still contains every reachable (δ, δd) and the planes stay sound.
 * With one or two joint candidates, 3 is used; otherwise the decoupled form 1 is used when its worst-case gap, Σ over non-dominated twins of
 * (max_s u_s − l_t), is at most the width of the constant interval.
 *
 * Interval difference (`maxPoolDiffInterval`): let C_N be the window inputs that can be the
 * strict max in twin N (the pick t*, with the largest lower bound L, and every t with u_t > L;
 * any other t has a_t ≤ u_t ≤ L ≤ a_{t*}, so dropping it leaves the max unchanged). With
 * C = C¹ ∪ C², y¹ = max_{t∈C} a¹_t and y² = max_{t∈C} a²_t, and max is monotone and 1-Lipschitz
 * in L∞, so min_{t∈C} d_t ≤ d_y ≤ max_{t∈C} d_t. When both twins' windows are decided by the
 * same input t, this is d_y = d_t exactly.
 */
import type { Bounds } from '../ir/bounds.js';
import type { MaxPoolNode } from '../ir/network.js';
import { roundingSlack } from '../ir/bounds.js';
import type { DiffBackwardStep, DiffInput, DiffValues, PairDiffs } from './layer.js';
import { reluDiffPlanes } from './relu-diff.js';

interface WindowInfo {
  readonly pick: Int32Array;
  readonly dominant: Uint8Array;
  readonly top: Float64Array;
}

/**
 * CROWN's relaxation per window o (maxpool.ts `backward`): y ≥ a_pick (the input with the
 * largest lower bound, ties to the largest upper bound); y = a_pick when it dominates its window
 * (no other input's upper bound exceeds its lower bound); else y ≤ top, the largest upper bound.
 */
export function windowRelaxation(node: MaxPoolNode, a: Bounds): WindowInfo {
  const n = node.size;
  const pick = new Int32Array(n);
  const dominant = new Uint8Array(n);
  const top = new Float64Array(n);
  for (let o = 0; o < n; o++) {
    const s = node.windowStarts[o];
    const e = node.windowStarts[o + 1];
    let best = node.windowIndices[s];
    let hi = -Infinity;
    for (let q = s; q < e; q++) {
      const t = node.windowIndices[q];
      hi = Math.max(hi, a.upper[t]);
      if (a.lower[t] > a.lower[best] || (a.lower[t] === a.lower[best] && a.upper[t] > a.upper[best])) best = t;
    }
    let dom = 1;
    for (let q = s; q < e; q++) {
      const t = node.windowIndices[q];
      if (t !== best && a.upper[t] > a.lower[best]) dom = 0;
    }
    pick[o] = best;
    dominant[o] = dom;
    top[o] = hi;
  }
  return { pick, dominant, top };
}

/** Marks in `keep` (by window position q) the inputs that can be the strict max of window o. */
function markCandidates(node: MaxPoolNode, o: number, a: Bounds, keep: Uint8Array): void {
  const s = node.windowStarts[o];
  const e = node.windowStarts[o + 1];
  let star = s;
  for (let q = s + 1; q < e; q++) {
    const t = node.windowIndices[q];
    const ts = node.windowIndices[star];
    if (a.lower[t] > a.lower[ts] || (a.lower[t] === a.lower[ts] && a.upper[t] > a.upper[ts])) star = q;
  }
  const top = a.lower[node.windowIndices[star]];
  for (let q = s; q < e; q++) if (q === star || a.upper[node.windowIndices[q]] > top) keep[q] = 1;
}

/** Sound bounds of y¹ − y² over the windows' joint candidates (see the file doc). */
export function maxPoolDiffInterval(node: MaxPoolNode, { d, b1, b2 }: DiffInput): Bounds {
  const keep = new Uint8Array(node.windowIndices.length);
  const lower = new Float64Array(node.size);
  const upper = new Float64Array(node.size);
  for (let o = 0; o < node.size; o++) {
    markCandidates(node, o, b1, keep);
    markCandidates(node, o, b2, keep);
    let lo = Infinity;
    let hi = -Infinity;
    for (let q = node.windowStarts[o]; q < node.windowStarts[o + 1]; q++) {
      if (!keep[q]) continue;
      const t = node.windowIndices[q];
      lo = Math.min(lo, d.lower[t]);
      hi = Math.max(hi, d.upper[t]);
    }
    lower[o] = lo;
    upper[o] = hi;
  }
  return { lower, upper };
}

export interface PoolRelax {
  readonly w1: WindowInfo;
  readonly w2: WindowInfo;
  /** Per output: 0 constant, 1 decoupled, 2 one candidate (α), 3 two candidates (α, β). */
  readonly mode: Uint8Array;
  readonly dlo: Float64Array;
  readonly dhi: Float64Array;
  readonly alphaIdx: Int32Array;
  readonly betaIdx: Int32Array;
  /** Two-candidate outputs: planes of f (p, q, r lower then upper) and relu(δ)'s CROWN lines. */
  readonly low: Float64Array;
  readonly up: Float64Array;
  readonly lineLow: Float64Array;
  readonly lineUp: Float64Array;
  readonly lineIcpt: Float64Array;
}

/**
 * The windows with exactly two joint candidates (the inputs that can be the max in either
 * twin, see markCandidates), as pairs (α, β) in window order: those relaxed by the
 * ReLU-difference rule (mode 3), whose pair bounds pay.
 */
export function twoCandidatePairs(node: MaxPoolNode, b1: Bounds, b2: Bounds): { readonly i: Int32Array; readonly j: Int32Array } {
  const keep = new Uint8Array(node.windowIndices.length);
  const i: number[] = [];
  const j: number[] = [];
  for (let o = 0; o < node.size; o++) {
    markCandidates(node, o, b1, keep);
    markCandidates(node, o, b2, keep);
    const joint: number[] = [];
    for (let q = node.windowStarts[o]; q < node.windowStarts[o + 1]; q++) if (keep[q]) joint.push(node.windowIndices[q]);
    if (joint.length === 2) {
      i.push(joint[0]);
      j.push(joint[1]);
    }
  }
  return { i: Int32Array.from(i), j: Int32Array.from(j) };
}

/** The intersection of two sound intervals for one quantity (crossing only by rounding: their midpoint). */
function meet(l: number, u: number, l2: number, u2: number): [number, number] {
  const lo = Math.max(l, l2);
  const hi = Math.min(u, u2);
  return lo <= hi ? [lo, hi] : [0.5 * (lo + hi), 0.5 * (lo + hi)];
}

/** Bounds of x − y from bounds of x and y, widened by the subtraction's rounding. */
function minus(xl: number, xu: number, yl: number, yu: number): [number, number] {
  const s = roundingSlack(Math.abs(xl) + Math.abs(xu) + Math.abs(yl) + Math.abs(yu));
  return [xl - yu - s, xu - yl + s];
}


/** The window relaxation of a max-pool pair, once per sweep, node and input bounds triple. */
function poolRelax(node: MaxPoolNode, input: DiffInput): PoolRelax {
  return input.memo.poolRelax.get(input, () => computePoolRelax(node, input), node);
}

function computePoolRelax(node: MaxPoolNode, input: DiffInput): PoolRelax {
  const { d, b1, b2 } = input;
  const w1 = windowRelaxation(node, b1);
  const w2 = windowRelaxation(node, b2);
  const n = node.size;
  const mode = new Uint8Array(n);
  const dlo = new Float64Array(n);
  const dhi = new Float64Array(n);
  const alphaIdx = new Int32Array(n);
  const betaIdx = new Int32Array(n);
  const low = new Float64Array(3 * n);
  const up = new Float64Array(3 * n);
  const lineLow = new Float64Array(n);
  const lineUp = new Float64Array(n);
  const lineIcpt = new Float64Array(n);
  const keep = new Uint8Array(node.windowIndices.length);
  const cand = maxPoolDiffInterval(node, input);
  const inSize = d.lower.length;
  const pairIndex = new Map<number, number>();
  d.pairs?.i.forEach((i, k) => pairIndex.set(i * inSize + (d.pairs as PairDiffs).j[k], k));
  for (let o = 0; o < n; o++) {
    const lo = cand.lower[o];
    const hi = cand.upper[o];
    let l1 = -Infinity;
    let l2 = -Infinity;
    for (let q = node.windowStarts[o]; q < node.windowStarts[o + 1]; q++) {
      const t = node.windowIndices[q];
      l1 = Math.max(l1, b1.lower[t]);
      l2 = Math.max(l2, b2.lower[t]);
    }
    dlo[o] = Math.max(lo, l1 - w2.top[o]);
    dhi[o] = Math.min(hi, w1.top[o] - l2);
    if (dlo[o] > dhi[o]) dlo[o] = dhi[o] = Math.min(hi, Math.max(lo, 0.5 * (dlo[o] + dhi[o])));
    markCandidates(node, o, b1, keep);
    markCandidates(node, o, b2, keep);
    const joint: number[] = [];
    for (let q = node.windowStarts[o]; q < node.windowStarts[o + 1]; q++) if (keep[q]) joint.push(node.windowIndices[q]);
    if (joint.length === 1) {
      mode[o] = 2;
      alphaIdx[o] = joint[0];
      continue;
    }
    if (joint.length === 2) {
      const [ta, tb] = joint;
      mode[o] = 3;
      alphaIdx[o] = ta;
      betaIdx[o] = tb;
      let [l2, u2] = minus(b2.lower[ta], b2.upper[ta], b2.lower[tb], b2.upper[tb]);
      let [dl, du] = minus(d.lower[ta], d.upper[ta], d.lower[tb], d.upper[tb]);
      let [l1, u1] = minus(b1.lower[ta], b1.upper[ta], b1.lower[tb], b1.upper[tb]);
      const k = pairIndex.get(ta * inSize + tb);
      if (k !== undefined && d.pairs) {
        // Sound bounds on the same three differences (PairDiffs): intersect.
        const p = d.pairs;
        [l2, u2] = meet(l2, u2, p.v2.lower[k], p.v2.upper[k]);
        [dl, du] = meet(dl, du, p.d.lower[k], p.d.upper[k]);
        [l1, u1] = meet(l1, u1, p.v1.lower[k], p.v1.upper[k]);
      }
      const pl = reluDiffPlanes(l2, u2, dl, du, l1, u1);
      low.set([pl.lower.p, pl.lower.q, pl.lower.r], 3 * o);
      up.set([pl.upper.p, pl.upper.q, pl.upper.r], 3 * o);
      if (l2 >= 0) {
        lineLow[o] = 1;
        lineUp[o] = 1;
      } else if (u2 > 0) {
        lineUp[o] = u2 / (u2 - l2);
        lineIcpt[o] = -lineUp[o] * l2;
        lineLow[o] = u2 >= -l2 ? 1 : 0;
      }
      continue;
    }
    const gap = (w1.dominant[o] ? 0 : w1.top[o] - b1.lower[w1.pick[o]]) + (w2.dominant[o] ? 0 : w2.top[o] - b2.lower[w2.pick[o]]);
    mode[o] = gap <= dhi[o] - dlo[o] ? 1 : 0;
  }
  return { w1, w2, mode, dlo, dhi, alphaIdx, betaIdx, low, up, lineLow, lineUp, lineIcpt };
}

export function maxPoolDiffBackward(node: MaxPoolNode, cd: Float64Array, c2: Float64Array, m: number, [input]: readonly DiffInput[]): DiffBackwardStep {
  const n = node.size;
  const inSize = input.d.lower.length;
  const { w1, w2, mode, dlo, dhi, alphaIdx, betaIdx, low, up, lineLow, lineUp, lineIcpt } = poolRelax(node, input);
  const outD = new Float64Array(m * inSize);
  const out2 = new Float64Array(m * inSize);
  const bias = new Float64Array(m);
  const biasMag = new Float64Array(m);
  for (let r = 0; r < m; r++) {
    const row = r * n;
    const orow = r * inSize;
    let bsum = 0;
    let bmag = 0;
    const constant = (t: number): void => {
      bsum += t;
      bmag += Math.abs(t);
    };
    for (let o = 0; o < n; o++) {
      const a = cd[row + o];
      const c = c2[row + o];
      if (a === 0 && c === 0) continue;
      if (mode[o] === 2) {
        outD[orow + alphaIdx[o]] += a;
        out2[orow + alphaIdx[o]] += c;
        continue;
      }
      if (mode[o] === 3) {
        // a·(d_β + f(δ, δd)) + c·(a²_β + relu(δ)), δ = a²_α − a²_β, δd = d_α − d_β.
        const ta = orow + alphaIdx[o];
        const tb = orow + betaIdx[o];
        const pl = a >= 0 ? low : up;
        let pCoef = 0;
        let qCoef = 0;
        if (a !== 0) {
          pCoef = a * pl[3 * o];
          qCoef = a * pl[3 * o + 1];
          constant(a * pl[3 * o + 2]);
        }
        if (c >= 0) pCoef += c * lineLow[o];
        else {
          pCoef += c * lineUp[o];
          constant(c * lineIcpt[o]);
        }
        outD[tb] += a - qCoef;
        outD[ta] += qCoef;
        out2[ta] += pCoef;
        out2[tb] += c - pCoef;
        continue;
      }
      let e2 = c;
      if (mode[o] === 1) {
        // a·y¹ by CROWN's rule on N1, with a¹_t = d_t + a²_t.
        if (a >= 0 || w1.dominant[o]) {
          outD[orow + w1.pick[o]] += a;
          out2[orow + w1.pick[o]] += a;
        } else constant(a * w1.top[o]);
        e2 = c - a;
      } else if (a !== 0) constant(a >= 0 ? a * dlo[o] : a * dhi[o]);
      if (e2 === 0) continue;
      if (e2 >= 0 || w2.dominant[o]) out2[orow + w2.pick[o]] += e2;
      else constant(e2 * w2.top[o]);
    }
    bias[r] = bsum;
    biasMag[r] = bmag;
  }
  return { cds: [outD], c2s: [out2], bias, biasMag };
}

/**
 * The relaxed forward map of `maxPoolDiffBackward` for one row (cd, c2): per output, the values
 * at input values g of the linear functions the step chose for d_y (the part multiplied by cd)
 * and for y² (the part multiplied by c2), with the same sign tests, so that
 * cd·out.d + c2·out.v2 is the step's linear function at g. In the decoupled mode the step bounds
 * cd·Y¹ + (c2 − cd)·Y² with Y¹, Y² the chosen pieces for y¹, y², i.e. d_y ↦ Y¹ − Y², y² ↦ Y².
 */
export function maxPoolDiffRelaxedForward(node: MaxPoolNode, cd: Float64Array, c2: Float64Array, g: DiffValues, input: DiffInput): DiffValues {
  const { w1, w2, mode, dlo, dhi, alphaIdx, betaIdx, low, up, lineLow, lineUp, lineIcpt } = poolRelax(node, input);
  const n = node.size;
  const d = new Float64Array(n);
  const v2 = new Float64Array(n);
  // N2's piece for y² when its coefficient is e: the pick, or the top constant (CROWN's max rule).
  const y2 = (o: number, e: number): number => (e >= 0 || w2.dominant[o] ? g.v2[w2.pick[o]] : w2.top[o]);
  for (let o = 0; o < n; o++) {
    const a = cd[o];
    const c = c2[o];
    if (mode[o] === 2) {
      d[o] = g.d[alphaIdx[o]];
      v2[o] = g.v2[alphaIdx[o]];
    } else if (mode[o] === 3) {
      const ta = alphaIdx[o];
      const tb = betaIdx[o];
      const delta = g.v2[ta] - g.v2[tb];
      const deltaD = g.d[ta] - g.d[tb];
      const pl = a >= 0 ? low : up;
      d[o] = g.d[tb] + pl[3 * o] * delta + pl[3 * o + 1] * deltaD + pl[3 * o + 2];
      v2[o] = g.v2[tb] + (c >= 0 ? lineLow[o] * delta : lineUp[o] * delta + lineIcpt[o]);
    } else if (mode[o] === 1) {
      const p1 = w1.pick[o];
      const y1 = a >= 0 || w1.dominant[o] ? g.d[p1] + g.v2[p1] : w1.top[o];
      v2[o] = y2(o, c - a);
      d[o] = y1 - v2[o];
    } else {
      d[o] = a >= 0 ? dlo[o] : dhi[o];
      v2[o] = y2(o, c);
    }
  }
  return { d, v2 };
}
