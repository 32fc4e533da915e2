/**
 * The quantize layer (src/layers/quantize.ts) on hand-computed tiny networks: forward (round
 * half to even, saturation), interval, the CROWN band, the exact MILP (against values derived
 * on paper, and against a brute-force grid on a 2-input QDQ twin), the differential steps of
 * QDQ/QDQ twins, the MIP start, the vjp and the snapping of MILP witnesses into input cells.
 */
import t from 'tap';
import { crownBounds, crownMethod } from '../src/bounds/crown.js';
import { diffMethod } from '../src/bounds/diff.js';
import { DiffMemo } from '../src/layers/diff-memo.js';
import { pairTwins } from '../src/layers/twin-pair.js';
import { intervalBounds, intervalMethod } from '../src/bounds/interval.js';
import type { Bounds } from '../src/ir/bounds.js';
import { forward, forwardAll } from '../src/layers/forward.js';
import { type IrNode, type Network, type QuantizeNode, validateNetwork } from '../src/ir/network.js';
import { csrFromDense } from '../src/ir/sparse.js';
import { bandOffsets, codeOf, quantizeLayer, roundHalfEven } from '../src/layers/quantize.js';
import { ModelBuilder } from '../src/milp/model.js';
import { neighbourhood } from '../src/rsm/domain.js';
import { rhoAt, rhoRelaxed, solverInputs } from '../src/rsm/objective.js';
import { encodeJoint, startAt } from '../src/encoding/joint.js';
import type { VerifyOptions } from '../src/verify/options.js';
import { verifyRow } from '../src/verify/verify.js';
import { createHighsSolver } from '../src/solver/highs.js';
import { samplePoints, testSeed } from './helpers/sampling.js';

const solver = createHighsSolver({ threads: 2 });
t.teardown(() => solver.close());

interface Q {
  readonly s: number;
  readonly z: number;
  readonly qmin?: number;
  readonly qmax?: number;
}

type Layer = { readonly w: number[][]; readonly b: number[]; readonly relu?: boolean; readonly q?: Q };

/** input → [quantize] → (affine → [relu] → [quantize])*: a small network with quantize nodes. */
function qnet(name: string, inputs: number, inQ: Q | null, layers: readonly Layer[]): Network {
  const nodes: IrNode[] = [{ kind: 'input', name: 'x', size: inputs, shape: [inputs], inputs: [] }];
  const quant = (q: Q, size: number, prev: number, nm: string): QuantizeNode => ({
    kind: 'quantize', name: nm, size, shape: [size], inputs: [prev],
    scale: new Float64Array(size).fill(q.s), zero: new Float64Array(size).fill(q.z), qmin: q.qmin ?? -128, qmax: q.qmax ?? 127,
  });
  let prev = 0;
  let width = inputs;
  if (inQ) {
    nodes.push(quant(inQ, inputs, 0, 'xq'));
    prev = 1;
  }
  layers.forEach((l, k) => {
    const rows = l.w.length;
    nodes.push({ kind: 'affine', name: `fc${k}`, size: rows, shape: [rows], inputs: [prev], terms: [csrFromDense(rows, width, l.w.flat())], bias: Float64Array.from(l.b) });
    prev = nodes.length - 1;
    if (l.relu) {
      nodes.push({ kind: 'relu', name: `relu${k}`, size: rows, shape: [rows], inputs: [prev] });
      prev = nodes.length - 1;
    }
    if (l.q) {
      nodes.push(quant(l.q, rows, prev, `q${k}`));
      prev = nodes.length - 1;
    }
    width = rows;
  });
  return validateNetwork({ source: name, sha256: name, nodes, output: prev, notes: [] });
}

const opts = (eps: number, extra: Partial<VerifyOptions> = {}): VerifyOptions => ({
  eps,
  domain: null,
  pairs: 'label',
  implication: 'off',
  timeLimitSec: 30,
  mipRelGap: 1e-9,
  mipAbsGap: 1e-9,
  bounds: intervalMethod,
  method: 'milp',
  ...extra,
});

