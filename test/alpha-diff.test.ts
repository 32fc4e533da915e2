/**
 * The tightened differential bounds (src/bounds/alpha-diff.ts, src/bounds/pool-pairs.ts, the
 * parametrised ReLU-difference step in src/layers/relu-diff.ts):
 *   - on mutated twins (pruned 30/50 %, int8/int4/fp16, perturbed) of an MLP and of a small CNN
 *     with max pooling: ρ bounds with the α-optimised relaxation, the objective bound for random
 *     parameter values (every value must be sound, not only the optimiser's), and the max-pool
 *     pair bounds all hold on 10,000 sampled inputs each (one-sided checks, seeds logged);
 *   - identical twins keep ρ ≡ 0 with zero width;
 *   - the relaxed forward values reproduce the bound (the backward steps' identity), and each
 *     partial derivative of the gradient lies between the one-sided difference quotients (the
 *     bound is piecewise linear in the parameters; the default sits on kinks);
 *   - the new diff is never looser than the previous one (symbolic sweep, no α) on the same
 *     queries, node by node and for ρ, and tighter on the ECG int8 pair.
 */
import { existsSync } from 'node:fs';
import t, { type Test } from 'tap';
import seedrandom from 'seedrandom';
import { alphaDiffLower, diffObjectiveWithGradient, initialParams } from '../src/bounds/alpha-diff.js';
import { concretizeDiffLower, diffBackwardToInput } from '../src/bounds/diff-backward.js';
import { diffMethod, symbolicDiffMethod, twinState } from '../src/bounds/diff.js';
import { readSamples } from '../src/data/read.js';
import type { Bounds } from '../src/ir/bounds.js';
import { denseNetwork, type DenseLayerSpec } from '../src/ir/build.js';
import { forwardAll } from '../src/layers/forward.js';
import { type IrNode, type Network, validateNetwork } from '../src/ir/network.js';
import { csrFromDense } from '../src/ir/sparse.js';
import type { DiffBounds } from '../src/layers/layer.js';
import { RELU_DIFF_PARAMS } from '../src/layers/relu-diff.js';
import { loadOnnx } from '../src/onnx/load.js';
import { neighbourhood } from '../src/rsm/domain.js';
import { type Pair, rhoAlphaDiff, rhoOfLogits, rhoRelaxed } from '../src/rsm/objective.js';
import { makeTwin, TWIN_KINDS } from '../scripts/twin-transforms.js';
import { samplePoints, testSeed } from './helpers/sampling.js';

function randomMlp(seed: string, sizes: number[]): DenseLayerSpec[] {
  const rng = seedrandom(seed);
  return sizes.slice(1).map((n, k) => ({
    weights: Array.from({ length: n }, () => Array.from({ length: sizes[k] }, () => ((rng() - 0.5) * 2) / Math.sqrt(sizes[k]))),
    bias: Array.from({ length: n }, () => (rng() - 0.5) * 0.2),
    relu: k < sizes.length - 2,
  }));
}

/** input 8 → affine 16 → relu → maxpool (windows of 2) → affine 12 → relu → affine 4. */
function poolNet(seed: string): Network {
  const rng = seedrandom(seed);
  const dense = (rows: number, cols: number): number[] => Array.from({ length: rows * cols }, () => ((rng() - 0.5) * 2) / Math.sqrt(cols));
  const bias = (n: number): Float64Array => Float64Array.from({ length: n }, () => (rng() - 0.5) * 0.2);
  const nodes: IrNode[] = [
    { kind: 'input', name: 'x', size: 8, shape: [8], inputs: [] },
    { kind: 'affine', name: 'conv', size: 16, shape: [16], inputs: [0], terms: [csrFromDense(16, 8, dense(16, 8))], bias: bias(16) },
    { kind: 'relu', name: 'relu', size: 16, shape: [16], inputs: [1] },
    { kind: 'maxpool', name: 'pool', size: 8, shape: [8], inputs: [2], windowStarts: Int32Array.from({ length: 9 }, (_, i) => 2 * i), windowIndices: Int32Array.from({ length: 16 }, (_, i) => i) },
    { kind: 'affine', name: 'fc', size: 12, shape: [12], inputs: [3], terms: [csrFromDense(12, 8, dense(12, 8))], bias: bias(12) },
    { kind: 'relu', name: 'relu2', size: 12, shape: [12], inputs: [4] },
    { kind: 'affine', name: 'out', size: 4, shape: [4], inputs: [5], terms: [csrFromDense(4, 12, dense(4, 12))], bias: bias(4) },
  ];
  return validateNetwork({ source: 'pool-net', sha256: `pool-net:${seed}`, nodes, output: 6, notes: [] });
}

