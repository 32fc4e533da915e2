/**
 * make-twin: the pure transforms on hand-computed arrays (prune, int8/int4, fp16 incl. an
 * exhaustive check against every binary16 value and midpoint), weight/bias role detection on
 * tiny in-memory ONNX graphs, round trips (twin → loadOnnxBytes → logits = hand-computed W'x+b,
 * every other part of the proto unchanged), real shared models (pruned MLP, per-channel int8 ECG
 * CNN, fp16 against the shipped numpy-rounded twin), and the CLI.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import p from 'onnx-proto';
import type { onnx as O } from 'onnx-proto';
import t from 'tap';
import { UserError } from '../src/errors.js';
import { argmax, forward } from '../src/layers/forward.js';
import { loadOnnxBytes } from '../src/onnx/load.js';
import { decodeTensor, float16ToNumber } from '../src/onnx/ops/tensor.js';
import { META_SOURCE, META_TAG, checkTwinSpec, makeTwinModel, twinTag, type TwinSpec } from '../src/twin/make-twin.js';
import { findWeightSites } from '../src/twin/onnx-weights.js';
import { FP16_MAX, pruneByMagnitude, quantizeSymmetric, roundFp16, roundHalfEven } from '../src/twin/transforms.js';
import { attr, floatTensor, graphOf, int64Tensor, tinyModel, tinyProto, encodeModel } from './fixtures/onnx/tiny.js';
import { needShared, optionalShared, SHARED_DATA_DIR } from './helpers/shared.js';

const { onnx } = p;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = SHARED_DATA_DIR;
const dir = mkdtempSync(join(tmpdir(), 'twinmargin-make-twin-'));

const rows = (a: Float64Array[]): number[][] => a.map(x => Array.from(x));
const fail = (m: string): never => {
  throw new Error(m);
};
/** Every float initializer of a model by name, as float64. */
function inits(bytes: Uint8Array): Map<string, Float64Array> {
  const g = onnx.ModelProto.decode(bytes).graph;
  return new Map((g?.initializer ?? []).filter(x => x.dataType === 1).map(x => [x.name ?? '', decodeTensor(x, x.name ?? '', fail).data]));
}
function relClose(a: ArrayLike<number>, b: ArrayLike<number>, tol = 1e-6): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (Math.abs(a[i] - b[i]) > tol * Math.max(1, Math.abs(b[i]))) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
t.test('pruneByMagnitude: global vs layer, ties by position, zeros count, input kept', async t => {
  const a = [Float64Array.from([0.5, -0.1, 0.3]), Float64Array.from([0.2, -0.4])];
  // 5 weights, k = ⌊0.4·5⌋ = 2: the two smallest |w| overall are −0.1 (t0[1]) and 0.2 (t1[0]).
  t.same(rows(pruneByMagnitude(a, 0.4, 'global')), [[0.5, 0, 0.3], [0, -0.4]]);
  // per tensor: k = ⌊1.2⌋ = 1 in t0 (−0.1), ⌊0.8⌋ = 0 in t1.
  t.same(rows(pruneByMagnitude(a, 0.4, 'layer')), [[0.5, 0, 0.3], [0.2, -0.4]]);
  t.same(rows(a), [[0.5, -0.1, 0.3], [0.2, -0.4]], 'inputs are not modified');
  t.same(rows(pruneByMagnitude(a, 0, 'global')), rows(a), 'fraction 0 changes nothing');
  // ties: equal |w| are taken in (tensor, index) order.
  t.same(rows(pruneByMagnitude([Float64Array.from([0.2, -0.2, 0.2, 0.5])], 0.5, 'layer')), [[0, 0, 0.2, 0.5]]);
  t.same(rows(pruneByMagnitude([Float64Array.from([0.3]), Float64Array.from([-0.3])], 0.5, 'global')), [[0], [-0.3]]);
  // zeros already present are the smallest and count towards k.
  t.same(rows(pruneByMagnitude([Float64Array.from([0, 0, 0.1, 0.2])], 0.25, 'global')), [[0, 0, 0.1, 0.2]]);
  t.same(rows(pruneByMagnitude([Float64Array.from([0.1, 0, 0.2, 0])], 0.75, 'global')), [[0, 0, 0.2, 0]]);
  // 0.9 of 10: exactly 9 zeros.
  const ten = Float64Array.from([5, -3, 8, 1, -9, 2, 7, -4, 6, 10]);
  t.same(rows(pruneByMagnitude([ten], 0.9, 'global')), [[0, 0, 0, 0, 0, 0, 0, 0, 0, 10]]);
  t.throws(() => pruneByMagnitude(a, 1, 'global'), RangeError);
  t.throws(() => pruneByMagnitude(a, -0.1, 'global'), RangeError);
});

t.test('roundHalfEven', async t => {
  t.same([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4999, 2.5001, -3.7, 7].map(roundHalfEven), [0, 2, 2, 0, -2, -2, 2, 3, -4, 7]);
});