t.test('round half to even and the clipped code', async tt => {
  tt.same([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4999, 2.5001].map(v => roundHalfEven(v) + 0), [0, 2, 2, 0, -2, -2, 2, 3]);
  const n = qnet('q', 5, { s: 0.5, z: 0 }, []).nodes[1] as QuantizeNode;
  tt.equal(codeOf(n, 0, 0.25), 0, '0.25/0.5 = 0.5 ties to 0');
  tt.equal(codeOf(n, 0, 0.75), 2, '0.75/0.5 = 1.5 ties to 2');
  tt.equal(codeOf(n, 0, 1000), 127, 'saturates at qmax');
  tt.equal(codeOf(n, 0, -1000), -128, 'saturates at qmin');
  const y = quantizeLayer.forward(n, [Float64Array.from([0.25, 0.75, 0.3, -70, 70])]);
  tt.same(Array.from(y), [0, 1, 0.5, -64, 63.5]);
});

t.test('interval, band and CROWN on [0.1, 0.9] with s = 0.5 match the values derived by hand', async tt => {
  const net = qnet('q1', 1, { s: 0.5, z: 0 }, [{ w: [[1]], b: [0] }]);
  const n = net.nodes[1] as QuantizeNode;
  const box: Bounds = { lower: Float64Array.of(0.1), upper: Float64Array.of(0.9) };
  const iv = quantizeLayer.interval(n, [box]);
  tt.same([iv.lower[0], iv.upper[0]], [0, 1], 'codes 0 … 2: y ∈ [0, 1]');
  // Chord slope (1 − 0)/0.8 = 1.25; bUp = max(0 − 0.125, 0.5 − 0.3125, 1 − 0.9375) = 0.1875,
  // bLow = min(0 − 0.3125, 0.5 − 0.9375, 1 − 1.125) = −0.4375.
  const o = bandOffsets(n, 0, 0.1, 0.9, 1.25);
  tt.ok(Math.abs(o.bUp - 0.1875) < 1e-9 && o.bUp >= 0.1875, `bUp ${o.bUp}`);
  tt.ok(Math.abs(o.bLow + 0.4375) < 1e-9 && o.bLow <= -0.4375, `bLow ${o.bLow}`);
  const step = quantizeLayer.backward(n, Float64Array.of(1, -1), 2, [box]);
  tt.same(Array.from(step.lams[0]), [1.25, -1.25]);
  tt.ok(Math.abs(step.bias[0] + 0.4375) < 1e-9 && Math.abs(step.bias[1] + 0.1875) < 1e-9, `bias ${Array.from(step.bias)}`);
  const rf = quantizeLayer.relaxedForward(n, Float64Array.of(1), [Float64Array.of(0.1)], [box]);
  tt.ok(Math.abs(rf[0] - (1.25 * 0.1 - 0.4375)) < 1e-9, 'relaxedForward is the chosen line');
  const cb = crownBounds(net, box);
  tt.ok(Math.abs(cb[2].lower[0] - 0) < 1e-9 && Math.abs(cb[2].upper[0] - 1) < 1e-9, 'CROWN never looser than the interval [0, 1]');
  // Stable: the box inside one step gives a constant.
  const st = quantizeLayer.backward(n, Float64Array.of(1), 1, [{ lower: Float64Array.of(0.3), upper: Float64Array.of(0.7) }]);
  tt.same([st.lams[0][0], st.bias[0]], [0, 0.5], 'one step: y = 0.5 exactly');
});

/** N1: z = [x, 0]; N2: z = [Q(x), 0], so ρ(0, 1) = x − Q(x). */
function residualTwins(q: Q): [Network, Network] {
  const n1 = qnet('id', 1, null, [{ w: [[1], [0]], b: [0, 0] }]);
  const n2 = qnet(`q-${q.s}-${q.z}`, 1, q, [{ w: [[1], [0]], b: [0, 0] }]);
  return [n1, n2];
}

const cases = [
  { name: 'unsaturated, ties at 0.25 and 0.75 attained', q: { s: 0.5, z: 0 }, x0: 0.5, eps: 0.4, exact: [-0.25, 0.25], crown: [-0.4125, 0.4125] },
  { name: 'saturation at qmax (hi = 1)', q: { s: 0.5, z: 125 }, x0: 1.5, eps: 1, exact: [-0.25, 1.5] },
  { name: 'saturation at qmin (lo = 0, the fused ReLU)', q: { s: 0.5, z: -128 }, x0: 0, eps: 1, exact: [-1, 0.25] },
];

