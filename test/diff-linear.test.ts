/**
 * Symbolic differential bounds (src/bounds/diff-linear.ts, src/layers/*-diff.ts):
 *   - the ReLU-difference planes hold on sampled points of their region, for random regions;
 *   - on mutated twins (identical, pruned 30/50 %, int8/int4/fp16, perturbed) of an MLP and of a
 *     small CNN with max pooling, every neuron's difference bound and the ρ bounds hold on
 *     10,000 sampled inputs (one-sided checks), and identical twins get ρ ≡ 0;
 *   - the symbolic ρ bounds are never looser than the interval-differential ones, and tighter
 *     somewhere; the same on the real ECG int8 pair.
 */
import { existsSync } from 'node:fs';
import t, { type Test } from 'tap';
import seedrandom from 'seedrandom';
import { crownMethod } from '../src/bounds/crown.js';
import { diffMethod, intervalDiffMethod } from '../src/bounds/diff.js';
import { readSamples } from '../src/data/read.js';
import { denseNetwork, type DenseLayerSpec } from '../src/ir/build.js';
import { forwardAll } from '../src/layers/forward.js';
import { type IrNode, type Network, validateNetwork } from '../src/ir/network.js';
import { csrFromDense } from '../src/ir/sparse.js';
import { reluDiffPlanes } from '../src/layers/relu-diff.js';
import { loadOnnx } from '../src/onnx/load.js';
import { neighbourhood } from '../src/rsm/domain.js';
import { type Pair, rhoOfLogits, rhoRelaxed } from '../src/rsm/objective.js';
import { makeTwin, TWIN_KINDS } from '../scripts/twin-transforms.js';
import { samplePoints, testSeed } from './helpers/sampling.js';

t.test('ReLU-difference planes are below / above f on random regions', async tt => {
  const rng = seedrandom(testSeed('relu-diff-planes'));
  const f = (a: number, d: number): number => Math.max(0, a + d) - Math.max(0, a);
  let bad = 0;
  let worst = '';
  for (let k = 0; k < 2000; k++) {
    const r = (s: number): number => (rng() - 0.5) * s;
    const [l2, u2] = [r(4), r(4)].sort((x, y) => x - y);
    const dScale = rng() < 0.5 ? 0.01 : 2;
    const [dl, du] = [r(dScale), r(dScale)].sort((x, y) => x - y);
    // a¹ bounds: the box's own range, sometimes cut by a sound-looking strip.
    let [l1, u1] = [l2 + dl, u2 + du];
    if (rng() < 0.5) [l1, u1] = [l1 + rng() * (u1 - l1) * 0.3, u1 - rng() * (u1 - l1) * 0.3];
    const pl = reluDiffPlanes(l2, u2, dl, du, l1, u1);
    for (let s = 0; s < 50; s++) {
      const a = s < 4 ? [l2, u2][s % 2] : l2 + rng() * (u2 - l2);
      const d = s < 4 ? [dl, du][s >> 1] : dl + rng() * (du - dl);
      if (a + d < l1 || a + d > u1) continue;
      // f evaluated in float64 errs by a few ulps of |a| + |d|: that is the test's rounding, not the planes'.
      const v = f(a, d);
      const ulp = 4 * Number.EPSILON * (Math.abs(a) + Math.abs(d));
      const lo = pl.lower.p * a + pl.lower.q * d + pl.lower.r;
      const hi = pl.upper.p * a + pl.upper.q * d + pl.upper.r;
      if (lo > v + ulp || hi < v - ulp) {
        bad++;
        worst = `a=${a} d=${d} f=${v} planes ${lo}, ${hi} region ${[l2, u2, dl, du, l1, u1]}`;
      }
    }
  }
  tt.equal(bad, 0, `planes hold on every sampled point ${worst}`);
  const exact = reluDiffPlanes(0.5, 2, -0.1, 0.2, 0.4, 2.2);
  tt.same(exact.lower, { p: 0, q: 1, r: 0 }, 'both active: f = d exactly');
});

function randomMlp(seed: string, sizes: number[]): DenseLayerSpec[] {
  const rng = seedrandom(seed);
  return sizes.slice(1).map((n, k) => ({
    weights: Array.from({ length: n }, () => Array.from({ length: sizes[k] }, () => (rng() - 0.5) * 2 / Math.sqrt(sizes[k]))),
    bias: Array.from({ length: n }, () => (rng() - 0.5) * 0.2),
    relu: k < sizes.length - 2,
  }));
}

