/**
 * The twins branch and bound works on: both networks with their max-pool windows rewritten as
 * ReLU trees (src/layers/lower.ts), so that a window is something the search can split (the
 * sign of a − b decides which input is the max), score, and pass to the MILP with big-M
 * constants from bounds on a − b itself, which the symbolic passes make far tighter than the
 * difference of a's and b's own bounds. The rewrite is exact in the reals; witnesses are
 * re-evaluated on the original networks by the caller (end.ts).
 */
import { type Bounds, intersectBounds } from '../ir/bounds.js';
import type { Network } from '../ir/network.js';
import type { TwinBounds } from '../bounds/types.js';
import { impliedDiff, shifted } from '../bounds/twin-bounds.js';
import { DiffMemo } from '../layers/diff-memo.js';
import { lowerWithMap } from '../layers/lower.js';
import { layerOf } from '../layers/registry.js';
import { pairTwins } from '../layers/twin-pair.js';
import type { BabTwins } from './bound.js';

export interface LoweredTwins extends BabTwins {
  /** Whether either network was rewritten (else n1, n2 are the originals themselves). */
  readonly lowered: boolean;
  /** Per node id of each original, the id of the rewritten node computing its value. */
  readonly map1: Int32Array;
  readonly map2: Int32Array;
}

export function babTwins(n1: Network, n2: Network): LoweredTwins {
  const [a, b] = [lowerWithMap(n1), lowerWithMap(n2)];
  return { n1: a.net, n2: b.net, matched: pairTwins(a.net, b.net).ok, lowered: a.net !== n1 || b.net !== n2, map1: a.map, map2: b.map };
}

const pick = (b: readonly Bounds[], map: Int32Array): Bounds[] => Array.from(map, id => b[id]);

/**
 * Bounds of the lowered twins' nodes read as bounds of the originals' nodes (each original node
 * takes the bounds of the node computing its value): sound, since the two compute the same
 * values. The difference bounds follow N1's map (matched twins pair node by node).
 */
export function originalBounds(t: LoweredTwins, tb: TwinBounds): TwinBounds {
  if (!t.lowered) return tb;
  const diff = tb.diff ? { diff: pick(tb.diff, t.map1) } : {};
  const previous = tb.previous ? { previous: { n1: pick(tb.previous.n1, t.map1), n2: pick(tb.previous.n2, t.map2), diff: pick(tb.previous.diff, t.map1) } } : {};
  return { n1: pick(tb.n1, t.map1), n2: pick(tb.n2, t.map2), ...diff, ...previous, ...(tb.note ? { note: tb.note } : {}) };
}

/** Per node id of the lowered network, the original node computing the same value, or −1. */
function inverse(map: Int32Array, size: number): Int32Array {
  const inv = new Int32Array(size).fill(-1);
  map.forEach((lowered, original) => {
    inv[lowered] = original;
  });
  return inv;
}

/**
 * Bounds of every node of the lowered twins from a sweep of them that stopped at its deadline
 * (`cut`: tight up to where it stopped, interval after) and a complete sweep of the originals
 * (`orig`, read onto the lowered nodes computing the same values: the convolutions, ReLUs and
 * each window's root): one interval pass over the lowered twins, each node's step from its
 * already merged inputs intersected with both, and for matched twins the same for their
 * difference, with v¹ ∈ v² + d and v² ∈ v¹ − d. Every term is a sound bound of the same value,
 * so the merge is sound, and never looser than either source at any node.
 */
export function mergedBounds(t: LoweredTwins, cut: TwinBounds, orig: TwinBounds): TwinBounds {
  const [inv1, inv2] = [inverse(t.map1, t.n1.nodes.length), inverse(t.map2, t.n2.nodes.length)];
  const withOrig = (b: Bounds, from: readonly Bounds[] | undefined, o: number): Bounds => (from && o >= 0 ? intersectBounds(b, from[o]) : b);
  const own = (net: Network, cutB: readonly Bounds[], origB: readonly Bounds[], inv: Int32Array): Bounds[] => {
    const out: Bounds[] = [cutB[0]];
    for (let id = 1; id < net.nodes.length; id++) {
      const node = net.nodes[id];
      if (node.kind === 'input') throw new Error('unreachable: input node after 0');
      out.push(withOrig(intersectBounds(layerOf(node).interval(node, node.inputs.map(i => out[i])), cutB[id]), origB, inv[id]));
    }
    return out;
  };
  const b1 = own(t.n1, cut.n1, orig.n1, inv1);
  const b2 = own(t.n2, cut.n2, orig.n2, inv2);
  const m = pairTwins(t.n1, t.n2);
  if (!m.ok || !cut.diff) return { n1: b1, n2: b2, cut: true, ...(cut.note ? { note: cut.note } : {}) };
  const memo = new DiffMemo();
  const diff: Bounds[] = [cut.diff[0]];
  for (const { id, a, b } of m.twins.pairs) {
    const inputs = a.inputs.map(i => ({ d: diff[i], b1: b1[i], b2: b2[i], memo }));
    const d = withOrig(intersectBounds(intersectBounds(layerOf(a).diffInterval(a, b, inputs), impliedDiff(b1[id], b2[id])), cut.diff[id]), orig.diff, inv1[id]);
    b1[id] = intersectBounds(b1[id], shifted(b2[id], d, 1));
    b2[id] = intersectBounds(b2[id], shifted(b1[id], d, -1));
    diff.push(d);
  }
  return { n1: b1, n2: b2, diff, cut: true, ...(cut.note ? { note: cut.note } : {}) };
}
