/**
 * The twins branch and bound works on: both networks with their max-pool windows rewritten as
 * ReLU trees (src/layers/lower.ts), so that a window is something the search can split (the
 * sign of a − b decides which input is the max), score, and pass to the MILP with big-M
 * constants from bounds on a − b itself, which the symbolic passes make far tighter than the
 * difference of a's and b's own bounds. The rewrite is exact in the reals; witnesses are
 * re-evaluated on the original networks by the caller (end.ts).
 */
import type { Network } from '../ir/network.js';
import { lowerToRelus } from '../layers/lower.js';
import { pairTwins } from '../layers/twin-pair.js';
import type { BabTwins } from './bound.js';

export function babTwins(n1: Network, n2: Network): BabTwins {
  const [l1, l2] = [lowerToRelus(n1), lowerToRelus(n2)];
  return { n1: l1, n2: l2, matched: pairTwins(l1, l2).ok };
}
