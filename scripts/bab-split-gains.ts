/**
 * What one ReLU split buys at the root of a branch-and-bound search (not a test; diagnosis for
 * issue 12): for one suite entry's row 0 and the end min ρ(I, J) over B∞(x₀, ε), on the search's
 * (lowered) twins with the bab sweep's bounds, prints and writes benchmarks/results/
 * split-gains-<stamp>.json with
 *   - the root's bound by each relaxation the nodes use: joint CROWN, α-diff (0/10/30 iterations)
 *     and joint α-CROWN (10 iterations, not used on matched twins);
 *   - for the best-scored unstable ReLUs (BaBSR-like score, bound.ts): both children's bounds
 *     (a) from the parent's bounds with the neuron clamped (the search's cheap child), cold and
 *     warm-started α; (b) after a full sweep of the child; (c) for the matched pair of neurons
 *     (N1's and N2's at the same position) split together, the worst of the four children.
 * A split helps the global bound by its worse child minus the root's bound.
 * Usage: node --import tsx scripts/bab-split-gains.ts SUITE ENTRY EPS I J [CANDIDATES]
 */
import { loadEntry, writeResults } from './bench-common.js';
import { babTwins } from '../src/bab/twins.js';
import { boundWith, sweepBounds, withSplit } from '../src/bab/bound.js';
import type { ReluSplit } from '../src/bab/subproblem.js';
import type { TwinBounds } from '../src/bounds/types.js';
import { alphaDiffLower } from '../src/bounds/alpha-diff.js';
import { alphaObjectiveLower } from '../src/bounds/alpha-crown.js';
import { twinState } from '../src/bounds/diff.js';
import { boundsFor } from '../src/verify/methods.js';
import { neighbourhood } from '../src/rsm/domain.js';
import { rhoCoefficients } from '../src/rsm/objective.js';
import { outputSize } from '../src/ir/network.js';

const [suite, name, epsS, pa, pb, candS] = process.argv.slice(2);
if (!suite || !name || !epsS || !pa || !pb) throw new Error('usage: bab-split-gains.ts SUITE ENTRY EPS I J [CANDIDATES]');
const eps = Number(epsS);
const candidates = Number(candS ?? 10);
const { entry, prepared, n1, n2 } = loadEntry(suite, name, [0], [eps]);
const box = neighbourhood(prepared.samples[0].x, eps, entry.domain);
const tw = babTwins(n1, n2);
let t0 = performance.now();
const tb = boundsFor('bab').compute(tw.n1, tw.n2, box);
const sweepSec = (performance.now() - t0) / 1000;
const { c1, c2 } = rhoCoefficients(outputSize(n1), [Number(pa), Number(pb)], 1);
const obj = { c1, c2 };
const root = boundWith(tw, obj, box, tb, { alphaIterations: 10, candidates });
const state = tb.diff ? twinState(tw.n1, tw.n2, tb.n1, tb.n2, tb.diff) : null;
const relaxations = {
  node: root.lower,
  alphaDiff: state ? Object.fromEntries([0, 10, 30].map(it => [it, alphaDiffLower(state, c1, { iterations: it }).lower])) : null,
  jointAlphaCrown10: alphaObjectiveLower(tw.n1, tb.n1, c1, tw.n2, tb.n2, c2, { iterations: 10 }).lower,
};
console.log(JSON.stringify({ sweepSec, unstable: root.unstable, relaxations }));
// A child's bound as the search computes it (boundWith: joint CROWN, α-diff, Lagrangian), +∞ when empty.
const childLower = (b: TwinBounds | null, splits: readonly ReluSplit[], warm: boolean): number => (b ? boundWith(tw, obj, box, b, { alphaIterations: 10, candidates: 1, ...(warm && root.alpha ? { start: root.alpha } : {}) }, splits).lower : Infinity);
const splits = root.relu.map(c => {
  const phases = ([1, -1] as const).map(phase => ({ net: c.net, node: c.node, index: c.index, phase }));
  const clamped = phases.map(s => withSplit(tb, s));
  t0 = performance.now();
  const swept = phases.map(s => childLower(sweepBounds(tw, { box, splits: [s], parent: tb }), [s], true));
  const sweepSecs = (performance.now() - t0) / 2000;
  const pair: number[] = [];
  for (const p1 of [1, -1] as const) {
    for (const p2 of [1, -1] as const) {
      const ss: ReluSplit[] = [{ net: 'n1', node: c.node, index: c.index, phase: p1 }, { net: 'n2', node: c.node, index: c.index, phase: p2 }];
      const b = ss.reduce<TwinBounds | null>((acc, s) => acc && withSplit(acc, s), tb);
      pair.push(childLower(b, ss, true));
    }
  }
  const row = {
    neuron: `${c.net} node ${c.node} (${tw[c.net].nodes[c.node].name}) [${c.index}]`,
    score: c.score,
    clampedCold: clamped.map((b, k) => childLower(b, [phases[k]], false)),
    clampedWarm: clamped.map((b, k) => childLower(b, [phases[k]], true)),
    swept,
    sweepSec: sweepSecs,
    pairWorst: Math.min(...pair),
  };
  console.log(JSON.stringify(row));
  return row;
});
const gain = (children: readonly number[]): number => Math.max(Math.min(...children), root.lower) - root.lower;
const best = {
  clampedWarm: Math.max(...splits.map(s => gain(s.clampedWarm))),
  swept: Math.max(...splits.map(s => gain(s.swept))),
  pair: Math.max(...splits.map(s => gain([s.pairWorst]))),
};
console.log(JSON.stringify({ rootLower: root.lower, bestGain: best }));
console.log(`wrote ${writeResults('split-gains', { suite, entry: name, eps, pair: [Number(pa), Number(pb)], sweepSec, unstable: root.unstable, relaxations, splits, bestGain: best })}`);