t.test('quantizeSymmetric: int8/int4, per tensor and per channel, exact values', async t => {
  // int8, max|w| = 127/64, so s = 1/64 exactly; w/s is exact and the rounding is visible.
  const w8 = [127 / 64, -0.5, 1 / 128, 3 / 128, -3 / 128, 0.04, -1];
  // q = [127, −32, 0.5→0, 1.5→2, −1.5→−2, 2.56→3, −64]
  t.same(Array.from(quantizeSymmetric(w8, [7], 8, 'tensor', 0)), [127 / 64, -0.5, 0, 2 / 64, -2 / 64, 3 / 64, -1]);
  // int4: L = 7, max 7/8 so s = 1/8; 2.5→2, −3.5→−4, 0.5→0, 0.8→1.
  t.same(Array.from(quantizeSymmetric([0.875, 0.3125, -0.4375, 0.0625, 0.1, 0], [6], 4, 'tensor', null)), [0.875, 0.25, -0.5, 0, 0.125, 0]);
  // per channel, axis 0 of [2, 3]: row 0 has s = 1/8, row 1 is all zero and stays zero.
  t.same(Array.from(quantizeSymmetric([0.875, 0.3125, -0.1, 0, 0, 0], [2, 3], 4, 'channel', 0)), [0.875, 0.25, -0.125, 0, 0, 0]);
  // the same tensor per tensor: identical here, since row 0 holds the maximum.
  t.same(Array.from(quantizeSymmetric([0.875, 0.3125, -0.1, 0, 0, 0], [2, 3], 4, 'tensor', 0)), [0.875, 0.25, -0.125, 0, 0, 0]);
  // axis 1 of [2, 2] (columns, e.g. MatMul x·W): column 0 s = 1/7, column 1 s = 0.5/7.
  // 0.3·7 = 2.1 → 2; −0.05/(0.5/7) = −0.7 → −1.
  const c = quantizeSymmetric([1, 0.5, 0.3, -0.05], [2, 2], 4, 'channel', 1);
  const want = [(1 / 7) * 7, (0.5 / 7) * 7, (1 / 7) * 2, (0.5 / 7) * -1];
  t.ok(relClose(c, want, 1e-15), `columns: ${Array.from(c)}`);
  // per tensor on the same values: s = 1/7 for all: 0.5·7 = 3.5 → 4, −0.35 → 0.
  t.ok(relClose(quantizeSymmetric([1, 0.5, 0.3, -0.05], [2, 2], 4, 'tensor', 1), [1, 4 / 7, 2 / 7, 0], 1e-15));
  // Conv-shaped [2, 1, 2], axis 0: channel 0 max 0.7 (int8: s = 0.7/127), channel 1 max 2 (s = 2/127).
  // Both second entries are ties: −0.35/s = −63.5 → −64 and 1/s = 63.5 → 64 (half to even;
  // Math.round would give −63 and 64).
  t.equal(-0.35 / (0.7 / 127), -63.5);
  t.equal(1 / (2 / 127), 63.5);
  const conv = quantizeSymmetric([0.7, -0.35, 2, 1], [2, 1, 2], 8, 'channel', 0);
  t.ok(relClose(conv, [0.7, (0.7 / 127) * -64, 2, (2 / 127) * 64], 1e-15), `conv: ${Array.from(conv)}`);
  const conv2 = quantizeSymmetric([0.7, -0.35, 2, 1], [2, 1, 2], 8, 'channel', 0, Math.round);
  t.ok(relClose(conv2, [0.7, (0.7 / 127) * -63, 2, (2 / 127) * 64], 1e-15), 'a caller may pass Math.round');
  // every output is ±L·s at most, and int8 of an int8 grid is the identity.
  const grid = Array.from({ length: 255 }, (_, i) => (i - 127) / 64);
  t.same(Array.from(quantizeSymmetric(grid, [255], 8, 'tensor', null)), grid);
  t.throws(() => quantizeSymmetric([1, 2], [3], 8, 'tensor', null), RangeError);
});

t.test('roundFp16: known values, subnormals, overflow, ties to even', async t => {
  const cases: [number, number][] = [
    [0.1, 0.0999755859375],
    [-0.1, -0.0999755859375],
    [1 / 3, 0.333251953125],
    [65504, 65504],
    [65519, 65504],
    [1e-7, 2 ** -23], // subnormal: 1e-7 / 2^-24 = 1.68 → 2
    [2 ** -24, 2 ** -24],
    [2 ** -25, 0], // tie between 0 and 2^-24: to even (0)
    [3 * 2 ** -25, 2 ** -23], // tie 1.5 → 2
    [2 ** -14, 2 ** -14],
    [1 + 2 ** -11, 1], // halfway between 1 and 1 + 2^-10: to even
    [1 + 3 * 2 ** -11, 1 + 2 ** -9], // halfway between 1 + 2^-10 and 1 + 2^-9: to even
    [-(1 + 2 ** -11), -1],
    [2049, 2048],
    [2051, 2052],
    [0.99999994, 1], // float32 just below 1 rounds up into the next binade
    [0, 0],
  ];
  for (const [x, want] of cases) t.equal(roundFp16(x), want, `roundFp16(${x})`);
  t.equal(roundFp16(65520), Infinity, '65520 overflows (IEEE)');
  t.equal(roundFp16(-70000), -Infinity);
  t.equal(FP16_MAX, 65504);
});

t.test('roundFp16 against every binary16 value and every midpoint', async t => {
  let bad = 0;
  for (let h = 0; h < 0x7bff; h++) {
    const v = float16ToNumber(h);
    const next = float16ToNumber(h + 1);
    const mid = (v + next) / 2;
    const even = h % 2 === 0 ? v : next;
    if (roundFp16(v) !== v || roundFp16(-v) !== -v || roundFp16(mid) !== even || roundFp16(-mid) !== -even) bad++;
    if (roundFp16(mid - (next - v) / 8) !== v || roundFp16(mid + (next - v) / 8) !== next) bad++;
  }
  t.equal(bad, 0, 'all 31743 finite positive halves are fixed points; midpoints go to the even neighbour');
  t.equal(roundFp16(float16ToNumber(0x7bff)), FP16_MAX);
});

