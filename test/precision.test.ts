/**
 * Deployment precision (docs/precision.md): the float32 forward pass against a hand-rolled
 * Math.fround evaluation; a float64 counterexample that float32 does not confirm is a `tie`;
 * `--precision float32` bounds contain the float32 evaluation at sampled points (and at the
 * box's centre with ε = 0, where the float64 bounds are a point) and never lie inside the
 * float64 ones; the results header records the precision.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { denseNetwork } from '../src/ir/build.js';
import { forwardAll32, forward32 } from '../src/layers/forward32.js';
import { forward, forwardAll } from '../src/layers/forward.js';
import { loadOnnx } from '../src/onnx/load.js';
import { readSamples } from '../src/data/read.js';
import { neighbourhood } from '../src/rsm/domain.js';
import { rhoAt32 } from '../src/rsm/objective.js';
import { float32Errors, logitPairError } from '../src/bounds/precision.js';
import seedrandom from 'seedrandom';
import { type Csr, csrFromDense } from '../src/ir/sparse.js';
import { type IrNode, validateNetwork } from '../src/ir/network.js';
import { intervalBounds } from '../src/bounds/interval.js';
import { boundsFor } from '../src/verify/methods.js';
import type { VerifyOptions } from '../src/verify/options.js';
import { verifyRow } from '../src/verify/verify.js';
import { rowVerdict } from '../src/cli/verdict.js';
import { encodeJoint } from '../src/encoding/joint.js';
import { exactImplication } from '../src/rsm/implication.js';
import { createHighsSolver } from '../src/solver/highs.js';
import { cliInProcess } from './helpers/cli.js';
import { samplePoints, testSeed } from './helpers/sampling.js';

const solver = createHighsSolver({ threads: 1 });
t.teardown(() => solver.close());

const f = Math.fround;

t.test('forward32 rounds every weight, product, sum and bias to float32, in the documented order', async tt => {
  const w1 = [[0.1, -0.7, 1 / 3], [2.5e-3, 0.9, -0.2]];
  const b1 = [0.05, -1 / 7];
  const w2 = [[1.1, -0.3], [-0.6, 0.25]];
  const b2 = [0.01, 1e-9];
  const net = denseNetwork('f32-tiny', 3, [
    { weights: w1, bias: b1, relu: true },
    { weights: w2, bias: b2, relu: false },
  ]);
  const layer = (w: number[][], b: number[], x: number[], relu: boolean): number[] =>
    w.map((row, r) => {
      let s = 0;
      row.forEach((v, c) => (s = f(s + f(f(v) * x[c]))));
      const y = f(s + f(b[r]));
      return relu ? Math.max(0, y) : y;
    });
  for (const x of [[0.3, 0.2, -0.1], [1 / 3, 2 / 3, 0.999], [-0.5, 0.125, 7.3]]) {
    const h = layer(w1, b1, x.map(f), true);
    const z = layer(w2, b2, h, false);
    tt.same(Array.from(forward32(net, x)), z, `x = ${x}: the hand-rolled fround evaluation, bit for bit`);
    for (const v of forward32(net, x)) tt.equal(f(v), v, 'every logit is a float32 number');
  }
  // The float32 values differ from the float64 ones, by less than the rounding-error bound.
  const box = neighbourhood(Float64Array.from([0.3, 0.2, -0.1]), 0.5, null);
  const errs = float32Errors(net, intervalBounds(net, box));
  for (const x of samplePoints(box, 500, testSeed('f32-tiny'))) {
    const z64 = forward(net, x);
    const z32 = forward32(net, x);
    for (let i = 0; i < 2; i++) tt.ok(Math.abs(z32[i] - z64[i]) <= errs[net.output][i], 'the float32 logit lies within the error bound of the float64 one') || tt.bailout();
  }
  tt.end();
});

t.test('the float32 error bounds (forward and back-substituted) hold on a random net with every layer kind', async tt => {
  const rng = seedrandom(testSeed('f32-kinds'));
  const r = (): number => rng() * 2 - 1;
  const dense = (rows: number, cols: number): Csr => csrFromDense(rows, cols, Array.from({ length: rows * cols }, () => f(r())));
  const scale = Float64Array.from({ length: 8 }, () => f(0.02 + 0.1 * rng()));
  const nodes: IrNode[] = [
    { kind: 'input', name: 'x', size: 6, shape: [6], inputs: [] },
    { kind: 'affine', name: 'fc0', size: 8, shape: [8], inputs: [0], terms: [dense(8, 6)], bias: Float64Array.from({ length: 8 }, () => f(r())) },
    { kind: 'quantize', name: 'q0', size: 8, shape: [8], inputs: [1], scale, zero: new Float64Array(8), qmin: -128, qmax: 127 },
    { kind: 'relu', name: 'relu0', size: 8, shape: [8], inputs: [2] },
    { kind: 'maxpool', name: 'pool', size: 4, shape: [4], inputs: [3], windowStarts: Int32Array.from([0, 2, 4, 6, 8]), windowIndices: Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7]) },
    { kind: 'affine', name: 'fc1', size: 3, shape: [3], inputs: [4, 1], terms: [dense(3, 4), dense(3, 8)], bias: Float64Array.from({ length: 3 }, () => f(r())) },
  ];
  const net = validateNetwork({ source: 'f32-kinds', sha256: 'f32-kinds', nodes, output: 5, notes: [] });
  let checked = 0;
  for (let trial = 0; trial < 5; trial++) {
    const x0 = Float64Array.from({ length: 6 }, r);
    const box = neighbourhood(x0, 0.3, null);
    const bounds = intervalBounds(net, box);
    const errs = float32Errors(net, bounds);
    const pairs = [[0, 1], [0, 2], [2, 1]] as const;
    const pairErr = pairs.map(([i, j]) => logitPairError(net, bounds, errs, i, j));
    for (const x of samplePoints(box, 400, `${trial}`)) {
      const z64 = forwardAll(net, x);
      const z32 = forwardAll32(net, x);
      for (let id = 0; id < nodes.length; id++) {
        for (let k = 0; k < z64[id].length; k++) if (!(Math.abs(z32[id][k] - z64[id][k]) <= errs[id][k])) tt.fail(`node ${id} entry ${k}: |${z32[id][k]} − ${z64[id][k]}| > ${errs[id][k]}`);
      }
      pairs.forEach(([i, j], k) => {
        const d = z32[5][i] - z32[5][j] - (z64[5][i] - z64[5][j]);
        if (!(Math.abs(d) <= pairErr[k])) tt.fail(`pair ${i}:${j}: ${d} beyond ${pairErr[k]}`);
      });
      checked++;
    }
  }
  tt.equal(checked, 2000, 'every node and pair checked at 2,000 points');
  tt.end();
});

/**
 * N1: z¹ = [x, x] (N1 never decides 0: a tie). N2: z² = [x, (1 − 2⁻³⁰)·x]: in float64 N2 decides
 * 0 by 2⁻³⁰·x ≈ 9.3e-10 on x ∈ [0.5, 1.5], so every x is a counterexample to N2 ⇒ N1; in float32
 * the weight rounds to 1 and N2's margin is exactly 0: no counterexample, a tie.
 */
