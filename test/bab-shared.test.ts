/**
 * Branch and bound on shared twins (../shared, the shared-file rule of test/helpers/shared.ts):
 *   - the reference cases of ../shared/reference-lrsm that the MILP finishes: bab is exact,
 *     equal to the independent reference within its 1e-5 and to our MILP within 1e-6·(1 + |v|);
 *   - the ECG CNN pair at ε = 1e-3, where neither method finishes in a short limit: 2,000
 *     sampled points of D and every witness lie inside bab's bounds (one-sided), and they are
 *     no looser than the relaxation they start from.
 */
import { readFileSync } from 'node:fs';
import t from 'tap';
import { readSamples } from '../src/data/read.js';
import { loadOnnx } from '../src/onnx/load.js';
import { neighbourhood } from '../src/rsm/domain.js';
import { rhoAt } from '../src/rsm/objective.js';
import { boundsFor, type Method } from '../src/verify/methods.js';
import { verifyRow } from '../src/verify/verify.js';
import { createHighsSolver } from '../src/solver/highs.js';
import { samplePoints, testSeed } from './helpers/sampling.js';
import type { ReferenceCase } from './helpers/reference-cases.js';
import { needShared } from './helpers/shared.js';

const solver = createHighsSolver({ threads: 2 });
t.teardown(() => solver.close());

type Case = ReferenceCase;

t.test('reference LRSM cases: bab exact and equal to the reference and to the MILP', async tt => {
  const paths = needShared(tt, 'reference-lrsm/cases.json', 'data/mnist/mnist8x8_test_first1000.csv');
  if (!paths) return;
  const cases = (JSON.parse(readFileSync(paths[0], 'utf8')) as Case[]).filter(c => c.n1.includes('mnist8x8')).slice(0, 2);
  tt.ok(cases.length > 0, 'mnist8x8 reference cases found');
  for (const c of cases) {
    const files = needShared(tt, `data/${c.n1}`, `data/${c.n2}`);
    if (!files) return;
    const [n1, n2] = files.map(f => loadOnnx(f));
    const [sample] = readSamples(paths[1], [c.index], { labelColumn: 'first', scale: 1 });
    const run = (method: Method) =>
      verifyRow(n1, n2, sample, { eps: c.eps, domain: { lo: c.domain[0], hi: c.domain[1] }, pairs: [c.pair], implication: 'off', timeLimitSec: 120, mipRelGap: 1e-6, mipAbsGap: 1e-6, bounds: boundsFor(method), method, bab: { threads: 2 } }, solver);
    const [bab, milp] = [(await run('bab')).pairs[0], (await run('milp')).pairs[0]];
    const what = `${c.name} row ${c.index} pair ${c.pair.join(':')}`;
    tt.equal(bab.status, 'exact', `${what}: bab exact (${bab.min.bab?.nodes} + ${bab.max.bab?.nodes} nodes)`);
    tt.ok(Math.abs(bab.lower - c.min.value) <= 1e-5 && Math.abs(bab.upper - c.max.value) <= 1e-5, `${what}: bab [${bab.lower}, ${bab.upper}] vs reference [${c.min.value}, ${c.max.value}]`);
    const tol = (v: number) => 1e-6 * (1 + Math.abs(v));
    if (milp.status === 'exact') tt.ok(Math.abs(bab.lower - milp.lower) <= tol(milp.lower) && Math.abs(bab.upper - milp.upper) <= tol(milp.upper), `${what}: bab equals the MILP [${milp.lower}, ${milp.upper}] within 1e-6·(1 + |v|)`);
    tt.ok(bab.lower <= c.min.value + 1e-6 * (1 + Math.abs(c.min.value)) && bab.upper >= c.max.value - 1e-6 * (1 + Math.abs(c.max.value)), `${what}: the reference optima lie inside bab's bounds`);
  }
});

t.test('ECG CNN pair at ε = 1e-3: bab bounds contain 2,000 samples and every witness', async tt => {
  const files = needShared(tt, 'data/models/ecg/ecg_mitbih260_cnn_fp32.onnx', 'data/models/ecg/ecg_mitbih260_cnn_int8w.onnx');
  if (!files) return;
  const [n1, n2] = files.map(f => loadOnnx(f));
  const data = new URL('../benchmarks/embedded/ecg-mitbih260/mitbih260_beats_subset.csv', import.meta.url).pathname;
  const [sample] = readSamples(data, [0], { labelColumn: 'last', scale: 1 });
  const eps = 1e-3;
  const opts = { eps, domain: null, pairs: [[sample.label ?? 0, (sample.label ?? 0) === 0 ? 1 : 0]] as const, implication: 'off' as const, timeLimitSec: 10, mipRelGap: 1e-6, mipAbsGap: 1e-6, bab: { threads: 2 } };
  const bab = (await verifyRow(n1, n2, sample, { ...opts, bounds: boundsFor('bab'), method: 'bab' }, solver)).pairs[0];
  const diff = (await verifyRow(n1, n2, sample, { ...opts, bounds: boundsFor('diff'), method: 'diff' }, solver)).pairs[0];
  tt.ok(bab.lower >= diff.lower - 1e-12 && bab.upper <= diff.upper + 1e-12, `bab [${bab.lower}, ${bab.upper}] within the relaxation [${diff.lower}, ${diff.upper}]`);
  const pts = samplePoints(neighbourhood(sample.x, eps, null), 2000, testSeed('bab-ecg'));
  const outside = pts.filter(x => {
    const v = rhoAt(n1, n2, x, bab.pair);
    return v < bab.lower || v > bab.upper;
  }).length;
  tt.equal(outside, 0, '2,000 sampled ρ inside the bab bounds');
  for (const w of [bab.lowerWitness, bab.upperWitness, bab.attackLower, bab.attackUpper]) {
    const v = rhoAt(n1, n2, w.x, bab.pair);
    tt.ok(v === w.value && v >= bab.lower && v <= bab.upper, `witness ρ ${v} re-evaluated and inside [${bab.lower}, ${bab.upper}]`);
  }
  for (const side of ['min', 'max'] as const) {
    const h = bab[side].bab?.history ?? [];
    tt.ok(h.length > 0, `${side}: a convergence history (${h.length} points, ${bab[side].bab?.nodes} nodes)`);
  }
});