// ---------------------------------------------------------------------------------------------
t.test('checkTwinSpec and twinTag', async t => {
  t.equal(twinTag({ prune: { fraction: 0.5, scope: 'global' } }), 'prune0.5g');
  t.equal(twinTag({ quantize: { kind: 'int8', granularity: 'channel' } }), 'int8c');
  t.equal(twinTag({ prune: { fraction: 0.5, scope: 'global' }, quantize: { kind: 'int8', granularity: 'channel' } }), 'prune0.5g+int8c');
  t.equal(twinTag({ quantize: { kind: 'fp16', granularity: 'tensor' } }), 'fp16');
  t.equal(twinTag({ prune: { fraction: 0.3, scope: 'layer' }, quantize: { kind: 'int4', granularity: 'tensor' } }), 'prune0.3l+int4t');
  t.throws(() => checkTwinSpec({ prune: { fraction: 1, scope: 'global' } }), { name: 'UserError', message: /prune fraction 1: expected a number in \[0, 1\)/ });
  t.throws(() => checkTwinSpec({ prune: { fraction: Number.NaN, scope: 'global' } }), UserError);
  t.throws(() => checkTwinSpec({ quantize: { kind: 'int3', granularity: 'channel' } } as unknown as TwinSpec), { message: /quantize int3: expected int8, int4 or fp16/ });
  t.throws(() => checkTwinSpec({ quantize: { kind: 'int8', granularity: 'row' } } as unknown as TwinSpec), { message: /granularity row/ });
  const ok: TwinSpec = { prune: { fraction: 0, scope: 'layer' } };
  t.equal(checkTwinSpec(ok), ok);
});

// ---------------------------------------------------------------------------------------------
// A tiny MLP exercising every role: Gemm (transB = 1) → Relu → Reshape (shape constant) →
// MatMul x·W with W from a Constant node → Add bias → Relu → MatMul W·x (left operand) → Add.
const X = [0.5, -1, 2, 0.25];
const WG = [0.5, -0.25, 0.1, 0.8, 1, 0.3, -0.7, 0.05, -0.6, 0.2, 0.4, -0.9]; // [3, 4], transB = 1
const CG = [0.1, -0.2, 0.3];
const WM = [0.6, -0.3, 0.2, 0.9, -0.45, 0.15]; // [3, 2]
const BM = [0.05, -0.05];
const WL = [0.7, -0.2, 0.35, 0.8]; // [2, 2], left operand of W·x
const BL = [0.01, 0.02];

function mlpProto(): O.ModelProto {
  return tinyProto({
    input: { name: 'x', dims: [1, 4] },
    nodes: [
      { op: 'Gemm', inputs: ['x', 'WG', 'CG'], outputs: ['g'], attrs: [attr.int('transB', 1), attr.float('alpha', 1)] },
      { op: 'Relu', inputs: ['g'], outputs: ['r'] },
      { op: 'Reshape', inputs: ['r', 'shape'], outputs: ['rr'] },
      { op: 'Constant', inputs: [], outputs: ['WM'], attrs: [attr.tensor('value', floatTensor('WM', [3, 2], WM))], name: 'const_wm' },
      { op: 'MatMul', inputs: ['rr', 'WM'], outputs: ['m'] },
      { op: 'Add', inputs: ['m', 'BM'], outputs: ['a'] },
      { op: 'Relu', inputs: ['a'], outputs: ['ra'] },
      { op: 'Reshape', inputs: ['ra', 'col'], outputs: ['rc'] },
      { op: 'MatMul', inputs: ['WL', 'rc'], outputs: ['ml'] },
      { op: 'Add', inputs: ['BL', 'ml'], outputs: ['y2'] },
      { op: 'Reshape', inputs: ['y2', 'shape2'], outputs: ['y'] },
    ],
    inits: [
      floatTensor('WG', [3, 4], WG), floatTensor('CG', [3], CG), int64Tensor('shape', [2], [1, 3]), floatTensor('BM', [2], BM),
      int64Tensor('col', [2], [2, 1]), floatTensor('WL', [2, 2], WL), floatTensor('BL', [2, 1], BL), int64Tensor('shape2', [2], [1, 2]),
    ],
  });
}

/** y = WL·relu(WMᵀ·relu(WG·x + CG) + BM) + BL, in float64 from the given (float32) weights. */
function mlpForward(wg: ArrayLike<number>, cg: ArrayLike<number>, wm: ArrayLike<number>, bm: ArrayLike<number>, wl: ArrayLike<number>, bl: ArrayLike<number>, x: readonly number[]): number[] {
  const f = Math.fround;
  const g = [0, 1, 2].map(i => Math.max(0, x.reduce((s, xk, k) => s + f(wg[i * 4 + k]) * xk, f(cg[i]))));
  const a = [0, 1].map(j => Math.max(0, g.reduce((s, gi, i) => s + f(wm[i * 2 + j]) * gi, f(bm[j]))));
  return [0, 1].map(r => a.reduce((s, ak, k) => s + f(wl[r * 2 + k]) * ak, f(bl[r])));
}

