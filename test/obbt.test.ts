/**
 * LP bound tightening: never looser than its input bounds, sound on sampled points of the box
 * (one-sided), strictly tighter somewhere on a deep random net, stays inside its budget, and
 * leaves the exact LRSM unchanged while removing binaries.
 */
import t from 'tap';
import seedrandom from 'seedrandom';
import { crownBounds } from '../src/bounds/crown.js';
import { crownMethod } from '../src/bounds/crown.js';
import { lpTighten } from '../src/rsm/obbt.js';
import { denseNetwork, type DenseLayerSpec } from '../src/ir/build.js';
import { forwardAll } from '../src/layers/forward.js';
import type { Network } from '../src/ir/network.js';
import { countUnstable } from '../src/layers/relu.js';
import { neighbourhood } from '../src/rsm/domain.js';
import { verifyRow } from '../src/verify/verify.js';
import { createHighsSolver } from '../src/solver/highs.js';
import { samplePoints, testSeed } from './helpers/sampling.js';

const solver = createHighsSolver({ threads: 2 });
t.teardown(() => solver.close());

function deepNet(seed: string, sizes: readonly number[]): DenseLayerSpec[] {
  const rng = seedrandom(seed);
  return sizes.slice(1).map((n, k) => ({
    weights: Array.from({ length: n }, () => Array.from({ length: sizes[k] }, () => ((rng() - 0.5) * 2.4) / Math.sqrt(sizes[k]))),
    bias: Array.from({ length: n }, () => (rng() - 0.5) * 0.3),
    relu: k < sizes.length - 2,
  }));
}

const unstable = (net: Network, b: readonly { lower: Float64Array; upper: Float64Array }[]): number =>
  net.nodes.reduce((n, node) => (node.kind === 'relu' ? n + countUnstable(b[node.inputs[0]]) : n), 0);

t.test('LP tightening is sound, never looser, and tightens a deep random net', async tt => {
  const net = denseNetwork('deep', 5, deepNet(testSeed('obbt-net'), [5, 24, 24, 24, 3]));
  const box = neighbourhood(Float64Array.from([0.1, -0.2, 0.3, 0, 0.2]), 0.5, null);
  const before = crownBounds(net, box);
  const { bounds, report } = await lpTighten(net, before, solver, { maxNeurons: 1000, timeSec: 120 });
  let tighter = 0;
  for (let id = 0; id < net.nodes.length; id++) {
    for (let k = 0; k < net.nodes[id].size; k++) {
      tt.ok(bounds[id].lower[k] >= before[id].lower[k] && bounds[id].upper[k] <= before[id].upper[k], `node ${id} neuron ${k} not looser`);
      if (bounds[id].lower[k] > before[id].lower[k] + 1e-6 || bounds[id].upper[k] < before[id].upper[k] - 1e-6) tighter++;
    }
  }
  tt.ok(tighter > 0, `${tighter} bounds tightened`);
  tt.equal(unstable(net, before) - unstable(net, bounds), report.stabilized, `${report.stabilized} neurons made stable, as reported`);
  tt.equal(report.lps, 2 * report.neurons, 'two LPs per neuron');
  tt.notOk(report.exhausted, 'the budget covered every unstable neuron');
  let bad = 0;
  for (const x of samplePoints(box, 2000, testSeed('obbt-points'))) {
    const acts = forwardAll(net, x);
    acts.forEach((a, id) => a.forEach((v, k) => {
      if (v < bounds[id].lower[k] || v > bounds[id].upper[k]) bad++;
    }));
  }
  tt.equal(bad, 0, 'every activation of 2000 sampled points inside the tightened bounds');

  const small = await lpTighten(net, before, solver, { maxNeurons: 3, timeSec: 120 });
  tt.ok(small.report.neurons <= 3 && small.report.exhausted, `a 3-neuron budget stops after ${small.report.neurons} neurons and says so`);
});

t.test('the exact LRSM is the same with and without LP tightening', async tt => {
  const base = deepNet(testSeed('obbt-twins'), [4, 10, 10, 3]);
  const n1 = denseNetwork('t1', 4, base);
  const n2 = denseNetwork('t2', 4, base.map(l => ({ ...l, weights: l.weights.map(r => r.map(w => Math.round(w * 15) / 15)) })));
  const sample = { row: 0, x: Float64Array.from([0.2, -0.1, 0.3, 0.05]), label: 0 };
  const opts = { eps: 0.1, domain: null, pairs: [[0, 1], [0, 2]] as const, implication: 'off' as const, timeLimitSec: 60, mipRelGap: 1e-6, mipAbsGap: 1e-6, bounds: crownMethod, method: 'milp' as const };
  const plain = await verifyRow(n1, n2, sample, opts, solver);
  const tight = await verifyRow(n1, n2, sample, { ...opts, obbt: { maxNeurons: 1000, timeSec: 60 } }, solver);
  tt.ok(tight.obbt, 'the row reports what tightening did');
  tt.ok(tight.binaries.n1 + tight.binaries.n2 <= plain.binaries.n1 + plain.binaries.n2, `binaries ${plain.binaries.n1 + plain.binaries.n2} → ${tight.binaries.n1 + tight.binaries.n2}`);
  plain.pairs.forEach((p, k) => {
    const q = tight.pairs[k];
    tt.equal(p.status, 'exact', `pair ${p.pair} exact without tightening (${p.min.seconds.toFixed(2)} + ${p.max.seconds.toFixed(2)} s)`);
    tt.equal(q.status, 'exact', `pair ${q.pair} exact with tightening (${q.min.seconds.toFixed(2)} + ${q.max.seconds.toFixed(2)} s)`);
    tt.ok(Math.abs(p.lower - q.lower) <= 1e-6 && Math.abs(p.upper - q.upper) <= 1e-6, `pair ${p.pair}: [${p.lower}, ${p.upper}] = [${q.lower}, ${q.upper}]`);
  });
});
