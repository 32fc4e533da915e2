/**
 * The network IR: a topologically ordered DAG of a few primitive layer kinds, each holding
 * flat float64 data. Every ONNX op is lowered into these by `src/onnx/`:
 *   - `input`:   the flat input vector (node 0, always);
 *   - `affine`:  y = Σ_k W_k · x_k + b over one or more input nodes (Gemm, MatMul, Conv,
 *                folded BatchNorm, AveragePool, Pad, Transpose, constant Add/Sub/Mul/Div,
 *                residual Add of two tensors);
 *   - `relu`:    y = max(0, x), elementwise;
 *   - `maxpool`: y_o = max over a window of input indices (MaxPool, GlobalMaxPool);
 *   - `quantize`: y = s·(clip(round(x/s) + z, qmin, qmax) − z), elementwise (an activation
 *                 QuantizeLinear followed by DequantizeLinear; src/layers/quantize.ts).
 * Tensors are flat; `shape` is metadata (row-major, batch dimension included as in ONNX).
 */
import { type Csr, checkCsr } from './sparse.js';

export interface InputNode {
  readonly kind: 'input';
  readonly name: string;
  readonly size: number;
  readonly shape: readonly number[];
  readonly inputs: readonly number[];
}

export interface AffineNode {
  readonly kind: 'affine';
  readonly name: string;
  readonly size: number;
  readonly shape: readonly number[];
  /** Node ids this layer reads, one per term. */
  readonly inputs: readonly number[];
  /** terms[k] is size × size(inputs[k]). */
  readonly terms: readonly Csr[];
  readonly bias: Float64Array;
}

export interface ReluNode {
  readonly kind: 'relu';
  readonly name: string;
  readonly size: number;
  readonly shape: readonly number[];
  readonly inputs: readonly [number];
}

export interface MaxPoolNode {
  readonly kind: 'maxpool';
  readonly name: string;
  readonly size: number;
  readonly shape: readonly number[];
  readonly inputs: readonly [number];
  /** Output o takes the max over input indices windowIndices[windowStarts[o] .. windowStarts[o+1]). */
  readonly windowStarts: Int32Array;
  readonly windowIndices: Int32Array;
}

/**
 * Integer quantisation of an activation and back (ONNX QuantizeLinear → DequantizeLinear):
 * y_i = scale_i · (clip(round_half_even(x_i / scale_i) + zero_i, qmin, qmax) − zero_i).
 * `scale` and `zero` hold one value per element (per-tensor and per-axis parameters are
 * expanded by the loader); qmin ≤ zero_i ≤ qmax are integers, scale_i > 0 and finite.
 */
export interface QuantizeNode {
  readonly kind: 'quantize';
  readonly name: string;
  readonly size: number;
  readonly shape: readonly number[];
  readonly inputs: readonly [number];
  readonly scale: Float64Array;
  readonly zero: Float64Array;
  readonly qmin: number;
  readonly qmax: number;
  /**
   * An identity stand-in (y = x; scale, zero and range are only metadata, copied from the
   * twin's node): inserted into an unquantised twin where the other twin quantises, so that
   * the two graphs pair node by node (alignTwins, src/layers/twin-pair.ts).
   */
  readonly identity?: boolean;
}

export type IrNode = InputNode | AffineNode | ReluNode | MaxPoolNode | QuantizeNode;
export type IrKind = IrNode['kind'];

export interface Network {
  /** Where it came from (file path or a test name), used in messages. */
  readonly source: string;
  /** SHA-256 of the source bytes (hex), or of a canonical description for built networks. */
  readonly sha256: string;
  /** nodes[0] is the input; every node's inputs precede it. */
  readonly nodes: readonly IrNode[];
  /** The id of the node holding the logits. */
  readonly output: number;
  /** Human-readable notes from loading, e.g. "dropped final Softmax node 'prob'". */
  readonly notes: readonly string[];
}

export function inputSize(net: Network): number {
  return net.nodes[0].size;
}

export function outputSize(net: Network): number {
  return net.nodes[net.output].size;
}

export function product(shape: readonly number[]): number {
  let p = 1;
  for (const d of shape) p *= d;
  return p;
}

