/**
 * Branch and bound (src/bab/): sound on every node and exact where it closes.
 *   - every node bound is one-sided sound on sampled points of random sub-boxes with random
 *     ReLU phases (points violating a phase are outside the node and are not checked); a node
 *     called empty holds no sampled point;
 *   - on hand-computed tiny twins, bab's ends equal the paper optimum and the MILP's, with ReLU
 *     splits and no MILP leaves, with MILP leaves, and with input splits;
 *   - worker threads give the same bounds as the main thread.
 */
import t from 'tap';
import seedrandom from 'seedrandom';
import { denseNetwork } from '../src/ir/build.js';
import { forwardAll } from '../src/layers/forward.js';
import type { Network } from '../src/ir/network.js';
import { neighbourhood } from '../src/rsm/domain.js';
import { rhoCoefficients } from '../src/rsm/objective.js';
import { type BabTwins, boundWith, sweepBounds, withSplit } from '../src/bab/bound.js';
import { branchAndBound } from '../src/bab/driver.js';
import { babEnd } from '../src/bab/end.js';
import { babTwins } from '../src/bab/twins.js';
import { encodeLeaf } from '../src/bab/leaf.js';
import type { ReluSplit } from '../src/bab/subproblem.js';
import { pairTwins } from '../src/layers/twin-pair.js';
import { createHighsSolver } from '../src/solver/highs.js';
import { samplePoints, testSeed } from './helpers/sampling.js';

const solver = createHighsSolver({ threads: 1 });
t.teardown(() => solver.close());

function randomMlp(name: string, sizes: readonly number[], rng: () => number): { weights: number[][]; bias: number[]; relu: boolean }[] {
  const layers = [];
  for (let k = 1; k < sizes.length; k++) {
    const weights = Array.from({ length: sizes[k] }, () => Array.from({ length: sizes[k - 1] }, () => rng() * 2 - 1));
    const bias = Array.from({ length: sizes[k] }, () => (rng() * 2 - 1) * 0.3);
    layers.push({ weights, bias, relu: k < sizes.length - 1 });
  }
  void name;
  return layers;
}

/** A random 4-8-8-3 MLP and a twin with 30 % of its weights zeroed (pruned). */
function prunedTwins(seed: string): { n1: Network; n2: Network } {
  const rng = seedrandom(seed);
  const layers = randomMlp('n1', [4, 8, 8, 3], rng);
  const pruned = layers.map(l => ({ ...l, weights: l.weights.map(r => r.map(w => (rng() < 0.3 ? 0 : w))) }));
  return { n1: denseNetwork(`${seed}-n1`, 4, layers), n2: denseNetwork(`${seed}-n2`, 4, pruned) };
}

function objectiveValue(n1: Network, n2: Network, x: Float64Array, c1: Float64Array, c2: Float64Array): number {
  const z1 = forwardAll(n1, x)[n1.output];
  const z2 = forwardAll(n2, x)[n2.output];
  let v = 0;
  for (let k = 0; k < c1.length; k++) v += c1[k] * z1[k] + c2[k] * z2[k];
  return v;
}

/** Whether x lies in the node: every split's pre-activation on its side. */
function inNode(n1: Network, n2: Network, x: Float64Array, splits: readonly ReluSplit[]): boolean {
  const acts = { n1: forwardAll(n1, x), n2: forwardAll(n2, x) };
  return splits.every(s => (s.phase > 0 ? acts[s.net][s.node][s.index] >= 0 : acts[s.net][s.node][s.index] <= 0));
}