for (const c of cases) {
  t.test(`MILP of ρ = x − Q(x), ${c.name}: LRSM [${c.exact}]`, async tt => {
    const [n1, n2] = residualTwins(c.q);
    const r = await verifyRow(n1, n2, { row: 0, x: Float64Array.of(c.x0), label: 0 }, opts(c.eps), solver);
    const p = r.pairs[0];
    // The optimum sits on a rounding boundary: the solver's x, off by its feasibility
    // tolerance, may round to the other code; the witness snapped into the cell of the MILP's
    // code (solverInputs) re-evaluates to the optimum, so the end is exact.
    tt.equal(p.status, 'exact', `status ${p.status}`);
    tt.ok(Math.abs(p.lower - c.exact[0]) < 1e-6 && Math.abs(p.upper - c.exact[1]) < 1e-6, `[${p.lower}, ${p.upper}]`);
    tt.ok(p.lower <= c.exact[0] && p.upper >= c.exact[1], 'sound, one-sided');
    const box = neighbourhood(Float64Array.of(c.x0), c.eps, null);
    const cr = crownMethod.compute(n1, n2, box);
    const rc = rhoRelaxed(n1, n2, cr.n1, cr.n2, [0, 1]);
    if (c.crown) tt.ok(Math.abs(rc.lower - c.crown[0]) < 1e-9 && Math.abs(rc.upper - c.crown[1]) < 1e-9, `CROWN [${rc.lower}, ${rc.upper}]`);
    tt.ok(rc.lower <= c.exact[0] && rc.upper >= c.exact[1], 'CROWN sound');
    const iv = intervalMethod.compute(n1, n2, box);
    const ri = rhoRelaxed(n1, n2, iv.n1, iv.n2, [0, 1]);
    tt.ok(ri.lower <= rc.lower + 1e-12 && ri.upper >= rc.upper - 1e-12, 'CROWN never looser than interval');
  });
}

/** A 2-input QDQ twin: N2 quantises the input, the hidden layer (with saturation) and the logits. */
const w1 = [[1.1, -0.7], [0.6, 0.9], [-0.8, 0.5]];
const b1 = [0.05, -0.1, 0.2];
const w2 = [[0.9, -1.2, 0.4], [-0.5, 0.8, 1.1]];
const m1 = qnet('grid-n1', 2, null, [{ w: w1, b: b1, relu: true }, { w: w2, b: [0, 0.1] }]);
const m2 = qnet('grid-n2', 2, { s: 0.25, z: 0 }, [
  { w: w1.map(r => r.map(v => Math.round(v * 8) / 8)), b: b1, relu: true, q: { s: 0.2, z: 120 } },
  { w: w2, b: [0, 0.1], q: { s: 0.1, z: 0 } },
]);

t.test('2-input QDQ twin: MILP ends agree with a brute-force grid, every grid point lies inside', async tt => {
  const x0 = Float64Array.of(0.1, -0.05);
  const eps = 1;
  const r = await verifyRow(m1, m2, { row: 0, x: x0, label: 0 }, opts(eps), solver);
  const p = r.pairs[0];
  tt.equal(p.status, 'exact', `status ${p.status} (witnesses snapped into the MILP's input cells)`);
  tt.ok(r.binaries.n2 > 0, `N2 has integer columns (${r.binaries.n2})`);
  const n = 400;
  let lo = Infinity;
  let hi = -Infinity;
  let outside = 0;
  for (let a = 0; a <= n; a++) {
    for (let b = 0; b <= n; b++) {
      const x = Float64Array.of(x0[0] - eps + (2 * eps * a) / n, x0[1] - eps + (2 * eps * b) / n);
      const v = rhoAt(m1, m2, x, [0, 1]);
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
      if (v < p.lower || v > p.upper) outside++;
    }
  }
  tt.equal(outside, 0, `all ${(n + 1) ** 2} grid points inside [${p.lower}, ${p.upper}]`);
  // The grid (step 0.005) misses at most the linear variation within one grid cell of the
  // closure's extreme point: |∇ρ| ≤ 6 here, so 6 · 0.005 · √2 < 0.05.
  tt.ok(lo - p.lower < 0.05 && p.upper - hi < 0.05, `grid [${lo}, ${hi}] vs MILP [${p.lower}, ${p.upper}]`);
  for (const w of [p.lowerWitness, p.upperWitness]) tt.ok(Math.abs(rhoAt(m1, m2, w.x, [0, 1]) - w.value) <= 1e-12, 'witness re-evaluated');
});