/**
 * Checks every structural invariant of a network and throws an Error naming the node
 * on the first violation. Called by every constructor of networks (loader, tests, make-twin).
 */
export function validateNetwork(net: Network): Network {
  const { nodes } = net;
  if (nodes.length === 0 || nodes[0].kind !== 'input') throw new Error(`${net.source}: node 0 must be the input`);
  nodes.forEach((n, id) => {
    const where = `${net.source}: node ${id} '${n.name}' (${n.kind})`;
    if (id > 0 && n.kind === 'input') throw new Error(`${where}: only node 0 may be an input`);
    if (!Number.isInteger(n.size) || n.size <= 0) throw new Error(`${where}: size ${n.size} is not a positive integer`);
    if (product(n.shape) !== n.size) throw new Error(`${where}: shape [${n.shape.join(',')}] does not hold ${n.size} elements`);
    for (const i of n.inputs) {
      if (!Number.isInteger(i) || i < 0 || i >= id) throw new Error(`${where}: input ${i} is not an earlier node`);
    }
    switch (n.kind) {
      case 'input':
        if (n.inputs.length !== 0) throw new Error(`${where}: the input node has inputs`);
        break;
      case 'affine':
        if (n.terms.length !== n.inputs.length || n.terms.length === 0) throw new Error(`${where}: ${n.terms.length} terms for ${n.inputs.length} inputs`);
        n.terms.forEach((t, k) => {
          checkCsr(t, `${where} term ${k}`);
          if (t.rows !== n.size || t.cols !== nodes[n.inputs[k]].size) {
            throw new Error(`${where}: term ${k} is ${t.rows}×${t.cols}, expected ${n.size}×${nodes[n.inputs[k]].size}`);
          }
        });
        if (n.bias.length !== n.size) throw new Error(`${where}: bias has ${n.bias.length} entries, expected ${n.size}`);
        n.bias.forEach((b, i) => {
          if (!Number.isFinite(b)) throw new Error(`${where}: non-finite bias ${b} at ${i}`);
        });
        break;
      case 'relu':
        if (nodes[n.inputs[0]].size !== n.size) throw new Error(`${where}: size differs from its input`);
        break;
      case 'maxpool': {
        const inSize = nodes[n.inputs[0]].size;
        if (n.windowStarts.length !== n.size + 1 || n.windowStarts[0] !== 0) throw new Error(`${where}: bad window starts`);
        if (n.windowIndices.length !== n.windowStarts[n.size]) throw new Error(`${where}: bad window index count`);
        for (let o = 0; o < n.size; o++) {
          if (n.windowStarts[o + 1] <= n.windowStarts[o]) throw new Error(`${where}: output ${o} has an empty window`);
        }
        for (const i of n.windowIndices) if (i < 0 || i >= inSize) throw new Error(`${where}: window index ${i} outside [0, ${inSize})`);
        break;
      }
      case 'quantize': {
        if (nodes[n.inputs[0]].size !== n.size) throw new Error(`${where}: size differs from its input`);
        if (!Number.isInteger(n.qmin) || !Number.isInteger(n.qmax) || n.qmin >= n.qmax) throw new Error(`${where}: bad integer range [${n.qmin}, ${n.qmax}]`);
        if (n.scale.length !== n.size || n.zero.length !== n.size) throw new Error(`${where}: ${n.scale.length} scales and ${n.zero.length} zero points for ${n.size} elements`);
        for (let i = 0; i < n.size; i++) {
          const s = n.scale[i];
          const z = n.zero[i];
          if (!(s > 0 && Number.isFinite(s))) throw new Error(`${where}: scale ${s} at ${i} is not positive and finite`);
          if (!Number.isInteger(z) || z < n.qmin || z > n.qmax) throw new Error(`${where}: zero point ${z} at ${i} is not an integer in [${n.qmin}, ${n.qmax}]`);
        }
        break;
      }
    }
  });
  if (net.output <= 0 || net.output >= nodes.length) throw new Error(`${net.source}: output node ${net.output} does not exist`);
  return net;
}

/** For each node, the ids of the nodes that read it. */
export function consumers(net: Network): number[][] {
  const out: number[][] = net.nodes.map(() => []);
  net.nodes.forEach((n, id) => {
    for (const i of n.inputs) out[i].push(id);
  });
  return out;
}
