/**
 * α-CROWN: the analytic gradient of the bound w.r.t. the ReLU slopes matches finite
 * differences; every α gives a bound that sampled points respect (one-sided); the optimised
 * bound is never looser than CROWN and is strictly tighter where unstable neurons exist.
 */
import { existsSync } from 'node:fs';
import t, { type Test } from 'tap';
import seedrandom from 'seedrandom';
import { type AlphaTwin, alphaObjectiveLower, objectiveWithGradient } from '../src/bounds/alpha-crown.js';
import { crownMethod } from '../src/bounds/crown.js';
import { readSamples } from '../src/data/read.js';
import { denseNetwork, type DenseLayerSpec } from '../src/ir/build.js';
import type { Network } from '../src/ir/network.js';
import { loadOnnx } from '../src/onnx/load.js';
import { neighbourhood } from '../src/rsm/domain.js';
import { rhoAlphaCrown, rhoAt, rhoCoefficients, rhoRelaxed } from '../src/rsm/objective.js';
import { samplePoints, testSeed } from './helpers/sampling.js';

const ECG = new URL('../benchmarks/embedded/ecg-mitbih260/', import.meta.url).pathname;

function randomLayers(seed: string, sizes: readonly number[]): DenseLayerSpec[] {
  const rng = seedrandom(seed);
  return sizes.slice(1).map((n, k) => ({
    weights: Array.from({ length: n }, () => Array.from({ length: sizes[k] }, () => ((rng() - 0.5) * 2) / Math.sqrt(sizes[k]))),
    bias: Array.from({ length: n }, () => (rng() - 0.5) * 0.2),
    relu: k < sizes.length - 2,
  }));
}

/** Random interior slopes for every ReLU node of `net`. */
function randomAlphas(net: Network, rng: () => number): Map<number, Float64Array> {
  const out = new Map<number, Float64Array>();
  net.nodes.forEach((node, id) => {
    if (node.kind === 'relu') out.set(id, Float64Array.from({ length: node.size }, () => 0.1 + 0.8 * rng()));
  });
  return out;
}

function checkGradient(tt: Test, n1: Network, n2: Network, box: { lower: Float64Array; upper: Float64Array }, pair: readonly [number, number], seed: string, probes: number): void {
  const b = crownMethod.compute(n1, n2, box);
  const classes = n1.nodes[n1.output].size;
  const { c1, c2 } = rhoCoefficients(classes, pair, 1);
  const rng = seedrandom(seed);
  const twins: AlphaTwin[] = [
    { net: n1, bounds: b.n1, c: c1, alphas: randomAlphas(n1, rng) },
    { net: n2, bounds: b.n2, c: c2, alphas: randomAlphas(n2, rng) },
  ];
  const { grads } = objectiveWithGradient(twins);
  const h = 1e-7;
  let checked = 0;
  let nonzero = 0;
  for (let k = 0; k < 2; k++) {
    for (const [id, grad] of grads[k]) {
      const alpha = twins[k].alphas.get(id) as Float64Array;
      for (let i = 0; i < grad.length && checked < probes; i++) {
        const pre = twins[k].bounds[twins[k].net.nodes[id].inputs[0]];
        if (!(pre.lower[i] < 0 && pre.upper[i] > 0)) continue;
        const a0 = alpha[i];
        alpha[i] = a0 + h;
        const up = objectiveWithGradient(twins).value;
        alpha[i] = a0 - h;
        const down = objectiveWithGradient(twins).value;
        alpha[i] = a0;
        const fd = (up - down) / (2 * h);
        checked++;
        if (grad[i] !== 0) nonzero++;
        tt.ok(Math.abs(fd - grad[i]) <= 1e-5 * (1 + Math.abs(fd)), `twin ${k + 1} node ${id} neuron ${i}: ∂L/∂α ${grad[i]} vs finite difference ${fd}`);
      }
    }
  }
  tt.ok(checked > 0, `${checked} slopes checked`);
  tt.ok(nonzero > 0, `${nonzero} of them have a non-zero gradient`);
}

t.test('∂L/∂α matches finite differences on random MLP twins', async tt => {
  const sizes = [5, 16, 12, 4];
  const base = randomLayers(testSeed('alpha-mlp'), sizes);
  const n1 = denseNetwork('a', 5, base);
  const n2 = denseNetwork('b', 5, base.map(l => ({ ...l, weights: l.weights.map(r => r.map(w => Math.round(w * 7) / 7)) })));
  const box = neighbourhood(Float64Array.from([0.2, -0.1, 0.4, 0, 0.3]), 0.4, null);
  checkGradient(tt, n1, n2, box, [0, 1], testSeed('alpha-mlp-slopes'), 40);
});

