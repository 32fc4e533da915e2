/**
 * The relaxation modes behind --method: on the same queries the bounds nest,
 * interval ⊇ crown ⊇ alpha-crown, crown ⊇ diff ⊇ lp ⊇ milp, diff ⊇ auto ⊇ milp (up to the
 * safety margin), every method is sound against sampled points, and only a MILP or a closed branch and bound reports 'exact'.
 */
import t from 'tap';
import { readSamples } from '../src/data/read.js';
import { loadOnnx } from '../src/onnx/load.js';
import { neighbourhood } from '../src/rsm/domain.js';
import { rhoAt } from '../src/rsm/objective.js';
import { boundsFor, METHODS } from '../src/verify/methods.js';
import { type PairResult, verifyRow } from '../src/verify/verify.js';
import { createHighsSolver } from '../src/solver/highs.js';
import { NESTED } from './helpers/nested.js';
import { samplePoints, testSeed } from './helpers/sampling.js';

const ECG = new URL('../benchmarks/embedded/ecg-mitbih260/', import.meta.url).pathname;
const solver = createHighsSolver({ threads: 2 });
t.teardown(() => solver.close());

t.test('ECG int8 twins, beat 317, ε = 0.0003: nested bounds across methods', async tt => {
  const n1 = loadOnnx(`${ECG}ecg_mitbih260_cnn_fp32.onnx`);
  const n2 = loadOnnx(`${ECG}ecg_mitbih260_cnn_int8w.onnx`);
  const [s] = readSamples(`${ECG}mitbih260_beats_subset.csv`, [317], {});
  const eps = 0.0003;
  const results = new Map<string, readonly PairResult[]>();
  for (const method of METHODS) {
    const bounds = boundsFor(method);
    const r = await verifyRow(n1, n2, s, { eps, domain: null, pairs: [[4, 2], [4, 0]], implication: 'off', timeLimitSec: 60, mipRelGap: 1e-6, mipAbsGap: 1e-6, bounds, method }, solver);
    results.set(method, r.pairs);
    for (const p of r.pairs) {
      if (method === 'auto') tt.ok(p.status === 'exact' || p.status === 'relaxed', `auto status ${p.status}`);
      else tt.equal(p.status, method === 'milp' || method === 'bab' ? 'exact' : 'relaxed', `${method} status`);
    }
  }
  const box = neighbourhood(s.x, eps, null);
  const pts = samplePoints(box, 300, testSeed('methods-ecg'));
  for (let k = 0; k < 2; k++) {
    const tol = 1e-6;
    for (const [o, i] of NESTED) {
      const outer = results.get(o)![k];
      const inner = results.get(i)![k];
      tt.ok(inner.lower >= outer.lower - tol && inner.upper <= outer.upper + tol, `${i} [${inner.lower}, ${inner.upper}] ⊆ ${o} [${outer.lower}, ${outer.upper}]`);
    }
    for (const method of METHODS) {
      const p = results.get(method)![k];
      const bad = pts.filter(x => {
        const v = rhoAt(n1, n2, x, p.pair);
        return v < p.lower || v > p.upper;
      }).length;
      tt.equal(bad, 0, `${method}: 300 sampled ρ inside [${p.lower}, ${p.upper}]`);
    }
    const iv = results.get('interval')![k];
    const ex = results.get('milp')![k];
    tt.ok(iv.upper - iv.lower > 10 * (ex.upper - ex.lower), 'the exact interval is much narrower than the interval-arithmetic one');
  }
});
