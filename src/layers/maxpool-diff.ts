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
 * The decoupled form is used when its worst-case gap, Σ over non-dominated twins of
 * (max_s u_s − l_t), is at most the width of the constant interval.
 */
import type { Bounds } from '../ir/bounds.js';
import type { MaxPoolNode } from '../ir/network.js';
import type { DiffBackwardStep, DiffInput } from './layer.js';

interface WindowInfo {
  readonly pick: Int32Array;
  readonly dominant: Uint8Array;
  readonly top: Float64Array;
}

/** CROWN's choice per window (maxpool.ts backward): the pick, whether it dominates, the top upper bound. */
function windows(node: MaxPoolNode, a: Bounds): WindowInfo {
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

interface PoolRelax {
  readonly w1: WindowInfo;
  readonly w2: WindowInfo;
  readonly decoupled: Uint8Array;
  readonly dlo: Float64Array;
  readonly dhi: Float64Array;
}

const cache = new WeakMap<Bounds, { readonly b1: Bounds; readonly b2: Bounds; readonly node: MaxPoolNode; readonly relax: PoolRelax }>();

function poolRelax(node: MaxPoolNode, { d, b1, b2 }: DiffInput): PoolRelax {
  const hit = cache.get(d);
  if (hit && hit.b1 === b1 && hit.b2 === b2 && hit.node === node) return hit.relax;
  const w1 = windows(node, b1);
  const w2 = windows(node, b2);
  const n = node.size;
  const decoupled = new Uint8Array(n);
  const dlo = new Float64Array(n);
  const dhi = new Float64Array(n);
  for (let o = 0; o < n; o++) {
    let lo = Infinity;
    let hi = -Infinity;
    let l1 = -Infinity;
    let l2 = -Infinity;
    for (let q = node.windowStarts[o]; q < node.windowStarts[o + 1]; q++) {
      const t = node.windowIndices[q];
      lo = Math.min(lo, d.lower[t]);
      hi = Math.max(hi, d.upper[t]);
      l1 = Math.max(l1, b1.lower[t]);
      l2 = Math.max(l2, b2.lower[t]);
    }
    dlo[o] = Math.max(lo, l1 - w2.top[o]);
    dhi[o] = Math.min(hi, w1.top[o] - l2);
    if (dlo[o] > dhi[o]) dlo[o] = dhi[o] = Math.min(hi, Math.max(lo, 0.5 * (dlo[o] + dhi[o])));
    const gap = (w1.dominant[o] ? 0 : w1.top[o] - b1.lower[w1.pick[o]]) + (w2.dominant[o] ? 0 : w2.top[o] - b2.lower[w2.pick[o]]);
    decoupled[o] = gap <= dhi[o] - dlo[o] ? 1 : 0;
  }
  const relax = { w1, w2, decoupled, dlo, dhi };
  cache.set(d, { b1, b2, node, relax });
  return relax;
}

export function maxPoolDiffBackward(node: MaxPoolNode, cd: Float64Array, c2: Float64Array, m: number, [input]: readonly DiffInput[]): DiffBackwardStep {
  const n = node.size;
  const inSize = input.d.lower.length;
  const { w1, w2, decoupled, dlo, dhi } = poolRelax(node, input);
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
      let e2 = c;
      if (decoupled[o]) {
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
