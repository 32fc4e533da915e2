/**
 * The loader's error catalogue: every problem with a user's model file is a one-line
 * UserError that names the file and, where it applies, the node, op, tensor and the offending
 * value or shape. Bad models are built in memory with onnx-proto (fixtures/onnx/tiny.ts).
 */
import { readFileSync } from 'node:fs';
import t from 'tap';
import { UserError } from '../src/errors.js';
import { loadOnnx, loadOnnxBytes } from '../src/onnx/load.js';
import { checkTwins } from '../src/onnx/twins.js';
import { type TinySpec, attr, encodeModel, floatTensor, graphOf, randoms, tinyModel, tinyProto } from './fixtures/onnx/tiny.js';
import { optionalShared } from './helpers/shared.js';


/** Loads and returns the UserError's message, failing the test if there is none. */
function errorOf(t: { fail(msg: string): unknown }, bytes: Uint8Array, source = 'model.onnx'): string {
  try {
    loadOnnxBytes(bytes, source);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    if (e.message.includes('\n')) t.fail(`message spans lines: ${e.message}`);
    return e.message;
  }
  t.fail('loading succeeded');
  return '';
}

const gemm = (k: number, n: number, extra: Partial<TinySpec> = {}): TinySpec => ({
  input: { name: 'x', dims: [1, k] },
  nodes: [{ op: 'Gemm', inputs: ['x', 'W', 'b'], outputs: ['y'], attrs: [attr.int('transB', 1)] }],
  inits: [floatTensor('W', [n, k], randoms(n * k, k)), floatTensor('b', [n], randoms(n, n))],
  ...extra,
});

t.test('truncated file', async t => {
  const realModel = optionalShared(t, 'data/models/mnist/mnist-net_256x2.onnx');
  if (realModel) {
    const head = readFileSync(realModel).subarray(0, 100);
    t.match(errorOf(t, head), /^model\.onnx: not a valid ONNX file \(.+\)$/, 'first 100 bytes of mnist-net_256x2');
  }
  const bytes = tinyModel(gemm(30, 20));
  t.match(errorOf(t, bytes.subarray(0, Math.floor(bytes.length / 2))), /^model\.onnx: not a valid ONNX file \(.+\)$/, 'half a generated model');
});

t.test('bytes that are not ONNX', async t => {
  const csv = new TextEncoder().encode('label,p0,p1\n7,0,0\n2,0,255\n');
  t.match(errorOf(t, csv, 'data.csv'), /^data\.csv: not a valid ONNX file \(.+\)$/);
  t.match(errorOf(t, new Uint8Array(0), 'empty.onnx'), /^empty\.onnx: not a valid ONNX file/);
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  t.match(errorOf(t, png, 'image.png'), /^image\.png: not a valid ONNX file/);
});

t.test('every unsupported op is named in one message', async t => {
  const msg = errorOf(t, tinyModel({
    nodes: [
      { op: 'Erf', name: 'gelu_erf', inputs: ['x'], outputs: ['e'] },
      { op: 'Tanh', name: 'squash', inputs: ['e'], outputs: ['h'] },
      { op: 'Softmax', name: 'early_softmax', inputs: ['h'], outputs: ['s'] },
      { op: 'FusedGemm', name: 'ms', domain: 'com.microsoft', inputs: ['s'], outputs: ['y'] },
    ],
  }));
  t.match(msg, /^model\.onnx: unsupported ONNX ops: /);
  t.match(msg, "'gelu_erf' Erf (opset 13)");
  t.match(msg, "'squash' Tanh (opset 13)");
  t.match(msg, "'early_softmax' Softmax (opset 13; supported only as the final node)");
  t.match(msg, "'ms' com.microsoft:FusedGemm (domain not imported)");
});

