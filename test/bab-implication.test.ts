/**
 * Branch and bound with output constraints (src/bab/driver.ts, bound.ts, leaf.ts) and the exact
 * implication by branch and bound (src/bab/implication.ts):
 *   - a hand-computed constrained minimum (a linear twin: min z¹₀ s.t. z²₀ − z²₁ ≥ 1/2 on
 *     [−1, 1] is 1/4), by the MILP root, by ReLU-free input splits alone, and an empty one (+∞);
 *   - on random pruned twins, for every class, bab's implication verdict equals the monolithic
 *     MILP's wherever both decide, with the search forced to split (no root MILP, tiny leaves) and
 *     with its default leaves; every part's lower bound holds at 2,000 sampled points satisfying
 *     N2's decision rows, every `holds` has no sampled counterexample, every counterexample is
 *     re-checked, and every `vacuous` has no sampled point where N2 decides c;
 *   - verify with --method bab and --implication exact gives the MILP method's implication verdicts.
 */
import t from 'tap';
import seedrandom from 'seedrandom';
import { denseNetwork } from '../src/ir/build.js';
import { forward } from '../src/layers/forward.js';
import type { Network } from '../src/ir/network.js';
import { neighbourhood } from '../src/rsm/domain.js';
import { branchAndBound, type BabConfig } from '../src/bab/driver.js';
import { babImplication, decisionRows } from '../src/bab/implication.js';
import { babTwins } from '../src/bab/twins.js';
import { diffMethod } from '../src/bounds/diff.js';
import { encodeJoint } from '../src/encoding/joint.js';
import { confirmCounterexampleOn, decisionMargin, exactImplication, marginFollowUp } from '../src/rsm/implication.js';
import { createHighsSolver } from '../src/solver/highs.js';
import { boundsFor } from '../src/verify/methods.js';
import { verifyRow } from '../src/verify/verify.js';
import { samplePoints, testSeed } from './helpers/sampling.js';

const solver = createHighsSolver({ threads: 1 });
t.teardown(() => solver.close());
const gaps = { mipRelGap: 1e-9, mipAbsGap: 1e-9 };

t.test('a constrained minimum, by hand: min z¹₀ s.t. z²₀ − z²₁ ≥ 1/2 over x ∈ [−1, 1]', async tt => {
  // N1: z¹ = (x, 0); N2: z² = (x, −x) so z²₀ − z²₁ = 2x ≥ 1/2 ⇔ x ≥ 1/4; min z¹₀ = 1/4.
  const n1 = denseNetwork('lin-n1', 1, [{ weights: [[1], [0]], bias: [0, 0], relu: false }]);
  const n2 = denseNetwork('lin-n2', 1, [{ weights: [[1], [-1]], bias: [0, 0], relu: false }]);
  const box = { lower: Float64Array.of(-1), upper: Float64Array.of(1) };
  const c2 = Float64Array.of(1, -1);
  const zero = Float64Array.of(0, 0);
  for (const [name, config] of [['root MILP', {}], ['input splits only', { rootMilpBinaries: -1, leafBinaries: -1, maxNodes: 4000 }]] as const) {
    const r = await branchAndBound({ twins: babTwins(n1, n2), objective: { c1: Float64Array.of(1, 0), c2: zero, constraints: [{ c1: zero, c2, lower: 0.5 }] }, box, starts: [Float64Array.of(-1), Float64Array.of(0.9)], solver, timeLimitSec: 30, ...gaps, config });
    tt.ok(Math.abs(r.witness.value - 0.25) < 1e-6, `${name}: witness value ${r.witness.value} ≈ 1/4 (the start at −1 is infeasible and not taken)`);
    tt.ok(r.bound <= 0.25 + 1e-9 && r.bound >= 0.25 - 1e-5, `${name}: bound ${r.bound} sound and tight`);
  }
  const empty = await branchAndBound({ twins: babTwins(n1, n2), objective: { c1: Float64Array.of(1, 0), c2: zero, constraints: [{ c1: zero, c2, lower: 3 }] }, box, starts: [Float64Array.of(0)], solver, timeLimitSec: 30, ...gaps });
  tt.equal(empty.bound, Infinity, 'no x has 2x ≥ 3: the minimum over nothing is +∞');
  tt.equal(empty.status, 'exact');
});

function randomTwins(seed: string): { n1: Network; n2: Network } {
  const rng = seedrandom(seed);
  const sizes = [3, 8, 8, 3];
  const layers = [];
  for (let k = 1; k < sizes.length; k++) {
    layers.push({
      weights: Array.from({ length: sizes[k] }, () => Array.from({ length: sizes[k - 1] }, () => rng() * 2 - 1)),
      bias: Array.from({ length: sizes[k] }, () => (rng() * 2 - 1) * 0.3),
      relu: k < sizes.length - 1,
    });
  }
  const pruned = layers.map(l => ({ ...l, weights: l.weights.map(r => r.map(w => (rng() < 0.35 ? 0 : w + (rng() - 0.5) * 0.2))) }));
  return { n1: denseNetwork(`${seed}-n1`, 3, layers), n2: denseNetwork(`${seed}-n2`, 3, pruned) };
}

