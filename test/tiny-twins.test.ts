/**
 * Hand-computed tiny twins: the exact mode must find the LRSM we derived on paper, every
 * sampled point must lie inside the verified bounds (one-sided), and the implication verdicts
 * must be right with a confirmed counterexample.
 */
import t, { type Test } from 'tap';
import { intervalMethod } from '../src/bounds/interval.js';
import { denseNetwork } from '../src/ir/build.js';
import { forward, argmax } from '../src/layers/forward.js';
import type { Network } from '../src/ir/network.js';
import { neighbourhood } from '../src/rsm/domain.js';
import { rhoAt } from '../src/rsm/objective.js';
import { type RowResult, verifyRow } from '../src/verify/verify.js';
import { type VerifyOptions } from '../src/verify/options.js';
import { createHighsSolver } from '../src/solver/highs.js';
import { samplePoints, testSeed } from './helpers/sampling.js';

const solver = createHighsSolver({ threads: 2 });
t.teardown(() => solver.close());

const opts = (eps: number, extra: Partial<VerifyOptions> = {}): VerifyOptions => ({
  eps,
  domain: null,
  pairs: 'label',
  implication: 'exact',
  timeLimitSec: 30,
  mipRelGap: 1e-9,
  mipAbsGap: 1e-9,
  bounds: intervalMethod,
  ...extra,
});

/** N1: z = [relu(x1+x2), relu(x1−x2)];  N2: z = [x1, 0]. */
const n1 = denseNetwork('tiny-n1', 2, [
  { weights: [[1, 1], [1, -1]], bias: [0, 0], relu: true },
  { weights: [[1, 0], [0, 1]], bias: [0, 0], relu: false },
]);
const n2 = denseNetwork('tiny-n2', 2, [{ weights: [[1, 0], [0, 0]], bias: [0, 0], relu: false }]);

function checkSampled(tt: Test, a: Network, b: Network, x0: Float64Array, eps: number, r: RowResult, name: string): void {
  const box = neighbourhood(x0, eps, null);
  const pts = samplePoints(box, 1000, testSeed(name));
  for (const p of r.pairs) {
    let bad = 0;
    for (const x of pts) {
      const v = rhoAt(a, b, x, p.pair);
      if (v < p.lower || v > p.upper) bad++;
    }
    tt.equal(bad, 0, `pair ${p.pair}: all 1000 sampled ρ inside [${p.lower}, ${p.upper}]`);
    for (const w of [p.lowerWitness, p.upperWitness]) {
      const v = rhoAt(a, b, w.x, p.pair);
      tt.ok(Math.abs(v - w.value) <= 1e-12, 'witness value is its forward-pass ρ');
      tt.ok(v >= p.lower && v <= p.upper, 'witness inside the bounds');
      for (let i = 0; i < w.x.length; i++) tt.ok(w.x[i] >= box.lower[i] && w.x[i] <= box.upper[i], 'witness lies in D');
    }
  }
}

t.test('ρ(x; 0, 1) = relu(x1+x2) − relu(x1−x2) − x1 on [−1,1]² has LRSM [−3, 1]', async tt => {
  const x0 = Float64Array.from([0, 0]);
  const r = await verifyRow(n1, n2, { row: 0, x: x0, label: 0 }, opts(1), solver);
  tt.equal(r.pairs.length, 1);
  const p = r.pairs[0];
  tt.same(p.pair, [0, 1]);
  tt.equal(p.status, 'exact');
  tt.ok(Math.abs(p.lower - -3) < 1e-6, `lower ${p.lower} ≈ −3`);
  tt.ok(Math.abs(p.upper - 1) < 1e-6, `upper ${p.upper} ≈ 1`);
  tt.ok(p.lower <= -3 && p.upper >= 1, 'bounds are outward of the true values');
  tt.ok(Math.abs(p.lowerWitness.value - -3) < 1e-9 && Math.abs(p.upperWitness.value - 1) < 1e-9, 'witnesses attain the optimum');
  tt.ok(Math.abs(p.rsmLower - Math.exp(p.lower)) < 1e-15 && Math.abs(p.rsmUpper - Math.exp(p.upper)) < 1e-12, 'factor form');
  tt.equal(r.binaries.n1, 2, 'both hidden ReLUs are unstable on the box');
  checkSampled(tt, n1, n2, x0, 1, r, 'tiny-relu-diff');
});

