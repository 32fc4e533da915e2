import { readFileSync } from 'node:fs';
import { diffMethod } from './src/bounds/diff.js';
import { readSamples } from './src/data/read.js';
import { loadOnnx } from './src/onnx/load.js';
import { verifyRow } from './src/rsm/verify.js';
import { createSolver } from './src/solver/select.js';
const S = '/work/shared/';
const cases = JSON.parse(readFileSync(S + 'reference-lrsm/cases.json', 'utf8'));
for (const name of ['glpk', 'highs'] as const) {
  const solver = await createSolver(name, 1);
  for (const c of cases.slice(0, 8)) {
    const is8 = c.n1.includes('mnist8x8');
    const [s] = readSamples(is8 ? S + 'data/mnist/mnist8x8_test_first1000.csv' : S + 'data/mnist/mnist_test_first100.csv', [c.index], { labelColumn: 'first', scale: is8 ? 1 : 1 / 255 });
    const t0 = performance.now();
    const r = await verifyRow(loadOnnx(S + 'data/' + c.n1), loadOnnx(S + 'data/' + c.n2), s, { eps: c.eps, domain: { lo: 0, hi: 1 }, pairs: [c.pair], implication: 'off', timeLimitSec: 60, mipRelGap: 1e-6, mipAbsGap: 1e-6, bounds: diffMethod }, solver);
    const p = r.pairs[0];
    console.log(name, c.name, c.index, c.pair.join(':'), p.status, p.lower - c.min.value, p.upper - c.max.value, p.min.seconds.toFixed(2), p.max.seconds.toFixed(2), ((performance.now() - t0) / 1000).toFixed(2), r.binaries);
  }
  await solver.close();
}
