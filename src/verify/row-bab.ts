/**
 * A row's branch-and-bound wiring (verifyRow): which twins the search runs on and the row's
 * per-node bounds of them (rowSweep), and one expander for the row whose searches (the ends, then
 * the exact implication's parts) take turns, so each has every thread for its whole time limit
 * (RowBab).
 */
import type { Bounds } from '../ir/bounds.js';
import type { Network } from '../ir/network.js';
import type { BoundsMethod, TwinBounds } from '../bounds/types.js';
import type { ExactImplication } from '../rsm/implication.js';
import type { EndResult } from '../rsm/solve-end.js';
import { type BabConfig, createExpander, type Expander } from '../bab/driver.js';
import { babEnd, type BabEndQuery } from '../bab/end.js';
import { babImplication, type BabImplicationQuery } from '../bab/implication.js';
import { babTwins, type LoweredTwins, originalBounds } from '../bab/twins.js';

/**
 * Under --method bab, the share of the row's end budget (2 · pairs · --time-limit) the lowered
 * twins' sweep may take before it stops and the search runs on the original twins (see rowSweep).
 * Measured side by side at 60 s per end, one pair (scripts/bench-bab-options.ts, variants share=0.25 share=0.4): on the EEG
 * CNN vs its pruned twin at ε = 1e-3 the lowered sweep takes 34 s alone (the originals' 24 s);
 * cut at 0.25 (30 s) the search ran on the originals and ended with relative gaps 40 / 226, at
 * 0.4 it finishes and the gaps are 1.2 / 8.0. On MNIST's max-pool convnet (a 90-339 s lowered
 * sweep, cut either way) 0.25 and 0.4 end with the same gaps, 7.6e-2 / 2.7e-1.
 */
export const LOWERED_SWEEP_SHARE = 0.4;

export interface RowSweep {
  /** Sound per-node bounds of the original twins over the box: the row's bounds. */
  readonly bounds: TwinBounds;
  /** The search's twins when the ends use bab (lowered, or the originals after a cut sweep); null otherwise. */
  readonly search: LoweredTwins | null;
  /** The search's twins' own per-node bounds when they are lowered and their sweep finished. */
  readonly searchBounds: TwinBounds | null;
}

/**
 * The row's sweep. Under --method bab (`bab`) the search runs on the lowered twins (max-pool
 * windows as ReLU trees, src/bab/twins.ts): their sweep is made once per row, gives the row's
 * bounds (read back onto the originals' nodes: sound, the same values) in place of a sweep of
 * the originals, and starts every end's root. Otherwise the originals are swept (under auto the
 * search may not run at all). The lowered twins' sweep can cost far more than the originals'
 * (MNIST's max-pool convnet: 90 s against 0.7 s, every window's tree rows back-substituted): it
 * gets LOWERED_SWEEP_SHARE of the row's end budget (`endBudgetSec`), and if it stops there, the
 * originals are swept and the search runs on them instead (ReLU splits only, windows relaxed).
 * Measured on that convnet's int8 twin at ε = 0.005, 60 s per end: final gaps 7.6e-2 / 2.7e-1
 * against 9.0e-2 / 3.0e-1 when the cut lowered sweep was merged with the originals' and searched
 * (benchmarks/README.md).
 */
export function rowSweep(n1: Network, n2: Network, box: Bounds, method: BoundsMethod, bab: boolean, endBudgetSec: number, timed: <T>(f: () => T) => T, share = LOWERED_SWEEP_SHARE): RowSweep {
  const originals = (): TwinBounds => timed(() => method.compute(n1, n2, box));
  if (!bab) return { bounds: originals(), search: null, searchBounds: null };
  const lowered = babTwins(n1, n2);
  if (!lowered.lowered) return { bounds: originals(), search: lowered, searchBounds: null };
  const deadline = { at: performance.now() + share * endBudgetSec * 1000, cut: false };
  const tb = timed(() => method.compute(lowered.n1, lowered.n2, box, undefined, deadline));
  if (tb.cut) return { bounds: originals(), search: babTwins(n1, n2, false), searchBounds: null };
  return { bounds: originalBounds(lowered, tb), search: lowered, searchBounds: tb };
}

/** The fields of a bab end or implication query that the row supplies (twins, root bounds, expander, configuration). */
type RowSupplied = 'n1' | 'n2' | 'twins' | 'rootBounds' | 'expander' | 'config';

export interface RowBab {
  end(q: Omit<BabEndQuery, RowSupplied>): Promise<EndResult>;
  implication(q: Omit<BabImplicationQuery, RowSupplied>, timed: <T>(f: () => Promise<T>) => Promise<T>): Promise<ExactImplication>;
  close(): Promise<void>;
}

/**
 * The row's searches on `search` (RowSweep.search, or babTwins of the originals under auto) with
 * one expander. Every search's root starts from the row's per-node bounds of the search's twins
 * (no sweep per end): the row's own when nothing is lowered, the lowered twins' sweep when it
 * finished; otherwise (under auto on lowered twins) the first end's root sweep (in a worker,
 * stopped at that end's time limit like the rest of its search) fills them in for the next.
 * The searches run one at a time, in the order they are asked for; an implication's seconds
 * (`timed`) count from its turn, not its wait behind the ends.
 */
export function rowBab(n1: Network, n2: Network, search: LoweredTwins, rowBounds: TwinBounds, searchBounds: TwinBounds | null, config: Partial<BabConfig> | undefined): RowBab {
  const expander: Expander = createExpander(search, config);
  const rootBounds: { bounds?: TwinBounds } = !search.lowered ? { bounds: rowBounds } : searchBounds ? { bounds: searchBounds } : {};
  const shared = { n1, n2, twins: search, rootBounds, expander, ...(config ? { config } : {}) };
  let turn: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(f: () => Promise<T>): Promise<T> => {
    const p = turn.then(f);
    turn = p.catch(() => undefined);
    return p;
  };
  return {
    end: q => inTurn(() => babEnd({ ...q, ...shared })),
    implication: (q, timed) => inTurn(() => timed(() => babImplication({ ...q, ...shared }))),
    close: () => expander.close(),
  };
}
