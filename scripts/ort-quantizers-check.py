"""
One-off check (not a test, no fixture): which models of onnxruntime's quantizers load, and how
close our forward pass is. Quantises the embedded fp32 ECG CNN with quantize_static (QDQ with
int8 activations per tensor / per-channel weights / uint8 activations; QOperator) and
quantize_dynamic, writes /tmp/qdq-ort-*.onnx and their onnxruntime logits on 20 beats to
/tmp/qdq-ort-static.json, which the README's numbers were compared with by loading each file
with src/onnx/load.ts. Run from the repo root with a Python that has onnxruntime and onnx.
"""
import numpy as np, onnx, onnxruntime as ort, json
from onnxruntime.quantization import CalibrationDataReader, QuantFormat, QuantType, quantize_static, quantize_dynamic
emb='benchmarks/embedded/ecg-mitbih260'
beats=np.loadtxt(f'{emb}/mitbih260_beats_subset.csv', delimiter=',')
class R(CalibrationDataReader):
    def __init__(s): s.it=iter([{'input': beats[k,:260].reshape(1,1,260).astype(np.float32)} for k in range(0,417,4)])
    def get_next(s): return next(s.it,None)
out={}
for name,fmt,pc,at in [('qdq-t',QuantFormat.QDQ,False,QuantType.QInt8),('qdq-c',QuantFormat.QDQ,True,QuantType.QInt8),('qdq-u8',QuantFormat.QDQ,False,QuantType.QUInt8),('qop-t',QuantFormat.QOperator,False,QuantType.QUInt8)]:
    p=f'/tmp/qdq-ort-{name}.onnx'
    quantize_static(f'{emb}/ecg_mitbih260_cnn_fp32.onnx', p, R(), quant_format=fmt, activation_type=at, weight_type=QuantType.QInt8, per_channel=pc)
    o=ort.SessionOptions(); o.graph_optimization_level=ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    s=ort.InferenceSession(p,o,providers=['CPUExecutionProvider'])
    out[name]=[s.run(None,{'input':beats[r,:260].reshape(1,1,260).astype(np.float32)})[0].ravel().tolist() for r in range(0,400,20)]
    print(name, sorted(set(n.op_type for n in onnx.load(p).graph.node)))
quantize_dynamic(f'{emb}/ecg_mitbih260_cnn_fp32.onnx','/tmp/qdq-ort-dyn.onnx',weight_type=QuantType.QInt8)
print('dyn', sorted(set(n.op_type for n in onnx.load('/tmp/qdq-ort-dyn.onnx').graph.node)))
json.dump(out,open('/tmp/qdq-ort-static.json','w'))
