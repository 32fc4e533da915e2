/**
 * The dense differential pass (src/bounds/dense-diff.ts) and the input-split engine on it:
 *   - a hand-built .nnet twin whose difference δ₀ = z²₀ − z¹₀ is hand-computed on three boxes
 *     (both twins stably active: δ₀ = 0.1·x̃₀ exactly; both inactive: 0; unstable: within the
 *     ReLU-difference envelope [min(δ, 0), max(δ, 0)] of the pre-activation δ);
 *   - one-sided soundness on random sub-boxes of ACAS Xu 1_1's property-1 box: every node's
 *     bounds of N1, N2 and δ, and the range of z²₀ − z¹₀, contain the values at 2,000 sampled
 *     points;
 *   - the checker can fail: a planted bug (the ΔW·a¹ term's sign flipped in a copy of the chain)
 *     is caught by the same sampled check, on the tiny twin and on an ACAS sub-box;
 *   - ACAS 1_1's property 1 at ε = 0.05 decided by the dense splitter (one end), its proven
 *     lower bound below the sampled minimum;
 *   - equiv's diff property through `dense-split` on the tiny twin: holds and violated as
 *     hand-computed, and the splitter's own verdicts with a useless root bound.
 */
import t from 'tap';
import { type DenseChain, denseChain, denseDiffPass, denseDiffRange } from '../src/bounds/dense-diff.js';
import { diffMethod, symbolicDiffMethod } from '../src/bounds/diff.js';
import type { Bounds } from '../src/ir/bounds.js';
import type { Network } from '../src/ir/network.js';
import { forwardAll } from '../src/layers/forward.js';
import { loadNnet, nnetToNetwork, parseNnet } from '../src/onnx/nnet.js';
import { createSolver } from '../src/solver/select.js';
import { autoEngine, splitMin } from '../src/verify/input-split.js';
import { checkProperty, parseProperty, Region } from '../src/verify/properties.js';
import { evalObjective } from '../src/verify/linear-end.js';
import { tinyNnet } from './helpers/nnet-twin.js';
import { samplePoints, testSeed } from './helpers/sampling.js';
import { needShared } from './helpers/shared.js';

function tiny(w00: number): Network {
  return nnetToNetwork(parseNnet(tinyNnet(w00), `tiny-${w00}.nnet`), `tiny-${w00}.nnet`, `tiny:${w00}`);
}

const t1 = tiny(1);
const t2 = tiny(1.1);
const box = (lo: number, hi: number): Bounds => ({ lower: Float64Array.of(lo, lo), upper: Float64Array.of(hi, hi) });

/** Sampled values outside a pass's bounds (node bounds of N1, N2, δ and the output range of z²ₜ − z¹ₜ): 0 when sound on the samples. */
function outside(chain: DenseChain, b: Bounds, points: readonly Float64Array[], t = 0): number {
  const p = denseDiffPass(chain, b);
  const r = denseDiffRange(chain, b, t);
  let bad = 0;
  for (const x of points) {
    const a1 = forwardAll(chain.n1, x);
    const a2 = forwardAll(chain.n2, x);
    const out = chain.n1.output;
    const q = a2[out][t] - a1[out][t];
    if (q < r.lower || q > r.upper) bad++;
    for (let id = 1; id < a1.length; id++) {
      for (let i = 0; i < a1[id].length; i++) {
        const d = a2[id][i] - a1[id][i];
        if (a1[id][i] < p.b1[id].lower[i] || a1[id][i] > p.b1[id].upper[i]) bad++;
        if (a2[id][i] < p.b2[id].lower[i] || a2[id][i] > p.b2[id].upper[i]) bad++;
        if (d < p.bd[id].lower[i] || d > p.bd[id].upper[i]) bad++;
      }
    }
  }
  return bad;
}

/** A copy of the chain with the ΔW·a¹ term's sign flipped (a planted bug). */
function flipped(chain: DenseChain): DenseChain {
  return { ...chain, steps: chain.steps.map(s => (s.kind === 'affine' ? { ...s, dw: s.dw.map(v => -v) } : s)) };
}

