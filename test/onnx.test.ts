/**
 * ONNX loader: forward passes of every shared model against onnxruntime's logits
 * (shared/data/reference/*.json), the QDQ model's rejection, the fusion pass, and op semantics
 * on tiny generated models against naive reference implementations written here.
 *
 * The shared data lives beside the repository (../shared/data), or at $TWINMARGIN_SHARED_DATA;
 * without it the real-model tests are skipped with a message (failed under
 * TWINMARGIN_REQUIRE_SHARED=1, test/helpers/shared.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { UserError } from '../src/errors.js';
import { forward } from '../src/layers/forward.js';
import { type Network, inputSize, outputSize } from '../src/ir/network.js';
import { csrNnz } from '../src/ir/sparse.js';
import { fuseNetwork } from '../src/onnx/fuse.js';
import { loadOnnx, loadOnnxBytes } from '../src/onnx/load.js';
import type { onnx } from 'onnx-proto';
import { type TinySpec, attr, floatTensor, int64Tensor, randoms, tinyModel } from './fixtures/onnx/tiny.js';
import { needShared, SHARED_DATA_DIR } from './helpers/shared.js';

const DATA = SHARED_DATA_DIR;

interface Reference {
  readonly model: string;
  readonly data: string;
  readonly preprocessing: string;
  readonly input_shape: readonly number[];
  readonly first5: { readonly labels: readonly number[]; readonly logits: readonly (readonly number[])[] };
}

/** First n rows of a headerless numeric CSV. */
function readCsvRows(path: string, n: number): number[][] {
  const lines = readFileSync(path, 'utf8').split('\n').filter(l => l.trim() !== '');
  return lines.slice(0, n).map(l => l.split(',').map(Number));
}

/** The README's layout: labels first for MNIST, CIFAR-10 and EEG; last for the ECG files. */
function splitLabel(dataPath: string, row: number[]): { label: number; values: number[] } {
  if (dataPath.startsWith('ecg_mitbih/')) return { label: row[row.length - 1], values: row.slice(0, -1) };
  return { label: row[0], values: row.slice(1) };
}

function parseList(s: string): number[] {
  return s.replace(/[[\]]/g, '').split(',').map(Number);
}

/** Applies the reference's preprocessing string to the raw values of one row. */
function preprocess(ref: Reference, values: number[]): number[] {
  const p = ref.preprocessing;
  let x: number[];
  if (/raw pixel/.test(p) || /as stored/.test(p)) {
    x = values;
  } else if (/pixel\/255/.test(p)) {
    x = values.map(v => v / 255);
    const norm = /- (\[[^\]]+\])\) \/ (\[[^\]]+\]|[\d.]+)/.exec(p);
    if (ref.data.startsWith('cifar10/') && /NCHW/.test(p)) {
      // CSV pixels are HWC; the model wants CHW.
      const hw = 32 * 32;
      x = Array.from({ length: 3 * hw }, (_, i) => x[(i % hw) * 3 + Math.floor(i / hw)]);
      if (norm) {
        const mean = parseList(norm[1]);
        const std = parseList(norm[2]);
        x = x.map((v, i) => {
          const c = Math.floor(i / hw);
          return (v - mean[c]) / (std.length === 1 ? std[0] : std[c]);
        });
      }
    } else if (norm) {
      throw new Error(`unhandled normalisation in '${p}'`);
    }
  } else {
    throw new Error(`unrecognised preprocessing '${p}'`);
  }
  return x.map(Math.fround); // onnxruntime was fed float32
}

function relErr(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(1, Math.abs(b));
}