t.test('random pruned twins: bab implication agrees with the MILP, and every part is sound on samples', async tt => {
  const seed = testSeed('bab-implication');
  const rng = seedrandom(seed);
  const seen = new Map<string, number>();
  let agreed = 0;
  const configs: readonly [string, Partial<BabConfig>][] = [
    // No MILP anywhere: only the relaxations, the rows' infeasibility test and the Lagrangian bound close nodes.
    ['input splits, no MILP', { rootMilpBinaries: -1, leafBinaries: -1, maxNodes: 1000 }],
    ['default', {}],
  ];
  for (let trial = 0; trial < 6; trial++) {
    const { n1, n2 } = randomTwins(`${seed}:${trial}`);
    const x0 = Float64Array.from({ length: 3 }, () => rng() * 2 - 1);
    const box = neighbourhood(x0, 0.5 + rng(), null);
    const bounds = diffMethod.compute(n1, n2, box);
    const joint = encodeJoint(n1, n2, box, bounds);
    const samples = samplePoints(box, 2000, `${seed}:${trial}:samples`);
    for (let c = 0; c < 3; c++) {
      const common = { joint, x0, solver, timeLimitSec: 30, ...gaps };
      const milp = await exactImplication({ ...common, c });
      for (const [name, config] of configs) {
        const tw = babTwins(n1, n2);
        const bab = await babImplication({ ...common, n1, n2, twins: tw, box, c, starts: [x0], config, followUp: (j, near) => marginFollowUp({ ...common, c }, j, near) });
        const label = `trial ${trial}, class ${c}, ${name}`;
        seen.set(bab.verdict, (seen.get(bab.verdict) ?? 0) + 1);
        const decisive = (v: string): boolean => v === 'holds' || v === 'violated' || v === 'vacuous';
        if (decisive(bab.verdict) && decisive(milp.verdict)) {
          // holds and vacuous differ only in whether N2 decides c somewhere: both mean no counterexample.
          const norm = (v: string): string => (v === 'vacuous' ? 'holds' : v);
          if (norm(bab.verdict) !== norm(milp.verdict)) tt.fail(`${label}: bab ${bab.verdict}, MILP ${milp.verdict}`);
          else agreed++;
        }
        if (bab.counterexample) {
          const x = Float64Array.from(bab.counterexample.x);
          tt.ok(box.lower.every((l, i) => x[i] >= l && x[i] <= box.upper[i]), `${label}: counterexample in D`);
          tt.ok(confirmCounterexampleOn(n1, n2, x, c) !== null, `${label}: counterexample re-checked`);
        }
        for (const p of bab.parts) {
          const rows = decisionRows(3, c, () => 0);
          const feasible = samples.filter(x => {
            const z2 = forward(n2, x);
            return rows.every(r => r.c2.reduce((a, w, k) => a + w * z2[k], 0) >= r.lower);
          });
          if (p.verdict === 'vacuous' && feasible.length > 0) tt.fail(`${label}, part ${p.j}: vacuous but N2 decides ${c} at ${feasible.length} sampled points`);
          if (p.lower !== null) {
            const bad = feasible.find(x => {
              const z1 = forward(n1, x);
              return z1[c] - z1[p.j] < (p.lower ?? 0) - 1e-7;
            });
            if (bad) tt.fail(`${label}, part ${p.j}: lower bound ${p.lower} above a sampled feasible value`);
          }
          if (p.verdict === 'holds') {
            const cex = feasible.find(x => decisionMargin(forward(n2, x), c) > 0 && forward(n1, x)[c] - forward(n1, x)[p.j] <= 0);
            if (cex) tt.fail(`${label}, part ${p.j}: holds but a sampled point is a counterexample`);
          }
        }
      }
    }
  }
  tt.ok(agreed >= 30, `bab and the MILP decided and agreed on ${agreed} of 36 (trial, class, config) cases`);
  tt.ok((seen.get('holds') ?? 0) + (seen.get('vacuous') ?? 0) > 0 && (seen.get('violated') ?? 0) > 0, `both outcomes occur: ${JSON.stringify(Object.fromEntries(seen))}`);
});

t.test('verify: --method bab runs the implication by branch and bound, with the MILP method\'s verdicts', async tt => {
  const seed = testSeed('bab-implication-verify');
  const rng = seedrandom(seed);
  let compared = 0;
  for (let trial = 0; trial < 6; trial++) {
    const { n1, n2 } = randomTwins(`${seed}:${trial}`);
    const x0 = Float64Array.from({ length: 3 }, () => rng() * 2 - 1);
    const eps = 0.3 + rng();
    const run = (method: 'milp' | 'bab') =>
      verifyRow(n1, n2, { row: 0, x: x0, label: null }, { eps, domain: null, pairs: 'label', implication: 'exact', timeLimitSec: 30, ...gaps, method, bounds: boundsFor(method), bab: { threads: 1 } }, solver);
    const [m, b] = [await run('milp'), await run('bab')];
    const [vm, vb] = [m.implication?.exact?.verdict, b.implication?.exact?.verdict];
    tt.ok(vb !== undefined, `trial ${trial}: bab gives an exact implication verdict (${vb})`);
    const norm = (v: string | undefined): string | undefined => (v === 'vacuous' || v === 'refuted-by-attack' ? (v === 'vacuous' ? 'holds' : 'violated') : v);
    if (vm && vb && ['holds', 'violated'].includes(norm(vm) ?? '') && ['holds', 'violated'].includes(norm(vb) ?? '')) {
      tt.equal(norm(vb), norm(vm), `trial ${trial}: bab ${vb}, milp ${vm}`);
      compared++;
    }
    if (b.implication?.exact?.parts.some(p => p.bab)) tt.pass(`trial ${trial}: parts searched by bab`);
  }
  tt.ok(compared >= 3, `${compared} rows compared`);
});