const PAIRS: Pair[] = [
  [0, 1],
  [2, 3],
  [1, 3],
];

/** Random parameters in the optimiser's box (p ∈ [−1, 1], q ∈ [0, 1], α² ∈ [0, 1]) for every ReLU node. */
function randomParams(net: Network, rng: () => number): Map<number, Float64Array> {
  const out = new Map<number, Float64Array>();
  net.nodes.forEach((node, id) => {
    if (node.kind !== 'relu') return;
    const p = new Float64Array(RELU_DIFF_PARAMS * node.size);
    for (let k = 0; k < p.length; k++) p[k] = k % RELU_DIFF_PARAMS === 0 || k % RELU_DIFF_PARAMS === 2 ? 2 * rng() - 1 : rng();
    out.set(id, p);
  });
  return out;
}

function checkSound(tt: Test, n1: Network, n2: Network, x0: Float64Array, eps: number, name: string): void {
  const box = neighbourhood(x0, eps, null);
  const b = diffMethod.compute(n1, n2, box);
  const diff = b.diff as readonly DiffBounds[];
  const rho = PAIRS.map(p => rhoAlphaDiff(n1, n2, b.n1, b.n2, p, diff, { iterations: 10, previous: b.previous }));
  // Lower bounds of ρ(0, 1) = d₀ − d₁ at the logits for a few random parameter values.
  const rng = seedrandom(testSeed(`alpha-diff/params/${name}`));
  const k = n1.nodes[n1.output].size;
  const cd = new Float64Array(k);
  cd[0] = 1;
  cd[1] = -1;
  const randomLows = Array.from({ length: 5 }, () => concretizeDiffLower(diffBackwardToInput(twinState(n1, n2, b.n1, b.n2, diff), n1.output, cd, new Float64Array(k), 1, { params: randomParams(n1, rng) }), 1, box)[0]);
  // An optimisation warm-started from random parameters (a sparse start over every neuron) is sound too.
  const startParams = new Map([...randomParams(n1, rng)].map(([id, p]) => [id, { index: Int32Array.from({ length: p.length / RELU_DIFF_PARAMS }, (_, i) => i), values: p }] as const));
  randomLows.push(alphaDiffLower(twinState(n1, n2, b.n1, b.n2, diff), cd, { iterations: 5, start: { params: startParams, beta: new Float64Array(0) } }).lower);
  const pairNodes = diff.map((d, id) => [id, d] as const).filter(([, d]) => d.pairs);
  let badLow = 0;
  let badUp = 0;
  let badRandom = 0;
  let badPair = 0;
  let worst = '';
  for (const x of samplePoints(box, 10000, testSeed(`alpha-diff/${name}`))) {
    const a1 = forwardAll(n1, x);
    const a2 = forwardAll(n2, x);
    PAIRS.forEach((p, q) => {
      const v = rhoOfLogits(a1[n1.output], a2[n2.output], p);
      if (v < rho[q].lower) {
        badLow++;
        worst = `ρ${p} = ${v} < ${rho[q].lower}`;
      }
      if (v > rho[q].upper) {
        badUp++;
        worst = `ρ${p} = ${v} > ${rho[q].upper}`;
      }
    });
    const v01 = rhoOfLogits(a1[n1.output], a2[n2.output], [0, 1]);
    for (const lo of randomLows) {
      if (v01 < lo) {
        badRandom++;
        worst = `ρ(0,1) = ${v01} < ${lo} (random parameters)`;
      }
    }
    for (const [id, d] of pairNodes) {
      const pr = d.pairs!;
      pr.i.forEach((i, q) => {
        const j = pr.j[q];
        const inside = (v: number, bb: Bounds): boolean => v >= bb.lower[q] && v <= bb.upper[q];
        if (!inside(a1[id][i] - a1[id][j], pr.v1) || !inside(a2[id][i] - a2[id][j], pr.v2) || !inside(a1[id][i] - a2[id][i] - (a1[id][j] - a2[id][j]), pr.d)) {
          badPair++;
          worst = `node ${id} pair (${i}, ${j}) outside its pair bounds`;
        }
      });
    }
  }
  tt.equal(badLow, 0, `${name}: ρ ≥ α-diff lower bound at 10,000 points ${worst}`);
  tt.equal(badUp, 0, `${name}: ρ ≤ α-diff upper bound at 10,000 points ${worst}`);
  tt.equal(badRandom, 0, `${name}: the bound of every random parameter value holds ${worst}`);
  tt.equal(badPair, 0, `${name}: max-pool pair bounds hold (${pairNodes.length} nodes with pairs) ${worst}`);
}

