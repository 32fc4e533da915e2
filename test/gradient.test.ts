/**
 * Gradients through the IR (layer vjp + DAG driver) against central finite differences, at
 * seeded random points, on coordinates whose ±h perturbation crosses no kink (the same ReLU signs
 * and max-pool argmaxes: the network is affine there and the quotient is exact up to rounding). Covers affine with several CSR terms (a residual add),
 * relu, maxpool, the real ECG CNN, and the twin objective (sum of both networks' gradients).
 */
import t, { type Test } from 'tap';
import seedrandom from 'seedrandom';
import { denseNetwork } from '../src/ir/build.js';
import { forward, forwardAll } from '../src/layers/forward.js';
import { inputGradient, twinObjective } from '../src/layers/gradient.js';
import { type IrNode, type Network, validateNetwork } from '../src/ir/network.js';
import { csrFromDense } from '../src/ir/sparse.js';
import { loadOnnx } from '../src/onnx/load.js';
import { testSeed } from './helpers/sampling.js';

const H = 1e-6;

/** Which side of every kink x lies on: ReLU input signs and the argmax of every max window. */
function pattern(net: Network, x: Float64Array): string {
  const acts = forwardAll(net, x);
  const out: number[] = [];
  net.nodes.forEach(n => {
    if (n.kind === 'relu') for (const a of acts[n.inputs[0]]) out.push(a > 0 ? 1 : 0);
    if (n.kind === 'maxpool') {
      const a = acts[n.inputs[0]];
      for (let o = 0; o < n.size; o++) {
        let best = n.windowStarts[o];
        for (let q = best; q < n.windowStarts[o + 1]; q++) if (a[n.windowIndices[q]] > a[n.windowIndices[best]]) best = q;
        out.push(best);
      }
    }
  });
  return out.join(',');
}

function finiteDiff(f: (x: Float64Array) => number, x: Float64Array, i: number): number {
  const xp = Float64Array.from(x);
  const xm = Float64Array.from(x);
  xp[i] += H;
  xm[i] -= H;
  return (f(xp) - f(xm)) / (2 * H);
}

const dot = (c: ArrayLike<number>, z: ArrayLike<number>): number => {
  let s = 0;
  for (let k = 0; k < c.length; k++) s += c[k] * z[k];
  return s;
};

function randomDense(rng: () => number, rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => (rng() - 0.5) * 2));
}

/** input(4) → affine A(6) → relu → maxpool (windows of 2 over 6, overlapping) → affine over [maxpool, input] (residual) → relu → affine(3). */
function residualNet(seed: string): Network {
  const rng = seedrandom(seed);
  const nodes: IrNode[] = [
    { kind: 'input', name: 'x', size: 4, shape: [4], inputs: [] },
    { kind: 'affine', name: 'a', size: 6, shape: [6], inputs: [0], terms: [csrFromDense(6, 4, randomDense(rng, 6, 4).flat())], bias: Float64Array.from({ length: 6 }, () => rng() - 0.5) },
    { kind: 'relu', name: 'r', size: 6, shape: [6], inputs: [1] },
    { kind: 'maxpool', name: 'p', size: 4, shape: [4], inputs: [2], windowStarts: Int32Array.from([0, 2, 4, 6, 9]), windowIndices: Int32Array.from([0, 1, 1, 2, 3, 4, 3, 4, 5]) },
    {
      kind: 'affine', name: 'res', size: 4, shape: [4], inputs: [3, 0],
      terms: [csrFromDense(4, 4, randomDense(rng, 4, 4).flat()), csrFromDense(4, 4, randomDense(rng, 4, 4).flat())],
      bias: Float64Array.from({ length: 4 }, () => rng() - 0.5),
    },
    { kind: 'relu', name: 'r2', size: 4, shape: [4], inputs: [4] },
    // Reads the relu output twice over (two terms on the same node): gradients must add.
    { kind: 'affine', name: 'out', size: 3, shape: [3], inputs: [5, 5], terms: [csrFromDense(3, 4, randomDense(rng, 3, 4).flat()), csrFromDense(3, 4, randomDense(rng, 3, 4).flat())], bias: new Float64Array(3) },
  ];
  return validateNetwork({ source: 'residual', sha256: seed, nodes, output: 6, notes: [] });
}

/**
 * Compares ∂(cᵀz)/∂xᵢ with the central difference wherever x − h·eᵢ, x and x + h·eᵢ share one
 * activation pattern (the network is then affine on the segment and the quotient is exact up
 * to rounding); other coordinates are skipped and counted.
 */
