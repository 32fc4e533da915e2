/**
 * Attacks: inner values never leave the verified bounds of any method (one-sided), on tiny
 * twins, the ECG twins and against the independent exact optima of ../shared/reference-lrsm;
 * every witness and counterexample is a real input of D re-checked by the forward pass; a seed
 * reproduces a run; an implication the attack refutes needs no MILP.
 */
import { readFileSync } from 'node:fs';
import t, { type Test } from 'tap';
import { attackImplication } from '../src/attack/implication.js';
import { attackRho } from '../src/attack/rho.js';
import { intervalMethod } from '../src/bounds/interval.js';
import { readSamples } from '../src/data/read.js';
import { denseNetwork } from '../src/ir/build.js';
import { argmax, forward } from '../src/layers/forward.js';
import type { Network } from '../src/ir/network.js';
import { loadOnnx } from '../src/onnx/load.js';
import { type InputDomain, neighbourhood } from '../src/rsm/domain.js';
import { decisionMargin } from '../src/rsm/implication.js';
import { rhoAt } from '../src/rsm/objective.js';
import { boundsFor, METHODS, type Sample, type VerifyMethod, VERIFY_METHODS } from '../src/verify/methods.js';
import { type RowResult, verifyRow } from '../src/verify/verify.js';
import { type VerifyOptions } from '../src/verify/options.js';
import { createHighsSolver } from '../src/solver/highs.js';
import { testSeed } from './helpers/sampling.js';
import { needShared, sharedPath } from './helpers/shared.js';

const solver = createHighsSolver({ threads: 2 });
t.teardown(() => solver.close());

const options = (eps: number, method: VerifyMethod, extra: Partial<VerifyOptions> = {}): VerifyOptions => ({
  eps,
  domain: null,
  pairs: 'label',
  implication: 'exact',
  timeLimitSec: 60,
  mipRelGap: 1e-9,
  mipAbsGap: 1e-9,
  bounds: boundsFor(method),
  method,
  attack: { seed: testSeed('attack-verify') },
  ...extra,
});

function inBox(x: readonly number[], n1: Network, sample: Sample, eps: number, domain: InputDomain | null): boolean {
  const box = neighbourhood(sample.x, eps, domain);
  return x.every((v, i) => v >= box.lower[i] && v <= box.upper[i]);
}

/** Attack values inside [lower, upper] (one-sided, no tolerance), witnesses re-evaluated and in D. */
function checkInner(tt: Test, n1: Network, n2: Network, sample: Sample, r: RowResult, eps: number, domain: InputDomain | null, method: string): void {
  for (const p of r.pairs) {
    tt.ok(p.attackLower.value >= p.lower, `${method} ${p.pair}: attackLower ${p.attackLower.value} ≥ lower ${p.lower}`);
    tt.ok(p.attackUpper.value <= p.upper, `${method} ${p.pair}: attackUpper ${p.attackUpper.value} ≤ upper ${p.upper}`);
    tt.ok(p.gap >= 0, `${method} ${p.pair}: gap ${p.gap} ≥ 0`);
    for (const w of [p.attackLower, p.attackUpper]) {
      tt.equal(rhoAt(n1, n2, w.x, p.pair), w.value, 'attack value is the forward-pass ρ at its witness');
      tt.ok(inBox(w.x, n1, sample, eps, domain), 'attack witness lies in D');
    }
    tt.equal(p.min.boundRepaired || p.max.boundRepaired, false, `${method} ${p.pair}: no point beat a sound bound`);
  }
}

/** N1: z = [relu(x1+x2), relu(x1−x2)];  N2: z = [x1, 0]; on [−1, 1]², ρ(0, 1) has LRSM [−3, 1]. */
const tiny1 = denseNetwork('tiny-n1', 2, [
  { weights: [[1, 1], [1, -1]], bias: [0, 0], relu: true },
  { weights: [[1, 0], [0, 1]], bias: [0, 0], relu: false },
]);
const tiny2 = denseNetwork('tiny-n2', 2, [{ weights: [[1, 0], [0, 0]], bias: [0, 0], relu: false }]);

