/**
 * Twins with MaxPool (2- and 3-candidate windows, constant-zero candidates after ReLU): the exact
 * MILP must agree with a dense grid search over a 2-D box to grid resolution, and every grid
 * point must lie within the verified bounds (one-sided).
 */
import t from 'tap';
import { crownMethod } from '../src/bounds/crown.js';
import { intervalMethod } from '../src/bounds/interval.js';
import type { IrNode, Network } from '../src/ir/network.js';
import { validateNetwork } from '../src/ir/network.js';
import { csrFromDense } from '../src/ir/sparse.js';
import { rhoAt } from '../src/rsm/objective.js';
import { verifyRow } from '../src/verify/verify.js';
import { createHighsSolver } from '../src/solver/highs.js';

const solver = createHighsSolver({ threads: 2 });
t.teardown(() => solver.close());

/** x ∈ R² → affine(5) → relu → maxpool windows [[0,1],[2,3,4],[0,4]] → affine(2). */
function poolNet(name: string, w1: number[][], b1: number[], w2: number[][]): Network {
  const nodes: IrNode[] = [
    { kind: 'input', name: 'x', size: 2, shape: [2], inputs: [] },
    { kind: 'affine', name: 'fc1', size: 5, shape: [5], inputs: [0], terms: [csrFromDense(5, 2, w1.flat())], bias: Float64Array.from(b1) },
    { kind: 'relu', name: 'relu', size: 5, shape: [5], inputs: [1] },
    { kind: 'maxpool', name: 'pool', size: 3, shape: [3], inputs: [2], windowStarts: Int32Array.from([0, 2, 5, 7]), windowIndices: Int32Array.from([0, 1, 2, 3, 4, 0, 4]) },
    { kind: 'affine', name: 'fc2', size: 2, shape: [2], inputs: [3], terms: [csrFromDense(2, 3, w2.flat())], bias: new Float64Array(2) },
  ];
  return validateNetwork({ source: name, sha256: name, nodes, output: 4, notes: [] });
}

const a = poolNet('pool-a', [[1, 0.5], [-1, 1], [0.3, -2], [1, 1], [-0.5, -0.5]], [0, 0.2, 0.1, -1.5, -3], [[1, -1, 0.5], [-0.5, 1, 1]]);
const b = poolNet('pool-b', [[1, 0.4], [-1, 1], [0.3, -2], [1, 1.1], [-0.5, -0.5]], [0, 0.2, 0, -1.5, -3], [[1, -1, 0.5], [-0.5, 1, 0.9]]);

for (const method of [intervalMethod, crownMethod]) {
  t.test(`maxpool twins agree with a grid search (${method.name} big-M)`, async tt => {
    const x0 = Float64Array.from([0.1, -0.2]);
    const eps = 1;
    const r = await verifyRow(a, b, { row: 0, x: x0, label: 0 }, {
      eps, domain: null, pairs: 'label', implication: 'off', timeLimitSec: 30, mipRelGap: 1e-9, mipAbsGap: 1e-9, bounds: method,
    }, solver);
    const p = r.pairs[0];
    tt.equal(p.status, 'exact');
    tt.ok(r.binaries.n1 + r.binaries.n2 > 0, 'the windows need binaries on this box');
    let lo = Infinity;
    let hi = -Infinity;
    const N = 400;
    for (let i = 0; i <= N; i++) {
      for (let k = 0; k <= N; k++) {
        const v = rhoAt(a, b, [x0[0] - eps + (2 * eps * i) / N, x0[1] - eps + (2 * eps * k) / N], [0, 1]);
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    tt.ok(p.lower <= lo && p.upper >= hi, `grid range [${lo}, ${hi}] inside [${p.lower}, ${p.upper}]`);
    // ρ is piecewise linear with Lipschitz constant below 10 here, so the grid is within 10·(2ε/N) of the optimum.
    const res = 10 * (2 * eps) / N;
    tt.ok(lo - p.lower <= res && p.upper - hi <= res, `bounds within grid resolution ${res} of the grid optimum`);
  });
}