t.test('weight sites: roles, channel axes, Constant weights; shape constants untouched', async t => {
  const sites = findWeightSites(mlpProto().graph ?? fail('no graph'));
  t.same(sites.map(s => [s.name, s.role, s.op, s.channelAxis, s.problem ?? null]), [
    ['WG', 'weight', 'Gemm', 0, null],
    ['CG', 'bias', 'Gemm', null, null],
    ['WM', 'weight', 'MatMul', 1, null],
    ['BM', 'bias', 'Add', null, null],
    ['WL', 'weight', 'MatMul', 0, null],
    ['BL', 'bias', 'Add', null, null],
  ]);
  t.equal(sites.find(s => s.name === 'WM')?.node, "'n4'", 'WM is named by the MatMul reading it');

  // Conv with bias, then Gemm with transB = 0 (axis 1) sharing nothing; a BatchNorm-free Pad value stays.
  const conv = tinyProto({
    input: { name: 'x', dims: [1, 1, 5] },
    nodes: [
      { op: 'Conv', inputs: ['x', 'WC', 'BC'], outputs: ['c'], attrs: [attr.ints('kernel_shape', [2])] },
      { op: 'Flatten', inputs: ['c'], outputs: ['f'], attrs: [attr.int('axis', 1)] },
      { op: 'Gemm', inputs: ['f', 'WG2'], outputs: ['y'] },
    ],
    inits: [floatTensor('WC', [2, 1, 2], [1, 2, 3, 4]), floatTensor('BC', [2], [0, 1]), floatTensor('WG2', [8, 3], Array.from({ length: 24 }, (_, i) => i / 24))],
  });
  t.same(findWeightSites(conv.graph ?? fail('no graph')).map(s => [s.name, s.role, s.op, s.channelAxis]), [
    ['WC', 'weight', 'Conv', 0], ['BC', 'bias', 'Conv', null], ['WG2', 'weight', 'Gemm', 1],
  ]);

  // A shared weight is one site; a weight computed from constants, or of another dtype, is a problem.
  const shared = tinyProto({
    input: { name: 'x', dims: [1, 2] },
    nodes: [
      { op: 'MatMul', inputs: ['x', 'W'], outputs: ['a'] },
      { op: 'MatMul', inputs: ['a', 'W'], outputs: ['b'] },
      { op: 'Transpose', inputs: ['V'], outputs: ['Vt'] },
      { op: 'MatMul', inputs: ['b', 'Vt'], outputs: ['c'] },
      { op: 'MatMul', inputs: ['c', 'H'], outputs: ['y'] },
    ],
    inits: [floatTensor('W', [2, 2], [1, 2, 3, 4]), floatTensor('V', [2, 2], [1, 0, 0, 1]), { name: 'H', dims: [2, 2], dataType: 10, int32Data: [0x3c00, 0, 0, 0x3c00] }],
  });
  const s2 = findWeightSites(shared.graph ?? fail('no graph'));
  t.same(s2.map(s => s.name), ['W', 'Vt', 'H']);
  t.match(s2[1].problem, /computed by Transpose node/);
  t.match(s2[2].problem, /element type float16/);
  const bytes = encodeModel(shared);
  t.throws(() => makeTwinModel(bytes, { prune: { fraction: 0.5, scope: 'global' } }, 'shared.onnx'), { name: 'UserError', message: /^shared\.onnx: cannot rewrite weight 'Vt' of MatMul node 'n3': it is computed by Transpose node 'n2'/ });
});

t.test('errors name the source, tensor and node', async t => {
  const f16 = tinyModel({
    input: { name: 'x', dims: [1, 2] },
    nodes: [{ op: 'Gemm', inputs: ['x', 'W', 'B'], outputs: ['y'], name: 'fc' }],
    inits: [floatTensor('W', [2, 2], [1, 2, 3, 4]), { name: 'B', dims: [2], dataType: 10, int32Data: [0x3c00, 0] }],
  });
  // int8 leaves biases alone, so a float16 bias is fine; fp16 must rewrite it and cannot.
  t.doesNotThrow(() => makeTwinModel(f16, { quantize: { kind: 'int8', granularity: 'channel' } }, 'f16.onnx'));
  t.throws(() => makeTwinModel(f16, { quantize: { kind: 'fp16', granularity: 'channel' } }, 'f16.onnx'), { message: "f16.onnx: cannot rewrite bias 'B' of Gemm node 'fc': it has element type float16; make-twin rewrites float32 tensors only" });
  const big = tinyModel({ input: { name: 'x', dims: [1, 2] }, nodes: [{ op: 'Gemm', inputs: ['x', 'W'], outputs: ['y'], name: 'fc' }], inits: [floatTensor('W', [2, 2], [1, 2, 70000, 4])] });
  t.throws(() => makeTwinModel(big, { quantize: { kind: 'fp16', granularity: 'tensor' } }, 'big.onnx'), { message: /^big\.onnx: weight 'W' of Gemm node 'fc' has 70000 at flat index 2, beyond the float16 range/ });
  t.throws(() => makeTwinModel(new Uint8Array([1, 2, 3, 4, 5]), { prune: { fraction: 0.5, scope: 'global' } }, 'junk.onnx'), { name: 'UserError', message: /^junk\.onnx: not a valid ONNX file/ });
  const rank1 = tinyModel({ input: { name: 'x', dims: [1, 2] }, nodes: [{ op: 'Gemm', inputs: ['x', 'W'], outputs: ['y'], name: 'fc' }], inits: [floatTensor('W', [2], [1, 2])] });
  t.throws(() => makeTwinModel(rank1, { quantize: { kind: 'int8', granularity: 'channel' } }, 'r1.onnx'), { name: 'UserError', message: "r1.onnx: weight 'W' of Gemm node 'fc' has shape [2], which has no output-channel axis 1" });
  const alsoMul = tinyModel({
    input: { name: 'x', dims: [1, 2] },
    nodes: [{ op: 'MatMul', inputs: ['x', 'W'], outputs: ['m'] }, { op: 'Mul', inputs: ['m', 'W'], outputs: ['y'], name: 'scale' }],
    inits: [floatTensor('W', [2, 2], [1, 2, 3, 4])],
  });
  t.throws(() => makeTwinModel(alsoMul, { prune: { fraction: 0.5, scope: 'layer' } }, 'mul.onnx'), { message: "mul.onnx: cannot rewrite weight 'W' of MatMul node 'n0': it is also read by Mul node 'scale', which would change too" });
  const noWeights = tinyModel({ input: { name: 'x', dims: [1, 2] }, nodes: [{ op: 'Relu', inputs: ['x'], outputs: ['y'] }] });
  t.throws(() => makeTwinModel(noWeights, { prune: { fraction: 0.5, scope: 'global' } }, 'relu.onnx'), { message: /relu\.onnx: no weight tensors found/ });
});

