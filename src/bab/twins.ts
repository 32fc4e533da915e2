/**
 * The twins branch and bound works on: both networks with their max-pool windows rewritten as
 * ReLU trees (src/layers/lower.ts), so that a window is something the search can split (the
 * sign of a − b decides which input is the max), score, and pass to the MILP with big-M
 * constants from bounds on a − b itself, which the symbolic passes make far tighter than the
 * difference of a's and b's own bounds. The rewrite is exact in the reals; witnesses are
 * re-evaluated on the original networks by the caller (end.ts).
 */
import type { Bounds } from '../ir/bounds.js';
import type { Network } from '../ir/network.js';
import type { TwinBounds } from '../bounds/types.js';
import { denseChain, inputSensitivity } from '../bounds/dense-diff.js';
import { lowerWithMap } from '../layers/lower.js';
import { pairTwins } from '../layers/twin-pair.js';
import type { BabTwins } from './bound.js';

export interface LoweredTwins extends BabTwins {
  /** Whether either network was rewritten (else n1, n2 are the originals themselves). */
  readonly lowered: boolean;
  /** Per node id of each original, the id of the rewritten node computing its value. */
  readonly map1: Int32Array;
  readonly map2: Int32Array;
}

/**
 * The search's twins: lowered (max-pool windows as ReLU trees) unless `lower` is false, when they
 * are the originals themselves (the windows relaxed by the sweeps, encoded as max-pool by the
 * MILP leaves, never split).
 */
export function babTwins(n1: Network, n2: Network, lower = true): LoweredTwins {
  const same = (net: Network) => ({ net, map: Int32Array.from(net.nodes, (_n, i) => i) });
  const [a, b] = lower ? [lowerWithMap(n1), lowerWithMap(n2)] : [same(n1), same(n2)];
  const chain = denseChain(a.net, b.net);
  const weight = chain && inputSensitivity(chain);
  return { n1: a.net, n2: b.net, matched: pairTwins(a.net, b.net).ok, lowered: a.net !== n1 || b.net !== n2, map1: a.map, map2: b.map, ...(weight ? { inputWeight: weight } : {}) };
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