t.test('∂L/∂α matches finite differences on the ECG CNN (conv, ReLU, MaxPool)', { skip: !existsSync(ECG) && 'embedded ECG pair missing' }, async tt => {
  const n1 = loadOnnx(`${ECG}ecg_mitbih260_cnn_fp32.onnx`);
  const n2 = loadOnnx(`${ECG}ecg_mitbih260_cnn_int8w.onnx`);
  const [s] = readSamples(`${ECG}mitbih260_beats_subset.csv`, [0], {});
  checkGradient(tt, n1, n2, neighbourhood(s.x, 0.003, null), [0, 2], testSeed('alpha-ecg-slopes'), 25);
});

t.test('α-CROWN is sound, never looser than CROWN, and tighter on deep random twins', async tt => {
  const sizes = [6, 24, 20, 16, 5];
  let improved = 0;
  let queries = 0;
  for (const kind of ['int4', 'pruned', 'perturbed']) {
    const base = randomLayers(testSeed(`alpha-sound-${kind}`), sizes);
    const rng = seedrandom(`alpha-mutation-${kind}`);
    const f = kind === 'int4' ? (w: number) => Math.round(w * 7) / 7 : kind === 'pruned' ? (w: number) => (Math.abs(w) < 0.1 ? 0 : w) : (w: number) => w + (rng() - 0.5) * 0.05;
    const n1 = denseNetwork(`n1-${kind}`, 6, base);
    const n2 = denseNetwork(`n2-${kind}`, 6, base.map(l => ({ ...l, weights: l.weights.map(r => r.map(f)) })));
    const box = neighbourhood(Float64Array.from([0.1, -0.2, 0.3, 0.0, 0.25, -0.05]), 0.25, null);
    const b = crownMethod.compute(n1, n2, box);
    const pts = samplePoints(box, 2000, testSeed(`alpha-points-${kind}`));
    for (const pair of [[0, 1], [2, 4], [3, 0]] as const) {
      const crown = rhoRelaxed(n1, n2, b.n1, b.n2, pair);
      const alpha = rhoAlphaCrown(n1, n2, b.n1, b.n2, pair, undefined, { iterations: 30 });
      queries++;
      tt.ok(alpha.lower >= crown.lower && alpha.upper <= crown.upper, `${kind} ${pair}: α-CROWN [${alpha.lower}, ${alpha.upper}] ⊆ CROWN [${crown.lower}, ${crown.upper}]`);
      if (alpha.upper - alpha.lower < (crown.upper - crown.lower) * (1 - 1e-3)) improved++;
      const outside = pts.filter(x => {
        const v = rhoAt(n1, n2, x, pair);
        return v < alpha.lower || v > alpha.upper;
      }).length;
      tt.equal(outside, 0, `${kind} ${pair}: 2000 sampled ρ inside the α-CROWN bounds`);
    }
  }
  tt.ok(improved >= queries / 2, `α-CROWN narrowed ${improved} of ${queries} queries by more than 0.1 %`);
});

t.test('the α-CROWN result reports the CROWN start and improves on it monotonically in the budget', async tt => {
  const base = randomLayers(testSeed('alpha-budget'), [4, 20, 20, 3]);
  const n1 = denseNetwork('p', 4, base);
  const n2 = denseNetwork('q', 4, base.map(l => ({ ...l, weights: l.weights.map(r => r.map(w => w * 0.97)) })));
  const box = neighbourhood(Float64Array.from([0.1, 0.2, -0.3, 0.4]), 0.3, null);
  const b = crownMethod.compute(n1, n2, box);
  const { c1, c2 } = rhoCoefficients(3, [0, 2], 1);
  const few = alphaObjectiveLower(n1, b.n1, c1, n2, b.n2, c2, { iterations: 5 });
  const many = alphaObjectiveLower(n1, b.n1, c1, n2, b.n2, c2, { iterations: 40 });
  tt.equal(few.crown, many.crown, 'both start from CROWN');
  tt.ok(few.lower >= few.crown, 'never below CROWN');
  tt.ok(many.lower >= few.lower, `more iterations keep the best bound: ${many.lower} ≥ ${few.lower}`);
});