/** The decoded model as JSON with the named tensors' data and make-twin's metadata removed. */
function skeleton(bytes: Uint8Array, changed: readonly string[]): unknown {
  const m = onnx.ModelProto.decode(bytes);
  const strip = (x: O.ITensorProto): void => {
    if (changed.includes(x.name ?? '')) {
      x.rawData = new Uint8Array(0);
      x.floatData = [];
    }
  };
  const g = graphOf(m);
  g.initializer.forEach(strip);
  for (const n of g.node) for (const a of n.attribute ?? []) if (a.t) strip(a.t);
  m.metadataProps = (m.metadataProps ?? []).filter(e => e.key !== META_TAG && e.key !== META_SOURCE);
  return m.toJSON();
}

t.test('round trip on the tiny MLP: logits = hand-computed W\'x + b; the rest of the proto unchanged', async t => {
  const src = encodeModel(mlpProto());
  const base = loadOnnxBytes(src, 'mlp.onnx');
  t.ok(relClose(forward(base, X), mlpForward(WG, CG, WM, BM, WL, BL, X)), 'the untouched model is what mlpForward computes');

  // prune 0.5 global: 12 + 6 + 4 = 22 weights, k = 11. Sorted |w| (ties in tensor order):
  // 0.05 WG, 0.1 WG, 0.15 WM, 0.2 WG, 0.2 WM, 0.2 WL, 0.25 WG, 0.3 WG, 0.3 WM, 0.35 WL, 0.4 WG.
  {
    const { bytes, report } = makeTwinModel(src, { prune: { fraction: 0.5, scope: 'global' } }, 'mlp.onnx');
    const wg = [0.5, 0, 0, 0.8, 1, 0, -0.7, 0, -0.6, 0, 0, -0.9];
    const wm = [0.6, 0, 0, 0.9, -0.45, 0];
    const wl = [0.7, 0, 0, 0.8];
    const init = inits(bytes);
    t.same(Array.from(init.get('WG') ?? []), wg.map(Math.fround));
    t.same(Array.from(init.get('WL') ?? []), wl.map(Math.fround));
    t.same(Array.from(init.get('CG') ?? []), CG.map(Math.fround), 'biases untouched');
    t.same([report.weightsTotal, report.weightsZero], [22, 11]);
    t.same(report.tensors.map(r => [r.name, r.role, r.op, r.count, r.zeroed]), [['WG', 'weight', 'Gemm', 12, 6], ['WM', 'weight', 'MatMul', 6, 3], ['WL', 'weight', 'MatMul', 4, 2]]);
    const twin = loadOnnxBytes(bytes, 'twin.onnx');
    t.ok(relClose(forward(twin, X), mlpForward(wg, CG, wm, BM, wl, BL, X)), `pruned logits ${Array.from(forward(twin, X))}`);
    t.same(skeleton(bytes, ['WG', 'WM', 'WL']), skeleton(src, ['WG', 'WM', 'WL']), 'nodes, attributes, other initializers, opsets unchanged');
    const meta = onnx.ModelProto.decode(bytes).metadataProps ?? [];
    t.same(meta.map(e => [e.key, e.value]), [[META_TAG, 'prune0.5g'], [META_SOURCE, createHash('sha256').update(src).digest('hex')]]);
  }
  // int4 per channel: WG rows (axis 0, transB = 1), WM columns (axis 1), WL rows (axis 0).
  {
    const { bytes, report } = makeTwinModel(src, { quantize: { kind: 'int4', granularity: 'channel' } }, 'mlp.onnx');
    const q = (w: number, s: number): number => s * roundHalfEven(w / s);
    const f = Math.fround;
    // max |w| per channel, computed by hand: WG rows 0.8, 1, 0.9; WM columns 0.6, 0.9; WL rows 0.7, 0.8.
    const sG = [0.8, 1, 0.9].map(m => f(m) / 7);
    const sM = [0.6, 0.9].map(m => f(m) / 7);
    const sL = [0.7, 0.8].map(m => f(m) / 7);
    const wg = WG.map((w, i) => f(q(f(w), sG[Math.floor(i / 4)])));
    const wm = WM.map((w, i) => f(q(f(w), sM[i % 2])));
    const wl = WL.map((w, i) => f(q(f(w), sL[Math.floor(i / 2)])));
    t.same(Array.from(inits(bytes).get('WG') ?? []), wg);
    t.same(Array.from(inits(bytes).get('WL') ?? []), wl);
    const wmStored = onnx.ModelProto.decode(bytes).graph?.node?.[3].attribute?.[0].t;
    t.same(Array.from(decodeTensor(wmStored ?? fail('no WM'), 'WM', fail).data), wm, 'the Constant node\'s value tensor is rewritten');
    // a spot check by hand: WG row 0 has s = 0.8/7: 0.5·7/0.8 = 4.375 → 4, −0.25 → −2.1875 → −2, 0.1 → 0.875 → 1.
    t.ok(relClose(wg.slice(0, 4), [0.8 * 4 / 7, -0.8 * 2 / 7, 0.8 / 7, 0.8], 1e-7));
    t.equal(report.tensors.length, 3, 'biases are not rewritten by int4');
    const twin = loadOnnxBytes(bytes, 'twin.onnx');
    t.ok(relClose(forward(twin, X), mlpForward(wg, CG, wm, BM, wl, BL, X)));
    t.same(skeleton(bytes, ['WG', 'WM', 'WL']), skeleton(src, ['WG', 'WM', 'WL']));
  }
  // prune then int8 per tensor; fp16 with biases.
  {
    const { bytes, report } = makeTwinModel(src, { prune: { fraction: 0.5, scope: 'layer' }, quantize: { kind: 'int8', granularity: 'tensor' } }, 'mlp.onnx');
    t.equal(twinTag(report.spec), 'prune0.5l+int8t');
    const wl = inits(bytes).get('WL') ?? fail('no WL');
    const s = Math.fround(0.8) / 127; // WL per layer: k = 2 zeroes −0.2 and 0.35, then one scale
    t.same(Array.from(wl), [Math.fround(s * roundHalfEven(Math.fround(0.7) / s)), 0, 0, Math.fround(s * 127)]);
    t.ok(relClose(wl, [0.8 * 111 / 127, 0, 0, 0.8], 1e-7), '0.7·127/0.8 = 111.125 → 111');
    t.equal(report.weightsZero, 6 + 3 + 2);
  }
  {
    const { bytes, report } = makeTwinModel(src, { quantize: { kind: 'fp16', granularity: 'channel' } }, 'mlp.onnx');
    const h = (a: readonly number[]): number[] => a.map(w => roundFp16(Math.fround(w)));
    t.same(report.tensors.map(r => r.name), ['WG', 'CG', 'WM', 'BM', 'WL', 'BL'], 'fp16 rewrites weights and biases');
    t.same(Array.from(inits(bytes).get('CG') ?? []), h(CG));
    t.equal(h([0.1])[0], 0.0999755859375);
    const twin = loadOnnxBytes(bytes, 'twin.onnx');
    t.ok(relClose(forward(twin, X), mlpForward(h(WG), h(CG), h(WM), h(BM), h(WL), h(BL), X)));
    t.same(skeleton(bytes, ['WG', 'CG', 'WM', 'BM', 'WL', 'BL']), skeleton(src, ['WG', 'CG', 'WM', 'BM', 'WL', 'BL']));
  }
});