t.test('stable neurons need no binaries: x0 = (3, 0.5), ε = 0.25', async tt => {
  const x0 = Float64Array.from([3, 0.5]);
  const r = await verifyRow(n1, n2, { row: 1, x: x0, label: 0 }, opts(0.25), solver);
  tt.equal(r.binaries.n1, 0);
  tt.equal(r.binaries.n2, 0);
  // Both ReLUs active: ρ = (x1+x2) − (x1−x2) − x1 = 2·x2 − x1 over [2.75,3.25]×[0.25,0.75]
  tt.ok(Math.abs(r.pairs[0].lower - (0.5 - 3.25)) < 1e-6);
  tt.ok(Math.abs(r.pairs[0].upper - (1.5 - 2.75)) < 1e-6);
  checkSampled(tt, n1, n2, x0, 0.25, r, 'tiny-stable');
});

t.test('identical twins: ρ ≡ 0 with zero width, and N2 ⇒ N1 holds', async tt => {
  const x0 = Float64Array.from([0.3, -0.2]);
  const r = await verifyRow(n1, n1, { row: 0, x: x0, label: null }, opts(0.5), solver);
  tt.equal(r.labelSource, 'n1');
  for (const p of r.pairs) {
    tt.same([p.lower, p.upper, p.status], [0, 0, 'exact'], `pair ${p.pair}: exactly [0, 0]`);
    tt.equal(p.lowerWitness.value, 0);
  }
  tt.equal(r.implication?.sound, 'holds');
  tt.equal(r.implication?.exact?.verdict, 'holds');
});

t.test('copies shifted by 1e-12 go through the MILP: ρ within τ of the shift, verdicts at the margin', async tt => {
  const x0 = Float64Array.from([0.3, -0.2]); // N1 decides class 1 here
  const copy = (b0: number, b1: number) =>
    denseNetwork(`tiny-n1-copy-${b0}-${b1}`, 2, [
      { weights: [[1, 1], [1, -1]], bias: [0, 0], relu: true },
      { weights: [[1, 0], [0, 1]], bias: [b0, b1], relu: false },
    ]);
  // N2's logit 1 raised by 1e-12: where h2 = h1 − 0.5e-12, N2 decides 1 and N1 decides 0.
  // Attack off (x₀ only): this checks the MILP path; test/attack.test.ts covers refuted-by-attack.
  const up = await verifyRow(n1, copy(0, 1e-12), { row: 0, x: x0, label: null }, opts(0.5, { attack: { budget: { restarts: 0, steps: 0 } } }), solver);
  for (const p of up.pairs) {
    tt.ok(p.lower <= -1e-12 && p.upper >= -1e-12, `pair ${p.pair}: ρ ≡ −1e-12 lies inside [${p.lower}, ${p.upper}]`);
    tt.ok(p.upper - p.lower < 1e-5, 'width within the safety margin');
  }
  tt.equal(up.implication?.exact?.verdict, 'violated', 'a 1e-12-wide violation region is found');
  const cx = up.implication?.exact?.counterexample;
  tt.ok(cx && cx.n2Margin > 0 && cx.n1Margin <= 0, 'and confirmed by the forward pass');
  // N2's logit 0 raised instead: N2 decides 1 only where N1 does, so N2 ⇒ N1 holds (a tie at the boundary).
  const down = await verifyRow(n1, copy(1e-12, 0), { row: 0, x: x0, label: null }, opts(0.5), solver);
  tt.ok(['holds', 'tie'].includes(down.implication?.exact?.verdict ?? ''), `verdict ${down.implication?.exact?.verdict} is holds or tie`);
  tt.not(down.implication?.exact?.verdict, 'violated');
});

/** One input, 2 classes: z = [x + a, 0]. N decides 0 iff x > −a. */
const shifted = (a: number): Network => denseNetwork(`shift${a}`, 1, [{ weights: [[1], [0]], bias: [a, 0], relu: false }]);

t.test('implication holds: N2 decides 0 only for x > 0, N1 already for x > −0.5', async tt => {
  const r = await verifyRow(shifted(0.5), shifted(0), { row: 0, x: Float64Array.from([0.2]), label: 0 }, opts(1), solver);
  tt.equal(r.implication?.exact?.verdict, 'holds');
  tt.equal(r.implication?.sound, 'holds', 'ρ = 0.5 everywhere, so the sufficient check holds too');
  const part = r.implication?.exact?.parts[0];
  tt.ok(part && part.lower !== null && Math.abs(part.lower - 0.5) < 1e-6, 'min z¹_0 − z¹_1 over N2-decides-0 is 0.5');
});