function checkGradients(tt: Test, net: Network, points: number, seed: string, draw: (rng: () => number) => Float64Array, coords?: number[]): void {
  const rng = seedrandom(seed);
  const classes = net.nodes[net.output].size;
  let checked = 0;
  let skipped = 0;
  let worst = 0;
  for (let p = 0; p < points; p++) {
    const x = draw(rng);
    const c = Float64Array.from({ length: classes }, () => rng() - 0.5);
    const g = inputGradient(net, forwardAll(net, x), c);
    const here = pattern(net, x);
    for (const i of coords ?? [...Array(x.length).keys()]) {
      const xp = Float64Array.from(x);
      const xm = Float64Array.from(x);
      xp[i] += H;
      xm[i] -= H;
      if (pattern(net, xp) !== here || pattern(net, xm) !== here) {
        skipped++;
        continue;
      }
      const fd = (dot(c, forward(net, xp)) - dot(c, forward(net, xm))) / (2 * H);
      worst = Math.max(worst, Math.abs(fd - g[i]) / (1 + Math.abs(fd)));
      checked++;
    }
  }
  tt.ok(checked >= 0.8 * (checked + skipped), `${checked} coordinates checked, ${skipped} skipped at kinks`);
  tt.ok(worst < 1e-6, `largest relative error against finite differences ${worst}`);
}

t.test('dense MLP: gradient of cᵀz matches finite differences', async tt => {
  const rng = seedrandom(testSeed('gradient-mlp'));
  const sizes = [5, 8, 7, 3];
  const net = denseNetwork('mlp', 5, sizes.slice(1).map((n, k) => ({ weights: randomDense(rng, n, sizes[k]), bias: Array.from({ length: n }, () => rng() - 0.5), relu: k < sizes.length - 2 })));
  checkGradients(tt, net, 20, testSeed('gradient-mlp-points'), r => Float64Array.from({ length: 5 }, () => (r() - 0.5) * 4));
});

t.test('residual DAG with maxpool and multi-term affine: gradient matches finite differences', async tt => {
  const net = residualNet(testSeed('gradient-residual'));
  checkGradients(tt, net, 20, testSeed('gradient-residual-points'), r => Float64Array.from({ length: 4 }, () => (r() - 0.5) * 4));
});

t.test('ECG CNN (conv, maxpool, dense): gradient matches finite differences on sampled coordinates', async tt => {
  const ECG = new URL('../benchmarks/embedded/ecg-mitbih260/', import.meta.url).pathname;
  const net = loadOnnx(`${ECG}ecg_mitbih260_cnn_fp32.onnx`);
  const coords = [0, 17, 64, 129, 200, 259];
  checkGradients(tt, net, 3, testSeed('gradient-ecg-points'), r => Float64Array.from({ length: 260 }, () => (r() - 0.5) * 2), coords);
});

t.test('twin objective: value and gradient are the sums over both networks', async tt => {
  const rng = seedrandom(testSeed('gradient-twin'));
  const mk = (name: string) => denseNetwork(name, 3, [
    { weights: randomDense(rng, 4, 3), bias: [0.1, -0.2, 0.3, 0], relu: true },
    { weights: randomDense(rng, 2, 4), bias: [0, 0], relu: false },
  ]);
  const n1 = mk('a');
  const n2 = mk('b');
  const x = Float64Array.from([0.3, -0.7, 0.2]);
  const c1 = [1, -1];
  const c2 = [-1, 1];
  const { value, grad } = twinObjective(n1, n2, x, c1, c2);
  tt.ok(Math.abs(value - (dot(c1, forward(n1, x)) + dot(c2, forward(n2, x)))) < 1e-12, 'value');
  const g1 = inputGradient(n1, forwardAll(n1, x), c1);
  const g2 = inputGradient(n2, forwardAll(n2, x), c2);
  for (let i = 0; i < 3; i++) {
    tt.ok(Math.abs(grad[i] - (g1[i] + g2[i])) < 1e-12, `coordinate ${i}: sum of both gradients`);
    const fd = finiteDiff(y => dot(c1, forward(n1, y)) + dot(c2, forward(n2, y)), x, i);
    tt.ok(Math.abs(fd - grad[i]) < 1e-6, `coordinate ${i}: finite difference ${fd} vs ${grad[i]}`);
  }
});
