/**
 * Bound methods: every node's bounds (and, for the differential method, every node's
 * difference bounds) hold on sampled points of the box (one-sided); stronger methods are
 * never looser where they are defined as refinements; identical twins get d ≡ 0.
 */
import { existsSync } from 'node:fs';
import t, { type Test } from 'tap';
import seedrandom from 'seedrandom';
import { crownMethod } from '../src/bounds/crown.js';
import { diffMethod } from '../src/bounds/diff.js';
import { pairTwins } from '../src/layers/twin-pair.js';
import { intervalMethod } from '../src/bounds/interval.js';
import type { BoundsMethod } from '../src/bounds/types.js';
import { readSamples } from '../src/data/read.js';
import { denseNetwork, type DenseLayerSpec } from '../src/ir/build.js';
import { forwardAll } from '../src/layers/forward.js';
import type { Network } from '../src/ir/network.js';
import { loadOnnx } from '../src/onnx/load.js';
import { neighbourhood } from '../src/rsm/domain.js';
import { samplePoints, testSeed } from './helpers/sampling.js';

function checkSound(tt: Test, n1: Network, n2: Network, x0: Float64Array, eps: number, method: BoundsMethod, name: string, samples = 1000): void {
  const box = neighbourhood(x0, eps, null);
  const b = method.compute(n1, n2, box);
  let bad = 0;
  let badDiff = 0;
  let worst = '';
  for (const x of samplePoints(box, samples, testSeed(`${name}/${method.name}`))) {
    const a1 = forwardAll(n1, x);
    const a2 = forwardAll(n2, x);
    for (let id = 0; id < n1.nodes.length; id++) {
      for (let k = 0; k < a1[id].length; k++) {
        if (a1[id][k] < b.n1[id].lower[k] || a1[id][k] > b.n1[id].upper[k]) {
          bad++;
          worst = `N1 node ${id} neuron ${k}: ${a1[id][k]} ∉ [${b.n1[id].lower[k]}, ${b.n1[id].upper[k]}]`;
        }
      }
      for (let k = 0; k < a2[id].length; k++) {
        if (a2[id][k] < b.n2[id].lower[k] || a2[id][k] > b.n2[id].upper[k]) bad++;
      }
      if (b.diff) {
        for (let k = 0; k < a1[id].length; k++) {
          const d = a1[id][k] - a2[id][k];
          if (d < b.diff[id].lower[k] || d > b.diff[id].upper[k]) {
            badDiff++;
            worst = `d at node ${id} neuron ${k}: ${d} ∉ [${b.diff[id].lower[k]}, ${b.diff[id].upper[k]}]`;
          }
        }
      }
    }
  }
  tt.equal(bad, 0, `${method.name}: every node's value inside its bounds at ${samples} points ${worst}`);
  tt.equal(badDiff, 0, `${method.name}: every difference inside its bounds ${worst}`);
}

/** A random MLP and mutated copies: pruned, quantised, perturbed. */
function randomMlp(seed: string, sizes: number[]): DenseLayerSpec[] {
  const rng = seedrandom(seed);
  const layers: DenseLayerSpec[] = [];
  for (let k = 1; k < sizes.length; k++) {
    layers.push({
      weights: Array.from({ length: sizes[k] }, () => Array.from({ length: sizes[k - 1] }, () => (rng() - 0.5) * 2 / Math.sqrt(sizes[k - 1]))),
      bias: Array.from({ length: sizes[k] }, () => (rng() - 0.5) * 0.2),
      relu: k < sizes.length - 1,
    });
  }
  return layers;
}
const mutate = (layers: DenseLayerSpec[], f: (w: number) => number): DenseLayerSpec[] =>
  layers.map(l => ({ ...l, weights: l.weights.map(r => r.map(f)), bias: l.bias.map(f) }));

