/**
 * The lowering machinery every op module uses:
 *   - `IrBuilder` appends IR nodes in creation order, which is a topological order because
 *     ONNX nodes are lowered in topological order and only read earlier values;
 *   - `OpContext` is one ONNX node being lowered: its inputs as tracked values, its attributes,
 *     and `fail`, which throws a UserError naming the file, node and op.
 * The generic `indexMap` turns any op that moves, scales or shifts elements one-to-one
 * (Transpose, Pad, Slice, Gather, BatchNorm, constant Add/Sub/Mul/Div) into one sparse
 * affine node with at most one entry per row.
 */
import type { onnx } from 'onnx-proto';
import { UserError } from '../../errors.js';
import type { IrNode } from '../../ir/network.js';
import { type Csr, CsrBuilder } from '../../ir/sparse.js';
import { Attrs } from './attrs.js';
import { typeName } from './tensor.js';
import { type ConstValue, type Value, type VarValue, fmtShape, sizeOf } from './values.js';

export class IrBuilder {
  readonly nodes: IrNode[] = [];

  constructor(inputName: string, inputShape: readonly number[]) {
    this.nodes.push({ kind: 'input', name: inputName, size: sizeOf(inputShape), shape: [...inputShape], inputs: [] });
  }

  private push(node: IrNode, shape: readonly number[]): VarValue {
    this.nodes.push(node);
    return { kind: 'var', node: this.nodes.length - 1, shape: [...shape] };
  }

  sizeOf(v: VarValue): number {
    return this.nodes[v.node].size;
  }

  affine(name: string, shape: readonly number[], inputs: readonly number[], terms: readonly Csr[], bias: Float64Array): VarValue {
    return this.push({ kind: 'affine', name, size: sizeOf(shape), shape: [...shape], inputs: [...inputs], terms: [...terms], bias }, shape);
  }

  relu(name: string, v: VarValue): VarValue {
    return this.push({ kind: 'relu', name, size: sizeOf(v.shape), shape: [...v.shape], inputs: [v.node] }, v.shape);
  }

  /** y = s·(clip(round(x/s) + z, qmin, qmax) − z) elementwise; `scale`, `zero` per element. */
  quantize(name: string, v: VarValue, scale: Float64Array, zero: Float64Array, qmin: number, qmax: number): VarValue {
    return this.push({ kind: 'quantize', name, size: sizeOf(v.shape), shape: [...v.shape], inputs: [v.node], scale, zero, qmin, qmax }, v.shape);
  }

  maxpool(name: string, shape: readonly number[], v: VarValue, windowStarts: Int32Array, windowIndices: Int32Array): VarValue {
    return this.push({ kind: 'maxpool', name, size: sizeOf(shape), shape: [...shape], inputs: [v.node], windowStarts, windowIndices }, shape);
  }

  /**
   * y[o] = scale[o] · x[map[o]] + bias[o], with map[o] = -1 meaning y[o] = bias[o].
   * `scale` and `bias` may be single numbers.
   */
  indexMap(name: string, x: VarValue, outShape: readonly number[], map: Int32Array, scale: number | ArrayLike<number> = 1, bias: number | ArrayLike<number> = 0): VarValue {
    const n = map.length;
    const b = new CsrBuilder(sizeOf(x.shape));
    const y0 = new Float64Array(n);
    for (let o = 0; o < n; o++) {
      const s = typeof scale === 'number' ? scale : scale[o];
      if (map[o] >= 0) b.push(map[o], s);
      b.endRow();
      y0[o] = typeof bias === 'number' ? bias : bias[o];
    }
    return this.affine(name, outShape, [x.node], [b.build()], y0);
  }
}

/** How a node is named in messages: its name, or its position and first output when unnamed. */
export function displayName(node: onnx.INodeProto, index: number): string {
  if (node.name) return `'${node.name}'`;
  const out = node.output?.[0];
  return out ? `#${index} (output '${out}')` : `#${index}`;
}

/** Ops that may read the integer codes of a QuantizeLinear (src/onnx/ops/quantize.ts). */
const QUANT_READERS: ReadonlySet<string> = new Set(['DequantizeLinear', 'QLinearConv', 'QLinearMatMul', 'ConvInteger', 'MatMulInteger', 'Identity']);

export class OpContext {
  readonly attrs: Attrs;
  readonly op: string;
  readonly inputNames: readonly string[];

  constructor(
    readonly file: string,
    readonly opset: number,
    readonly node: onnx.INodeProto,
    readonly display: string,
    private readonly values: ReadonlyMap<string, Value>,
    readonly ir: IrBuilder,
  ) {
    this.op = node.opType ?? '';
    this.inputNames = node.input ?? [];
    this.attrs = new Attrs(node.attribute ?? [], msg => this.fail(msg));
  }

  /** Name given to IR nodes made by this ONNX node. */
  get irName(): string {
    return this.node.name || (this.node.output?.[0] ?? this.op);
  }

  fail(msg: string): never {
    throw new UserError(`${this.file}: node ${this.display} (${this.op}): ${msg}`);
  }

  /** Input i, or undefined when absent or given as the empty name (an omitted optional input). */
  optional(i: number): Value | undefined {
    const name = this.inputNames[i];
    if (!name) return undefined;
    const v = this.values.get(name);
    if (v === undefined) throw new Error(`unreachable: value '${name}' was not computed`);
    if (v.kind === 'var' && v.quant !== undefined && !QUANT_READERS.has(this.op)) {
      this.fail(`input ${i} '${name}' is the ${typeName(v.quant.dtype)} output of a QuantizeLinear; only DequantizeLinear, QLinearConv, QLinearMatMul, ConvInteger, MatMulInteger and Identity may read quantised tensors`);
    }
    return v;
  }

  input(i: number, role: string): Value {
    const v = this.optional(i);
    if (v === undefined) this.fail(`missing input ${i} (${role})`);
    return v;
  }

  constInput(i: number, role: string): ConstValue {
    const v = this.input(i, role);
    if (v.kind !== 'const') {
      this.fail(`input ${i} '${this.inputNames[i]}' (${role}) must be a constant (initializer or Constant), got a tensor of shape ${fmtShape(v.shape)} that depends on the network input`);
    }
    return v;
  }

  varInput(i: number, role: string): VarValue {
    const v = this.input(i, role);
    if (v.kind !== 'var') this.fail(`input ${i} '${this.inputNames[i]}' (${role}) is a constant; only tensors that depend on the network input are supported here`);
    return v;
  }

  /** The integer values of a constant input (shapes, axes, pads). */
  intsInput(i: number, role: string): number[] {
    const c = this.constInput(i, role);
    const out = Array.from(c.data);
    if (out.some(x => !Number.isInteger(x))) this.fail(`input ${i} '${this.inputNames[i]}' (${role}) must hold integers, got [${out.join(',')}]`);
    return out;
  }

  /** Fails unless `shape` has the expected rank range. */
  expectRank(v: Value, min: number, max: number, role: string): void {
    if (v.shape.length < min || v.shape.length > max) {
      const want = min === max ? `${min}` : `${min}..${max}`;
      this.fail(`${role} has shape ${fmtShape(v.shape)}, expected rank ${want}`);
    }
  }
}

/** Lowers one ONNX node to the value of its first output. */
export type OpImpl = (ctx: OpContext) => Value;
