/**
 * QDQ and integer ONNX ops against onnxruntime (test/fixtures/qdq/reference.json, made once by
 * scripts/qdq-reference.py with onnxruntime 1.30, graph optimisations disabled so that every op
 * runs as the file says):
 *   - the real ecg_mitbih260_cnn_int8_qdq.onnx on 20 beats: the integer codes of all seven
 *     QuantizeLinear outputs must be bit-identical (a code may differ only where our float64
 *     pre-quantisation value x/s lies within 1e-5 of a rounding tie, since onnxruntime
 *     accumulates the convolutions in float32; exact ties must agree), and the logits must
 *     agree to float32 output rounding (2^-23 relative);
 *   - tiny models of every supported pattern (opset 10 uint8 without zero point, per-axis int8,
 *     the fused Relu, weight DQ into Conv, QLinearConv, QLinearMatMul, MatMulInteger,
 *     ConvInteger, opset 21 int16), with exact rounding ties among their inputs;
 *   - the loader's one-line errors for quantised tensors read by other ops.
 * The real-model part needs ../shared (or $TWINMARGIN_SHARED_DATA): skipped without it, failed
 * without it when TWINMARGIN_REQUIRE_SHARED=1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { UserError } from '../src/errors.js';
import { argmax, forwardAll } from '../src/layers/forward.js';
import { compareWithOnnxruntime as compare } from './helpers/qdq-compare.js';
import { loadOnnx, loadOnnxBytes } from '../src/onnx/load.js';
import { floatTensor, tinyModel } from './fixtures/onnx/tiny.js';

const DATA = process.env.TWINMARGIN_SHARED_DATA ?? fileURLToPath(new URL('../../shared/data', import.meta.url));
const HAVE_DATA = existsSync(join(DATA, 'models/ecg/ecg_mitbih260_cnn_int8_qdq.onnx'));
const REQUIRE = process.env.TWINMARGIN_REQUIRE_SHARED === '1';
const SKIP = HAVE_DATA || REQUIRE ? false : `shared data not found at ${DATA} (set TWINMARGIN_SHARED_DATA)`;

interface TinyRef {
  readonly name: string;
  readonly note: string;
  readonly model: string;
  readonly inputs: readonly (readonly number[])[];
  readonly outputs: readonly (readonly number[])[];
  readonly codes: Readonly<Record<string, readonly (readonly number[])[]>>;
}

interface Fixture {
  readonly generator: string;
  readonly ecg: { readonly logits: readonly (readonly number[])[]; readonly codes: Readonly<Record<string, readonly (readonly number[])[]>> };
  readonly tiny: readonly TinyRef[];
}

const fixture = JSON.parse(readFileSync(new URL('./fixtures/qdq/reference.json', import.meta.url), 'utf8')) as Fixture;


t.test('the real int8 QDQ ECG model: codes bit-identical to onnxruntime, logits to float32 rounding', { skip: SKIP }, async tt => {
  const net = loadOnnx(join(DATA, 'models/ecg/ecg_mitbih260_cnn_int8_qdq.onnx'));
  tt.same(net.nodes.filter(n => n.kind === 'quantize').map(n => n.size), [260, 1290, 1260, 1200, 30, 20, 5], 'input, three conv and three dense activations quantised');
  const lines = readFileSync(join(DATA, 'ecg_mitbih/beats260/mitbih260_beats_subset.csv'), 'utf8').split('\n').filter(l => l.trim() !== '');
  const rows = lines.slice(0, 20).map(l => l.split(',').map(Number).slice(0, 260));
  const nearTies = compare(tt, net, rows, fixture.ecg.logits, fixture.ecg.codes, 'ECG QDQ');
  tt.equal(nearTies, 0, 'no near-tie on these 20 beats');
  // ../shared/data/reference was made with onnxruntime's default optimisations, which rewrite
  // the float weights into int8 QLinearConv/QGemm (re-quantised weights): a different model.
  // Against it only the decisions are compared.
  const shared = JSON.parse(readFileSync(join(DATA, 'reference/ecg__ecg_mitbih260_cnn_int8_qdq.json'), 'utf8')) as { first5: { logits: number[][] } };
  rows.slice(0, 5).forEach((x, r) => {
    const z = forwardAll(net, x.map(Math.fround))[net.output];
    tt.equal(argmax(z), argmax(shared.first5.logits[r]), `row ${r}: same decision as onnxruntime's optimised graph`);
  });
});

for (const ref of fixture.tiny) {
  t.test(`${ref.name}: ${ref.note}`, async tt => {
    const net = loadOnnxBytes(Buffer.from(ref.model, 'base64'), ref.name);
    compare(tt, net, ref.inputs, ref.outputs, ref.codes, ref.name);
  });
}

t.test('weight QDQ folds into plain affine weights; activation QDQ becomes quantize nodes', async tt => {
  const ref = fixture.tiny.find(r => r.name === 'weight_dq_and_qlinearconv');
  if (!ref) throw new Error('fixture lacks weight_dq_and_qlinearconv');
  const net = loadOnnxBytes(Buffer.from(ref.model, 'base64'), ref.name);
  tt.same(net.nodes.map(n => n.kind), ['input', 'quantize', 'affine', 'quantize', 'affine', 'quantize']);
});

const qdqOf = (reader: string, extra: { op: string; inputs: string[]; outputs: string[] }[] = []): Uint8Array => tinyModel({
  input: { name: 'x', dims: [1, 4] },
  output: 'y',
  nodes: [
    { op: 'QuantizeLinear', inputs: ['x', 's', 'z'], outputs: ['q'] },
    ...extra,
    ...(reader ? [{ op: reader, inputs: ['q'], outputs: ['y'] }] : []),
  ],
  inits: [floatTensor('s', [], [0.1]), { name: 'z', dims: [], dataType: 3, int32Data: [0] }],
});

t.test('quantised tensors read by other ops, or as the output, fail in one line naming the node', async tt => {
  const msg = (bytes: Uint8Array): string => {
    try {
      loadOnnxBytes(bytes, 'm.onnx');
    } catch (e) {
      tt.ok(e instanceof UserError, 'a UserError');
      return (e as Error).message;
    }
    return 'no error';
  };
  tt.match(msg(qdqOf('Relu')), /^m\.onnx: node 'n1' \(Relu\): input 0 'q' is the int8 output of a QuantizeLinear; only DequantizeLinear/);
  const out = tinyModel({
    input: { name: 'x', dims: [1, 4] },
    output: 'q',
    nodes: [{ op: 'QuantizeLinear', inputs: ['x', 's', 'z'], outputs: ['q'] }],
    inits: [floatTensor('s', [], [0.1]), { name: 'z', dims: [], dataType: 3, int32Data: [0] }],
  });
  tt.match(msg(out), /the output 'q' holds the integer codes of a QuantizeLinear/);
  const badScale = tinyModel({
    input: { name: 'x', dims: [1, 4] },
    nodes: [{ op: 'QuantizeLinear', inputs: ['x', 's'], outputs: ['q'] }, { op: 'DequantizeLinear', inputs: ['q', 's'], outputs: ['y'] }],
    inits: [floatTensor('s', [], [0])],
  });
  tt.match(msg(badScale), /scale 's' has 0 at index 0; scales must be positive and finite/);
  const perAxis10 = tinyModel({
    input: { name: 'x', dims: [1, 4] },
    opset: 10,
    nodes: [{ op: 'QuantizeLinear', inputs: ['x', 's'], outputs: ['q'] }, { op: 'DequantizeLinear', inputs: ['q', 's'], outputs: ['y'] }],
    inits: [floatTensor('s', [4], [0.1, 0.1, 0.2, 0.2])],
  });
  tt.match(msg(perAxis10), /per-axis scales need opset 13/);
});