t.test('implication violated: N2 decides 0 for x > −0.5, N1 only for x > 0', async tt => {
  const a = shifted(0);
  const b = shifted(0.5);
  // Attack off (x₀ only): this checks the MILP path; test/attack.test.ts covers refuted-by-attack.
  const r = await verifyRow(a, b, { row: 0, x: Float64Array.from([0.2]), label: 0 }, opts(1, { attack: { budget: { restarts: 0, steps: 0 } } }), solver);
  const ex = r.implication?.exact;
  tt.equal(ex?.verdict, 'violated');
  tt.equal(r.implication?.sound, 'inconclusive');
  const cx = ex?.counterexample;
  tt.ok(cx, 'a counterexample is given');
  if (cx) {
    tt.ok(cx.x[0] >= -0.8 && cx.x[0] <= 1.2, 'counterexample lies in D');
    tt.equal(argmax(forward(b, cx.x)), 0, 'N2 decides 0 on it');
    const z1 = forward(a, cx.x);
    tt.ok(z1[0] <= z1[1], 'N1 does not decide 0 on it');
    tt.ok(forward(b, cx.x)[0] > forward(b, cx.x)[1], 'N2 decides 0 strictly');
  }
});

t.test('implication vacuous: N2 never decides 0 on D', async tt => {
  const r = await verifyRow(shifted(0), shifted(-5), { row: 0, x: Float64Array.from([0.2]), label: 0 }, opts(1), solver);
  tt.equal(r.implication?.exact?.verdict, 'vacuous');
});

t.test('all pairs of a 3-class pair of nets: sampled soundness and ρ(j,i) = −ρ(i,j) consistency', async tt => {
  const a = denseNetwork('a3', 3, [
    { weights: [[1, -2, 0.5], [0.3, 1, -1], [-1, 0.5, 2], [0.7, 0.7, 0.7]], bias: [0.1, -0.2, 0, 0.3], relu: true },
    { weights: [[1, 0, -1, 0.5], [0, 1, 1, -0.5], [-1, 1, 0, 1]], bias: [0, 0.1, -0.1], relu: false },
  ]);
  const b = denseNetwork('b3', 3, [
    { weights: [[1, -2, 0.5], [0.3, 1, -1], [-1, 0.5, 2], [0, 0, 0.7]], bias: [0.1, -0.2, 0, 0.3], relu: true },
    { weights: [[1, 0, -1, 0.5], [0, 1, 1, 0], [-1, 1, 0, 1]], bias: [0, 0.1, -0.1], relu: false },
  ]);
  const x0 = Float64Array.from([0.2, -0.1, 0.4]);
  const r = await verifyRow(a, b, { row: 7, x: x0, label: 1 }, opts(0.5, { pairs: 'all' }), solver);
  tt.equal(r.pairs.length, 3);
  for (const p of r.pairs) tt.equal(p.status, 'exact');
  checkSampled(tt, a, b, x0, 0.5, r, 'tiny-3class');
  const lbl = await verifyRow(a, b, { row: 7, x: x0, label: 1 }, opts(0.5), solver);
  const r01 = r.pairs.find(p => p.pair[0] === 0 && p.pair[1] === 1)!;
  const r10 = lbl.pairs.find(p => p.pair[0] === 1 && p.pair[1] === 0)!;
  tt.ok(Math.abs(r01.lower + r10.upper) < 1e-5 && Math.abs(r01.upper + r10.lower) < 1e-5, 'ρ(1,0) = −ρ(0,1)');
  tt.equal(r.implication?.sound, lbl.implication?.sound, 'the sufficient check reads pairs in either order');
});

t.test('x₀ slightly outside the domain: witnesses and starts stay inside D', async tt => {
  const x0 = Float64Array.from([1.02, 0.5]); // domain [0, 1], ε = 0.05: D = [0.97, 1] × [0.45, 0.55]
  const r = await verifyRow(n1, n2, { row: 0, x: x0, label: 0 }, opts(0.05, { domain: { lo: 0, hi: 1 } }), solver);
  for (const p of r.pairs) {
    for (const w of [p.lowerWitness, p.upperWitness]) {
      tt.ok(w.x[0] >= 0.97 && w.x[0] <= 1 && w.x[1] >= 0.45 && w.x[1] <= 0.55, `witness ${w.x} in D`);
    }
    // Both ReLUs active on D: ρ = 2·x2 − x1 ∈ [0.9 − 1, 1.1 − 0.97].
    tt.ok(Math.abs(p.lower - (0.9 - 1)) < 1e-6 && Math.abs(p.upper - (1.1 - 0.97)) < 1e-6, `[${p.lower}, ${p.upper}]`);
    tt.notOk(p.min.boundRepaired || p.max.boundRepaired, 'no bound was moved by an outside point');
  }
});