t.test('tiny twins: attack values inside every method’s bounds, and the attack reaches the exact LRSM [−3, 1]', async tt => {
  const sample = { row: 0, x: Float64Array.from([0, 0]), label: 0 };
  for (const method of VERIFY_METHODS) {
    const r = await verifyRow(tiny1, tiny2, sample, options(1, method, { bounds: method === 'interval' ? intervalMethod : boundsFor(method) }), solver);
    checkInner(tt, tiny1, tiny2, sample, r, 1, null, method);
    const p = r.pairs[0];
    tt.equal(p.attackLower.value, -3, `${method}: attack finds the minimum −3`);
    tt.equal(p.attackUpper.value, 1, `${method}: attack finds the maximum 1`);
    tt.match(p.attack.seed, /^twinmargin:attack-verify|:row0:0:1$/, 'the seed is logged per query');
    if (method === 'milp') tt.ok(Math.abs(p.gap) < 1e-6, `milp: gap ${p.gap} ≈ 0`);
  }
});

t.test('a seed reproduces an attack exactly; another seed is logged as such', async tt => {
  const box = neighbourhood(Float64Array.from([0.2, -0.1]), 0.8, null);
  const x0 = Float64Array.from([0.2, -0.1]);
  const a = attackRho(tiny1, tiny2, box, x0, [0, 1], { restarts: 5, steps: 7 }, 's1');
  const b = attackRho(tiny1, tiny2, box, x0, [0, 1], { restarts: 5, steps: 7 }, 's1');
  const c = attackRho(tiny1, tiny2, box, x0, [0, 1], { restarts: 5, steps: 7 }, 's2');
  tt.same(a.lower, b.lower);
  tt.same(a.upper, b.upper);
  tt.equal(a.info.evaluations, b.info.evaluations);
  tt.equal(c.info.seed, 's2');
  const x0only = attackRho(tiny1, tiny2, box, x0, [0, 1], { restarts: 0, steps: 0 }, 's');
  tt.same(x0only.lower.x, Array.from(x0), 'budget 0 evaluates x₀ only');
  tt.equal(x0only.info.evaluations, 2);
});

/** N1: z = [x, 0] decides 0 for x > 0; N2: z = [x + 0.5, 0] decides 0 for x > −0.5: N2 ⇒ N1 fails on (−0.5, 0]. */
const cex1 = denseNetwork('cex-n1', 1, [{ weights: [[1], [0]], bias: [0, 0], relu: false }]);
const cex2 = denseNetwork('cex-n2', 1, [{ weights: [[1], [0]], bias: [0.5, 0], relu: false }]);

t.test('counterexamples: refuted by attack without a MILP, a real input of D on which the decisions differ', async tt => {
  const sample = { row: 3, x: Float64Array.from([0.3]), label: 0 };
  for (const method of ['milp', 'attack'] as const) {
    const r = await verifyRow(cex1, cex2, sample, options(1, method), solver);
    const im = r.implication;
    tt.ok(im?.attack, `${method}: the implication attack ran`);
    tt.equal(im?.attack?.verdict, 'refuted-by-attack', `${method}: attack verdict`);
    const cex = im?.attack?.counterexample;
    tt.ok(cex, 'a counterexample');
    if (!cex) continue;
    tt.ok(inBox(cex.x, cex1, sample, 1, null), `counterexample ${cex.x} lies in D = [−0.7, 1.3]`);
    const z1 = forward(cex1, cex.x);
    const z2 = forward(cex2, cex.x);
    tt.ok(decisionMargin(z2, 0) > 0 && argmax(z2) === 0, `N2 decides 0 strictly at x = ${cex.x} (z² = ${Array.from(z2)})`);
    tt.ok(decisionMargin(z1, 0) <= 0, `N1 does not decide 0 at x = ${cex.x} (z¹ = ${Array.from(z1)})`);
    tt.ok(cex.x[0] > -0.5 && cex.x[0] <= 0, 'the counterexample lies where it must, in (−0.5, 0]');
    if (method === 'milp') {
      tt.equal(im?.exact?.verdict, 'refuted-by-attack', 'the exact check is settled by the attack');
      tt.equal(im?.exact?.parts.length, 0, 'no MILP was run for it');
    } else {
      tt.equal(im?.exact, undefined, '--method attack runs no exact check');
      for (const p of r.pairs) tt.ok(p.status === 'relaxed' || p.status === 'exact', `status ${p.status}`);
    }
  }
});