t.test('sampling soundness of the α-optimised differential bounds on mutated twins (10,000 points each)', async tt => {
  const mlp = denseNetwork('mlp', 6, randomMlp(testSeed('ad-mlp'), [6, 12, 10, 4]));
  const cnn = poolNet(testSeed('ad-pool'));
  const bases: [Network, Float64Array, number][] = [
    [mlp, Float64Array.from([0.1, -0.3, 0.5, 0.2, -0.1, 0.4]), 0.3],
    [cnn, Float64Array.from([0.2, -0.1, 0.4, 0.0, -0.3, 0.1, 0.5, -0.2]), 0.2],
  ];
  for (const [base, x0, eps] of bases) {
    for (const kind of TWIN_KINDS) checkSound(tt, base, makeTwin(base, kind, testSeed(`ad-${kind}`)), x0, eps, `${base.source}-${kind}`);
  }
  // The pool net's pair bounds are exercised, not vacuous.
  const b = diffMethod.compute(cnn, makeTwin(cnn, 'int8'), neighbourhood(bases[1][1], 0.2, null));
  tt.ok((b.diff as readonly DiffBounds[]).some(d => d.pairs && d.pairs.i.length > 0), 'pool-net int8: some windows get pair bounds');
});

t.test('identical twins: ρ ≡ 0 with zero width under the α-optimised relaxation', async tt => {
  for (const base of [denseNetwork('same', 6, randomMlp('same', [6, 10, 8, 4])), poolNet('same')]) {
    const copy = { ...base, sha256: `${base.sha256}-copy` };
    const box = neighbourhood(new Float64Array(base.nodes[0].size).fill(0.1), 0.3, null);
    const b = diffMethod.compute(base, copy, box);
    const r = rhoAlphaDiff(base, copy, b.n1, b.n2, [0, 1], b.diff!, { iterations: 10 });
    tt.ok(r.lower <= 0 && r.upper >= 0 && r.upper - r.lower <= 1e-9, `${base.source}: ρ ∈ [${r.lower}, ${r.upper}]`);
  }
});