t.test('forward pass matches onnxruntime on every shared model', async t => {
  const [refDir] = needShared(t, 'data/reference') ?? [];
  if (!refDir) return;
  const refFiles = readdirSync(refDir).filter(f => f.endsWith('.json')).sort();
  t.ok(refFiles.length > 0, `${refFiles.length} reference files`);
  for (const f of refFiles) {
    const ref = JSON.parse(readFileSync(join(DATA, 'reference', f), 'utf8')) as Reference;
    if (ref.model.includes('_qdq')) continue;
    t.test(f, async t => {
      const net = loadOnnx(join(DATA, ref.model));
      t.equal(inputSize(net), ref.input_shape.reduce((a, b) => a * b, 1), 'input size');
      const rows = readCsvRows(join(DATA, ref.data), 5);
      let worst = 0;
      const labels = rows.map(row => splitLabel(ref.data, row).label);
      t.same(labels, ref.first5.labels, 'the rows are the reference rows');
      rows.forEach((row, r) => {
        const z = forward(net, preprocess(ref, splitLabel(ref.data, row).values));
        const want = ref.first5.logits[r];
        if (z.length !== want.length) t.fail(`row ${r}: ${z.length} logits, expected ${want.length}`);
        want.forEach((w, i) => (worst = Math.max(worst, relErr(z[i], w))));
      });
      t.comment(`${ref.model}: ${net.nodes.length} IR nodes, max relative logit error ${worst.toExponential(2)}`);
      t.ok(worst <= 1e-5, `max relative error ${worst.toExponential(2)} ≤ 1e-5`);
    });
  }
});

t.test('the QDQ model is rejected naming QuantizeLinear and DequantizeLinear', async t => {
  const [path] = needShared(t, 'data/models/ecg/ecg_mitbih260_cnn_int8_qdq.onnx') ?? [];
  if (!path) return;
  t.throws(() => loadOnnx(path), UserError);
  try {
    loadOnnx(path);
  } catch (e) {
    const msg = (e as Error).message;
    t.match(msg, /^.*ecg_mitbih260_cnn_int8_qdq\.onnx: unsupported ONNX ops: /);
    t.match(msg, /QuantizeLinear \(opset 13\)/);
    t.match(msg, /DequantizeLinear \(opset 13\)/);
    t.notMatch(msg, /\n/, 'one line');
  }
});

function maxRelDiff(a: Network, b: Network, inputs: number[][]): number {
  let worst = 0;
  for (const x of inputs) {
    const za = forward(a, x);
    const zb = forward(b, x);
    za.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - zb[i]) / Math.max(1e-300, Math.abs(zb[i])))));
  }
  return worst;
}

t.test('fusion keeps forward results and removes nodes', async t => {
  const models = ['cifar10/cifar10_small.onnx', 'cifar10/resnet_2b.onnx', 'mnist/mnist784_teacher_32_16_10.onnx', 'mnist/Convnet_avgpool.onnx'];
  if (!needShared(t, ...models.map(m => `data/models/${m}`))) return;
  for (const model of models) {
    const unfused = loadOnnx(join(DATA, 'models', model), { fuse: false });
    const fused = fuseNetwork(unfused);
    const n = inputSize(unfused);
    const xs = [0, 1, 2].map(s => randoms(n, 17 + s).map(v => (v + 1) / 2));
    const d = maxRelDiff(fused, unfused, xs);
    t.ok(d <= 1e-12, `${model}: fused vs unfused max relative difference ${d.toExponential(2)}`);
    t.ok(fused.nodes.length <= unfused.nodes.length, `${model}: ${unfused.nodes.length} → ${fused.nodes.length} nodes`);
    t.equal(fused.sha256, unfused.sha256);
    const nnz = (net: Network): number => net.nodes.reduce((s, nd) => s + (nd.kind === 'affine' ? nd.terms.reduce((a, w) => a + csrNnz(w), 0) : 0), 0);
    t.ok(nnz(fused) <= nnz(unfused), `${model}: nnz ${nnz(unfused)} → ${nnz(fused)}`);
  }
  const small = join(DATA, 'models/cifar10/cifar10_small.onnx');
  t.ok(loadOnnx(small).nodes.length < loadOnnx(small, { fuse: false }).nodes.length, 'cifar10_small: Transpose and bias Adds vanish');
});