t.test('round trip on a tiny Conv with bias: per-channel int8, logits by hand', async t => {
  const WC = [0.9, -0.3, 0.1, 0.45]; // [2, 1, 2]
  const BC = [0.2, -0.1];
  const src = tinyModel({
    input: { name: 'x', dims: [1, 1, 3] },
    nodes: [{ op: 'Conv', inputs: ['x', 'WC', 'BC'], outputs: ['c'], attrs: [attr.ints('kernel_shape', [2])] }, { op: 'Flatten', inputs: ['c'], outputs: ['y'] }],
    inits: [floatTensor('WC', [2, 1, 2], WC), floatTensor('BC', [2], BC)],
  });
  const { bytes } = makeTwinModel(src, { quantize: { kind: 'int8', granularity: 'channel' } }, 'conv.onnx');
  const f = Math.fround;
  const s = [f(0.9) / 127, f(0.45) / 127];
  const w = WC.map((v, i) => f(s[i >> 1] * roundHalfEven(f(v) / s[i >> 1])));
  t.same(Array.from(inits(bytes).get('WC') ?? []), w);
  t.same(Array.from(inits(bytes).get('BC') ?? []), BC.map(f));
  const x = [1, -2, 0.5];
  const want = [0, 1].flatMap(o => [0, 1].map(pos => f(BC[o]) + w[o * 2] * x[pos] + w[o * 2 + 1] * x[pos + 1]));
  t.ok(relClose(forward(loadOnnxBytes(bytes, 'conv-twin.onnx'), x), want), 'Conv logits = hand-computed W\'x + b');
});

// ---------------------------------------------------------------------------------------------
function csvRows(path: string, n: number): number[][] {
  return readFileSync(path, 'utf8').split('\n').filter(l => l.trim() !== '').slice(0, n).map(l => l.split(',').map(Number));
}

t.test('mnist-net_256x2 pruned 50 % globally: exact zero count, logits of the pruned weights', async t => {
  if (!needShared(t, 'data/models/mnist/mnist-net_256x2.onnx', 'data/mnist/mnist_test_first100.csv')) return;
  const path = join(DATA, 'models/mnist/mnist-net_256x2.onnx');
  const src = readFileSync(path);
  const { bytes, report } = makeTwinModel(src, { prune: { fraction: 0.5, scope: 'global' } }, path);
  const before = inits(src);
  const after = inits(bytes);
  const names = ['layers.0.weight', 'layers.2.weight', 'layers.4.weight'];
  const total = names.reduce((s, n) => s + (before.get(n)?.length ?? 0), 0);
  t.equal(total, 784 * 256 + 256 * 256 + 256 * 10);
  const zeros = names.reduce((s, n) => s + (after.get(n) ?? []).filter(v => v === 0).length, 0);
  t.equal(zeros, Math.floor(total / 2), 'exactly ⌊0.5·268800⌋ = 134400 zero weights in the written file');
  t.same([report.weightsTotal, report.weightsZero], [total, zeros]);
  // every kept weight is bit-identical and no zeroed |w| exceeds a kept |w|.
  let maxZeroed = 0;
  let minKept = Infinity;
  let changedKept = 0;
  for (const n of names) {
    const b = before.get(n) ?? fail(n);
    const a = after.get(n) ?? fail(n);
    for (let i = 0; i < b.length; i++) {
      if (a[i] === 0) maxZeroed = Math.max(maxZeroed, Math.abs(b[i]));
      else {
        minKept = Math.min(minKept, Math.abs(b[i]));
        if (a[i] !== b[i]) changedKept++;
      }
    }
  }
  t.equal(changedKept, 0, 'kept weights unchanged');
  t.ok(maxZeroed <= minKept, `largest pruned |w| ${maxZeroed} ≤ smallest kept |w| ${minKept}`);
  for (const n of ['layers.0.bias', 'layers.2.bias', 'layers.4.bias']) t.same(after.get(n), before.get(n), `${n} untouched`);
  // logits: an independent dense forward of Flatten-Gemm(transB)-Relu ×2-Gemm with the pruned weights.
  const twin = loadOnnxBytes(bytes, 'pruned.onnx');
  const dense = (x: number[]): number[] => {
    let h = x;
    names.forEach((n, l) => {
      const W = after.get(n) ?? fail(n);
      const b = after.get(n.replace('weight', 'bias')) ?? fail(n);
      const out = Array.from(b, (bi, i) => h.reduce((s, hk, k) => s + W[i * h.length + k] * hk, bi));
      h = l < 2 ? out.map(v => Math.max(0, v)) : out;
    });
    return h;
  };
  let agree = 0;
  const orig = loadOnnxBytes(src, path);
  for (const row of csvRows(join(DATA, 'mnist/mnist_test_first100.csv'), 10)) {
    const x = row.slice(1).map(v => v / 255);
    const z = forward(twin, x);
    t.ok(relClose(z, dense(x)), 'twin logits = dense forward of the pruned weights');
    if (argmax(z) === argmax(forward(orig, x))) agree++;
  }
  t.comment(`pruned 50 %: argmax agrees with the original on ${agree}/10 rows`);
});