t.test('α-diff: the relaxed forward values reproduce the bound, each partial derivative lies between the one-sided quotients, the optimiser keeps the start', async tt => {
  for (const [base, kind] of [[denseNetwork('grad', 5, randomMlp('grad', [5, 10, 10, 4])), 'int8'], [poolNet('grad'), 'pruned30']] as const) {
    const n2 = makeTwin(base, kind);
    const box = neighbourhood(new Float64Array(base.nodes[0].size).fill(0.05), 0.3, null);
    const b = diffMethod.compute(base, n2, box);
    const tw = twinState(base, n2, b.n1, b.n2, b.diff!);
    for (const [i, j] of PAIRS) {
      const cd = new Float64Array(4);
      cd[i] = 1;
      cd[j] = -1;
      const params = initialParams(tw, base.output);
      const obj = diffObjectiveWithGradient(tw, base.output, cd, params);
      // Identity: L = Cd·d at the output's relaxed forward value, up to the outward rounding slack.
      const out = obj.values[base.output]!;
      const at = cd.reduce((acc, c, k) => acc + c * out.d[k], 0);
      tt.ok(Math.abs(at - obj.value) <= 1e-9 * (1 + Math.abs(at)), `${base.source} (${i}, ${j}): L = ${obj.value}, Cd·g = ${at}`);
      // L is piecewise linear in the parameters and the default sits on kinks (ties between
      // vertices of a region): each partial derivative must lie between the one-sided quotients.
      let checked = 0;
      let bad = 0;
      const h = 1e-7;
      const val = (): number => diffObjectiveWithGradient(tw, base.output, cd, params).value;
      for (const [id, grad] of obj.grads) {
        const p = params.get(id)!;
        for (let k = 0; k < grad.length && checked < 40; k++) {
          if (grad[k] === 0) continue;
          const old = p[k];
          p[k] = old + h;
          const up = val();
          p[k] = old - h;
          const down = val();
          p[k] = old;
          const fwd = (up - obj.value) / h;
          const bwd = (obj.value - down) / h;
          const tol = 1e-3 * (1 + Math.abs(grad[k]));
          if (grad[k] < Math.min(fwd, bwd) - tol || grad[k] > Math.max(fwd, bwd) + tol) bad++;
          checked++;
        }
      }
      tt.equal(bad, 0, `${base.source} (${i}, ${j}): ${checked} partial derivatives lie between the one-sided difference quotients`);
      const r = alphaDiffLower(tw, cd, { iterations: 20 });
      tt.ok(r.lower >= r.initial && r.initial === obj.value, `(${i}, ${j}): optimised ${r.lower} ≥ default ${r.initial}`);
      // Warm start (branch and bound: a child tries its parent's parameters): the start reproduces
      // the bound it was taken at, and iterations besides it only add.
      const again = alphaDiffLower(tw, cd, { iterations: 0, start: r.best });
      tt.ok(Math.abs(again.lower - r.lower) <= 1e-12 * (1 + Math.abs(r.lower)), `(${i}, ${j}): the best parameters as a start give ${again.lower} = ${r.lower}`);
      const more = alphaDiffLower(tw, cd, { iterations: 10, start: r.best });
      tt.ok(more.lower >= again.lower, `(${i}, ${j}): 10 iterations besides: ${more.lower} ≥ ${again.lower}`);
      const alone = alphaDiffLower(tw, cd, { iterations: 5, start: r.best, withDefault: false });
      tt.ok(Math.abs(alone.lower - r.lower) <= 1e-12 * (1 + Math.abs(r.lower)), `(${i}, ${j}): the start alone gives ${alone.lower} = ${r.lower}`);
    }
  }
});

