"""
Generates test/fixtures/qdq/reference.json ONCE with onnxruntime (CPU, graph optimisations
disabled so every op runs as written). The product, the tests and CI never run Python; this
script is kept so the fixture can be re-made and audited:

    python3 -m venv /tmp/ortenv && /tmp/ortenv/bin/pip install onnxruntime onnx numpy
    /tmp/ortenv/bin/python scripts/qdq-reference.py ../shared

Contents:
  * ecg: for the first 20 beats of mitbih260_beats_subset.csv, the logits of
    ecg_mitbih260_cnn_int8_qdq.onnx and the integer codes of every QuantizeLinear output;
  * tiny: small QDQ / QLinear / *Integer models built here with onnx.helper (base64), with
    inputs (including exact rounding ties x/s = k + 1/2) and onnxruntime's outputs and codes.
"""
import base64, json, sys
import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto as T, helper as h, numpy_helper as nh

shared = sys.argv[1] if len(sys.argv) > 1 else '../shared'
out_path = 'test/fixtures/qdq/reference.json'
rng = np.random.default_rng(14)


def session(model):
    o = ort.SessionOptions()
    o.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    return ort.InferenceSession(model.SerializeToString(), o, providers=['CPUExecutionProvider'])


def with_outputs(model, names):
    m = onnx.ModelProto()
    m.CopyFrom(model)
    for n in names:
        m.graph.output.append(h.make_empty_tensor_value_info(n))
    return m


def run_codes(model, xs):
    qs = [n.output[0] for n in model.graph.node if n.op_type in ('QuantizeLinear', 'QLinearConv', 'QLinearMatMul')]
    final = [o.name for o in model.graph.output]
    s = session(with_outputs(model, qs))
    inp = model.graph.input[0].name
    logits, codes = [], {q: [] for q in qs}
    for x in xs:
        r = s.run(final + qs, {inp: x.astype(np.float32)})
        logits.append(r[0].astype(np.float64).ravel().tolist())
        for q, v in zip(qs, r[len(final):]):
            codes[q].append(v.astype(np.int64).ravel().tolist())
    return logits, codes


# --- the shared ECG QDQ model -------------------------------------------------------------
ecg = onnx.load(f'{shared}/data/models/ecg/ecg_mitbih260_cnn_int8_qdq.onnx')
rows = np.loadtxt(f'{shared}/data/ecg_mitbih/beats260/mitbih260_beats_subset.csv', delimiter=',')[:20]
xs = [r[:260].reshape(1, 1, 260) for r in rows]
logits, codes = run_codes(ecg, xs)
result = {'generator': f'onnxruntime {ort.__version__}, onnx {onnx.__version__}, ORT_DISABLE_ALL, CPU',
          'ecg': {'model': 'data/models/ecg/ecg_mitbih260_cnn_int8_qdq.onnx', 'rows': 20, 'logits': logits, 'codes': codes},
          'tiny': []}


def init(name, arr, dtype):
    return nh.from_array(np.asarray(arr, dtype=dtype), name)


def tiny(name, nodes, inits, in_shape, opset, note, ties=None):
    g = h.make_graph(nodes, name, [h.make_tensor_value_info('x', T.FLOAT, in_shape)],
                     [h.make_tensor_value_info('y', T.FLOAT, None)], initializer=inits)
    m = h.make_model(g, opset_imports=[h.make_opsetid('', opset)], producer_name='twinmargin qdq-reference.py')
    m.ir_version = 8
    onnx.checker.check_model(m, full_check=False) if False else None
    xs = [rng.uniform(-2, 2, size=in_shape) for _ in range(30)]
    if ties is not None:
        xs += ties
    logits, codes = run_codes(m, xs)
    result['tiny'].append({'name': name, 'note': note, 'opset': opset, 'model': base64.b64encode(m.SerializeToString()).decode(),
                           'inputs': [x.ravel().tolist() for x in xs], 'outputs': logits, 'codes': codes})


# a) QDQ on the input and an activation, per-tensor uint8 (default zero point at opset 10).
s_in = 0.0625  # a power of two: x/s is exact, so the tie inputs below really are ties
tiny('qdq_opset10_uint8', [
    h.make_node('QuantizeLinear', ['x', 's_in'], ['xq']),
    h.make_node('DequantizeLinear', ['xq', 's_in'], ['xd']),
    h.make_node('MatMul', ['xd', 'W'], ['a']),
    h.make_node('QuantizeLinear', ['a', 's_a', 'z_a'], ['aq']),
    h.make_node('DequantizeLinear', ['aq', 's_a', 'z_a'], ['y']),
], [init('s_in', s_in, np.float32), init('W', rng.uniform(-1, 1, (4, 3)), np.float32),
    init('s_a', 0.05, np.float32), init('z_a', 128, np.uint8)], [1, 4], 10,
    'opset 10 QuantizeLinear without zero point (uint8 0): negative inputs saturate to 0',
    ties=[np.array([[0.03125, 0.09375, -0.03125, 0.15625]]), np.array([[17.0, 0.21875, 0.0, -5.0]])])