t.test('tiny twin: hand-computed δ bounds in each ReLU case', async tt => {
  const chain = denseChain(t1, t2);
  if (!chain) throw new Error('the tiny .nnet twins are a dense chain');
  // x ∈ [3, 4]²: x̃ = (x − 2)/4 ∈ [0.25, 0.5]², hidden 0 = w00·x̃₀ + x̃₁ > 0 in both twins, z₀ = it,
  // so δ₀ = 0.1·x̃₀ ∈ [0.025, 0.05] exactly.
  const act = denseDiffRange(chain, box(3, 4), 0);
  tt.ok(Math.abs(act.lower - 0.025) < 1e-12 && Math.abs(act.upper - 0.05) < 1e-12, `both active: [${act.lower}, ${act.upper}] = [0.025, 0.05]`);
  // x ∈ [0, 1]²: x̃ ∈ [−0.5, −0.25]², hidden 0 < 0 in both: δ₀ = 0.
  const off = denseDiffRange(chain, box(0, 1), 0);
  tt.ok(Math.abs(off.lower) < 1e-12 && Math.abs(off.upper) < 1e-12, `both inactive: [${off.lower}, ${off.upper}] = [0, 0]`);
  // x ∈ [0, 4]²: x̃ ∈ [−0.5, 0.5]², unstable; the pre-activation δ = 0.1·x̃₀ ∈ [−0.05, 0.05], so
  // δ₀ = relu(z²) − relu(z¹) ∈ [−0.05, 0.05].
  const mix = denseDiffRange(chain, box(0, 4), 0);
  tt.ok(mix.lower >= -0.05 - 1e-12 && mix.upper <= 0.05 + 1e-12, `unstable: [${mix.lower}, ${mix.upper}] within [−0.05, 0.05]`);
  const seed = testSeed('dense-diff-tiny');
  for (const b of [box(3, 4), box(0, 1), box(0, 4), box(1.5, 2.5)]) {
    tt.equal(outside(chain, b, samplePoints(b, 2000, seed)), 0, `box [${b.lower[0]}, ${b.upper[0]}]²: every sampled value inside the pass's bounds`);
  }
  // The planted bug: δ₀ would be −0.1·x̃₀ on the active box; the sampled check catches it.
  tt.ok(outside(flipped(chain), box(3, 4), samplePoints(box(3, 4), 2000, seed)) > 0, 'flipped ΔW sign: the sampled check fails');
  tt.equal(denseChain(t1, tiny(1.1)) !== null, true, 'twins of equal shapes are a chain');
  tt.equal(autoEngine(t1, t2), 'dense-split', 'auto picks dense-split for a dense chain with 2 inputs');
});

t.test('ACAS Xu 1_1: sampled soundness on random sub-boxes of property 1; a planted bug is caught', async tt => {
  const paths = needShared(tt, 'data/peers/acas/ACASXU_run2a_1_1_batch_2000.nnet', 'data/peers/acas/ACASXU_run2a_1_1_batch_2000_16bit.nnet');
  if (!paths) return;
  const n1 = loadNnet(paths[0]);
  const n2 = loadNnet(paths[1]);
  const chain = denseChain(n1, n2);
  if (!chain) throw new Error('the ACAS twins are a dense chain');
  const root: Bounds = { lower: Float64Array.of(55947.691, -Math.PI, -Math.PI, 1145, 0), upper: Float64Array.of(60760, Math.PI, Math.PI, 1200, 60) };
  const seed = testSeed('dense-diff-acas');
  const pick = samplePoints(root, 64, `${seed}:corners`);
  let k = 0;
  for (const frac of [1, 0.25, 1 / 16, 1 / 64]) {
    for (let rep = 0; rep < 2; rep++) {
      const c = pick[k++];
      const lower = Float64Array.from(c, (v, i) => Math.max(root.lower[i], v - 0.5 * frac * (root.upper[i] - root.lower[i])));
      const upper = Float64Array.from(c, (v, i) => Math.min(root.upper[i], lower[i] + frac * (root.upper[i] - root.lower[i])));
      const b = { lower, upper };
      tt.equal(outside(chain, b, samplePoints(b, 2000, `${seed}:${frac}:${rep}`)), 0, `width ${frac} of the root, box ${rep}: every sampled value inside`);
      // With a parent's sweep as prior (the splitter's children): still sound.
      const prior = symbolicDiffMethod.compute(n1, n2, b);
      const r = denseDiffRange(chain, b, 0, prior);
      const bad = samplePoints(b, 500, `${seed}:prior:${frac}:${rep}`).filter(x => {
        const q = forwardAll(n2, x)[n2.output][0] - forwardAll(n1, x)[n1.output][0];
        return q < r.lower || q > r.upper;
      }).length;
      tt.equal(bad, 0, `width ${frac}, box ${rep}, with the sweep as prior: [${r.lower.toExponential(3)}, ${r.upper.toExponential(3)}] holds every sample`);
    }
  }
  // The planted bug on small boxes, where the bound is tight enough to see the sign.
  let caught = 0;
  for (let rep = 0; rep < 8; rep++) {
    const c = pick[32 + rep];
    const lower = Float64Array.from(c, (v, i) => Math.max(root.lower[i], v - (root.upper[i] - root.lower[i]) / 128));
    const upper = Float64Array.from(c, (v, i) => Math.min(root.upper[i], lower[i] + (root.upper[i] - root.lower[i]) / 64));
    if (outside(flipped(chain), { lower, upper }, samplePoints({ lower, upper }, 500, `${seed}:planted:${rep}`)) > 0) caught++;
  }
  tt.ok(caught > 0, `flipped ΔW sign: the sampled check fails on ${caught} of 8 boxes of width 1/64`);
});

