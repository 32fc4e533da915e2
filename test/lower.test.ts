/**
 * Max-pool windows rewritten as ReLU trees (src/layers/lower.ts), the form branch and bound
 * searches: the rewrite computes the same function (windows of 1 … 5 inputs, overlapping,
 * constant-zero candidates after ReLU), keeps twins matched, and bab on it gives the exact
 * MILP's values on the original twins, with a grid inside its bounds.
 */
import t from 'tap';
import type { IrNode, Network } from '../src/ir/network.js';
import { validateNetwork } from '../src/ir/network.js';
import { csrFromDense } from '../src/ir/sparse.js';
import { forwardAll } from '../src/layers/forward.js';
import { lowerToRelus } from '../src/layers/lower.js';
import { pairTwins } from '../src/layers/twin-pair.js';
import { affineLayer } from '../src/layers/affine.js';
import { rhoAt } from '../src/rsm/objective.js';
import { verifyRow } from '../src/verify/verify.js';
import { boundsFor } from '../src/verify/methods.js';
import { createHighsSolver } from '../src/solver/highs.js';
import { samplePoints } from './helpers/sampling.js';
import { babTwins, originalBounds } from '../src/bab/twins.js';
import type { SweepDeadline } from '../src/bounds/types.js';
import type { Bounds } from '../src/ir/bounds.js';
import { diffMethod } from '../src/bounds/diff.js';

const solver = createHighsSolver({ threads: 2 });
t.teardown(() => solver.close());

/** x ∈ R² → affine(6) → relu → maxpool over windows of 1, 2, 3, 4 and 5 inputs → affine(3). */
function poolNet(name: string, w1: number[][], b1: number[], w2: number[][]): Network {
  const windows = [[5], [0, 1], [2, 3, 4], [0, 2, 4, 5], [1, 2, 3, 4, 5]];
  const starts = [0];
  for (const w of windows) starts.push(starts[starts.length - 1] + w.length);
  const nodes: IrNode[] = [
    { kind: 'input', name: 'x', size: 2, shape: [2], inputs: [] },
    { kind: 'affine', name: 'fc1', size: 6, shape: [6], inputs: [0], terms: [csrFromDense(6, 2, w1.flat())], bias: Float64Array.from(b1) },
    { kind: 'relu', name: 'relu', size: 6, shape: [6], inputs: [1] },
    { kind: 'maxpool', name: 'pool', size: windows.length, shape: [windows.length], inputs: [2], windowStarts: Int32Array.from(starts), windowIndices: Int32Array.from(windows.flat()) },
    { kind: 'affine', name: 'fc2', size: 3, shape: [3], inputs: [3], terms: [csrFromDense(3, windows.length, w2.flat())], bias: new Float64Array(3) },
  ];
  return validateNetwork({ source: name, sha256: name, nodes, output: 4, notes: [] });
}

const w1 = [[1, 0.5], [-1, 1], [0.3, -2], [1, 1], [-0.5, -0.5], [0.7, -0.2]];
const a = poolNet('pool-a', w1, [0, 0.2, 0.1, -1.5, -3, 0.05], [[1, -1, 0.5, 0.2, -0.3], [-0.5, 1, 1, -0.2, 0.4], [0.2, 0.1, -0.6, 0.5, 0.5]]);
const b = poolNet('pool-b', w1.map(r => r.map(v => v * 1.05)), [0, 0.2, 0, -1.5, -3, 0], [[1, -1, 0.5, 0.2, -0.3], [-0.5, 1, 0.9, -0.2, 0.4], [0.2, 0.1, -0.6, 0.5, 0.45]]);

t.test('the ReLU-tree rewrite computes the same logits and keeps the twins matched', async tt => {
  const la = lowerToRelus(a);
  tt.ok(la.nodes.every(n => n.kind !== 'maxpool'), 'no max-pool node left');
  tt.equal(la.nodes[la.output].name, 'fc2');
  tt.equal(la.nodes.length, 5 - 1 + 3 * 3, 'three levels (windows of up to 5 inputs) of three nodes each replace the pool');
  tt.ok(pairTwins(la, lowerToRelus(b)).ok, 'rewritten twins still pair node by node');
  let worst = 0;
  for (const x of samplePoints({ lower: Float64Array.of(-3, -3), upper: Float64Array.of(3, 3) }, 500, 'lower-forward')) {
    const p = forwardAll(a, x)[a.output];
    const q = forwardAll(la, x)[la.output];
    for (let k = 0; k < p.length; k++) worst = Math.max(worst, Math.abs(p[k] - q[k]));
  }
  tt.ok(worst <= 1e-12, `max |logit difference| ${worst}`);
  tt.equal(lowerToRelus(la), la, 'a network without max-pool is returned as it is');
});

