/**
 * The peers' properties (src/rsm/properties.ts) on hand-computed tiny twins, with both engines
 * (joint MILP, input splits) and relaxations only: holds, violated and the boundary ties, each
 * counterexample re-checked; then sampled soundness on random ReLU twins (every `holds` checked
 * at 2,000 points, every bound one-sided against them, the three modes never contradicting).
 */
import seedrandom from 'seedrandom';
import t, { type Test } from 'tap';
import { diffMethod } from '../src/bounds/diff.js';
import { denseNetwork } from '../src/ir/build.js';
import { forward } from '../src/layers/forward.js';
import type { Network } from '../src/ir/network.js';
import type { Bounds } from '../src/ir/bounds.js';
import { checkProperty, parseProperty, type Property, type PropertyResult, Region, softmaxAt } from '../src/verify/properties.js';
import { decisionMargin } from '../src/rsm/implication.js';
import { createHighsSolver } from '../src/solver/highs.js';
import { samplePoints, testSeed } from './helpers/sampling.js';
import { pgdMinimize } from '../src/attack/pgd.js';
import { twinObjective } from '../src/layers/gradient.js';

const solver = createHighsSolver({ threads: 2 });
t.teardown(() => solver.close());

type Mode = 'milp' | 'split' | 'relaxed';

async function run(n1: Network, n2: Network, box: Bounds, spec: string, mode: Mode, timeLimitSec = 20): Promise<PropertyResult> {
  const tb = diffMethod.compute(n1, n2, box);
  const r = new Region(n1, n2, box, tb, solver, timeLimitSec, { budget: { restarts: 4, steps: 20 }, seed: 'equiv-test' }, 20, mode === 'split' ? 'split' : 'milp');
  return checkProperty(r, parseProperty(spec, 2), { milp: mode !== 'relaxed' });
}

const unitBox = (n = 2): Bounds => ({ lower: new Float64Array(n), upper: new Float64Array(n).fill(1) });

/** Whether x violates the property, by our forward pass (the property's own definition). */
function violates(n1: Network, n2: Network, p: Property, x: ArrayLike<number>): boolean {
  const z1 = forward(n1, x);
  const z2 = forward(n2, x);
  switch (p.kind) {
    case 'diff': {
      const q = z2[p.t] - z1[p.t];
      return !(-p.eps < q && q < p.eps);
    }
    case 'linf':
      return Array.from(z1).some((v, k) => Math.abs(v - z2[k]) > p.eps);
    case 'top1': {
      for (let c = 0; c < z1.length; c++) {
        const d1 = decisionMargin(z1, c) > 0;
        const d2 = decisionMargin(z2, c) > 0;
        if (d1 !== d2) return true;
      }
      return false;
    }
    case 'delta-top1':
      return Array.from(z1).some((_, c) => softmaxAt(z1, c) > p.delta && !(decisionMargin(z2, c) > 0));
  }
}

function inBox(box: Bounds, x: readonly number[]): boolean {
  return x.every((v, i) => v >= box.lower[i] && v <= box.upper[i]);
}

function checkCounterexample(tt: Test, n1: Network, n2: Network, box: Bounds, spec: string, r: PropertyResult): void {
  const c = r.counterexample;
  if (!c) {
    tt.fail(`${spec}: violated without a counterexample`);
    return;
  }
  tt.ok(inBox(box, c.x), `${spec}: counterexample in D`);
  tt.ok(violates(n1, n2, parseProperty(spec), c.x), `${spec}: the counterexample violates the property (${c.violates})`);
  tt.same(c.z1, Array.from(forward(n1, c.x)), `${spec}: z1 is N1's forward pass`);
  tt.same(c.z2, Array.from(forward(n2, c.x)), `${spec}: z2 is N2's forward pass`);
}

// N1: z = [x0 + x1, x0 − x1];  N2: z = [1.5·x0 + x1, x0 − x1].  On [0, 1]²:
// z²₀ − z¹₀ = 0.5·x0 ∈ [0, 0.5], z²₁ − z¹₁ = 0, max_k |z¹_k − z²_k| = 0.5 (at x0 = 1).
const lin1 = denseNetwork('lin-n1', 2, [{ weights: [[1, 1], [1, -1]], bias: [0, 0], relu: false }]);
const lin2 = denseNetwork('lin-n2', 2, [{ weights: [[1.5, 1], [1, -1]], bias: [0, 0], relu: false }]);