t.test('ACAS Xu 1_1, property 1, ε = 0.05: the dense splitter proves min z²₀ − z¹₀ > −ε, below the sampled minimum', async tt => {
  const paths = needShared(tt, 'data/peers/acas/ACASXU_run2a_1_1_batch_2000.nnet', 'data/peers/acas/ACASXU_run2a_1_1_batch_2000_16bit.nnet');
  if (!paths) return;
  const n1 = loadNnet(paths[0]);
  const n2 = loadNnet(paths[1]);
  const root: Bounds = { lower: Float64Array.of(55947.691, -Math.PI, -Math.PI, 1145, 0), upper: Float64Array.of(60760, Math.PI, Math.PI, 1200, 60) };
  const solver = await createSolver('highs', 1);
  try {
    const region = new Region(n1, n2, root, symbolicDiffMethod.compute(n1, n2, root), solver, 600, { budget: { restarts: 1, steps: 5 }, seed: 'dense-diff' }, 0, 'dense-split');
    const o = { c1: Float64Array.of(-1, 0, 0, 0, 0), c2: Float64Array.of(1, 0, 0, 0, 0), label: 'z2[0] - z1[0]' };
    // The time limit is a cap, not a timing assertion: the default branching (first-layer smear) needs ~120 nodes here.
    const s = splitMin(region, o, -0.05, true, -Infinity, { method: symbolicDiffMethod, timeLimitSec: 600, bound: 'dense-hybrid' });
    tt.equal(s.verdict, 'holds', `holds after ${s.nodes} nodes, depth ${s.maxDepth}`);
    let minF = Infinity;
    for (const x of samplePoints(root, 2000, `${testSeed('dense-diff-p1')}`)) minF = Math.min(minF, evalObjective(o, forwardAll(n1, x)[n1.output], forwardAll(n2, x)[n2.output]));
    tt.ok(s.lower > -0.05 && s.lower <= minF, `proven lower ${s.lower} in (−0.05, sampled min ${minF}]`);
  } finally {
    await solver.close();
  }
});

t.test('equiv through dense-split on the tiny twin: holds and violated as hand-computed', async tt => {
  const solver = await createSolver('highs', 1);
  try {
    // On x ∈ [3, 4]², z²₀ − z¹₀ = 0.1·x̃₀ ∈ [0.025, 0.05].
    const b = box(3, 4);
    const region = new Region(t1, t2, b, diffMethod.compute(t1, t2, b), solver, 10, { budget: { restarts: 2, steps: 10 }, seed: 'dense-diff' }, 0, 'dense-split');
    const holds = await checkProperty(region, parseProperty('diff:0:0.06', 2), { milp: true });
    tt.equal(holds.verdict, 'holds', 'diff:0:0.06 holds (|δ₀| ≤ 0.05)');
    const bad = await checkProperty(region, parseProperty('diff:0:0.03', 2), { milp: true });
    tt.equal(bad.verdict, 'violated', 'diff:0:0.03 is violated (δ₀ reaches 0.05)');
    const cx = bad.counterexample;
    tt.ok(cx !== undefined && cx.z2[0] - cx.z1[0] >= 0.03, 'the counterexample re-checks: z²₀ − z¹₀ ≥ 0.03');
    // The splitter itself, from a useless root bound, on the unstable box x ∈ [0, 4]²: min δ₀ = −1/22 (x̃₁ = 0.5, x̃₀ = −5/11).
    const wide = box(0, 4);
    const root = new Region(t1, t2, wide, symbolicDiffMethod.compute(t1, t2, wide), solver, 10, { budget: { restarts: 1, steps: 5 }, seed: 'dense-diff' }, 0, 'dense-split');
    const o = { c1: Float64Array.of(-1, 0), c2: Float64Array.of(1, 0), label: 'z2[0] - z1[0]' };
    let minF = Infinity;
    for (const x of samplePoints(wide, 2000, 'dense-diff:split')) minF = Math.min(minF, evalObjective(o, forwardAll(t1, x)[t1.output], forwardAll(t2, x)[t2.output]));
    for (const theta of [-0.06, -0.04]) {
      const s = splitMin(root, o, theta, true, -Infinity, { method: symbolicDiffMethod, timeLimitSec: 10, bound: 'dense-hybrid' });
      tt.ok(s.lower <= minF + 1e-9, `θ = ${theta}: lower ${s.lower} ≤ sampled min ${minF}`);
      tt.equal(s.verdict, theta < -0.05 ? 'holds' : 'violated', `θ = ${theta}: ${theta < -0.05 ? 'holds' : 'violated'}`);
      if (s.verdict === 'violated') tt.ok(s.reached.value <= theta, 'the reached point is at or below θ');
    }
  } finally {
    await solver.close();
  }
});