/** input 8 → conv-like affine 16 → relu → maxpool (windows of 2, and one of 3 and one of 1) → affine 4. */
function tinyPoolNet(seed: string): Network {
  const rng = seedrandom(seed);
  const dense = (rows: number, cols: number): number[] => Array.from({ length: rows * cols }, () => (rng() - 0.5) * 2 / Math.sqrt(cols));
  const starts = [0, 2, 4, 6, 8, 10, 12, 15, 16];
  const nodes: IrNode[] = [
    { kind: 'input', name: 'x', size: 8, shape: [8], inputs: [] },
    { kind: 'affine', name: 'conv', size: 16, shape: [16], inputs: [0], terms: [csrFromDense(16, 8, dense(16, 8))], bias: Float64Array.from({ length: 16 }, () => (rng() - 0.5) * 0.2) },
    { kind: 'relu', name: 'relu', size: 16, shape: [16], inputs: [1] },
    { kind: 'maxpool', name: 'pool', size: 8, shape: [8], inputs: [2], windowStarts: Int32Array.from(starts), windowIndices: Int32Array.from({ length: 16 }, (_, i) => i) },
    { kind: 'affine', name: 'fc', size: 4, shape: [4], inputs: [3], terms: [csrFromDense(4, 8, dense(4, 8))], bias: Float64Array.from({ length: 4 }, () => (rng() - 0.5) * 0.2) },
  ];
  return validateNetwork({ source: 'tiny-pool', sha256: `tiny-pool:${seed}`, nodes, output: 4, notes: [] });
}

const PAIRS: Pair[] = [[0, 1], [2, 3], [1, 3]];

/** Every neuron's d bound and every ρ bound of the symbolic method hold on `samples` points. */
function checkDiffSound(tt: Test, n1: Network, n2: Network, x0: Float64Array, eps: number, name: string, samples: number): void {
  const box = neighbourhood(x0, eps, null);
  const b = diffMethod.compute(n1, n2, box);
  const diff = b.diff!;
  const rho = PAIRS.map(p => rhoRelaxed(n1, n2, b.n1, b.n2, p, diff));
  let badD = 0;
  let badRho = 0;
  let worst = '';
  for (const x of samplePoints(box, samples, testSeed(`diff-linear/${name}`))) {
    const a1 = forwardAll(n1, x);
    const a2 = forwardAll(n2, x);
    for (let id = 0; id < a1.length; id++) {
      for (let k = 0; k < a1[id].length; k++) {
        const d = a1[id][k] - a2[id][k];
        if (d < diff[id].lower[k] || d > diff[id].upper[k]) {
          badD++;
          worst = `node ${id} neuron ${k}: d = ${d} ∉ [${diff[id].lower[k]}, ${diff[id].upper[k]}]`;
        }
      }
    }
    PAIRS.forEach((p, q) => {
      const v = rhoOfLogits(a1[n1.output], a2[n2.output], p);
      if (v < rho[q].lower || v > rho[q].upper) {
        badRho++;
        worst = `ρ${p} = ${v} ∉ [${rho[q].lower}, ${rho[q].upper}]`;
      }
    });
  }
  tt.equal(badD, 0, `${name}: every neuron's difference inside its bounds at ${samples} points ${worst}`);
  tt.equal(badRho, 0, `${name}: ρ inside its bounds at ${samples} points ${worst}`);
}

t.test('sampling soundness of the symbolic differential bounds on mutated twins (10,000 points each)', async tt => {
  const mlp = denseNetwork('mlp', 6, randomMlp(testSeed('dl-mlp'), [6, 12, 10, 4]));
  const cnn = tinyPoolNet(testSeed('dl-pool'));
  const bases: [Network, Float64Array, number][] = [
    [mlp, Float64Array.from([0.1, -0.3, 0.5, 0.2, -0.1, 0.4]), 0.3],
    [cnn, Float64Array.from([0.2, -0.1, 0.4, 0.0, -0.3, 0.1, 0.5, -0.2]), 0.2],
  ];
  for (const [base, x0, eps] of bases) {
    for (const kind of TWIN_KINDS) checkDiffSound(tt, base, makeTwin(base, kind, testSeed(`dl-${kind}`)), x0, eps, `${base.source}-${kind}`, 10000);
  }
});