t.test('an affine end summing only zero operands is an exact 0 (no rounding slack)', async tt => {
  // c = a − b over a ∈ [0, 0] (an inactive ReLU) and b ∈ [0, 2]: c ≤ 0 exactly, so the ReLU on c is stable.
  const node = { kind: 'affine' as const, name: 'c', size: 1, shape: [1], inputs: [0], terms: [csrFromDense(1, 2, [1, -1])], bias: new Float64Array(1) };
  const out = affineLayer.interval(node, [{ lower: Float64Array.of(0, 0), upper: Float64Array.of(0, 2) }]);
  tt.equal(out.upper[0], 0);
  tt.ok(out.lower[0] < -2, 'the other end keeps its slack');
});

t.test('bab on the rewritten twins equals the exact MILP on the originals and contains a grid', async tt => {
  const x0 = Float64Array.of(0.1, -0.2);
  const eps = 1;
  const run = (method: 'milp' | 'bab') =>
    verifyRow(a, b, { row: 0, x: x0, label: 0 }, { eps, domain: null, pairs: [[0, 1], [2, 1]], implication: 'off', timeLimitSec: 30, mipRelGap: 1e-7, mipAbsGap: 1e-7, method, bounds: boundsFor(method), bab: { threads: 1, maxNodes: 5000, rootMilpBinaries: 0, leafBinaries: 3 } }, solver);
  const [m, bb] = [await run('milp'), await run('bab')];
  for (let k = 0; k < m.pairs.length; k++) {
    const [p, q] = [m.pairs[k], bb.pairs[k]];
    tt.equal(p.status, 'exact');
    tt.equal(q.status, 'exact', `bab pair ${q.pair} exact`);
    tt.ok(Math.abs(p.lower - q.lower) <= 1e-6 && Math.abs(p.upper - q.upper) <= 1e-6, `pair ${q.pair}: bab [${q.lower}, ${q.upper}] vs milp [${p.lower}, ${p.upper}]`);
    let lo = Infinity;
    let hi = -Infinity;
    for (const x of samplePoints({ lower: Float64Array.of(x0[0] - eps, x0[1] - eps), upper: Float64Array.of(x0[0] + eps, x0[1] + eps) }, 3000, `lower-bab-${k}`)) {
      const v = rhoAt(a, b, x, q.pair);
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    tt.ok(q.lower <= lo && q.upper >= hi, `samples [${lo}, ${hi}] inside [${q.lower}, ${q.upper}]`);
  }
});

t.test("the lowered twins' bounds read back onto the originals' nodes hold at sampled points", async tt => {
  const lt = babTwins(a, b);
  tt.ok(lt.lowered, 'the pool twins are rewritten');
  const box = { lower: Float64Array.of(-1.5, -0.5), upper: Float64Array.of(1, 2) };
  const tb = originalBounds(lt, diffMethod.compute(lt.n1, lt.n2, box));
  tt.equal(tb.n1.length, a.nodes.length, "one bound per original node of N1");
  tt.ok(tb.diff && tb.diff.length === a.nodes.length, 'and per node pair of the difference');
  let outside = 0;
  for (const x of samplePoints(box, 2000, 'lower-map')) {
    const v1 = forwardAll(a, x);
    const v2 = forwardAll(b, x);
    a.nodes.forEach((_, id) => {
      for (let k = 0; k < v1[id].length; k++) {
        const d = v1[id][k] - v2[id][k];
        if (v1[id][k] < tb.n1[id].lower[k] || v1[id][k] > tb.n1[id].upper[k]) outside++;
        if (v2[id][k] < tb.n2[id].lower[k] || v2[id][k] > tb.n2[id].upper[k]) outside++;
        if (tb.diff && (d < tb.diff[id].lower[k] - 1e-12 || d > tb.diff[id].upper[k] + 1e-12)) outside++;
      }
    });
  }
  tt.equal(outside, 0, 'every node value of both originals and their difference inside the read-back bounds, 2,000 points');
});

/** A sweep deadline that passes after `checks` looks at it: a cut at a chosen point of the sweep, without timing. */
function cutAfter(checks: number): SweepDeadline {
  let seen = 0;
  return {
    at: Infinity,
    get cut() {
      return seen++ >= checks;
    },
    set cut(_v: boolean) {},
  };
}

t.test('a lowered sweep stopped at its deadline holds at sampled points (and is wider than the full sweep somewhere)', async tt => {
  const lt = babTwins(a, b);
  const box = { lower: Float64Array.of(-1.5, -0.5), upper: Float64Array.of(1, 2) };
  const full = diffMethod.compute(lt.n1, lt.n2, box);
  const points = samplePoints(box, 2000, 'lower-cut');
  const values = points.map(x => [forwardAll(lt.n1, x), forwardAll(lt.n2, x)] as const);
  const inside = (b: Bounds, v: ArrayLike<number>, k: number): boolean => v[k] >= b.lower[k] && v[k] <= b.upper[k];
  const within = (inner: Bounds, outer: Bounds): boolean => inner.lower.every((l, k) => l >= outer.lower[k] && inner.upper[k] <= outer.upper[k]);
  let cuts = 0;
  let looserSomewhere = 0;
  for (const checks of [0, 1, 2, 4, 7, 12, 10_000]) {
    const cut = diffMethod.compute(lt.n1, lt.n2, box, undefined, cutAfter(checks));
    if (cut.cut) cuts++;
    let outside = 0;
    for (const [v1, v2] of values) {
      lt.n1.nodes.forEach((_, id) => {
        for (let k = 0; k < v1[id].length; k++) {
          if (!inside(cut.n1[id], v1[id], k) || !inside(cut.n2[id], v2[id], k)) outside++;
          const d = v1[id][k] - v2[id][k];
          if (cut.diff && !(d >= cut.diff[id].lower[k] - 1e-12 && d <= cut.diff[id].upper[k] + 1e-12)) outside++;
        }
      });
    }
    if (lt.n1.nodes.some((_, id) => !within(cut.n1[id], full.n1[id]))) looserSomewhere++;
    tt.equal(outside, 0, `cut after ${checks} checks: every lowered node of both twins and their difference inside the cut sweep's bounds at 2,000 points`);
  }
  tt.ok(cuts >= 5, `the early deadlines cut the sweep (${cuts} of 7)`);
  tt.ok(looserSomewhere >= 1, `a cut sweep is looser than the full one somewhere (${looserSomewhere} cut points): the cut is real`);
  tt.notOk(full.cut, 'a sweep without a deadline is never cut');
});

t.test('under --method bab a row whose lowered sweep has no time at all still gives sound bounds containing a grid', async tt => {
  const x0 = Float64Array.of(0.1, -0.2);
  const eps = 1;
  const r = await verifyRow(a, b, { row: 0, x: x0, label: 0 }, { eps, domain: null, pairs: [[0, 1], [2, 1]], implication: 'off', timeLimitSec: 1e-9, mipRelGap: 1e-7, mipAbsGap: 1e-7, method: 'bab', bounds: boundsFor('bab'), bab: { threads: 1 } }, solver);
  for (const q of r.pairs) {
    let outside = 0;
    for (const x of samplePoints({ lower: Float64Array.of(x0[0] - eps, x0[1] - eps), upper: Float64Array.of(x0[0] + eps, x0[1] + eps) }, 2000, `lower-cut-${q.pair}`)) {
      const v = rhoAt(a, b, x, q.pair);
      if (v < q.lower || v > q.upper) outside++;
    }
    tt.equal(outside, 0, `pair ${q.pair}: [${q.lower}, ${q.upper}] holds at 2,000 points`);
    tt.ok(Number.isFinite(q.lower) && Number.isFinite(q.upper), 'finite bounds');
  }
});