# b) per-axis int8 QDQ on activations (axis 1), and the fused Relu pattern (z = qmin, no Relu).
tiny('qdq_per_axis_fused_relu', [
    h.make_node('Conv', ['x', 'W', 'B'], ['c'], pads=[1, 1]),
    h.make_node('QuantizeLinear', ['c', 's_c', 'z_c'], ['cq'], axis=1),
    h.make_node('DequantizeLinear', ['cq', 's_c', 'z_c'], ['cd'], axis=1),
    h.make_node('QuantizeLinear', ['cd', 's_r', 'z_r'], ['rq']),
    h.make_node('DequantizeLinear', ['rq', 's_r', 'z_r'], ['y']),
], [init('W', rng.uniform(-1, 1, (3, 2, 3)), np.float32), init('B', rng.uniform(-0.2, 0.2, 3), np.float32),
    init('s_c', [0.02, 0.03, 0.05], np.float32), init('z_c', [3, -7, 0], np.int8),
    init('s_r', 0.04, np.float32), init('z_r', -128, np.int8)], [1, 2, 5], 13,
    'per-channel int8 QDQ (axis 1) then a per-tensor QDQ with zero point -128 = qmin: the ReLU that onnxruntime fuses away')

# c) weight QDQ (per-channel DQ of int8 weights, int32 bias) into Conv, then QLinearConv.
wq = rng.integers(-127, 128, (4, 2, 3))
tiny('weight_dq_and_qlinearconv', [
    h.make_node('QuantizeLinear', ['x', 's_x', 'z_x'], ['xq']),
    h.make_node('DequantizeLinear', ['wq', 's_w', 'z_w'], ['wd'], axis=0),
    h.make_node('DequantizeLinear', ['bq', 's_b'], ['bd']),
    h.make_node('DequantizeLinear', ['xq', 's_x', 'z_x'], ['xd']),
    h.make_node('Conv', ['xd', 'wd', 'bd'], ['c']),
    h.make_node('QuantizeLinear', ['c', 's_c', 'z_c'], ['cq']),
    h.make_node('QLinearConv', ['cq', 's_c', 'z_c', 'wq2', 's_w2', 'z_w2', 's_y', 'z_y', 'b2'], ['yq'], pads=[1, 1]),
    h.make_node('DequantizeLinear', ['yq', 's_y', 'z_y'], ['y']),
], [init('s_x', 0.02, np.float32), init('z_x', 120, np.uint8),
    init('wq', wq, np.int8), init('s_w', [0.01, 0.008, 0.012, 0.009], np.float32), init('z_w', [0, 0, 0, 0], np.int8),
    init('bq', rng.integers(-300, 300, 4), np.int32), init('s_b', 0.0002, np.float32),
    init('s_c', 0.03, np.float32), init('z_c', 130, np.uint8),
    init('wq2', rng.integers(0, 256, (3, 4, 3)), np.uint8), init('s_w2', [0.004, 0.005, 0.006], np.float32), init('z_w2', [128, 120, 131], np.uint8),
    init('s_y', 0.05, np.float32), init('z_y', 100, np.uint8), init('b2', rng.integers(-500, 500, 3), np.int32)], [1, 2, 6], 13,
    'DequantizeLinear of int8 weights (per-axis, axis 0) and of an int32 bias folded into Conv; QLinearConv with per-channel uint8 weights')

# d) QLinearMatMul, MatMulInteger and ConvInteger (Cast + Mul back to float).
tiny('qlinearmatmul_matmulinteger', [
    h.make_node('QuantizeLinear', ['x', 's_x', 'z_x'], ['xq']),
    h.make_node('QLinearMatMul', ['xq', 's_x', 'z_x', 'wq', 's_w', 'z_w', 's_y', 'z_y'], ['yq1']),
    h.make_node('MatMulInteger', ['yq1', 'w2', 'z_y', 'z_w2'], ['acc']),
    h.make_node('Cast', ['acc'], ['accf'], to=T.FLOAT),
    h.make_node('Mul', ['accf', 'm'], ['y']),
], [init('s_x', 0.015, np.float32), init('z_x', -3, np.int8),
    init('wq', rng.integers(-128, 128, (6, 5)), np.int8), init('s_w', 0.01, np.float32), init('z_w', 0, np.int8),
    init('s_y', 0.04, np.float32), init('z_y', 5, np.int8),
    init('w2', rng.integers(-128, 128, (5, 3)), np.int8), init('z_w2', 2, np.int8), init('m', 0.04 * 0.007, np.float32)], [1, 6], 13,
    'QLinearMatMul (int8), then MatMulInteger with zero points and Cast/Mul back to float')

tiny('convinteger', [
    h.make_node('QuantizeLinear', ['x', 's_x', 'z_x'], ['xq']),
    h.make_node('ConvInteger', ['xq', 'w', 'z_x', 'z_w'], ['acc'], pads=[0, 1]),
    h.make_node('Cast', ['acc'], ['accf'], to=T.FLOAT),
    h.make_node('Mul', ['accf', 'm'], ['y']),
], [init('s_x', 0.03, np.float32), init('z_x', 128, np.uint8),
    init('w', rng.integers(0, 256, (2, 1, 3)), np.uint8), init('z_w', 127, np.uint8), init('m', 0.03 * 0.01, np.float32)], [1, 1, 7], 13,
    'ConvInteger (uint8 input and weights, scalar zero points), Cast and Mul back to float')

# e) opset 21 int16 QDQ.
tiny('qdq_opset21_int16', [
    h.make_node('QuantizeLinear', ['x', 's', 'z'], ['xq']),
    h.make_node('DequantizeLinear', ['xq', 's', 'z'], ['y']),
], [init('s', 0.0001, np.float32), init('z', -50, np.int16)], [1, 5], 21, 'opset 21 int16 QDQ: saturation at ±3.27')

with open(out_path, 'w') as f:
    json.dump(result, f)
print('wrote', out_path)