t.test('ECG CNN, per-channel int8: weights on the channel grids, biases kept, logits change as implied', async t => {
  if (!needShared(t, 'data/models/ecg/ecg_mitbih260_cnn_fp32.onnx', 'data/ecg_mitbih/beats260/mitbih260_beats_subset.csv')) return;
  const path = join(DATA, 'models/ecg/ecg_mitbih260_cnn_fp32.onnx');
  const src = readFileSync(path);
  const { bytes, report } = makeTwinModel(src, { quantize: { kind: 'int8', granularity: 'channel' } }, path);
  const before = inits(src);
  const after = inits(bytes);
  const g = onnx.ModelProto.decode(src).graph ?? fail('graph');
  // all six weights have the output channel on axis 0 (Conv W, Gemm B with transB = 1)
  for (const n of ['W1', 'W2', 'W3', 'F1', 'F2', 'F3']) {
    const dims = (g.initializer?.find(x => x.name === n)?.dims ?? []).map(Number);
    const b = before.get(n) ?? fail(n);
    const a = after.get(n) ?? fail(n);
    const per = b.length / dims[0];
    let bad = 0;
    for (let c = 0; c < dims[0]; c++) {
      let m = 0;
      for (let i = c * per; i < (c + 1) * per; i++) m = Math.max(m, Math.abs(b[i]));
      const s = m / 127;
      for (let i = c * per; i < (c + 1) * per; i++) if (a[i] !== Math.fround(s * roundHalfEven(b[i] / s))) bad++;
    }
    t.equal(bad, 0, `${n} [${dims}]: every entry is s_c·round(w/s_c) with s_c = max|w_c|/127`);
  }
  for (const n of ['b1', 'b2', 'b3', 'e1', 'e2', 'e3']) t.same(after.get(n), before.get(n), `${n} untouched`);
  t.equal(report.tensors.length, 6);
  const orig = loadOnnxBytes(src, path);
  const twin = loadOnnxBytes(bytes, 'int8c.onnx');
  const shippedPath = optionalShared(t, 'data/models/ecg/ecg_mitbih260_cnn_int8w.onnx');
  const shipped = shippedPath ? loadOnnxBytes(readFileSync(shippedPath), shippedPath) : undefined;
  let maxOurs = 0;
  let maxShipped = 0;
  let agree = 0;
  const beats = csvRows(join(DATA, 'ecg_mitbih/beats260/mitbih260_beats_subset.csv'), 417).filter((_, i) => i % 20 === 0);
  for (const row of beats) {
    const x = row.slice(0, -1);
    const z1 = forward(orig, x);
    const z2 = forward(twin, x);
    z1.forEach((v, j) => (maxOurs = Math.max(maxOurs, Math.abs(v - z2[j]))));
    if (shipped) forward(shipped, x).forEach((v, j) => (maxShipped = Math.max(maxShipped, Math.abs(v - z1[j]))));
    if (argmax(z1) === argmax(z2)) agree++;
  }
  t.ok(maxOurs > 0 && maxOurs < 1, `max |Δlogit| of our int8c twin vs fp32 on ${beats.length} beats: ${maxOurs.toFixed(4)}`);
  t.comment(`ECG int8c: max |Δlogit| ${maxOurs.toFixed(4)} (shipped TFLite int8w twin: ${maxShipped.toFixed(4)}), argmax agrees on ${agree}/${beats.length}`);
});

