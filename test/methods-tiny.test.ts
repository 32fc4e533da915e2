/**
 * Every --method on hand-computed tiny twins: sound against the optimum derived on paper
 * (one-sided: lower ≤ min ρ, upper ≥ max ρ) and against sampled points, nested
 * interval ⊇ crown ⊇ alpha-crown, crown ⊇ diff ⊇ lp ⊇ milp, diff ⊇ auto ⊇ milp, and exact
 * where a MILP ran to the end.
 */
import t, { type Test } from 'tap';
import { denseNetwork } from '../src/ir/build.js';
import type { Network } from '../src/ir/network.js';
import { neighbourhood } from '../src/rsm/domain.js';
import { rhoAt } from '../src/rsm/objective.js';
import { boundsFor, METHODS, type Method } from '../src/verify/methods.js';
import { type PairResult, verifyRow } from '../src/verify/verify.js';
import { createHighsSolver } from '../src/solver/highs.js';
import { NESTED } from './helpers/nested.js';
import { samplePoints, testSeed } from './helpers/sampling.js';

const solver = createHighsSolver({ threads: 1 });
t.teardown(() => solver.close());

const TOL = 1e-6;

/** N1: z = [relu(x1+x2), relu(x1−x2)]. */
const n1 = denseNetwork('tiny-n1', 2, [
  { weights: [[1, 1], [1, -1]], bias: [0, 0], relu: true },
  { weights: [[1, 0], [0, 1]], bias: [0, 0], relu: false },
]);
/** A distilled-like twin of another architecture: z = [x1, 0]. */
const linear = denseNetwork('tiny-linear', 2, [{ weights: [[1, 0], [0, 0]], bias: [0, 0], relu: false }]);
/** A same-structure twin with one weight changed (−1 → −0.5): z = [relu(x1+x2), relu(x1−x2/2)]. */
const perturbed = denseNetwork('tiny-perturbed', 2, [
  { weights: [[1, 1], [1, -0.5]], bias: [0, 0], relu: true },
  { weights: [[1, 0], [0, 1]], bias: [0, 0], relu: false },
]);

async function allMethods(a: Network, b: Network, x0: Float64Array, eps: number): Promise<Map<Method, PairResult>> {
  const out = new Map<Method, PairResult>();
  for (const method of METHODS) {
    const r = await verifyRow(a, b, { row: 0, x: x0, label: 0 }, {
      eps,
      domain: null,
      pairs: [[0, 1]],
      implication: 'off',
      timeLimitSec: 30,
      mipRelGap: 1e-9,
      mipAbsGap: 1e-9,
      bounds: boundsFor(method),
      method,
      attack: { budget: { restarts: 0, steps: 0 } },
    }, solver);
    out.set(method, r.pairs[0]);
  }
  return out;
}

function checkAll(tt: Test, res: Map<Method, PairResult>, a: Network, b: Network, x0: Float64Array, eps: number, min: number, max: number, name: string): void {
  const pts = samplePoints(neighbourhood(x0, eps, null), 2000, testSeed(name));
  for (const [method, p] of res) {
    tt.ok(p.lower <= min + 1e-12 && p.upper >= max - 1e-12, `${method}: [${p.lower}, ${p.upper}] contains the hand-computed range [${min}, ${max}]`);
    const bad = pts.filter(x => {
      const v = rhoAt(a, b, x, [0, 1]);
      return v < p.lower || v > p.upper;
    }).length;
    tt.equal(bad, 0, `${method}: 2000 sampled ρ inside the bounds`);
  }
  for (const [o, i] of NESTED) {
    const outer = res.get(o)!;
    const inner = res.get(i)!;
    tt.ok(inner.lower >= outer.lower - TOL && inner.upper <= outer.upper + TOL, `${i} [${inner.lower}, ${inner.upper}] ⊆ ${o} [${outer.lower}, ${outer.upper}]`);
  }
  const m = res.get('milp')!;
  tt.equal(m.status, 'exact', 'milp finishes');
  tt.ok(Math.abs(m.lower - min) < 1e-6 && Math.abs(m.upper - max) < 1e-6, `milp [${m.lower}, ${m.upper}] is the exact range`);
  for (const method of ['interval', 'crown', 'alpha-crown', 'diff'] as const) {
    const p = res.get(method)!;
    // A relaxation is 'relaxed', or 'exact' only when a re-checked witness meets both bounds.
    if (p.status === 'exact') tt.ok(Math.abs(p.lower - min) < 1e-6 && Math.abs(p.upper - max) < 1e-6, `${method} claims exact only at the optimum`);
    else tt.equal(p.status, 'relaxed', `${method} status`);
  }
}

t.test('ρ = relu(x1+x2) − relu(x1−x2) − x1 on [−1,1]²: every method contains [−3, 1]; interval gives [−3, 3]', async tt => {
  const x0 = Float64Array.from([0, 0]);
  const res = await allMethods(n1, linear, x0, 1);
  // Interval by hand: z¹₀, z¹₁ ∈ [0, 2], z²₀ = x1 ∈ [−1, 1], z²₁ = 0, so ρ ∈ [0 − 2 − 1, 2 − 0 + 1].
  const iv = res.get('interval')!;
  tt.ok(Math.abs(iv.lower - -3) < 1e-6 && Math.abs(iv.upper - 3) < 1e-6, `interval [${iv.lower}, ${iv.upper}] = [−3, 3]`);
  checkAll(tt, res, n1, linear, x0, 1, -3, 1, 'methods-tiny-linear');
});

t.test('same-structure twins, ρ = relu(x1−x2/2) − relu(x1−x2) on [−1,1]²: exact [−1/2, 1/2]; diff no looser than crown', async tt => {
  // ρ = d₀ − d₁ with d₀ ≡ 0 (identical first neuron) and d₁ = relu(x1−x2) − relu(x1−x2/2).
  // For x2 ≥ 0 the second argument is the larger, so −d₁ ∈ [0, x2/2], 1/2 at x = (1, 1); for
  // x2 ≤ 0, −d₁ ∈ [x2/2, 0], −1/2 at x = (1, −1).
  const x0 = Float64Array.from([0, 0]);
  const res = await allMethods(n1, perturbed, x0, 1);
  checkAll(tt, res, n1, perturbed, x0, 1, -0.5, 0.5, 'methods-tiny-perturbed');
  const width = (m: Method) => res.get(m)!.upper - res.get(m)!.lower;
  tt.ok(width('diff') <= width('crown') + TOL, `diff width ${width('diff')} ≤ crown width ${width('crown')}`);
  tt.ok(width('crown') > 1 + TOL, `crown alone is loose here (${width('crown')} > exact width 1), so the check above has teeth`);
});