t.test('external data is rejected with how to re-export', async t => {
  const m = tinyProto(gemm(4, 3));
  const w = graphOf(m).initializer[0];
  w.floatData = [];
  w.dataLocation = 1;
  w.externalData = [{ key: 'location', value: 'model.onnx.data' }];
  const msg = errorOf(t, encodeModel(m));
  t.match(msg, /^model\.onnx: tensor 'W' is stored as external data/);
  t.match(msg, 'torch.onnx.export(..., external_data=False)');
  t.match(msg, 'onnx.save(model, path, save_as_external_data=False)');
});

t.test('NaN and infinite weights name the initializer and the index', async t => {
  const m = tinyProto(gemm(4, 3));
  const weights = graphOf(m).initializer[0];
  weights.floatData = (weights.floatData ?? []).map((v, i) => (i === 5 ? NaN : v));
  t.match(errorOf(t, encodeModel(m)), /^model\.onnx: initializer 'W' has NaN at flat index 5 \(shape \[3,4\]\)/);
  const r = tinyProto(gemm(4, 3));
  const raw = new Float32Array([1, 2, -Infinity]);
  graphOf(r).initializer[1].floatData = [];
  graphOf(r).initializer[1].rawData = new Uint8Array(raw.buffer);
  t.match(errorOf(t, encodeModel(r)), /initializer 'b' has -Infinity at flat index 2/);
});

t.test('Conv with group=2 names the node', async t => {
  const msg = errorOf(t, tinyModel({
    input: { name: 'x', dims: [1, 4, 5, 5] },
    nodes: [{ op: 'Conv', name: 'depthwise', inputs: ['x', 'W'], outputs: ['y'], attrs: [attr.int('group', 2)] }],
    inits: [floatTensor('W', [4, 2, 3, 3], randoms(72, 1))],
  }));
  t.equal(msg, "model.onnx: node 'depthwise' (Conv): group=2 (grouped or depthwise convolution) is not supported; only group=1");
});

t.test('twins must agree on input and class counts', async t => {
  const a = loadOnnxBytes(tinyModel(gemm(4, 3)), 'a.onnx');
  const b = loadOnnxBytes(tinyModel(gemm(5, 3)), 'b.onnx');
  const c = loadOnnxBytes(tinyModel(gemm(4, 2)), 'c.onnx');
  t.doesNotThrow(() => checkTwins(a, a));
  t.throws(() => checkTwins(a, b), UserError);
  t.throws(() => checkTwins(a, b), { message: /a\.onnx takes 4 input values .* but b\.onnx takes 5/ });
  t.throws(() => checkTwins(a, c), { message: /a\.onnx outputs 3 logits but c\.onnx outputs 2/ });
});

t.test('graph structure', async t => {
  const base = gemm(4, 3);
  t.match(errorOf(t, tinyModel({ ...base, nodes: [...base.nodes, { op: 'Relu', name: 'again', inputs: ['x'], outputs: ['y'] }] })),
    /value 'y' is produced twice: by node 'n0' and by node 'again' \(Relu\)/);
  t.match(errorOf(t, tinyModel({ ...base, nodes: [{ op: 'Add', name: 'add', inputs: ['x', 'nowhere'], outputs: ['y'] }] })),
    /unknown inputs, produced by no node, initializer or graph input: node 'add' \(Add\) reads 'nowhere'/);
  t.match(errorOf(t, tinyModel({
    nodes: [
      { op: 'Add', name: 'p', inputs: ['x', 'q_out'], outputs: ['p_out'] },
      { op: 'Relu', name: 'q', inputs: ['p_out'], outputs: ['q_out'] },
      { op: 'Relu', name: 'r', inputs: ['q_out'], outputs: ['y'] },
    ],
  })), /the graph has a cycle through nodes 'p' \(Add\), 'q' \(Relu\), 'r' \(Relu\)/);
  t.match(errorOf(t, tinyModel({ ...base, inputs: [{ name: 'x', dims: [1, 4] }, { name: 'z', dims: [1, 4] }] })),
    /the graph has 2 inputs \('x', 'z'\); twinmargin needs exactly one input tensor/);
  t.match(errorOf(t, tinyModel({ ...base, outputs: ['y', 'x'] })), /the graph has 2 outputs \('y', 'x'\)/);
  t.match(errorOf(t, tinyModel({ ...base, input: { name: 'x', dims: [2, 4] } })), /the graph input 'x' has batch size 2 \(shape \[2,4\]\)/);
  t.match(errorOf(t, tinyModel({ ...base, input: { name: 'x', dims: ['N', 'features'] } })),
    /the graph input 'x' has an unknown dimension 'features' at axis 1 \(shape \[N,features\]\)/);
  const batchSymbolic = loadOnnxBytes(tinyModel({ ...base, input: { name: 'x', dims: ['N', 4] } }), 'sym.onnx');
  t.same(batchSymbolic.nodes[0].shape, [1, 4], 'a symbolic batch dimension reads as 1');
});