t.test('mnist_relu_3_100 fp16 vs the shipped numpy-rounded fp16trunc twin', async t => {
  if (!needShared(t, 'data/models/mnist/mnist_relu_3_100.onnx', 'data/models/mnist/mnist_relu_3_100_fp16trunc.onnx', 'data/mnist/mnist_test_first100.csv')) return;
  const path = join(DATA, 'models/mnist/mnist_relu_3_100.onnx');
  const shippedPath = join(DATA, 'models/mnist/mnist_relu_3_100_fp16trunc.onnx');
  const src = readFileSync(path);
  const shippedBytes = readFileSync(shippedPath);
  const { bytes, report } = makeTwinModel(src, { quantize: { kind: 'fp16', granularity: 'channel' } }, path);
  t.same(report.tensors.map(r => r.name), ['W0', 'B0', 'W1', 'B1', 'W2', 'B2', 'W3', 'B3']);
  const ours = inits(bytes);
  const shipped = inits(shippedBytes);
  // The shipped file holds float32(str(numpy.float16(w))): the shortest decimal of each half,
  // so its values are not halves themselves, but their nearest half should be ours.
  let total = 0;
  let sameHalf = 0;
  let maxW = 0;
  for (const [n, a] of ours) {
    const s = shipped.get(n) ?? fail(n);
    for (let i = 0; i < a.length; i++) {
      total++;
      if (roundFp16(s[i]) === a[i]) sameHalf++;
      else t.ok(Math.abs(roundFp16(s[i]) - a[i]) <= 2 ** -10 * Math.abs(a[i]), `${n}[${i}] differs by one half ulp at most`);
      maxW = Math.max(maxW, Math.abs(a[i] - s[i]));
    }
  }
  t.equal(total, 89720);
  t.ok(total - sameHalf <= 4, `nearest half of the shipped value = ours on ${sameHalf}/${total}`);
  t.ok(maxW < 2.5e-4, `max |w_ours − w_shipped| ${maxW.toExponential(3)}`);
  const a = loadOnnxBytes(bytes, 'ours.onnx');
  const b = loadOnnxBytes(shippedBytes, shippedPath);
  const o = loadOnnxBytes(src, path);
  let dz = 0;
  let dzo = 0;
  let agree = 0;
  const data = csvRows(join(DATA, 'mnist/mnist_test_first100.csv'), 100);
  for (const row of data) {
    const x = row.slice(1); // raw pixels 0..255
    const za = forward(a, x);
    const zb = forward(b, x);
    const zo = forward(o, x);
    za.forEach((v, j) => {
      dz = Math.max(dz, Math.abs(v - zb[j]));
      dzo = Math.max(dzo, Math.abs(v - zo[j]));
    });
    if (argmax(za) === argmax(zb)) agree++;
  }
  t.equal(agree, data.length, 'same decisions as the shipped twin on 100 rows');
  t.ok(dz < 1, `max |Δlogit| ours vs shipped ${dz.toFixed(3)} (ours vs original ${dzo.toFixed(3)}) on 100 rows`);
  t.comment(`fp16: ${sameHalf}/${total} weights/biases round to the same half as the shipped twin; max |Δw| ${maxW.toExponential(3)}; max |Δlogit| vs shipped ${dz.toFixed(3)}, vs original ${dzo.toFixed(3)} (0..255 inputs, 100 rows)`);
});

// ---------------------------------------------------------------------------------------------
function cli(args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { encoding: 'utf8', cwd: ROOT, timeout: 120_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

t.test('CLI: make-twin writes a loadable twin and prints one summary line', async t => {
  const src = join(dir, 'mlp.onnx');
  writeFileSync(src, encodeModel(mlpProto()));
  const out = join(dir, 'mlp-twin.onnx');
  const r = cli(['make-twin', '--in', src, '--out', out, '--prune', '0.5', '--quantize', 'int8']);
  t.equal(r.code, 0, r.err);
  const lines = r.out.trim().split('\n');
  t.equal(lines.length, 1);
  const sha = createHash('sha256').update(readFileSync(out)).digest('hex');
  t.match(lines[0], new RegExp(`prune0\\.5g\\+int8c, 3 of 3 tensors changed, weights zero 50\\.00 % \\(11 of 22\\), max \\|Δw\\| [0-9.e-]+, sha256 ${sha}$`));
  const twin = loadOnnxBytes(readFileSync(out), out);
  t.equal(forward(twin, X).length, 2);
  t.same(onnx.ModelProto.decode(readFileSync(out)).metadataProps?.find(e => e.key === META_TAG)?.value, 'prune0.5g+int8c');
});

t.test('CLI: bad inputs give one line and exit code 2', async t => {
  const expectError = (args: string[], pattern: RegExp): void => {
    const r = cli(args);
    t.equal(r.code, 2, `exit code 2: ${r.err.trim()}`);
    const lines = r.err.trim().split('\n');
    t.equal(lines.length, 1, 'one line on stderr');
    t.match(lines[0], /^twinmargin: error: /);
    t.match(lines[0], pattern);
    t.notMatch(r.err, /\n\s+at /, 'no stack trace');
  };
  const src = join(dir, 'mlp2.onnx');
  writeFileSync(src, encodeModel(mlpProto()));
  expectError(['make-twin', '--in', src, '--out', join(dir, 'x.onnx'), '--prune', '1.5'], /--prune 1\.5: expected a fraction in \[0, 1\)/);
  expectError(['make-twin', '--in', join(dir, 'missing.onnx'), '--out', join(dir, 'x.onnx'), '--quantize', 'fp16'], /missing\.onnx: cannot read the model file \(ENOENT\)/);
  const truncated = join(dir, 'truncated.onnx');
  writeFileSync(truncated, readFileSync(src).subarray(0, 60));
  expectError(['make-twin', '--in', truncated, '--out', join(dir, 'x.onnx'), '--quantize', 'int4'], /truncated\.onnx: not a valid ONNX file/);
  expectError(['make-twin', '--in', src, '--out', join(dir, 'x.onnx'), '--quantize', 'int2'], /--quantize int2: expected one of int8, int4, fp16/);
  expectError(['make-twin', '--in', src, '--out', src, '--quantize', 'fp16'], /refusing to overwrite the input model/);
  expectError(['make-twin', '--in', src, '--out', join(dir, 'x.onnx')], /needs a transform/);
  t.notOk(existsSync(join(dir, 'x.onnx')), 'nothing written on errors');
});
