/**
 * Agreement with the independent exact values of ../shared/reference-lrsm/cases.json
 * (a Python model of the same joint MILP, solved by native HiGHS). On every case the reference
 * optima must lie inside our sound bounds (one-sided, up to the reference's own 1e-6 relative
 * gap). The cases that finish in CI time must also be found 'exact' with both ends and both
 * witnesses within 1e-5 of the reference. The mnist_relu_3_100 fp16 pair does not finish in
 * 120 s here (the root LP bound stays far from the optimum), so it is run with a short limit:
 * its bounds must be sound and, thanks to the symbolic differential bounds, within 1.5× the
 * exact width (CROWN alone is about 600× wider there).
 */
import { readFileSync } from 'node:fs';
import t from 'tap';
import { diffMethod } from '../src/bounds/diff.js';
import { readSamples } from '../src/data/read.js';
import { loadOnnx } from '../src/onnx/load.js';
import { verifyRow } from '../src/verify/verify.js';
import { createHighsSolver } from '../src/solver/highs.js';
import type { ReferenceCase } from './helpers/reference-cases.js';
import { needShared, sharedPath } from './helpers/shared.js';

type Case = ReferenceCase;

const [casesPath] = needShared(t, 'reference-lrsm/cases.json') ?? [];
if (casesPath) {
  const cases = JSON.parse(readFileSync(casesPath, 'utf8')) as Case[];
  const solver = createHighsSolver({ threads: 2 });
  t.teardown(() => solver.close());
  for (const c of cases) {
    t.test(`${c.name} row ${c.index} pair ${c.pair.join(':')} eps ${c.eps}`, async tt => {
      const n1 = loadOnnx(sharedPath(`data/${c.n1}`));
      const n2 = loadOnnx(sharedPath(`data/${c.n2}`));
      const is8x8 = c.n1.includes('mnist8x8');
      const data = sharedPath(is8x8 ? 'data/mnist/mnist8x8_test_first1000.csv' : 'data/mnist/mnist_test_first100.csv');
      const scale = is8x8 || c.domain[1] > 1 ? 1 : 1 / 255;
      const [sample] = readSamples(data, [c.index], { labelColumn: 'first', scale });
      tt.equal(sample.label, c.label, 'the data row has the reference label');
      const exactExpected = !c.n1.includes('mnist_relu_3_100');
      const r = await verifyRow(n1, n2, sample, {
        eps: c.eps,
        domain: { lo: c.domain[0], hi: c.domain[1] },
        pairs: [c.pair],
        implication: 'off',
        timeLimitSec: exactExpected ? 120 : 10,
        mipRelGap: 1e-6,
        mipAbsGap: 1e-6,
        bounds: diffMethod,
      }, solver);
      const p = r.pairs[0];
      const refTol = (v: number) => 1e-6 * Math.max(1, Math.abs(v));
      tt.ok(p.lower <= c.min.value + refTol(c.min.value), `reference min ${c.min.value} inside our bound ${p.lower}`);
      tt.ok(p.upper >= c.max.value - refTol(c.max.value), `reference max ${c.max.value} inside our bound ${p.upper}`);
      tt.ok(p.lowerWitness.value >= c.min.value - refTol(c.min.value) && p.upperWitness.value <= c.max.value + refTol(c.max.value), 'our witnesses do not beat the reference optima');
      if (!exactExpected) {
        const ratio = (p.upper - p.lower) / (c.max.value - c.min.value);
        tt.ok(ratio <= 1.5, `${p.status} width ${p.upper - p.lower} is ${ratio.toFixed(3)}× the exact width`);
        return;
      }
      tt.equal(p.status, 'exact');
      tt.ok(Math.abs(p.lower - c.min.value) <= 1e-5, `min ${p.lower} vs reference ${c.min.value}`);
      tt.ok(Math.abs(p.upper - c.max.value) <= 1e-5, `max ${p.upper} vs reference ${c.max.value}`);
      tt.ok(Math.abs(p.lowerWitness.value - c.min.value) <= 1e-5 && Math.abs(p.upperWitness.value - c.max.value) <= 1e-5, 'witnesses attain the reference optima');
    });
  }
}