const tieN1 = denseNetwork('tie-n1', 1, [{ weights: [[1], [1]], bias: [0, 0], relu: false }]);
const tieN2 = denseNetwork('tie-n2', 1, [{ weights: [[1], [1 - 2 ** -30]], bias: [0, 0], relu: false }]);

const tieOpts = (extra: Partial<VerifyOptions> = {}): VerifyOptions => ({
  eps: 0.5,
  domain: null,
  pairs: 'label',
  implication: 'exact',
  timeLimitSec: 30,
  mipRelGap: 1e-9,
  mipAbsGap: 1e-9,
  bounds: boundsFor('milp'),
  method: 'milp',
  ...extra,
});

t.test('a float64 counterexample at tie level that float32 evaluates to margin 0 is a tie, not violated', async tt => {
  for (const [name, extra] of [['attack', {}], ['x₀ only', { attack: { budget: { restarts: 0, steps: 0 } } }]] as const) {
    const r = await verifyRow(tieN1, tieN2, { row: 0, x: Float64Array.from([1]), label: 0 }, tieOpts(extra), solver);
    const e = r.implication?.exact;
    tt.equal(e?.verdict, 'tie', `${name}: exact verdict tie (${e?.note})`);
    const c = e?.counterexample;
    tt.ok(c, `${name}: the counterexample is reported with both evaluations`);
    if (!c) continue;
    tt.ok(c.n2Margin > 0 && c.n2Margin < 1e-8, `${name}: float64 N2 margin ${c.n2Margin} ≈ 1e-9`);
    tt.equal(c.n2Margin32, 0, `${name}: float32 N2 margin exactly 0`);
    tt.same(c.n2Logits32, Array.from(forward32(tieN2, c.x)), `${name}: float32 logits`);
    tt.not(rowVerdict(r), 'violated', `${name}: the row is not violated (${rowVerdict(r)})`);
    for (const p of r.pairs) for (const w of [p.lowerWitness, p.upperWitness, p.attackLower, p.attackUpper]) tt.equal(w.value32, rhoAt32(tieN1, tieN2, w.x, p.pair), 'every witness carries its float32 value');
  }
  // A genuine counterexample (N2 decides 0 by x/2, N1 prefers class 1 by 0.25) stays violated in both precisions.
  const wrong = denseNetwork('wrong-n1', 1, [{ weights: [[1], [1]], bias: [0, 0.25], relu: false }]);
  const decides = denseNetwork('decides-n2', 1, [{ weights: [[1], [0.5]], bias: [0, 0], relu: false }]);
  const v = await verifyRow(wrong, decides, { row: 0, x: Float64Array.from([1]), label: 0 }, tieOpts({ attack: { budget: { restarts: 0, steps: 0 } } }), solver);
  tt.equal(v.implication?.exact?.verdict, 'refuted-by-attack', 'a counterexample in float32 too is refuted (x₀ is one)');
  tt.equal(rowVerdict(v), 'violated');
  tt.end();
});

