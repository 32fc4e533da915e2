/**
 * Forward linear bounds (src/bounds/forward-linear.ts, each layer's forwardLinear): on small
 * random .nnet twins every node's forms and concretised bounds contain its value at 2,000
 * sampled points, the objective's lower bound is below f at every sample, the forms are exact
 * on a box where every ReLU is stable, and the input-split engine with forward forms ('hybrid'
 * and 'forward-linear') never claims `holds` for a threshold a sample refutes.
 */
import seedrandom from 'seedrandom';
import t from 'tap';
import { forwardLinear, objectiveLower } from '../src/bounds/forward-linear.js';
import { symbolicDiffMethod } from '../src/bounds/diff.js';
import { forwardAll } from '../src/layers/forward.js';
import { nnetToNetwork, parseNnet } from '../src/onnx/nnet.js';
import type { Network } from '../src/ir/network.js';
import { evalObjective, Region, relaxedLower } from '../src/verify/linear-end.js';
import { splitMin } from '../src/verify/input-split.js';
import { createSolver } from '../src/solver/select.js';
import { samplePoints, testSeed } from './helpers/sampling.js';

/** A random .nnet text: 3 inputs in [−1, 1], hidden layers of 6 and 5, 2 outputs; `jitter` perturbs every weight of the twin. */
function nnetText(seed: string, jitter: number): string {
  const base = seedrandom(seed);
  const noise = seedrandom(`${seed}:twin`);
  const sizes = [3, 6, 5, 2];
  const lines = ['// random twin', `${sizes.length - 1},3,2,6,`, `${sizes.join(',')},`, '0,', '-1,-1,-1,', '1,1,1,', '0,0,0,0,', '1,1,1,1,'];
  for (let l = 1; l < sizes.length; l++) {
    const w = (): string => (base() * 2 - 1 + jitter * (noise() * 2 - 1)).toFixed(6);
    for (let r = 0; r < sizes[l]; r++) lines.push(Array.from({ length: sizes[l - 1] }, w).join(',') + ',');
    for (let r = 0; r < sizes[l]; r++) lines.push(`${w()},`);
  }
  return lines.join('\n') + '\n';
}

function net(seed: string, jitter: number): Network {
  return nnetToNetwork(parseNnet(nnetText(seed, jitter), `${seed}.nnet`), `${seed}.nnet`, `${seed}:${jitter}`);
}

t.test('forms and bounds contain every sampled value; the objective bound is below every sample', async tt => {
  const seed = testSeed('forward-linear');
  for (const [k, width] of [[0, 2], [1, 0.5], [2, 0.05]] as const) {
    const n1 = net(`fl${k}`, 0);
    const n2 = net(`fl${k}`, 0.05);
    const box = { lower: Float64Array.of(-0.9, -0.2, 0.1), upper: Float64Array.of(-0.9 + width, -0.2 + width / 2, 0.1 + width / 3) };
    const f1 = forwardLinear(n1, box);
    const f2 = forwardLinear(n2, box);
    const c1 = Float64Array.of(-1, 0.5);
    const c2 = Float64Array.of(1, -0.5);
    const ol = objectiveLower(f1.forms[n1.output], c1, f2.forms[n2.output], c2, box);
    let bad = 0;
    let minF = Infinity;
    for (const x of samplePoints(box, 2000, `${seed}:${k}`)) {
      for (const [nw, fl] of [[n1, f1], [n2, f2]] as const) {
        const acts = forwardAll(nw, x);
        acts.forEach((v, id) => {
          const f = fl.forms[id];
          for (let i = 0; i < v.length; i++) {
            let lo = f.lb[i];
            let up = f.ub[i];
            for (let j = 0; j < f.n; j++) {
              lo += f.lo[i * f.n + j] * x[j];
              up += f.up[i * f.n + j] * x[j];
            }
            const tol = 1e-9 * (1 + Math.abs(v[i]));
            if (lo > v[i] + tol || up < v[i] - tol || fl.bounds[id].lower[i] > v[i] + tol || fl.bounds[id].upper[i] < v[i] - tol) bad++;
          }
        });
      }
      minF = Math.min(minF, evalObjective({ c1, c2, label: 'f' }, forwardAll(n1, x)[n1.output], forwardAll(n2, x)[n2.output]));
    }
    tt.equal(bad, 0, `box ${k} (width ${width}): every node's forms and bounds hold at 2,000 samples`);
    tt.ok(ol.lower <= minF, `box ${k}: objective lower ${ol.lower} ≤ sampled min ${minF}`);
  }
});

t.test('exact on a box where every ReLU is stable (a point box)', async tt => {
  const n1 = net('fl0', 0);
  const x = Float64Array.of(0.3, -0.4, 0.2);
  const f = forwardLinear(n1, { lower: x, upper: x });
  const z = forwardAll(n1, x)[n1.output];
  const b = f.bounds[n1.output];
  for (let i = 0; i < z.length; i++) tt.ok(b.upper[i] - b.lower[i] < 1e-9 && b.lower[i] <= z[i] + 1e-12 && b.upper[i] >= z[i] - 1e-12, `output ${i}: [${b.lower[i]}, ${b.upper[i]}] pins ${z[i]}`);
});

t.test('input splits with forward forms: holds only where no sample refutes, violated with a real point', async tt => {
  const seed = testSeed('forward-linear-split');
  const solver = await createSolver('highs', 1);
  try {
    const n1 = net('fl1', 0);
    const n2 = net('fl1', 0.05);
    const box = { lower: Float64Array.of(-1, -1, -1), upper: Float64Array.of(1, 1, 1) };
    const o = { c1: Float64Array.of(-1, 0), c2: Float64Array.of(1, 0), label: 'z2[0] - z1[0]' };
    let minF = Infinity;
    for (const x of samplePoints(box, 2000, seed)) minF = Math.min(minF, evalObjective(o, forwardAll(n1, x)[n1.output], forwardAll(n2, x)[n2.output]));
    const tb = symbolicDiffMethod.compute(n1, n2, box);
    const root = new Region(n1, n2, box, tb, solver, 20, { budget: { restarts: 1, steps: 5 }, seed }, 0, 'split');
    const rootLower = relaxedLower(root, o);
    for (const bound of ['hybrid', 'forward-linear'] as const) {
      for (const theta of [minF - 0.05, minF + 0.05]) {
        const s = splitMin(root, o, theta, true, rootLower, { method: symbolicDiffMethod, timeLimitSec: 20, bound });
        tt.ok(s.lower <= minF + 1e-9, `${bound}, θ = ${theta.toFixed(4)}: lower ${s.lower} ≤ sampled min ${minF}`);
        if (theta > minF) tt.equal(s.verdict, 'violated', `${bound}: θ above a sampled value is violated`);
        else tt.not(s.verdict, 'violated', `${bound}: θ below every sample is not violated`);
        if (s.verdict === 'violated') tt.ok(s.reached.value <= theta, 'the counterexample value is at or below θ');
      }
    }
  } finally {
    await solver.close();
  }
});