t.test('diff:T:EPS on hand-computed linear twins (strict: ±ε itself is a violation)', async tt => {
  for (const mode of ['milp', 'split', 'relaxed'] as const) {
    const holds = await run(lin1, lin2, unitBox(), 'diff:0:0.6', mode);
    tt.equal(holds.verdict, 'holds', `${mode}: 0.5·x0 < 0.6`);
    tt.ok((holds.bounds.lower as number) <= 0 && (holds.bounds.upper as number) >= 0.5 && (holds.bounds.upper as number) < 0.6, `${mode}: proven [${holds.bounds.lower}, ${holds.bounds.upper}] ⊇ [0, 0.5]`);
    tt.equal((await run(lin1, lin2, unitBox(), 'diff:1:0.001', mode)).verdict, 'holds', `${mode}: output 1 is identical`);
    for (const spec of ['diff:0:0.3', 'diff:0:0.5']) {
      const v = await run(lin1, lin2, unitBox(), spec, mode);
      tt.equal(v.verdict, 'violated', `${mode}: ${spec}`);
      checkCounterexample(tt, lin1, lin2, unitBox(), spec, v);
    }
  }
  // The tie: at ε = 0.5 the maximum 0.5 is reached exactly, at x0 = 1.
  const tie = await run(lin1, lin2, unitBox(), 'diff:0:0.5', 'milp');
  tt.equal((tie.counterexample as { z2: number[]; z1: number[] }).z2[0] - (tie.counterexample as { z1: number[] }).z1[0], 0.5, 'the tie is reported as a violation, at the value ε itself');
});

t.test('linf:EPS on the same twins (non-strict: a maximum at ε is a tie, unknown)', async tt => {
  for (const mode of ['milp', 'split', 'relaxed'] as const) {
    const h = await run(lin1, lin2, unitBox(), 'linf:0.6', mode);
    tt.equal(h.verdict, 'holds', `${mode}: max |d| = 0.5 ≤ 0.6`);
    tt.ok((h.bounds.upper as number) >= 0.5 && (h.bounds.upper as number) <= 0.6, `${mode}: proven max |d| ≤ ${h.bounds.upper}`);
    const v = await run(lin1, lin2, unitBox(), 'linf:0.4', mode);
    tt.equal(v.verdict, 'violated', `${mode}: 0.5 > 0.4`);
    checkCounterexample(tt, lin1, lin2, unitBox(), 'linf:0.4', v);
  }
  const tie = await run(lin1, lin2, unitBox(), 'linf:0.5', 'milp');
  tt.equal(tie.verdict, 'unknown', 'max |d| = ε exactly: not provable within solver tolerance');
  tt.equal(tie.tie, true, 'and stated as a tie');
  tt.ok(Math.abs((tie.bounds.reached as number) - 0.5) < 1e-12, 'the tie value is reached');
});

// N1: z = [x0, x1]. N2 shifts class 1 by 0.25: N1 decides 0 where x0 > x1, N2 where x0 > x1 + 0.25.
const id1 = denseNetwork('id-n1', 2, [{ weights: [[1, 0], [0, 1]], bias: [0, 0], relu: false }]);
const shift25 = denseNetwork('shift-n2', 2, [{ weights: [[1, 0], [0, 1]], bias: [0, 0.25], relu: false }]);
const double = denseNetwork('double-n2', 2, [{ weights: [[2, 0], [0, 2]], bias: [0, 0], relu: false }]);

t.test('top1: violated, holds away from the boundary, and the tie on a shared boundary', async tt => {
  for (const mode of ['milp', 'relaxed'] as const) {
    const v = await run(id1, shift25, unitBox(), 'top1', mode);
    tt.equal(v.verdict, 'violated', `${mode}: x0 − x1 ∈ (0, 0.25] decides differently`);
    checkCounterexample(tt, id1, shift25, unitBox(), 'top1', v);
  }
  const away: Bounds = { lower: Float64Array.of(0.6, 0), upper: Float64Array.of(1, 0.3) };
  tt.equal((await run(id1, shift25, away, 'top1', 'relaxed')).verdict, 'holds', 'x0 − x1 ≥ 0.3 > 0.25: both decide 0 everywhere (by relaxation)');
  // N2 = 2·N1 decides exactly like N1, but both share the boundary x0 = x1: the exact check finds
  // its minimum at 0 and states the tie instead of claiming holds.
  const tie = await run(id1, double, unitBox(), 'top1', 'milp');
  tt.equal(tie.verdict, 'unknown');
  tt.equal(tie.tie, true, 'tie stated');
  tt.notOk(tie.counterexample, 'no counterexample');
});

// N1: z = 10·[x0, x1]; softmax(z¹)₀ > 0.9 ⟺ x0 − x1 > ln 9 / 10 ≈ 0.2197 (K = 2: the margin form is exact).
const ten = denseNetwork('ten-n1', 2, [{ weights: [[10, 0], [0, 10]], bias: [0, 0], relu: false }]);
const shift20 = denseNetwork('shift20-n2', 2, [{ weights: [[1, 0], [0, 1]], bias: [0, 0.2], relu: false }]);

