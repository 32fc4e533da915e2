/**
 * One end of NeuroDiff's ACAS property 1 under each input-split bound (not a test): min of
 * ±(z²₀ − z¹₀) against θ = −ε on the property-1 box, for measuring which bound the splitter
 * should use. Prints verdict, lower bound, nodes, seconds.
 * Usage: node --import tsx scripts/acas-split.ts PAIR EPS BOUND SECONDS [min|max] [sweepEvery] [smear|gradient]
 *   BOUND: hybrid | relaxations | forward-linear | dense | dense-hybrid
 */
import { symbolicDiffMethod } from '../src/bounds/diff.js';
import { loadNnet } from '../src/onnx/nnet.js';
import { readRegionFile } from '../src/io/regions.js';
import { createSolver } from '../src/solver/select.js';
import { splitMin, type SplitOptions } from '../src/verify/input-split.js';
import { negate, Region, relaxedLower } from '../src/verify/linear-end.js';

const [pair = '1_1', epsS = '0.05', bound = 'dense', secS = '30', end = 'min', every = '1', branch = 'smear'] = process.argv.slice(2);
const shared = process.env.TWINMARGIN_SHARED ?? '/work/shared';
const dir = `${shared}/data/peers/acas`;
const n1 = loadNnet(`${dir}/ACASXU_run2a_${pair}_batch_2000.nnet`);
const n2 = loadNnet(`${dir}/ACASXU_run2a_${pair}_batch_2000_16bit.nnet`);
const reg = readRegionFile({ flag: '--vnnlib', path: 'benchmarks/peers/acas_prop_1_raw.vnnlib' }, 5).regions[0];
const box = { lower: reg.lower, upper: reg.upper };
const solver = await createSolver('highs', 1);
try {
  const tb = symbolicDiffMethod.compute(n1, n2, box);
  const root = new Region(n1, n2, box, tb, solver, Number(secS), { budget: { restarts: 1, steps: 5 }, seed: 'acas-split' }, 0, 'split');
  const q = { c1: Float64Array.of(-1, 0, 0, 0, 0), c2: Float64Array.of(1, 0, 0, 0, 0), label: 'z2[0] - z1[0]' };
  const o = end === 'min' ? q : negate(q);
  const s = splitMin(root, o, -Number(epsS), true, relaxedLower(root, o), { method: symbolicDiffMethod, timeLimitSec: Number(secS), bound: bound as SplitOptions['bound'], sweepEvery: Number(every), branch: branch as SplitOptions['branch'] });
  console.log(JSON.stringify({ pair, eps: Number(epsS), bound, every: Number(every), branch, end, verdict: s.verdict, lower: s.lower, nodes: s.nodes, maxDepth: s.maxDepth, seconds: Number(s.seconds.toFixed(1)) }));
} finally {
  await solver.close();
}