t.test('2-input QDQ twin: interval, CROWN and differential bounds are sound on 4,000 samples', async tt => {
  const box = neighbourhood(Float64Array.of(0.1, -0.05), 0.3, null);
  const pts = samplePoints(box, 4000, testSeed('quantize-grid-relax'));
  const both = qnet('grid-n1q', 2, { s: 0.2, z: 0 }, [{ w: w1, b: b1, relu: true, q: { s: 0.15, z: 110 } }, { w: w2, b: [0, 0.1], q: { s: 0.12, z: 3 } }]);
  const pairs: [string, Network, Network][] = [['fp32 vs QDQ', m1, m2], ['QDQ vs QDQ', both, m2]];
  for (const [what, a, b] of pairs) {
    for (const method of [intervalMethod, crownMethod, diffMethod]) {
      const tb = method.compute(a, b, box);
      const rr = rhoRelaxed(a, b, tb.n1, tb.n2, [0, 1], tb.diff);
      let bad = 0;
      let nodeBad = 0;
      for (const x of pts) {
        const v = rhoAt(a, b, x, [0, 1]);
        if (v < rr.lower || v > rr.upper) bad++;
        const acts1 = forwardAll(a, x);
        const acts2 = forwardAll(b, x);
        acts1.forEach((act, id) => act.forEach((v1, k) => {
          if (v1 < tb.n1[id].lower[k] || v1 > tb.n1[id].upper[k]) nodeBad++;
          if (tb.diff) {
            const d = v1 - acts2[id][k];
            if (d < tb.diff[id].lower[k] || d > tb.diff[id].upper[k]) nodeBad++;
          }
        }));
        acts2.forEach((act, id) => act.forEach((v2, k) => {
          if (v2 < tb.n2[id].lower[k] || v2 > tb.n2[id].upper[k]) nodeBad++;
        }));
      }
      tt.equal(bad, 0, `${what}, ${method.name}: ρ of every sample in [${rr.lower}, ${rr.upper}]`);
      tt.equal(nodeBad, 0, `${what}, ${method.name}: every node value (and difference) inside its bounds`);
    }
  }
  tt.match(diffMethod.compute(m1, m2, box).note ?? '', /differential mode: off \(N1 has \d+ nodes, N2 \d+\)/, 'fp32 vs QDQ: differential mode off, and why');
  tt.ok(pairTwins(both, m2).ok, 'QDQ vs QDQ twins match node by node');
  tt.match(diffMethod.compute(both, m2, box).note ?? '', /differential mode: on/);
});

t.test('differential interval step: same quantiser, unsaturated boxes', async tt => {
  const n = qnet('d', 1, { s: 0.5, z: 0 }, []).nodes[1] as QuantizeNode;
  const b = (l: number, u: number): Bounds => ({ lower: Float64Array.of(l), upper: Float64Array.of(u) });
  const d = quantizeLayer.diffInterval(n, n, [{ d: b(0.1, 0.2), b1: b(0, 2), b2: b(0, 2), memo: new DiffMemo() }]);
  // Unsaturated: d ± 0.5; same quantiser: monotone (≥ 0) and ≤ s·⌊0.2/0.5 + 1⌋ = 0.5.
  tt.ok(Math.abs(d.lower[0]) < 1e-9 && Math.abs(d.upper[0] - 0.5) < 1e-9, `[${d.lower[0]}, ${d.upper[0]}]`);
  // Exhaustive check of the rule on a grid of (a², d).
  let bad = 0;
  for (let a = 0; a <= 2; a += 0.01) for (let dd = 0.1; dd <= 0.2; dd += 0.005) {
    const v = quantizeLayer.forward(n, [Float64Array.of(a + dd)])[0] - quantizeLayer.forward(n, [Float64Array.of(a)])[0];
    if (v < d.lower[0] || v > d.upper[0]) bad++;
  }
  tt.equal(bad, 0);
});