t.test('delta-top1: holds when N2 shifts by less than the premise margin, violated when by more', async tt => {
  const h = await run(ten, shift20, unitBox(), 'delta-top1:0.9', 'milp');
  tt.equal(h.verdict, 'holds', 'premise x0 − x1 > 0.2197 ⇒ N2 margin > 0.0197');
  const v = await run(ten, shift25, unitBox(), 'delta-top1:0.9', 'milp');
  tt.equal(v.verdict, 'violated', 'x0 − x1 ∈ (0.2197, 0.25]: N1 is 90 % sure of 0, N2 decides 1');
  checkCounterexample(tt, ten, shift25, unitBox(), 'delta-top1:0.9', v);
  const r = await run(ten, shift25, unitBox(), 'delta-top1:0.9', 'relaxed');
  tt.not(r.verdict, 'holds', 'relaxed: never holds where the MILP found a counterexample');
  // δ = 0.99: premise x0 − x1 > ln 99 / 10 ≈ 0.4595 > 0.25, so shift25 satisfies it.
  tt.equal((await run(ten, shift25, unitBox(), 'delta-top1:0.99', 'milp')).verdict, 'holds', 'δ = 0.99 holds');
});

/** A random 2-layer ReLU net and a twin with every weight perturbed by up to ±`noise` (relative). */
function randomTwins(seed: string, noise: number): [Network, Network] {
  const rng = seedrandom(seed);
  const layer = (rows: number, cols: number, relu: boolean) => ({ weights: [...Array(rows)].map(() => [...Array(cols)].map(() => 2 * rng() - 1)), bias: [...Array(rows)].map(() => 0.5 * (2 * rng() - 1)), relu });
  const spec = [layer(6, 3, true), layer(6, 6, true), layer(2, 6, false)];
  const twin = spec.map(l => ({ ...l, weights: l.weights.map(r => r.map(w => w * (1 + noise * (2 * rng() - 1)))), bias: l.bias.map(b => b * (1 + noise * (2 * rng() - 1))) }));
  return [denseNetwork(`${seed}-n1`, 3, spec), denseNetwork(`${seed}-n2`, 3, twin)];
}

t.test('sampled soundness on random ReLU twins: holds never refuted by 2,000 points, bounds one-sided, modes agree', async tt => {
  const seed = testSeed('equiv-random');
  const specs = ['diff:0:0.02', 'diff:1:0.1', 'linf:0.05', 'linf:0.2', 'top1', 'delta-top1:0.8'];
  for (let k = 0; k < 3; k++) {
    const [n1, n2] = randomTwins(`${seed}:${k}`, 0.05);
    const c = [0.2, -0.1, 0.3].map(v => v + 0.1 * k);
    const box: Bounds = { lower: Float64Array.from(c, v => v - 0.15), upper: Float64Array.from(c, v => v + 0.15) };
    const points = samplePoints(box, 2000, `${seed}:${k}:points`);
    for (const spec of specs) {
      const p = parseProperty(spec);
      const sampledViolation = (): boolean => points.some(x => violates(n1, n2, p, x));
      const verdicts: string[] = [];
      for (const mode of ['milp', 'split', 'relaxed'] as const) {
        if (mode === 'split' && (p.kind === 'top1' || p.kind === 'delta-top1')) continue;
        const r = await run(n1, n2, box, spec, mode, 10);
        verdicts.push(r.verdict);
        const name = `twins ${k}, ${spec}, ${mode}`;
        if (r.verdict === 'violated') checkCounterexample(tt, n1, n2, box, spec, r);
        if (p.kind === 'diff') {
          // An independent attack (8 × 50, other seeds) on both ends of z²_t − z¹_t joins the samples.
          const c1 = new Float64Array(2);
          const c2 = new Float64Array(2);
          c1[p.t] = -1;
          c2[p.t] = 1;
          for (const s of [1, -1]) {
            const a = pgdMinimize(box, points[0], x => twinObjective(n1, n2, x, c1.map(v => s * v), c2.map(v => s * v)), { restarts: 8, steps: 50 }, `${seed}:${k}:${spec}:attack:${s}`);
            points.push(a.x);
          }
          const q = points.map(x => forward(n2, x)[p.t] - forward(n1, x)[p.t]);
          tt.ok(q.every(v => v >= (r.bounds.lower as number) && v <= (r.bounds.upper as number)), `${name}: sampled and attacked z2[t] − z1[t] within [${r.bounds.lower}, ${r.bounds.upper}]`);
        }
        if (r.verdict === 'holds') tt.notOk(sampledViolation(), `${name}: holds and no sampled or attacked point violates it`);
        if (p.kind === 'linf') {
          const m = Math.max(...points.map(x => Math.max(...Array.from(forward(n1, x), (v, i) => Math.abs(v - forward(n2, x)[i])))));
          tt.ok(m <= (r.bounds.upper as number), `${name}: sampled max |d| ${m} ≤ ${r.bounds.upper}`);
        }
      }
      tt.notOk(verdicts.includes('holds') && verdicts.includes('violated'), `twins ${k}, ${spec}: modes never contradict (${verdicts.join(', ')})`);
    }
  }
});
