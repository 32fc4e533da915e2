/**
 * Pair bounds for max-pool windows (PairDiffs, src/layers/layer.ts): symbolic bounds on the
 * differences a_α − a_β between the two candidates of each undecided window, in each twin and
 * in the twins' difference.
 *
 * Why. A window with two joint candidates is relaxed through δ = a²_α − a²_β and δd = d_α − d_β
 * (maxpool-diff.ts, mode 3), and the quality of its planes depends on the ranges of δ, δd and
 * δ + δd. Differences of the entries' own bounds give ranges about twice as wide as each
 * entry's, while the entries (neighbouring convolution outputs) share most of their dependence
 * on the input, so that symbolic bounds of the difference itself are far tighter.
 *
 * How. For the objective e_α − e_β on node p (the window's input): CROWN's backward pass on
 * each twin (crown.ts, `backwardToInput`, with the twin's bounds) bounds v¹_α − v¹_β and
 * v²_α − v²_β, and the differential pass (diff-backward.ts, Cd = e_α − e_β, C2 = 0) bounds
 * d_α − d_β, each from below and (negated) from above and concretised with outward rounding.
 * Each is a sound bound on the quantity over the box, whatever bounds of nodes ≤ p it used, as
 * long as those are sound; so any consumer may intersect them with its own ranges.
 */
import type { PairDiffs } from '../layers/layer.js';
import { backwardToInput, concretizeLower } from './crown.js';
import { concretizeDiffLower, diffBackwardToInput } from './diff-backward.js';
import type { TwinState } from './types.js';

/** Pairs processed at once (two rows each), to cap the memory of the dense coefficient matrices. */
const CHUNK = 64;

/**
 * Pair bounds for the candidate pairs of the layers reading node p (LayerImpl.candidatePairs:
 * the two-candidate windows of max-pools), from sound bounds of nodes 0 … p of both twins and
 * of their difference; null when there are none.
 */
export function poolPairDiffs(s: TwinState, p: number, candidates: readonly { readonly i: Int32Array; readonly j: Int32Array }[]): PairDiffs | null {
  const { b1, b2 } = s;
  const { n1, n2 } = s.twins;
  const i: number[] = [];
  const j: number[] = [];
  const seen = new Set<number>();
  const size = n1.nodes[p].size;
  for (const w of candidates) {
    w.i.forEach((a, k) => {
      const key = a * size + w.j[k];
      if (seen.has(key)) return;
      seen.add(key);
      i.push(a);
      j.push(w.j[k]);
    });
  }
  if (i.length === 0) return null;
  const n = i.length;
  const out = { v1: empty(n), v2: empty(n), d: empty(n) };
  const box = b1[0];
  for (let c = 0; c < n; c += CHUNK) {
    const part = [...Array(Math.min(CHUNK, n - c)).keys()].map(k => c + k);
    const m = 2 * part.length;
    // Rows 2r and 2r+1 hold ±(e_α − e_β): both ends in one pass.
    const lam = new Float64Array(m * size);
    part.forEach((k, r) => {
      lam[2 * r * size + i[k]] = 1;
      lam[2 * r * size + j[k]] = -1;
      lam[(2 * r + 1) * size + i[k]] = -1;
      lam[(2 * r + 1) * size + j[k]] = 1;
    });
    const lo1 = concretizeLower(backwardToInput(n1, p, lam, m, b1), m, box);
    const lo2 = concretizeLower(backwardToInput(n2, p, lam, m, b2), m, box);
    const loD = concretizeDiffLower(diffBackwardToInput(s, p, lam, new Float64Array(m * size), m), m, box);
    part.forEach((k, r) => {
      for (const [b, lo] of [[out.v1, lo1], [out.v2, lo2], [out.d, loD]] as const) {
        b.lower[k] = lo[2 * r];
        b.upper[k] = -lo[2 * r + 1];
      }
    });
  }
  return { i: Int32Array.from(i), j: Int32Array.from(j), ...out };
}

function empty(n: number): { lower: Float64Array; upper: Float64Array } {
  return { lower: new Float64Array(n), upper: new Float64Array(n) };
}