t.test('identical twins: d ≡ 0 on every node and ρ ≡ 0, up to rounding slack', async tt => {
  for (const base of [denseNetwork('same', 6, randomMlp('same', [6, 10, 8, 4])), tinyPoolNet('same')]) {
    const copy = { ...base, sha256: `${base.sha256}-copy` };
    const x0 = new Float64Array(base.nodes[0].size).fill(0.1);
    const box = neighbourhood(x0, 0.3, null);
    const b = diffMethod.compute(base, copy, box);
    let widest = 0;
    for (const d of b.diff!) for (let k = 0; k < d.lower.length; k++) widest = Math.max(widest, d.upper[k] - d.lower[k]);
    tt.ok(widest <= 1e-9, `${base.source}: widest d bound ${widest}`);
    const r = rhoRelaxed(base, copy, b.n1, b.n2, [0, 1], b.diff);
    tt.ok(r.lower <= 0 && r.upper >= 0 && r.upper - r.lower <= 1e-9, `${base.source}: ρ ∈ [${r.lower}, ${r.upper}]`);
  }
});

t.test('symbolic differential bounds are never looser than interval-differential ones, and tighter somewhere', async tt => {
  let looser = 0;
  let tighter = 0;
  for (const base of [denseNetwork('mono', 5, randomMlp('mono', [5, 10, 10, 4])), tinyPoolNet('mono')]) {
    const x0 = new Float64Array(base.nodes[0].size).fill(0.05);
    for (const kind of TWIN_KINDS) {
      const n2 = makeTwin(base, kind);
      for (const eps of [0.05, 0.3]) {
        const box = neighbourhood(x0, eps, null);
        const iv = intervalDiffMethod.compute(base, n2, box);
        const sy = diffMethod.compute(base, n2, box);
        // Every node's d bound refines the interval sweep's.
        iv.diff!.forEach((d, id) => {
          for (let k = 0; k < d.lower.length; k++) if (sy.diff![id].lower[k] < d.lower[k] || sy.diff![id].upper[k] > d.upper[k]) looser++;
        });
        const dOut = iv.diff![base.output];
        for (const [i, j] of PAIRS) {
          // The interval-differential bound of ρ is d_i − d_j from the interval sweep's logits.
          const a = { lower: dOut.lower[i] - dOut.upper[j], upper: dOut.upper[i] - dOut.lower[j] };
          const b = rhoRelaxed(base, n2, sy.n1, sy.n2, [i, j], sy.diff);
          if (b.lower < a.lower || b.upper > a.upper) looser++;
          if (b.upper - b.lower < 0.99 * (a.upper - a.lower)) tighter++;
        }
      }
    }
  }
  tt.equal(looser, 0, 'no d or ρ bound got looser');
  tt.ok(tighter > 0, `and ${tighter} ρ bounds got at least 1 % narrower`);
});

const ECG = new URL('../benchmarks/embedded/ecg-mitbih260/', import.meta.url).pathname;
t.test('real ECG int8 pair: symbolic d and ρ bounds hold on sampled beats, and beat CROWN', { skip: !existsSync(ECG) && 'embedded ECG pair missing' }, async tt => {
  const n1 = loadOnnx(`${ECG}ecg_mitbih260_cnn_fp32.onnx`);
  const n2 = loadOnnx(`${ECG}ecg_mitbih260_cnn_int8w.onnx`);
  const [s] = readSamples(`${ECG}mitbih260_beats_subset.csv`, [200], {});
  const eps = 0.0005;
  checkDiffSound(tt, n1, n2, s.x, eps, 'ecg-row200', 1000);
  const box = neighbourhood(s.x, eps, null);
  const sy = diffMethod.compute(n1, n2, box);
  const cr = crownMethod.compute(n1, n2, box);
  const a = rhoRelaxed(n1, n2, cr.n1, cr.n2, [2, 0]);
  const b = rhoRelaxed(n1, n2, sy.n1, sy.n2, [2, 0], sy.diff);
  tt.ok(b.upper - b.lower < 0.5 * (a.upper - a.lower), `symbolic ρ width ${b.upper - b.lower} < half of CROWN's ${a.upper - a.lower}`);
});
