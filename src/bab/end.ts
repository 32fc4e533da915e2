/**
 * One LRSM end (min or max of ρ(x; i, j) over D) by branch and bound, as the same EndResult
 * that the monolithic MILP gives (src/rsm/solve-end.ts): max ρ(i, j) = −min ρ(j, i), so both
 * ends are minimisations of a difference objective. The witness is re-evaluated by our float64
 * forward pass on the original pair; the bound is the search's global lower bound (never an
 * incumbent), intersected with the relaxation bound the caller already has.
 */
import type { Bounds } from '../ir/bounds.js';
import { type Network, outputSize } from '../ir/network.js';
import type { Sense } from '../milp/model.js';
import { type Pair, rhoAt, rhoCoefficients } from '../rsm/objective.js';
import type { EndResult } from '../rsm/solve-end.js';
import type { TwinBounds } from '../bounds/types.js';
import { type BabQuery, type BabRun, branchAndBound, gapTolerance } from './driver.js';
import { babTwins, type LoweredTwins, originalBounds } from './twins.js';

export interface BabEndQuery extends BabRun {
  readonly n1: Network;
  readonly n2: Network;
  readonly box: Bounds;
  readonly pair: Pair;
  readonly sense: Sense;
  /** Points of D: x₀ and the attack's points. */
  readonly starts: readonly Float64Array[];
  /** A sound bound of this end from a relaxation (≤ min for 'minimize', ≥ max for 'maximize'). */
  readonly relaxedBound: number;
  /** The search's twins, babTwins(n1, n2) (given when an expander shares them). */
  readonly twins?: LoweredTwins;
  /** Sound per-node bounds of the search's twins over the box, shared by the ends of a row (BabQuery.rootBounds). */
  readonly rootBounds?: { bounds?: TwinBounds };
  /** The end's best bounds so far as the search goes (in this end's sense: its value lies in [lower, upper]). */
  readonly onProgress?: (p: { readonly lower: number; readonly upper: number; readonly nodes: number; readonly open: number }) => void;
}

/**
 * The driver's query fields every search on one row's twins shares: the search's twins (with the
 * originals' root MILP when they are lowered), the row's per-node bounds of them, the solver, the
 * limits and gaps, the configuration and the expander.
 */
export function rowSearch(n1: Network, n2: Network, twins: LoweredTwins, q: BabRun & { readonly rootBounds?: { bounds?: TwinBounds } }): BabRun & Pick<BabQuery, 'twins' | 'rootLeaf' | 'rootBounds'> {
  return {
    twins,
    ...(twins.lowered ? { rootLeaf: { twins: { n1, n2, matched: twins.matched }, bounds: (tb: TwinBounds) => originalBounds(twins, tb) } } : {}),
    ...(q.rootBounds ? { rootBounds: q.rootBounds } : {}),
    solver: q.solver,
    timeLimitSec: q.timeLimitSec,
    mipRelGap: q.mipRelGap,
    mipAbsGap: q.mipAbsGap,
    ...(q.config ? { config: q.config } : {}),
    ...(q.expander ? { expander: q.expander } : {}),
  };
}

export async function babEnd(q: BabEndQuery): Promise<EndResult> {
  const { n1, n2, pair, sense } = q;
  const s = sense === 'minimize' ? 1 : -1;
  const minPair: Pair = s > 0 ? pair : [pair[1], pair[0]];
  const { c1, c2 } = rhoCoefficients(outputSize(n1), minPair, 1);
  const twins = q.twins ?? babTwins(n1, n2);
  const r = await branchAndBound({
    ...rowSearch(n1, n2, twins, q),
    objective: { c1, c2 },
    box: q.box,
    starts: q.starts,
    knownLower: s * q.relaxedBound,
    ...(q.onProgress ? { onProgress: p => q.onProgress?.({ lower: s > 0 ? p.bound : -p.best, upper: s > 0 ? p.best : -p.bound, nodes: p.nodes, open: p.open }) } : {}),
  });
  const value = rhoAt(n1, n2, r.witness.x, pair);
  let bound = s * r.bound;
  let boundRepaired = r.boundRepaired;
  if (s * value < s * bound) {
    bound = value;
    boundRepaired = true;
  }
  const exact = Math.abs(value - bound) <= gapTolerance(value, q.mipRelGap, q.mipAbsGap);
  const history = r.history.map(h => ({ seconds: h.seconds, bound: s * h.bound, best: s * h.best }));
  return {
    bound,
    witness: { value, x: r.witness.x },
    status: exact ? 'exact' : 'bounded',
    boundRepaired,
    solver: { outcome: exact ? 'optimal' : 'timeLimit', dualBound: bound, objective: value, nodes: r.nodes, seconds: r.seconds },
    bab: { nodes: r.nodes, maxDepth: r.maxDepth, leavesToMilp: r.leavesToMilp, open: r.open, gap: Math.abs(value - bound), history },
  };
}