t.test('fusion folds BatchNorm into the Conv before it', async t => {
  const f32 = (xs: number[]): number[] => xs.map(Math.fround);
  const w = randoms(2 * 1 * 3 * 3, 3);
  const [bias, scale, shift, mean, variance] = [[0.1, -0.2], [1.5, 0.5], [0.3, -0.1], [0.2, -0.4], [0.9, 2.5]].map(f32);
  const eps = Math.fround(1e-3);
  const bytes = tinyModel({
    input: { name: 'x', dims: [1, 1, 5, 5] },
    nodes: [
      { op: 'Conv', inputs: ['x', 'W', 'B'], outputs: ['c'], attrs: [attr.ints('pads', [1, 1, 1, 1])] },
      { op: 'BatchNormalization', inputs: ['c', 's', 'b', 'm', 'v'], outputs: ['bn'], attrs: [attr.float('epsilon', eps)] },
      { op: 'Relu', inputs: ['bn'], outputs: ['y'] },
    ],
    inits: [
      floatTensor('W', [2, 1, 3, 3], w), floatTensor('B', [2], bias), floatTensor('s', [2], scale),
      floatTensor('b', [2], shift), floatTensor('m', [2], mean), floatTensor('v', [2], variance),
    ],
  });
  const unfused = loadOnnxBytes(bytes, 'bn.onnx', { fuse: false });
  const fused = loadOnnxBytes(bytes, 'bn.onnx');
  t.same(unfused.nodes.map(n => n.kind), ['input', 'affine', 'affine', 'relu']);
  t.same(fused.nodes.map(n => n.kind), ['input', 'affine', 'relu']);
  const x = randoms(25, 9);
  const y = forward(fused, x);
  let worst = 0;
  for (let m = 0; m < 2; m++) {
    for (let o = 0; o < 25; o++) {
      const [oi, oj] = [Math.floor(o / 5), o % 5];
      let s = bias[m];
      for (let a = 0; a < 3; a++) {
        for (let b = 0; b < 3; b++) {
          const [i, j] = [oi - 1 + a, oj - 1 + b];
          if (i >= 0 && i < 5 && j >= 0 && j < 5) s += w[m * 9 + a * 3 + b] * x[i * 5 + j];
        }
      }
      const bn = (scale[m] * (s - mean[m])) / Math.sqrt(variance[m] + eps) + shift[m];
      worst = Math.max(worst, Math.abs(y[m * 25 + o] - Math.max(0, bn)));
    }
  }
  t.ok(worst < 1e-12, `conv + batchnorm by hand: max difference ${worst}`);
});

t.test('a final Softmax is dropped with a note', async t => {
  const bytes = tinyModel({
    nodes: [
      { op: 'Gemm', inputs: ['x', 'W'], outputs: ['z'], attrs: [attr.int('transB', 1)] },
      { op: 'Softmax', name: 'prob', inputs: ['z'], outputs: ['y'] },
    ],
    inits: [floatTensor('W', [3, 4], randoms(12, 1))],
  });
  const net = loadOnnxBytes(bytes, 'sm.onnx');
  t.equal(outputSize(net), 3);
  t.same(net.notes, ["dropped final Softmax node 'prob': results use the logits"]);
});

t.test('PyTorch-style shape arithmetic folds to constants', async t => {
  // Flatten written as Shape → Gather → Unsqueeze → Concat → Reshape, as torch.onnx emits it.
  const bytes = tinyModel({
    input: { name: 'x', dims: ['batch', 2, 3] },
    nodes: [
      { op: 'Shape', inputs: ['x'], outputs: ['s'] },
      { op: 'Gather', inputs: ['s', 'zero'], outputs: ['n'], attrs: [attr.int('axis', 0)] },
      { op: 'Unsqueeze', inputs: ['n', 'ax0'], outputs: ['n1'] },
      { op: 'Concat', inputs: ['n1', 'minus1'], outputs: ['shape'], attrs: [attr.int('axis', 0)] },
      { op: 'Cast', inputs: ['shape'], outputs: ['shape64'], attrs: [attr.int('to', 7)] },
      { op: 'Reshape', inputs: ['x', 'shape64'], outputs: ['flat'] },
      { op: 'Sub', inputs: ['flat', 'mean'], outputs: ['centred'] },
      { op: 'Div', inputs: ['centred', 'std'], outputs: ['y'] },
    ],
    inits: [int64Tensor('zero', [], [0]), int64Tensor('ax0', [1], [0]), int64Tensor('minus1', [1], [-1]),
      floatTensor('mean', [1], [0.5]), floatTensor('std', [6], [1, 2, 4, 8, 16, 32])],
  });
  const net = loadOnnxBytes(bytes, 'shapes.onnx');
  t.same(net.nodes[net.output].shape, [1, 6]);
  const y = forward(net, [1, 2, 3, 4, 5, 6]);
  t.same(Array.from(y), [0.5, 0.75, 0.625, 0.4375, 0.28125, 0.171875]);
});