t.test('the exact implication MILP: a float64 counterexample float32 does not confirm makes the part and the verdict tie', async tt => {
  const box = neighbourhood(Float64Array.from([1]), 0.5, null);
  const joint = encodeJoint(tieN1, tieN2, box, boundsFor('milp').compute(tieN1, tieN2, box), { diffCuts: false });
  const e = await exactImplication({ joint, c: 0, x0: Float64Array.from([1]), solver, timeLimitSec: 30, mipRelGap: 1e-9, mipAbsGap: 1e-9 });
  tt.equal(e.verdict, 'tie', e.note ?? '');
  tt.same(e.parts.map(p => p.verdict), ['tie'], 'the part is a tie');
  tt.equal(e.counterexample?.n2Margin32, 0, 'float32 N2 margin exactly 0');
  tt.ok((e.counterexample?.n2Margin ?? 0) > 0, 'float64 N2 margin > 0');
  tt.match(e.note ?? '', /float32/);
  tt.end();
});

const ECG = new URL('../benchmarks/embedded/ecg-mitbih260/', import.meta.url).pathname;

t.test('--precision float32 bounds contain the float32 twins at 2,000 sampled points and the float64 bounds', { skip: !existsSync(ECG) && 'embedded ECG pair missing' }, async tt => {
  const n1 = loadOnnx(`${ECG}ecg_mitbih260_cnn_fp32.onnx`);
  const n2 = loadOnnx(`${ECG}ecg_mitbih260_cnn_int8w.onnx`);
  const [s] = readSamples(`${ECG}mitbih260_beats_subset.csv`, [0], {});
  const base = (eps: number): VerifyOptions => ({ eps, domain: null, pairs: [[0, 1], [0, 3]], implication: 'off', timeLimitSec: 30, mipRelGap: 1e-9, mipAbsGap: 1e-9, bounds: boundsFor('crown'), method: 'crown', attack: { budget: { restarts: 0, steps: 0 } } });
  const eps = 2e-4;
  const r64 = await verifyRow(n1, n2, s, base(eps), solver);
  const r32 = await verifyRow(n1, n2, s, { ...base(eps), precision: 'float32' }, solver);
  const pts = samplePoints(neighbourhood(s.x, eps, null), 2000, testSeed('f32-ecg'));
  const logits = pts.map(x => [forward32(n1, x), forward32(n2, x)]);
  r32.pairs.forEach((p, k) => {
    const q = r64.pairs[k];
    tt.ok(p.lower <= q.lower && p.upper >= q.upper, `pair ${p.pair}: float32 [${p.lower}, ${p.upper}] ⊇ float64 [${q.lower}, ${q.upper}]`);
    tt.ok((p.float32Slack ?? 0) > 0, `pair ${p.pair}: widened by ${p.float32Slack}`);
    const [i, j] = p.pair;
    const bad = logits.filter(([z1, z2]) => {
      const v = z1[i] - z1[j] - (z2[i] - z2[j]);
      return !(v >= p.lower && v <= p.upper);
    }).length;
    tt.equal(bad, 0, `pair ${p.pair}: ρ of the float32 twins inside the float32 bounds at all ${pts.length} points`);
  });
  // ε = 0: D is the point x₀; float64's bounds are (nearly) that point's float64 ρ, which the
  // float32 twins miss; the float32 bounds hold both.
  const p0 = await verifyRow(n1, n2, s, { ...base(0), precision: 'float32' }, solver);
  const q0 = await verifyRow(n1, n2, s, base(0), solver);
  let outside64 = 0;
  p0.pairs.forEach((p, k) => {
    const v = rhoAt32(n1, n2, s.x, p.pair);
    tt.ok(v >= p.lower && v <= p.upper, `ε = 0, pair ${p.pair}: float32 ρ ${v} inside [${p.lower}, ${p.upper}]`);
    if (v < q0.pairs[k].lower || v > q0.pairs[k].upper) outside64++;
  });
  tt.comment(`ε = 0: the float32 ρ lies outside the float64 bounds in ${outside64} of ${p0.pairs.length} pairs`);
  tt.end();
});