t.test('every node bound is sound on its sub-box and split phases (sweep and clamped-parent bounds)', async tt => {
  const seed = testSeed('bab-nodes');
  const rng = seedrandom(seed);
  let checked = 0;
  let emptyNodes = 0;
  let betaHelped = 0;
  let betaHurt = 0;
  for (let trial = 0; trial < 40; trial++) {
    const { n1, n2 } = prunedTwins(`${seed}:${trial}`);
    const tw: BabTwins = { n1, n2, matched: trial % 2 === 0 && pairTwins(n1, n2).ok };
    const x0 = Float64Array.from({ length: 4 }, () => rng() * 2 - 1);
    const D = neighbourhood(x0, 0.6, null);
    // A random sub-box of D.
    const lower = new Float64Array(4);
    const upper = new Float64Array(4);
    for (let i = 0; i < 4; i++) {
      const a = D.lower[i] + rng() * (D.upper[i] - D.lower[i]);
      const b = D.lower[i] + rng() * (D.upper[i] - D.lower[i]);
      lower[i] = Math.min(a, b);
      upper[i] = Math.max(a, b);
    }
    const box = { lower, upper };
    // Phases on 1–3 hidden neurons of either twin (pre-activation nodes 1 and 3): on odd trials
    // random, on even ones those of a random point of the box (so the node is not empty).
    const anchor = Float64Array.from({ length: 4 }, (_, i) => lower[i] + rng() * (upper[i] - lower[i]));
    const acts = { n1: forwardAll(n1, anchor), n2: forwardAll(n2, anchor) };
    const splits: ReluSplit[] = [];
    for (let k = 0, count = 1 + Math.floor(rng() * 3); k < count; k++) {
      const net = rng() < 0.5 ? 'n1' : 'n2';
      const node = rng() < 0.5 ? 1 : 3;
      const index = Math.floor(rng() * 8);
      const phase = trial % 2 === 1 ? (rng() < 0.5 ? 1 : -1) : acts[net][node][index] >= 0 ? 1 : -1;
      splits.push({ net, node, index, phase });
    }
    const { c1, c2 } = rhoCoefficients(3, [0, 1 + (trial % 2)], 1);
    const obj = { c1, c2 };
    const pts = samplePoints(box, 3000, `${seed}:pts:${trial}`).filter(x => inNode(n1, n2, x, splits));
    const tb = sweepBounds(tw, { box, splits });
    if (!tb) {
      emptyNodes++;
      tt.equal(pts.length, 0, `trial ${trial}: a node called empty holds no sampled point`);
      continue;
    }
    // With the node's splits: their β-CROWN multipliers (matched twins) must keep the bound sound on the node.
    const swept = boundWith(tw, obj, box, tb, { alphaIterations: 5, candidates: 3 }, splits);
    tt.equal(swept.binaries, encodeLeaf(tw, box, tb).binaries, `trial ${trial}: the binaries count matches the joint encoding`);
    // The same node reached from its unsplit parent by clamping, one split at a time.
    let clamped = sweepBounds(tw, { box, splits: [] });
    for (const s of splits) clamped = clamped ? withSplit(clamped, s) : null;
    const viaParent = clamped ? boundWith(tw, obj, box, clamped, { alphaIterations: 5, candidates: 3 }, splits) : null;
    const noBeta = boundWith(tw, obj, box, tb, { alphaIterations: 40, candidates: 3 });
    const withBeta = boundWith(tw, obj, box, tb, { alphaIterations: 40, candidates: 3 }, splits);
    if (withBeta.lower > noBeta.lower + 1e-9) betaHelped++;
    if (withBeta.lower < noBeta.lower - 1e-9) betaHurt++;
    for (const x of pts) {
      const v = objectiveValue(n1, n2, x, c1, c2);
      checked++;
      if (v < swept.lower - 1e-9) tt.fail(`trial ${trial}: sampled value ${v} below the swept node bound ${swept.lower}`);
      if (viaParent && v < viaParent.lower - 1e-9) tt.fail(`trial ${trial}: sampled value ${v} below the clamped-parent bound ${viaParent.lower}`);
      if (!viaParent) tt.fail(`trial ${trial}: clamping called a node with points empty`);
    }
  }
  tt.ok(checked > 20000, `${checked} sampled points inside nodes were checked (${emptyNodes} empty nodes)`);
  tt.ok(betaHelped > 0, `the splits' β multipliers raised ${betaHelped} node bounds (lowered ${betaHurt})`);
});

/** N1: z = [relu(x1+x2), relu(x1−x2)]; same-structure twin with one weight changed: exact ρ(0,1) range [−1/2, 1/2] on [−1,1]². */
const tiny1 = denseNetwork('tiny-n1', 2, [
  { weights: [[1, 1], [1, -1]], bias: [0, 0], relu: true },
  { weights: [[1, 0], [0, 1]], bias: [0, 0], relu: false },
]);
const tiny2 = denseNetwork('tiny-perturbed', 2, [
  { weights: [[1, 1], [1, -0.5]], bias: [0, 0], relu: true },
  { weights: [[1, 0], [0, 1]], bias: [0, 0], relu: false },
]);
/** A twin of another architecture: z = [x1, 0]; exact ρ(0,1) range [−3, 1] on [−1,1]². */
const linear = denseNetwork('tiny-linear', 2, [{ weights: [[1, 0], [0, 0]], bias: [0, 0], relu: false }]);

const CONFIGS = {
  'ReLU splits, no MILP leaves': { inputSplitMaxDim: 0, leafBinaries: -1, rootMilpBinaries: -1 },
  'ReLU splits, MILP leaves': { inputSplitMaxDim: 0, leafBinaries: 40 },
  'input splits, MILP leaves': { inputSplitMaxDim: 20, leafBinaries: 1 },
};

for (const [twinName, n2, min, max] of [['same-structure', tiny2, -0.5, 0.5], ['other-architecture', linear, -3, 1]] as const) {
  for (const [cfgName, config] of Object.entries(CONFIGS)) {
    t.test(`tiny ${twinName} twins, ${cfgName}: exact ends [${min}, ${max}]`, async tt => {
      const box = neighbourhood(Float64Array.of(0, 0), 1, null);
      for (const sense of ['minimize', 'maximize'] as const) {
        const r = await babEnd({ n1: tiny1, n2, box, pair: [0, 1], sense, starts: [Float64Array.of(0, 0)], relaxedBound: sense === 'minimize' ? -Infinity : Infinity, solver, timeLimitSec: 30, mipRelGap: 1e-9, mipAbsGap: 1e-9, config: { ...config, maxNodes: 2000 } });
        const want = sense === 'minimize' ? min : max;
        tt.equal(r.status, 'exact', `${sense}: exact (${r.bab?.nodes} nodes, ${r.bab?.leavesToMilp} MILP leaves)`);
        tt.ok(Math.abs(r.bound - want) <= 1e-6, `${sense}: bound ${r.bound} = ${want}`);
        tt.ok(sense === 'minimize' ? r.bound <= want + 1e-12 : r.bound >= want - 1e-12, `${sense}: bound ${r.bound} is on the sound side of ${want}`);
        tt.ok(Math.abs(r.witness.value - want) <= 1e-6, `${sense}: witness ${r.witness.value} reaches it`);
        const h = r.bab?.history ?? [];
        tt.ok(h.length > 0 && h.every((p, k) => k === 0 || (sense === 'minimize' ? p.bound >= h[k - 1].bound - 1e-15 : p.bound <= h[k - 1].bound + 1e-15)), 'the bound history only tightens');
      }
    });
  }
}