// ---- Op semantics on tiny models, against naive implementations written out here. ----

function run(spec: Parameters<typeof tinyModel>[0], x: number[]): number[] {
  return Array.from(forward(loadOnnxBytes(tinyModel(spec), 'tiny.onnx'), x));
}

/** The one assertion `close` needs, so it works with any tap Test. */
interface Asserts {
  ok(v: boolean, msg: string): unknown;
}

function close(t: Asserts, got: number[], want: number[], what: string): void {
  const worst = want.reduce((m, w, i) => Math.max(m, Math.abs(got[i] - w)), got.length === want.length ? 0 : Infinity);
  t.ok(worst < 1e-9, `${what}: ${got.length} values, max difference ${worst}`);
}

/** 2-D convolution or pooling over [C, H, W] with explicit padding; `reduce` sees the in-input taps. */
function naive2d(
  x: number[], [C, H, W]: number[], kernel: number[], strides: number[], dil: number[], pb: number[], pe: number[], ceil: boolean,
  cell: (c: number, taps: { c: number; i: number; j: number; a: number; b: number }[], padded: number) => number, outC: number,
): number[] {
  const size = (n: number, d: number): number => {
    const span = n + pb[d] + pe[d] - ((kernel[d] - 1) * dil[d] + 1);
    return (ceil ? Math.ceil(span / strides[d]) : Math.floor(span / strides[d])) + 1;
  };
  const [OH, OW] = [size(H, 0), size(W, 1)];
  const out: number[] = [];
  for (let m = 0; m < outC; m++) {
    for (let oi = 0; oi < OH; oi++) {
      for (let oj = 0; oj < OW; oj++) {
        const taps: { c: number; i: number; j: number; a: number; b: number }[] = [];
        let padded = 0;
        for (let a = 0; a < kernel[0]; a++) {
          for (let b = 0; b < kernel[1]; b++) {
            const i = oi * strides[0] - pb[0] + a * dil[0];
            const j = oj * strides[1] - pb[1] + b * dil[1];
            if (i >= -pb[0] && i < H + pe[0] && j >= -pb[1] && j < W + pe[1]) padded++;
            if (i >= 0 && i < H && j >= 0 && j < W) for (let c = 0; c < C; c++) taps.push({ c, i, j, a, b });
          }
        }
        out.push(cell(m, taps, padded));
      }
    }
  }
  return out;
}

