"""
Checks a QDQ twin written by `twinmargin make-twin --quantize int8 --activations` against
onnxruntime ONCE and writes test/fixtures/qdq/make-twin-ecg.json, which
test/make-twin-qdq.test.ts compares our forward pass with. The product, the tests and CI never
run Python; this script is kept so the fixture can be re-made and audited:

    npx twinmargin make-twin --in benchmarks/embedded/ecg-mitbih260/ecg_mitbih260_cnn_fp32.onnx \
        --out /tmp/ecg-qdq8.onnx --quantize int8 --activations \
        --calibration benchmarks/embedded/ecg-mitbih260/mitbih260_beats_subset.csv --rows 0-416
    python3 -m venv /tmp/ortenv && /tmp/ortenv/bin/pip install onnxruntime onnx numpy
    /tmp/ortenv/bin/python scripts/make-twin-qdq-check.py /tmp/ecg-qdq8.onnx

What it checks and records:
  * onnx.checker accepts the model, and onnxruntime (CPU, graph optimisations off, so every op
    runs as written) runs it;
  * for 40 beats (rows 0, 10, ..., 390 of the embedded CSV): the logits and the integer codes
    of every QuantizeLinear output;
  * onnxruntime's own quantize_static (QDQ, MinMax calibration on the same 417 beats, int8
    activations and weights, per tensor) on the fp32 model: the scale and zero point it gives
    each tensor that our twin also quantises, so the test can compare the calibration.
"""
import hashlib, json, sys
import numpy as np
import onnx
import onnxruntime as ort
from onnx import helper as h, numpy_helper as nh

model_path = sys.argv[1]
root = sys.argv[2] if len(sys.argv) > 2 else '.'
emb = f'{root}/benchmarks/embedded/ecg-mitbih260'
out_path = f'{root}/test/fixtures/qdq/make-twin-ecg.json'

raw = open(model_path, 'rb').read()
model = onnx.load_from_string(raw)
onnx.checker.check_model(model, full_check=True)


def session(m):
    o = ort.SessionOptions()
    o.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    return ort.InferenceSession(m.SerializeToString(), o, providers=['CPUExecutionProvider'])


beats = np.loadtxt(f'{emb}/mitbih260_beats_subset.csv', delimiter=',')
rows = list(range(0, 400, 10))
qs = [n.output[0] for n in model.graph.node if n.op_type == 'QuantizeLinear']
m = onnx.ModelProto()
m.CopyFrom(model)
for q in qs:
    m.graph.output.append(h.make_empty_tensor_value_info(q))
s = session(m)
final = [o.name for o in model.graph.output]
inp = model.graph.input[0].name
logits, codes = [], {q: [] for q in qs}
for r in rows:
    res = s.run(final + qs, {inp: beats[r, :260].reshape(1, 1, 260).astype(np.float32)})
    logits.append(res[0].astype(np.float64).ravel().tolist())
    for q, v in zip(qs, res[len(final):]):
        codes[q].append(v.astype(np.int64).ravel().tolist())

# onnxruntime's static quantiser on the fp32 model, same calibration rows.
ort_params = {}
try:
    from onnxruntime.quantization import CalibrationDataReader, QuantFormat, QuantType, quantize_static
    import tempfile, os

    class Reader(CalibrationDataReader):
        def __init__(self):
            self.it = iter([{'input': beats[k, :260].reshape(1, 1, 260).astype(np.float32)} for k in range(len(beats))])

        def get_next(self):
            return next(self.it, None)

    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, 'ort.onnx')
        quantize_static(f'{emb}/ecg_mitbih260_cnn_fp32.onnx', out, Reader(), quant_format=QuantFormat.QDQ,
                        activation_type=QuantType.QInt8, weight_type=QuantType.QInt8, per_channel=False)
        om = onnx.load(out)
        inits = {t.name: nh.to_array(t) for t in om.graph.initializer}
        for n in om.graph.node:
            if n.op_type == 'QuantizeLinear' and n.input[0] not in inits:
                ort_params[n.input[0]] = {'scale': float(inits[n.input[1]]), 'zero': int(inits[n.input[2]])}
    ort_note = f'quantize_static(QDQ, QInt8 activations and weights, MinMax, per tensor), {len(beats)} calibration beats'
except Exception as e:  # recorded, not fatal: the forward-pass check above is the point
    ort_note = f'quantize_static failed: {e!r}'

result = {
    'generator': f'scripts/make-twin-qdq-check.py; onnxruntime {ort.__version__}, onnx {onnx.__version__}, ORT_DISABLE_ALL, CPU',
    'command': 'make-twin --in benchmarks/embedded/ecg-mitbih260/ecg_mitbih260_cnn_fp32.onnx --quantize int8 --activations '
               '--calibration benchmarks/embedded/ecg-mitbih260/mitbih260_beats_subset.csv --rows 0-416',
    'sha256': hashlib.sha256(raw).hexdigest(),
    'rows': rows,
    'logits': logits,
    'codes': codes,
    'ortQuantizeStatic': {'note': ort_note, 'params': ort_params},
}
with open(out_path, 'w') as f:
    json.dump(result, f)
    f.write('\n')
print(f'wrote {out_path}: {len(rows)} beats, {len(qs)} QuantizeLinear outputs, onnxruntime quantize_static params for {len(ort_params)} tensors ({ort_note})')
