/**
 * Static int8 QDQ quantisation of activations (`make-twin --quantize int8 --activations`):
 * QuantizeLinear → DequantizeLinear pairs on the activations, with per-tensor scales and zero
 * points from the min/max of calibration data, written as a standard QDQ ONNX model (the
 * format of onnxruntime's `quantize_static`, which onnxruntime runs and src/onnx loads).
 *
 * Which tensors (`activationSites`): the graph input, every input of a Conv, Gemm or MatMul
 * that depends on the graph input (what an int8 kernel reads), and the logits (the graph
 * output, or the input of a final Softmax/LogSoftmax, which stays last). Weights are not given
 * QDQ nodes: --quantize int8 has already rounded them (stored as dequantised float32, the same
 * values a weight QDQ pair would produce).
 *
 * Parameters (`qdqParams`), as onnxruntime's MinMax calibrator with int8 activations
 * (asymmetric): rmin = min(0, min), rmax = max(0, max), s = (rmax − rmin) / 255 (1 when the
 * range is empty), z = clip(round(−128 − rmin / s), −128, 127), s stored as float32. A tensor
 * that is never negative (after a ReLU) gets z = −128: saturation at qmin is that ReLU.
 *
 * Rewiring: for a tensor T produced by a node, the producer's output is renamed T__preq,
 * QuantizeLinear(T__preq) → T__q (int8), DequantizeLinear(T__q) → T, so every reader and the
 * graph output keep their names; the graph input keeps its name and its readers are pointed at
 * its DequantizeLinear output `input__dq`.
 *
 * Calibration itself (a float64 forward pass over rows of a data file) lives in the CLI
 * (src/cli/make-twin-command.ts), since src/twin sits below src/layers: `truncatedModel` gives
 * the model whose output is one site, to load and run.
 */
import p from 'onnx-proto';
import type { onnx as O } from 'onnx-proto';
import { UserError } from '../errors.js';
import { decodeModel } from '../onnx/load.js';

const { onnx } = p;

const QMIN = -128;
const QMAX = 127;
const FLOAT = 1;
const INT8 = 3;
const WEIGHTED = new Set(['Conv', 'Gemm', 'MatMul']);
const FINAL = new Set(['Softmax', 'LogSoftmax']);

export interface QdqParams {
  readonly scale: number;
  readonly zero: number;
}

/** Scale and zero point of a tensor with calibration range [min, max] (see the header). */
export function qdqParams(min: number, max: number): QdqParams {
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) throw new UserError(`calibration range [${min}, ${max}] is not a finite interval`);
  const rmin = Math.min(0, min);
  const rmax = Math.max(0, max);
  const s = rmax > rmin ? Math.fround((rmax - rmin) / (QMAX - QMIN)) : 1;
  if (!(s > 0) || !Number.isFinite(s)) throw new UserError(`calibration range [${min}, ${max}] gives no float32 scale`);
  const z = Math.min(QMAX, Math.max(QMIN, Math.round(QMIN - rmin / s)));
  return { scale: s, zero: z };
}

interface Graph {
  readonly model: O.ModelProto & { graph: O.GraphProto };
  readonly inputName: string;
  readonly outputName: string;
}

function open(bytes: Uint8Array, source: string): Graph {
  const model = decodeModel(bytes, source);
  const g = model.graph;
  const inits = new Set((g.initializer ?? []).map(t => t.name ?? ''));
  const inputs = (g.input ?? []).filter(i => !inits.has(i.name ?? ''));
  if (inputs.length !== 1) throw new UserError(`${source}: --activations needs exactly one graph input, found ${inputs.length}`);
  if ((g.output ?? []).length !== 1) throw new UserError(`${source}: --activations needs exactly one graph output, found ${(g.output ?? []).length}`);
  const opset = Number((model.opsetImport ?? []).find(o => (o.domain ?? '') === '' || o.domain === 'ai.onnx')?.version ?? 0);
  if (opset < 10) throw new UserError(`${source}: --activations writes QuantizeLinear/DequantizeLinear, which need opset ≥ 10; the model declares ${opset} (re-export with opset_version ≥ 13)`);
  return { model, inputName: inputs[0].name ?? '', outputName: g.output?.[0]?.name ?? '' };
}