t.test('per-node messages name the node, op and shapes', async t => {
  t.equal(errorOf(t, tinyModel({ nodes: [{ op: 'Mul', name: 'square', inputs: ['x', 'x'], outputs: ['y'] }] })),
    "model.onnx: node 'square' (Mul): Mul of two tensors that both depend on the input ([1,4] and [1,4]) is not affine");
  t.match(errorOf(t, tinyModel(gemm(4, 3, { input: { name: 'x', dims: [1, 5] } }))),
    /^model\.onnx: node 'n0' \(Gemm\): A \[1,5\] \(transA=0\) and B \[3,4\] \(transB=1\) do not multiply$/);
  t.match(errorOf(t, tinyModel({
    input: { name: 'x', dims: [1, 1, 4, 4] },
    nodes: [{ op: 'Pad', name: 'mirror', inputs: ['x', 'p'], outputs: ['y'], attrs: [attr.string('mode', 'reflect')] }],
    inits: [{ name: 'p', dims: [8], dataType: 7, int64Data: [0, 0, 1, 1, 0, 0, 1, 1] }],
  })), "node 'mirror' (Pad): mode 'reflect' is not supported (only 'constant')");
  t.match(errorOf(t, tinyModel({
    nodes: [{ op: 'Div', inputs: ['x', 'z'], outputs: ['y'] }],
    inits: [floatTensor('z', [4], [1, 2, 0, 4])],
  })), /node 'n0' \(Div\): divisor 'z' has a zero at index 2 \(shape \[4\]\)/);
  t.match(errorOf(t, tinyModel({
    nodes: [{ op: 'Relu', inputs: ['x'], outputs: ['h'] }, { op: 'Reshape', name: 'rs', inputs: ['h', 's'], outputs: ['y'] }],
    inits: [{ name: 's', dims: [2], dataType: 7, int64Data: [3, -1] }],
  })), "node 'rs' (Reshape): cannot reshape [1,4] (4 elements) to [3,-1]");
  const unnamed = tinyProto({ nodes: [{ op: 'Mul', inputs: ['x', 'x'], outputs: ['y'] }] });
  graphOf(unnamed).node[0].name = '';
  t.match(errorOf(t, encodeModel(unnamed)), /^model\.onnx: node #0 \(output 'y'\) \(Mul\): /, 'unnamed nodes are named by position and output');
});

t.test('a final Softmax over the wrong axis is not dropped', async t => {
  const base = gemm(4, 3);
  t.match(errorOf(t, tinyModel({
    ...base,
    nodes: [{ ...base.nodes[0], outputs: ['z'] }, { op: 'Softmax', name: 'sm', inputs: ['z'], outputs: ['y'], attrs: [attr.int('axis', 0)] }],
  })), "node 'sm' (Softmax): axis 0 of input shape [1,3] does not normalise over all the logits, so the node cannot be dropped");
});

t.test('a missing file is a UserError', async t => {
  t.throws(() => loadOnnx('/nonexistent/model.onnx'), { name: 'UserError', message: /^\/nonexistent\/model\.onnx: cannot read the model file \(ENOENT\)$/ });
});
