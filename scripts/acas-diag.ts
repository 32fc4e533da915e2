/**
 * Diagnosis of the differential bounds on ACAS Xu (issue 13; not a test). On the property-1 box
 * of a twin pair, for sub-boxes of width 1/2, 1/4, …, 1/64 of the root in every input (a few
 * seeded random positions each), it prints the width of the proven range of z²₀ − z¹₀ from
 *   diff     the present differential relaxation (the symbolic sweep the splitter uses per node,
 *            symbolicDiffMethod: its logit difference bounds ∩ the default differential
 *            backward bound of ±(z²₀ − z¹₀), alpha-diff with 0 iterations);
 *   fwd      both twins' forward linear forms (the 'hybrid' child bound), lower form of
 *            z²₀ − z¹₀ and of its negation;
 *   iv       N2's interval (CROWN) bound minus N1's;
 *   dense    the dense differential pass (src/bounds/dense-diff.ts) alone;
 *   dense+p  the same, every node intersected with the symbolic sweep's bounds (as a child box
 *            with its parent's bounds in the splitter);
 *   sampled  the true range over 2,000 seeded uniform points (an inner bound);
 * and how many of N1's ReLUs are unstable on the sub-box (the symbolic sweep's bounds).
 * Usage: node --import tsx scripts/acas-diag.ts [1_1|2_1] [points]
 */
import seedrandom from 'seedrandom';
import { alphaDiffLower } from '../src/bounds/alpha-diff.js';
import { symbolicDiffMethod, twinState } from '../src/bounds/diff.js';
import { forwardLinear, objectiveLower } from '../src/bounds/forward-linear.js';
import { denseDiffRange, denseChain } from '../src/bounds/dense-diff.js';
import type { Bounds } from '../src/ir/bounds.js';
import { forward } from '../src/layers/forward.js';
import { loadNnet } from '../src/onnx/nnet.js';
import { readRegionFile } from '../src/io/regions.js';

const pair = process.argv[2] ?? '1_1';
const points = Number(process.argv[3] ?? 2000);
const shared = process.env.TWINMARGIN_SHARED ?? '/work/shared';
const dir = `${shared}/data/peers/acas`;
const n1 = loadNnet(`${dir}/ACASXU_run2a_${pair}_batch_2000.nnet`);
const n2 = loadNnet(`${dir}/ACASXU_run2a_${pair}_batch_2000_16bit.nnet`);
const region = readRegionFile({ flag: '--vnnlib', path: 'benchmarks/peers/acas_prop_1_raw.vnnlib' }, 5).regions[0];
const root: Bounds = { lower: region.lower, upper: region.upper };
const k = n1.nodes[n1.output].size;
const c1 = new Float64Array(k);
const c2 = new Float64Array(k);
c1[0] = -1;
c2[0] = 1;
const rng = seedrandom('acas-diag');
const chain = denseChain(n1, n2);

function subBox(frac: number): Bounds {
  const lower = new Float64Array(5);
  const upper = new Float64Array(5);
  for (let i = 0; i < 5; i++) {
    const w = (root.upper[i] - root.lower[i]) * frac;
    lower[i] = root.lower[i] + rng() * (root.upper[i] - root.lower[i] - w);
    upper[i] = lower[i] + w;
  }
  return { lower, upper };
}

function fmt(lo: number, hi: number): string {
  return (hi - lo).toExponential(2).padStart(10);
}

console.log(`ACAS ${pair}, property 1, z2[0] - z1[0]: widths of proven ranges on random sub-boxes (${points} sampled points)`);
console.log(['frac', 'diff', 'fwd', 'iv', 'dense', 'dense+p', 'sampled', 'unstable1', 'diff s', 'dense s'].map(s => s.padStart(10)).join(''));
for (let e = 0; e <= 6; e++) {
  const frac = 2 ** -e;
  for (let rep = 0; rep < (e === 0 ? 1 : 3); rep++) {
    const box = e === 0 ? root : subBox(frac);
    const t0 = performance.now();
    const tb = symbolicDiffMethod.compute(n1, n2, box);
    const ts = twinState(n1, n2, tb.n1, tb.n2, tb.diff ?? []);
    const d = (tb.diff ?? [])[n1.output];
    // diff = v¹ − v²: z²₀ − z¹₀ ∈ [−d.upper, −d.lower].
    const dLo = Math.max(-d.upper[0], alphaDiffLower(ts, c1, { iterations: 0 }).lower);
    const dHi = Math.min(-d.lower[0], -alphaDiffLower(ts, c2, { iterations: 0 }).lower);
    const tDiff = (performance.now() - t0) / 1000;
    const f1 = forwardLinear(n1, box).forms[n1.output];
    const f2 = forwardLinear(n2, box).forms[n2.output];
    const fLo = objectiveLower(f1, c1, f2, c2, box).lower;
    const fHi = -objectiveLower(f1, c2, f2, c1, box).lower;
    const o1 = tb.n1[n1.output];
    const o2 = tb.n2[n2.output];
    const iLo = o2.lower[0] - o1.upper[0];
    const iHi = o2.upper[0] - o1.lower[0];
    let dense = '-'.padStart(10);
    let densePrior = '-'.padStart(10);
    // The centre's value: an inner point for a quick soundness check.
    const cx = Float64Array.from(box.lower, (l, i) => 0.5 * (l + box.upper[i]));
    const sLoPre = forward(n2, cx)[0] - forward(n1, cx)[0];
    const sHiPre = sLoPre;
    let tDense = NaN;
    if (chain) {
      const t1 = performance.now();
      const r = denseDiffRange(chain, box, 0);
      tDense = (performance.now() - t1) / 1000;
      dense = fmt(r.lower, r.upper);
      const q = denseDiffRange(chain, box, 0, tb);
      densePrior = fmt(q.lower, q.upper);
      if (r.lower > sLoPre || r.upper < sHiPre || q.lower > sLoPre || q.upper < sHiPre) console.log('UNSOUND: a sampled value outside the dense range');
    }
    let sLo = Infinity;
    let sHi = -Infinity;
    for (let p = 0; p < points; p++) {
      const x = Float64Array.from(box.lower, (l, i) => l + rng() * (box.upper[i] - l));
      const v = forward(n2, x)[0] - forward(n1, x)[0];
      sLo = Math.min(sLo, v);
      sHi = Math.max(sHi, v);
    }
    let unstable = 0;
    n1.nodes.forEach((node, id) => {
      if (node.kind !== 'relu') return;
      const pre = tb.n1[node.inputs[0]];
      for (let i = 0; i < node.size; i++) if (pre.lower[i] < 0 && pre.upper[i] > 0) unstable++;
    });
    console.log([frac.toString().padStart(10), fmt(dLo, dHi), fmt(fLo, fHi), fmt(iLo, iHi), dense, densePrior, fmt(sLo, sHi), String(unstable).padStart(10), tDiff.toFixed(3).padStart(10), tDense.toFixed(4).padStart(10)].join(''));
  }
}