t.test('worker threads give the same search as the main thread, and a sound anytime bound', async tt => {
  const { n1, n2 } = prunedTwins('bab-threads');
  const x0 = Float64Array.of(0.1, -0.2, 0.3, 0);
  const box = neighbourhood(x0, 0.5, null);
  const { c1, c2 } = rhoCoefficients(3, [0, 1], 1);
  // A node budget, not a time limit, ends both runs: no leaf MILPs, so nothing depends on timing.
  const run = (threads: number) =>
    branchAndBound({ twins: { n1, n2, matched: true }, objective: { c1, c2 }, box, starts: [x0], solver, timeLimitSec: 600, mipRelGap: 1e-9, mipAbsGap: 1e-9, config: { threads, inputSplitMaxDim: 0, leafBinaries: -1, rootMilpBinaries: -1, maxNodes: 150 } });
  const [a, b] = [await run(1), await run(2)];
  tt.ok(a.bound === b.bound && a.nodes === b.nodes && a.witness.value === b.witness.value, `same bound (${a.bound}, ${b.bound}), witness and node count (${a.nodes}, ${b.nodes})`);
  tt.ok(a.history.length > 1 && a.history[a.history.length - 1].bound > a.history[0].bound, `the bound rose while it ran (${a.history[0].bound} → ${a.bound})`);
  const worst = Math.min(...samplePoints(box, 3000, testSeed('bab-threads')).map(x => objectiveValue(n1, n2, x, c1, c2)));
  tt.ok(a.bound <= worst, `bound ${a.bound} ≤ every sampled value (min ${worst})`);
  tt.ok(a.witness.value >= a.bound && Math.abs(objectiveValue(n1, n2, Float64Array.from(a.witness.x), c1, c2) - a.witness.value) <= 1e-12, 'the witness is re-evaluated and above the bound');
});

t.test('input splits on dense chains (halves bounded by the dense pass from the split node\'s sweep): a sound anytime bound, and exact as the plain search', async tt => {
  const { n1, n2 } = prunedTwins('bab-dense-input');
  const tw = babTwins(n1, n2, false);
  tt.ok(tw.inputWeight && tw.inputWeight.length === 4, 'dense twin chains carry a branching weight per input');
  const x0 = Float64Array.of(0.2, -0.1, 0.3, -0.3);
  const box = neighbourhood(x0, 0.4, null);
  const { c1, c2 } = rhoCoefficients(3, [0, 2], 1);
  const worst = Math.min(...samplePoints(box, 3000, testSeed('bab-dense-input')).map(x => objectiveValue(n1, n2, x, c1, c2)));
  const run = (twins: BabTwins, maxNodes: number) =>
    branchAndBound({ twins, objective: { c1, c2 }, box, starts: [x0], solver, timeLimitSec: 600, mipRelGap: 1e-9, mipAbsGap: 1e-9, config: { threads: 1, inputSplitMaxDim: 20, leafBinaries: -1, rootMilpBinaries: -1, maxNodes } });
  for (const cap of [5, 40, 200]) {
    const r = await run(tw, cap);
    tt.ok(r.bound <= worst + 1e-12, `${cap} nodes: bound ${r.bound} ≤ every sampled value (min ${worst})`);
  }
  // Closed out with MILP leaves, against the same search without the dense path (no weight).
  const full = (twins: BabTwins) => branchAndBound({ twins, objective: { c1, c2 }, box, starts: [x0], solver, timeLimitSec: 600, mipRelGap: 1e-9, mipAbsGap: 1e-9, config: { threads: 1, inputSplitMaxDim: 20, leafBinaries: 8, maxNodes: 5000 } });
  const a = await full(tw);
  const b = await full({ n1: tw.n1, n2: tw.n2, matched: tw.matched });
  tt.equal(a.status, 'exact', `dense path: exact after ${a.nodes} nodes`);
  tt.equal(b.status, 'exact', `plain path: exact after ${b.nodes} nodes`);
  tt.ok(Math.abs(a.bound - b.bound) <= 1e-6 * (1 + Math.abs(b.bound)), `same minimum: ${a.bound} and ${b.bound}`);
  tt.ok(a.bound <= worst + 1e-9, 'and below every sampled value');
});