t.test('Conv 2-D: strides, dilations, pads and auto_pad', async t => {
  const [C, H, W, M, KH, KW] = [2, 6, 7, 3, 3, 2];
  const x = randoms(C * H * W, 5);
  const w = randoms(M * C * KH * KW, 6);
  const b = randoms(M, 7);
  const conv = (pb: number[], pe: number[], extra: ReturnType<typeof attr.int>[]): void => {
    const got = run({
      input: { name: 'x', dims: [1, C, H, W] },
      nodes: [{ op: 'Conv', inputs: ['x', 'W', 'B'], outputs: ['y'], attrs: [attr.ints('strides', [2, 1]), attr.ints('dilations', [1, 2]), ...extra] }],
      inits: [floatTensor('W', [M, C, KH, KW], w), floatTensor('B', [M], b)],
    }, x);
    const want = naive2d(x, [C, H, W], [KH, KW], [2, 1], [1, 2], pb, pe, false, (m, taps) =>
      taps.reduce((s, tp) => s + w[((m * C + tp.c) * KH + tp.a) * KW + tp.b] * x[(tp.c * H + tp.i) * W + tp.j], b[m]), M);
    close(t, got, want, `pads ${pb},${pe} ${extra.map(a => a.name).join(' ')}`);
  };
  conv([1, 0], [0, 1], [attr.ints('pads', [1, 0, 0, 1])]);
  conv([0, 0], [0, 0], []);
  conv([0, 0], [0, 0], [attr.string('auto_pad', 'VALID')]);
  // H: out 3, total pad 1 → UPPER (0, 1), LOWER (1, 0). W: dilated extent 3, total 2 → (1, 1).
  conv([0, 1], [1, 1], [attr.string('auto_pad', 'SAME_UPPER')]);
  conv([1, 1], [0, 1], [attr.string('auto_pad', 'SAME_LOWER')]);
});

t.test('Conv 1-D with pads and stride', async t => {
  const x = randoms(2 * 9, 11);
  const w = randoms(2 * 2 * 3, 12);
  const got = run({
    input: { name: 'x', dims: [1, 2, 9] },
    nodes: [{ op: 'Conv', inputs: ['x', 'W'], outputs: ['y'], attrs: [attr.ints('strides', [2]), attr.ints('pads', [2, 1])] }],
    inits: [floatTensor('W', [2, 2, 3], w)],
  }, x);
  const want = naive2d(x, [2, 1, 9], [1, 3], [1, 2], [1, 1], [0, 2], [0, 1], false, (m, taps) =>
    taps.reduce((s, tp) => s + w[(m * 2 + tp.c) * 3 + tp.b] * x[tp.c * 9 + tp.j], 0), 2);
  close(t, got, want, 'conv1d');
});

t.test('MaxPool and AveragePool: pads, ceil_mode, count_include_pad, global', async t => {
  const [C, H, W] = [2, 5, 5];
  const x = randoms(C * H * W, 21);
  const pool = (op: string, extra: ReturnType<typeof attr.int>[]): number[] => run({
    input: { name: 'x', dims: [1, C, H, W] },
    nodes: [{ op, inputs: ['x'], outputs: ['y'], attrs: extra }],
  }, x);
  const geo = [attr.ints('kernel_shape', [2, 3]), attr.ints('strides', [2, 2]), attr.ints('pads', [1, 1, 0, 1])];
  const perChannel = (f: (vals: number[], padded: number) => number, kernel: number[], pb: number[], pe: number[], ceil: boolean): number[] =>
    naive2d(x, [C, H, W], kernel, [2, 2], [1, 1], pb, pe, ceil, (m, taps, padded) =>
      f(taps.filter(tp => tp.c === m).map(tp => x[(m * H + tp.i) * W + tp.j]), padded), C);
  close(t, pool('MaxPool', geo), perChannel(v => Math.max(...v), [2, 3], [1, 1], [0, 1], false), 'MaxPool');
  close(t, pool('MaxPool', [...geo, attr.int('ceil_mode', 1)]), perChannel(v => Math.max(...v), [2, 3], [1, 1], [0, 1], true), 'MaxPool ceil_mode');
  close(t, pool('AveragePool', geo), perChannel(v => v.reduce((a, b) => a + b, 0) / v.length, [2, 3], [1, 1], [0, 1], false), 'AveragePool');
  close(t, pool('AveragePool', [...geo, attr.int('count_include_pad', 1)]),
    perChannel((v, padded) => v.reduce((a, b) => a + b, 0) / padded, [2, 3], [1, 1], [0, 1], false), 'AveragePool count_include_pad');
  const chans = [0, 1].map(c => x.slice(c * H * W, (c + 1) * H * W));
  close(t, pool('GlobalMaxPool', []), chans.map(v => Math.max(...v)), 'GlobalMaxPool');
  close(t, pool('GlobalAveragePool', []), chans.map(v => v.reduce((a, b) => a + b, 0) / v.length), 'GlobalAveragePool');
});