/** The tensors that get a QDQ pair, in graph order (see the header). */
export function activationSites(bytes: Uint8Array, source: string): string[] {
  const { model, inputName, outputName } = open(bytes, source);
  const nodes = model.graph.node ?? [];
  const varying = new Set([inputName]);
  for (const n of nodes) if ((n.input ?? []).some(i => varying.has(i))) for (const o of n.output ?? []) varying.add(o);
  const sites: string[] = [inputName];
  const add = (t: string): void => {
    if (t && varying.has(t) && !sites.includes(t)) sites.push(t);
  };
  for (const n of nodes) if (WEIGHTED.has(n.opType ?? '')) for (const i of n.input ?? []) add(i);
  const last = nodes.find(n => (n.output ?? []).includes(outputName));
  add(last && FINAL.has(last.opType ?? '') ? (last.input?.[0] ?? '') : outputName);
  return sites;
}

/** The model with `tensor` as its only output (the loader ignores the nodes after it). */
export function truncatedModel(bytes: Uint8Array, tensor: string, source: string): Uint8Array {
  const { model } = open(bytes, source);
  model.graph.output = [onnx.ValueInfoProto.create({ name: tensor })];
  return onnx.ModelProto.encode(model).finish();
}

/**
 * The model with a QDQ pair on every site of `params` (tensor name → scale and zero point).
 * Returns the bytes; throws UserError on a site that is not a tensor of the graph.
 */
export function insertActivationQdq(bytes: Uint8Array, params: ReadonlyMap<string, QdqParams>, source: string): Uint8Array {
  const { model, inputName } = open(bytes, source);
  const g = model.graph;
  const nodes = [...(g.node ?? [])];
  const taken = new Set<string>([...(g.initializer ?? []).map(t => t.name ?? ''), ...nodes.flatMap(n => [...(n.input ?? []), ...(n.output ?? [])])]);
  const fresh = (base: string): string => {
    let name = base;
    for (let k = 1; taken.has(name); k++) name = `${base}_${k}`;
    taken.add(name);
    return name;
  };
  const inits = [...(g.initializer ?? [])];
  const qdq = (x: string, y: string, t: string, q: QdqParams): O.INodeProto[] => {
    const s = fresh(`${t}__scale`);
    const z = fresh(`${t}__zero`);
    const codes = fresh(`${t}__q`);
    inits.push(onnx.TensorProto.create({ name: s, dataType: FLOAT, dims: [], floatData: [q.scale] }));
    inits.push(onnx.TensorProto.create({ name: z, dataType: INT8, dims: [], int32Data: [q.zero] }));
    return [
      onnx.NodeProto.create({ opType: 'QuantizeLinear', name: fresh(`${t}__QuantizeLinear`), input: [x, s, z], output: [codes] }),
      onnx.NodeProto.create({ opType: 'DequantizeLinear', name: fresh(`${t}__DequantizeLinear`), input: [codes, s, z], output: [y] }),
    ];
  };
  for (const [t, q] of params) {
    if (t === inputName) {
      const dq = fresh(`${t}__dq`);
      for (const n of nodes) n.input = (n.input ?? []).map(i => (i === t ? dq : i));
      nodes.unshift(...qdq(t, dq, t, q));
      continue;
    }
    const k = nodes.findIndex(n => (n.output ?? []).includes(t));
    if (k < 0) throw new UserError(`${source}: no node produces the tensor '${t}'`);
    const pre = fresh(`${t}__preq`);
    nodes[k].output = (nodes[k].output ?? []).map(o => (o === t ? pre : o));
    nodes.splice(k + 1, 0, ...qdq(pre, t, t, q));
  }
  g.node = nodes;
  g.initializer = inits;
  // Shapes recorded for the renamed tensors would now be stale; the loader infers them.
  g.valueInfo = [];
  return onnx.ModelProto.encode(model).finish();
}