t.test('sampling soundness on mutated MLP twins', async tt => {
  const sizes = [6, 12, 10, 4];
  const base = randomMlp(testSeed('mlp-base'), sizes);
  const n1 = denseNetwork('mlp', 6, base);
  const rng = seedrandom(testSeed('mlp-mutations'));
  const twins: Record<string, Network> = {
    pruned: denseNetwork('mlp-pruned', 6, mutate(base, w => (Math.abs(w) < 0.15 ? 0 : w))),
    int4: denseNetwork('mlp-int4', 6, mutate(base, w => Math.round(w * 7) / 7)),
    int8: denseNetwork('mlp-int8', 6, mutate(base, w => Math.round(w * 127) / 127)),
    perturbed: denseNetwork('mlp-perturbed', 6, mutate(base, w => w + (rng() - 0.5) * 0.02)),
  };
  const x0 = Float64Array.from([0.1, -0.3, 0.5, 0.2, -0.1, 0.4]);
  for (const [name, n2] of Object.entries(twins)) {
    tt.ok(pairTwins(n1, n2).ok, `${name}: structures match`);
    for (const m of [intervalMethod, crownMethod, diffMethod]) checkSound(tt, n1, n2, x0, 0.3, m, `mlp-${name}`);
  }
});

t.test('differential bounds of identical structure with equal weights are exactly zero', async tt => {
  const base = randomMlp('same', [4, 8, 3]);
  const a = denseNetwork('same-a', 4, base);
  const b = denseNetwork('same-b', 4, base.map(l => ({ ...l })));
  const box = neighbourhood(Float64Array.from([0.2, 0.1, -0.4, 0.3]), 0.5, null);
  const r = diffMethod.compute(a, b, box);
  const out = r.diff![a.output];
  tt.ok(out.lower.every(v => Math.abs(v) <= 1e-12) && out.upper.every(v => Math.abs(v) <= 1e-12), 'd at the logits is [0, 0] up to rounding slack');
});

t.test('distilled twins with different architectures fall back with a reason', async tt => {
  const a = denseNetwork('deep', 4, randomMlp('deep', [4, 8, 8, 3]));
  const b = denseNetwork('shallow', 4, randomMlp('shallow', [4, 16, 3]));
  const m = pairTwins(a, b);
  tt.notOk(m.ok);
  const r = diffMethod.compute(a, b, neighbourhood(Float64Array.from([0, 0, 0, 0]), 0.1, null));
  tt.match(r.note, /differential mode: off \(N1 has \d+ nodes, N2 \d+\)/);
  tt.equal(r.diff, undefined);
});

t.test('stronger bounds are never looser: crown ⊆ interval, crown+diff ⊆ crown on every node', async tt => {
  const base = randomMlp('mono', [5, 10, 10, 3]);
  const n1 = denseNetwork('mono', 5, base);
  const n2 = denseNetwork('mono-q', 5, mutate(base, w => Math.round(w * 31) / 31));
  const box = neighbourhood(Float64Array.from([0.1, 0.2, -0.1, 0, 0.3]), 0.4, null);
  const iv = intervalMethod.compute(n1, n2, box);
  const cr = crownMethod.compute(n1, n2, box);
  const df = diffMethod.compute(n1, n2, box);
  let looser = 0;
  let tighter = 0;
  for (const [outer, inner] of [[iv, cr], [cr, df]] as const) {
    for (const net of ['n1', 'n2'] as const) {
      outer[net].forEach((o, id) => {
        for (let k = 0; k < o.lower.length; k++) {
          if (inner[net][id].lower[k] < o.lower[k] || inner[net][id].upper[k] > o.upper[k]) looser++;
          if (inner[net][id].lower[k] > o.lower[k] + 1e-9) tighter++;
        }
      });
    }
  }
  tt.equal(looser, 0, 'no bound got looser');
  tt.ok(tighter > 0, `and some got strictly tighter (${tighter})`);
});

const ECG = new URL('../benchmarks/embedded/ecg-mitbih260/', import.meta.url).pathname;
t.test('sampling soundness on the real ECG int8 twin pair', { skip: !existsSync(ECG) && 'embedded ECG pair missing' }, async tt => {
  const n1 = loadOnnx(`${ECG}ecg_mitbih260_cnn_fp32.onnx`);
  const n2 = loadOnnx(`${ECG}ecg_mitbih260_cnn_int8w.onnx`);
  const [s] = readSamples(`${ECG}mitbih260_beats_subset.csv`, [200], {});
  for (const eps of [0.001, 0.01]) {
    for (const m of [intervalMethod, crownMethod, diffMethod]) checkSound(tt, n1, n2, s.x, eps, m, `ecg-row200-eps${eps}`, 300);
  }
});