t.test('Gemm attributes and MatMul on both sides', async t => {
  const x = randoms(4, 31);
  const a = randoms(12, 32);
  const c = randoms(3, 33);
  // Transpose [1,4] → [4,1], then Gemm with transA: Y = 0.5 · xᵀᵀ Aᵀ + 2 C.
  const got = run({
    nodes: [
      { op: 'Transpose', inputs: ['x'], outputs: ['xt'] },
      { op: 'Gemm', inputs: ['xt', 'A', 'C'], outputs: ['y'], attrs: [attr.int('transA', 1), attr.int('transB', 1), attr.float('alpha', 0.5), attr.float('beta', 2)] },
    ],
    inits: [floatTensor('A', [3, 4], a), floatTensor('C', [3], c)],
  }, x);
  const want = [0, 1, 2].map(n => 0.5 * [0, 1, 2, 3].reduce((s, k) => s + x[k] * a[n * 4 + k], 0) + 2 * c[n]);
  close(t, got, want, 'Gemm transA transB alpha beta');
  const w = randoms(12, 34);
  const left = run({
    input: { name: 'x', dims: [4] },
    nodes: [{ op: 'MatMul', inputs: ['W', 'x'], outputs: ['y'] }],
    inits: [floatTensor('W', [3, 4], w)],
  }, x);
  close(t, left, [0, 1, 2].map(m => [0, 1, 2, 3].reduce((s, k) => s + w[m * 4 + k] * x[k], 0)), 'MatMul(W, x) on a rank-1 input');
  const right = run({
    nodes: [{ op: 'MatMul', inputs: ['x', 'W'], outputs: ['y'] }],
    inits: [floatTensor('W', [4, 3], w)],
  }, x);
  close(t, right, [0, 1, 2].map(n => [0, 1, 2, 3].reduce((s, k) => s + x[k] * w[k * 3 + n], 0)), 'MatMul(x, W)');
});

t.test('Pad, Transpose, Slice, Concat, Squeeze/Unsqueeze and residual Add', async t => {
  const x = [1, 2, 3, 4, 5, 6];
  const padded = run({
    input: { name: 'x', dims: [1, 2, 3] },
    nodes: [{ op: 'Pad', inputs: ['x', 'pads', 'v'], outputs: ['y'] }],
    inits: [int64Tensor('pads', [6], [0, 0, 1, 0, 0, -1]), floatTensor('v', [], [0.5])],
  }, x);
  t.same(padded, [0.5, 1, 2, 0.5, 4, 5], 'Pad opset 11: constant value, negative pad crops');
  const padV2 = run({
    input: { name: 'x', dims: [1, 2, 3] },
    nodes: [{ op: 'Pad', inputs: ['x'], outputs: ['y'], attrs: [attr.ints('pads', [0, 1, 0, 0, 0, 1])] }],
    opset: 9,
  }, x);
  t.same(padV2, [0, 0, 0, 0, 1, 2, 3, 0, 4, 5, 6, 0], 'Pad opset 9: pads attribute');
  const tr = run({
    input: { name: 'x', dims: [1, 2, 3] },
    nodes: [{ op: 'Transpose', inputs: ['x'], outputs: ['y'], attrs: [attr.ints('perm', [0, 2, 1])] }],
  }, x);
  t.same(tr, [1, 4, 2, 5, 3, 6], 'Transpose');
  const sl = run({
    input: { name: 'x', dims: [1, 2, 3] },
    nodes: [{ op: 'Slice', inputs: ['x', 'st', 'en', 'ax', 'sp'], outputs: ['y'] }],
    inits: [int64Tensor('st', [1], [-1]), int64Tensor('en', [1], [-1e18]), int64Tensor('ax', [1], [2]), int64Tensor('sp', [1], [-2])],
  }, x);
  t.same(sl, [3, 1, 6, 4], 'Slice with negative step');
  const cat = run({
    input: { name: 'x', dims: [1, 2, 3] },
    nodes: [
      { op: 'Squeeze', inputs: ['x', 'ax0'], outputs: ['s'] },
      { op: 'Concat', inputs: ['s', 'k', 's'], outputs: ['c'], attrs: [attr.int('axis', 1)] },
      { op: 'Unsqueeze', inputs: ['c', 'ax0'], outputs: ['y'] },
    ],
    inits: [int64Tensor('ax0', [1], [0]), floatTensor('k', [2, 1], [-1, -2])],
  }, x);
  t.same(cat, [1, 2, 3, -1, 1, 2, 3, 4, 5, 6, -2, 4, 5, 6], 'Concat of variables and a constant');
  const res = run({
    input: { name: 'x', dims: [1, 2, 3] },
    nodes: [
      { op: 'Mul', inputs: ['x', 'two'], outputs: ['d'] },
      { op: 'Relu', inputs: ['x'], outputs: ['r'] },
      { op: 'Sub', inputs: ['d', 'r'], outputs: ['y'] },
    ],
    inits: [floatTensor('two', [2, 1], [2, 3])],
  }, [1, -2, 3, -4, 5, -6]);
  t.same(res, [1, -4, 3, -12, 10, -18], 'Sub of two variables after a broadcast Mul');
});