t.test('--precision is an option of the one table, recorded in the results header; a bad value is one line, exit 2', { skip: !existsSync(ECG) && 'embedded ECG pair missing' }, async tt => {
  const dir = mkdtempSync(join(tmpdir(), 'twinmargin-f32-'));
  tt.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const args = (p: string, out: string, format = 'json'): string[] => ['verify', '--n1', `${ECG}ecg_mitbih260_cnn_fp32.onnx`, '--n2', `${ECG}ecg_mitbih260_cnn_int8w.onnx`, '--data', `${ECG}mitbih260_beats_subset.csv`, '--rows', '0', '--eps', '1e-4', '--domain', 'none', '--method', 'crown', '--pairs', '0:1', '--implication', 'sound', '--attack', '0', '--quiet', '--format', format, '--out', out, '--precision', p];
  const run32 = await cliInProcess(args('float32', join(dir, 'f32.json')));
  tt.equal(run32.code, 0, run32.err);
  const doc = JSON.parse(readFileSync(join(dir, 'f32.json'), 'utf8')) as { precision?: string; results: { float32Slack?: number; lowerWitness: { value32?: number } }[] };
  tt.equal(doc.precision, 'float32', 'the header records --precision float32');
  tt.ok((doc.results[0].float32Slack ?? 0) > 0, 'the pair records its float32 widening');
  tt.type(doc.results[0].lowerWitness.value32, 'number', 'the witness carries value32');
  const run64 = await cliInProcess(args('float64', join(dir, 'f64.json')));
  tt.equal(run64.code, 0, run64.err);
  const doc64 = JSON.parse(readFileSync(join(dir, 'f64.json'), 'utf8')) as { precision?: string; results: { float32Slack?: number; lowerWitness: { value32?: number } }[] };
  tt.equal(doc64.precision, undefined, 'the default float64 is not written (results files of earlier runs keep their identity)');
  tt.equal(doc64.results[0].float32Slack, undefined);
  tt.type(doc64.results[0].lowerWitness.value32, 'number', 'float64 runs re-evaluate witnesses in float32 too');
  // Resuming the float32 results file with float64 is another run: refused, naming the key.
  const jl = join(dir, 'r.jsonl');
  const a = await cliInProcess(args('float32', jl, 'jsonl'));
  tt.equal(a.code, 0, a.err);
  const b = await cliInProcess(args('float64', jl, 'jsonl'));
  tt.not(b.code, 0, 'a float64 run does not resume a float32 results file');
  tt.match(b.err, /precision/, b.err);
  const bad = await cliInProcess(args('float16', join(dir, 'x.json')));
  tt.equal(bad.code, 2);
  tt.match(bad.err, /--precision/);
  tt.equal(bad.err.trim().split('\n').length, 1, 'one line');
  tt.end();
});