t.test('MILP encoding: integer code, saturation binaries only where the box reaches them, start point feasible', async tt => {
  const n = qnet('e', 3, { s: 0.5, z: 125 }, []).nodes[1] as QuantizeNode;
  const b = new ModelBuilder();
  const x = [b.addCol(0.1, 0.9, 'x0'), b.addCol(0.3, 0.7, 'x1'), b.addCol(0, 3, 'x2')];
  const bounds: Bounds = { lower: Float64Array.of(0.1, 0.3, 0), upper: Float64Array.of(0.9, 0.7, 3) };
  const enc = quantizeLayer.encode(n, [{ enc: { cols: Int32Array.from(x), aux: new Int32Array(0) }, bounds }], quantizeLayer.interval(n, [bounds]), b, 'q');
  tt.ok(enc.aux[0] >= 0 && enc.aux[1] < 0 && enc.aux[2] < 0, 'element 0: integer code, no saturation binaries');
  tt.ok(enc.aux[3] < 0 && enc.cols[1] >= 0, 'element 1: one step, a fixed column for the constant 0.5');
  tt.ok(enc.aux[6] >= 0 && enc.aux[7] < 0 && enc.aux[8] >= 0, 'element 2: code and a high-saturation binary');
  const m = b.build('minimize', new Map());
  tt.equal(m.integrality.reduce((s, v) => s + v, 0), 3);
  // The start point at x = (0.75, 0.5, 2.9) satisfies every row.
  const xs = Float64Array.of(0.75, 0.5, 2.9);
  const col = new Float64Array(m.numCols);
  xs.forEach((v, i) => (col[x[i]] = v));
  quantizeLayer.start(n, enc, [xs], quantizeLayer.forward(n, [xs]), col);
  for (let r = 0; r < m.numRows; r++) {
    let s = 0;
    for (let k = m.starts[r]; k < m.starts[r + 1]; k++) s += m.values[k] * col[m.indices[k]];
    tt.ok(s >= m.rowLower[r] - 1e-9 && s <= m.rowUpper[r] + 1e-9, `row ${m.rowNames[r]} holds at the start`);
  }
});

t.test('vjp is the derivative of the step function: zero', async tt => {
  const n = qnet('v', 2, { s: 0.5, z: 125 }, []).nodes[1] as QuantizeNode;
  const x = Float64Array.of(0.3, 5);
  const g = quantizeLayer.vjp(n, [x], quantizeLayer.forward(n, [x]), Float64Array.of(2, 3));
  tt.same(Array.from(g[0]), [0, 0]);
  tt.same(Array.from(forward(qnet('v2', 1, { s: 0.5, z: 0 }, [{ w: [[2]], b: [1] }]), [0.74])), [2], 'forward through a network: 2·Q(0.74) + 1 = 2·0.5 + 1');
  tt.same(intervalBounds(qnet('v3', 1, { s: 0.5, z: 0 }, []), { lower: Float64Array.of(0.25), upper: Float64Array.of(0.25) })[1].lower[0], 0, 'a tie as a point box: the lower code');
});

t.test('solverInputs: a solver point on a rounding tie is snapped into the cell of the MILP code, inside D', async tt => {
  const [n1, n2] = residualTwins({ s: 0.5, z: 0 });
  const box = neighbourhood(Float64Array.of(0.5), 0.4, null);
  const joint = encodeJoint(n1, n2, box, intervalMethod.compute(n1, n2, box));
  // The solver's x = 0.75 (a tie: half-even rounds 1.5 to code 2) with the code q = 1 chosen.
  const col = startAt(joint, Float64Array.of(0.75), joint.builder.build('minimize', new Map()).numCols);
  const enc = joint.n2.nodes[1];
  tt.ok(enc.aux[0] >= 0, 'the input element has an integer code column');
  col[enc.aux[0]] = 1;
  const xs = solverInputs(joint, col);
  tt.equal(xs.length, 2, 'the clipped point and the snapped one');
  tt.equal(xs[0][0], 0.75);
  tt.ok(xs[1][0] < 0.75 && xs[1][0] > 0.75 - 1e-12, `snapped just below the tie: ${xs[1][0]}`);
  tt.equal(codeOf(n2.nodes[1] as QuantizeNode, 0, xs[1][0]), 1, 'the forward pass now rounds to the MILP code');
  const inside = startAt(joint, Float64Array.of(0.6), col.length);
  tt.equal(solverInputs(joint, inside).length, 1, 'inside the cell of its code: nothing to snap');
});