t.test('an implication that holds is never refuted by the attack', async tt => {
  // z¹ = 2·z² + 0.1·e₀: wherever N2 decides 0, N1 does too, with a margin of at least 0.1.
  const m2 = denseNetwork('holds-n2', 2, [
    { weights: [[1, -1], [0.5, 1]], bias: [0, 0.1], relu: true },
    { weights: [[1, 0.3], [-0.2, 1]], bias: [0.05, 0], relu: false },
  ]);
  const m1 = denseNetwork('holds-n1', 2, [
    { weights: [[1, -1], [0.5, 1]], bias: [0, 0.1], relu: true },
    { weights: [[2, 0.6], [-0.4, 2]], bias: [0.2, 0], relu: false },
  ]);
  const box = neighbourhood(Float64Array.from([0, 0]), 1, null);
  const a = attackImplication(m1, m2, box, Float64Array.from([0, 0]), 0, { restarts: 8, steps: 50 }, testSeed('attack-holds'));
  tt.equal(a.verdict, 'not-refuted');
  tt.ok(a.best >= 0, `closest max(m¹, −m²) = ${a.best} ≥ 0`);
  const r = await verifyRow(m1, m2, { row: 0, x: Float64Array.from([0, 0]), label: 0 }, options(1, 'milp'), solver);
  tt.equal(r.implication?.exact?.verdict, 'holds');
  tt.not(r.implication?.attack?.verdict, 'refuted-by-attack');
});

const ECG = new URL('../benchmarks/embedded/ecg-mitbih260/', import.meta.url).pathname;

t.test('ECG twins: attack values inside the bounds of every method (beat 317, ε = 0.0003)', async tt => {
  const n1 = loadOnnx(`${ECG}ecg_mitbih260_cnn_fp32.onnx`);
  const n2 = loadOnnx(`${ECG}ecg_mitbih260_cnn_int8w.onnx`);
  const [s] = readSamples(`${ECG}mitbih260_beats_subset.csv`, [317], {});
  for (const method of [...METHODS, 'attack'] as const) {
    const r = await verifyRow(n1, n2, s, options(0.0003, method, { pairs: [[4, 2]], implication: 'sound', mipRelGap: 1e-6, mipAbsGap: 1e-6 }), solver);
    checkInner(tt, n1, n2, s, r, 0.0003, null, method);
    if (method === 'milp') {
      const p = r.pairs[0];
      tt.equal(p.status, 'exact');
      tt.ok(p.attackLower.value - p.lower <= 0.01 * Math.abs(p.lower), `milp: attack min ${p.attackLower.value} within 1 % of |min| ${p.lower}`);
      tt.ok(p.upper - p.attackUpper.value <= 0.01 * Math.abs(p.upper), `milp: attack max ${p.attackUpper.value} within 1 % of |max| ${p.upper}`);
    }
  }
});

interface Case {
  name: string;
  n1: string;
  n2: string;
  index: number;
  eps: number;
  domain: [number, number];
  pair: [number, number];
  min: { value: number };
  max: { value: number };
}
t.test('real twins: attack values inside the independent exact optima of reference-lrsm', async tt => {
  const [casesPath] = needShared(tt, 'reference-lrsm/cases.json') ?? [];
  if (!casesPath) return;
  const cases = JSON.parse(readFileSync(casesPath, 'utf8')) as Case[];
  for (const c of cases) {
    const n1 = loadOnnx(sharedPath(`data/${c.n1}`));
    const n2 = loadOnnx(sharedPath(`data/${c.n2}`));
    const is8x8 = c.n1.includes('mnist8x8');
    const data = sharedPath(is8x8 ? 'data/mnist/mnist8x8_test_first1000.csv' : 'data/mnist/mnist_test_first100.csv');
    const [s] = readSamples(data, [c.index], { labelColumn: 'first', scale: is8x8 || c.domain[1] > 1 ? 1 : 1 / 255 });
    const box = neighbourhood(s.x, c.eps, { lo: c.domain[0], hi: c.domain[1] });
    const x0 = Float64Array.from(s.x, (v, i) => Math.min(box.upper[i], Math.max(box.lower[i], v)));
    const a = attackRho(n1, n2, box, x0, c.pair, { restarts: 8, steps: 50 }, testSeed(`attack-ref-${c.name}-${c.index}-${c.pair}`));
    // The reference optima carry the solver's 1e-6 relative gap; the one-sided check allows only that.
    const tol = (v: number) => 1e-6 * Math.max(1, Math.abs(v));
    tt.ok(a.lower.value >= c.min.value - tol(c.min.value), `${c.name} row ${c.index} ${c.pair}: attack min ${a.lower.value} ≥ exact ${c.min.value}`);
    tt.ok(a.upper.value <= c.max.value + tol(c.max.value), `${c.name} row ${c.index} ${c.pair}: attack max ${a.upper.value} ≤ exact ${c.max.value}`);
    tt.ok(a.lower.x.every((v, i) => v >= box.lower[i] && v <= box.upper[i]) && a.upper.x.every((v, i) => v >= box.lower[i] && v <= box.upper[i]), 'witnesses in D');
  }
});