t.test('initializers in every stored form: raw float16, double, int32, int64, and typed fields', async t => {
  const f16 = new Uint16Array([0x3c00, 0xc000, 0x3800, 0x0001]); // 1, -2, 0.5, 2^-24
  const f64 = new Float64Array([0.1, -0.25, 3, 1e-3]);
  const bytesOf = (a: ArrayBufferView): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const spec = (w: onnx.ITensorProto, shape: onnx.ITensorProto): TinySpec => ({
    input: { name: 'x', dims: [1, 4] },
    nodes: [
      { op: 'Mul', inputs: ['x', 'w'], outputs: ['m'] },
      { op: 'Reshape', inputs: ['m', 's'], outputs: ['y'] },
      { op: 'Dropout', inputs: ['y'], outputs: ['z'] },
    ],
    output: 'z',
    inits: [{ name: 'w', dims: [4], ...w }, { name: 's', dims: [2], ...shape }],
  });
  const x = [1, 1, 1, 1];
  const variants: [string, onnx.ITensorProto, onnx.ITensorProto, number[]][] = [
    ['float16 raw, int64 raw', { dataType: 10, rawData: bytesOf(f16) }, { dataType: 7, rawData: bytesOf(new BigInt64Array([2n, -1n])) }, [1, -2, 0.5, 2 ** -24]],
    ['double raw, int32 raw', { dataType: 11, rawData: bytesOf(f64) }, { dataType: 6, rawData: bytesOf(new Int32Array([0, 4])) }, Array.from(f64)],
    ['double_data, int32_data', { dataType: 11, doubleData: Array.from(f64) }, { dataType: 6, int32Data: [4, 1] }, Array.from(f64)],
    ['float16 in int32_data, int64_data', { dataType: 10, int32Data: Array.from(f16) }, { dataType: 7, int64Data: [1, 4] }, [1, -2, 0.5, 2 ** -24]],
  ];
  for (const [what, w, s, want] of variants) {
    const net = loadOnnxBytes(tinyModel(spec(w, s)), `${what}.onnx`);
    t.same(Array.from(forward(net, x)), want, what);
  }
});

t.test('convolutions stay sparse', async t => {
  const [path] = needShared(t, 'data/models/cifar10/cifar_base_kw.onnx') ?? [];
  if (!path) return;
  const net = loadOnnx(path);
  const conv = net.nodes[1];
  if (conv.kind !== 'affine') throw new Error('node 1 should be the first Conv');
  t.ok(csrNnz(conv.terms[0]) <= conv.size * 3 * 4 * 4, `first Conv holds ${csrNnz(conv.terms[0])} entries for ${conv.size} outputs`);
});