/** Never looser than the previous diff (symbolic sweep without pool pairs or α), node by node and for ρ. */
function compareOld(n1: Network, n2: Network, box: Bounds, pairs: readonly Pair[]): { looser: string[]; tighter: number } {
  const oldB = symbolicDiffMethod.compute(n1, n2, box);
  const newB = diffMethod.compute(n1, n2, box);
  const looser: string[] = [];
  const tol = (v: number): number => 1e-9 * (1 + Math.abs(v));
  oldB.diff!.forEach((d, id) => {
    for (let k = 0; k < d.lower.length; k++) {
      if (newB.diff![id].lower[k] < d.lower[k] - tol(d.lower[k]) || newB.diff![id].upper[k] > d.upper[k] + tol(d.upper[k])) looser.push(`d node ${id} row ${k}`);
    }
  });
  let tighter = 0;
  for (const p of pairs) {
    const a = rhoRelaxed(n1, n2, oldB.n1, oldB.n2, p, oldB.diff);
    const c = rhoAlphaDiff(n1, n2, newB.n1, newB.n2, p, newB.diff!, { iterations: 20, previous: newB.previous });
    if (c.lower < a.lower - tol(a.lower) || c.upper > a.upper + tol(a.upper)) looser.push(`ρ${p}: [${c.lower}, ${c.upper}] vs [${a.lower}, ${a.upper}]`);
    if (c.upper - c.lower < 0.99 * (a.upper - a.lower)) tighter++;
  }
  return { looser, tighter };
}

t.test('the new differential bounds are never looser than the previous ones', async tt => {
  let looser: string[] = [];
  let tighter = 0;
  for (const base of [denseNetwork('mono', 5, randomMlp('mono', [5, 10, 10, 4])), poolNet('mono')]) {
    const x0 = new Float64Array(base.nodes[0].size).fill(0.05);
    for (const kind of TWIN_KINDS) {
      for (const eps of [0.05, 0.3]) {
        const r = compareOld(base, makeTwin(base, kind), neighbourhood(x0, eps, null), PAIRS);
        looser = looser.concat(r.looser.map(s => `${base.source} ${kind} ε=${eps}: ${s}`));
        tighter += r.tighter;
      }
    }
  }
  tt.same(looser, [], 'no d or ρ bound got looser');
  tt.ok(tighter > 0, `and ${tighter} ρ bounds got at least 1 % narrower`);
});

const ECG = new URL('../benchmarks/embedded/ecg-mitbih260/', import.meta.url).pathname;
t.test('real ECG int8 pair: never looser than the previous diff, and at least 30 % narrower', { skip: !existsSync(ECG) && 'embedded ECG pair missing' }, async tt => {
  const n1 = loadOnnx(`${ECG}ecg_mitbih260_cnn_fp32.onnx`);
  const n2 = loadOnnx(`${ECG}ecg_mitbih260_cnn_int8w.onnx`);
  const [s] = readSamples(`${ECG}mitbih260_beats_subset.csv`, [200], {});
  const box = neighbourhood(s.x, 0.0002, null);
  const r = compareOld(n1, n2, box, [[2, 0]]);
  tt.same(r.looser, [], 'no d or ρ bound got looser');
  const oldB = symbolicDiffMethod.compute(n1, n2, box);
  const newB = diffMethod.compute(n1, n2, box);
  const a = rhoRelaxed(n1, n2, oldB.n1, oldB.n2, [2, 0], oldB.diff);
  const c = rhoAlphaDiff(n1, n2, newB.n1, newB.n2, [2, 0], newB.diff!, { iterations: 20, previous: newB.previous });
  tt.ok(c.upper - c.lower < 0.7 * (a.upper - a.lower), `ρ width ${c.upper - c.lower} < 0.7 × previous ${a.upper - a.lower}`);
  // Sampled soundness of the new bounds on this real pair (ρ, one-sided).
  let bad = 0;
  for (const x of samplePoints(box, 2000, testSeed('alpha-diff/ecg'))) {
    const v = rhoOfLogits(forwardAll(n1, x)[n1.output], forwardAll(n2, x)[n2.output], [2, 0]);
    if (v < c.lower || v > c.upper) bad++;
  }
  tt.equal(bad, 0, `2,000 sampled beats' ρ inside [${c.lower}, ${c.upper}]`);
});
