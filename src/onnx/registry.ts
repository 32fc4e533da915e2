/**
 * The one table of ONNX ops the loader supports, in the style of onnxruntime-web's resolve
 * table: [op type, first opset, last opset, implementation]. Rows are split where the op's
 * semantics changed between opsets (attributes that became inputs). Only the default domain
 * ('' or 'ai.onnx') is supported. An op absent from this table, or present only for other
 * opsets, is reported as unsupported before any conversion starts.
 *
 * Softmax and LogSoftmax are `finalOnly`: the loader drops them when they produce the graph
 * output (the argmax is unchanged and the analyses use logits) and rejects them anywhere else.
 * Shape, ConstantOfShape, Cast to integers and integer arithmetic only make sense on constants
 * (or, for Shape, on the static shape of a variable); their modules reject other uses with a
 * message naming the node.
 */
import { batchNormalization } from './ops/batchnorm.js';
import type { OpImpl } from './ops/context.js';
import { conv } from './ops/conv.js';
import { add, cast, div, dropout, identity, mul, neg, relu, sub } from './ops/elementwise.js';
import { gemm, matmul } from './ops/gemm.js';
import { concat, gather, pad, padV1, padV2, slice, sliceAttr, transpose } from './ops/layout.js';
import { convInteger, dequantizeLinear, matMulInteger, qlinearConv, qlinearMatMul, quantizeLinear } from './ops/quantize.js';
import { averagePool, globalAveragePool, globalMaxPool, maxPool } from './ops/pool.js';
import {
  constantOfShape, constantOp, flatten, reshape, reshapeAttr, shapeOf, squeeze, squeezeAttr, unsqueeze, unsqueezeAttr,
} from './ops/shape.js';

export interface OpRow {
  readonly op: string;
  readonly since: number;
  readonly until: number;
  readonly lower: OpImpl;
  /** Supported only as the node producing the graph output, where it is dropped. */
  readonly finalOnly?: boolean;
}

const LATEST = Number.POSITIVE_INFINITY;

/** Lowering of a final Softmax never runs: the loader drops the node instead. */
const dropped: OpImpl = ctx => ctx.fail('is supported only as the final node, where it is dropped');

export const OPS: readonly OpRow[] = [
  { op: 'Gemm', since: 1, until: LATEST, lower: gemm },
  { op: 'MatMul', since: 1, until: LATEST, lower: matmul },
  { op: 'Conv', since: 1, until: LATEST, lower: conv },
  { op: 'Relu', since: 1, until: LATEST, lower: relu },
  { op: 'Add', since: 1, until: LATEST, lower: add },
  { op: 'Sub', since: 1, until: LATEST, lower: sub },
  { op: 'Mul', since: 1, until: LATEST, lower: mul },
  { op: 'Div', since: 1, until: LATEST, lower: div },
  { op: 'Neg', since: 1, until: LATEST, lower: neg },
  { op: 'MaxPool', since: 1, until: LATEST, lower: maxPool },
  { op: 'AveragePool', since: 1, until: LATEST, lower: averagePool },
  { op: 'GlobalMaxPool', since: 1, until: LATEST, lower: globalMaxPool },
  { op: 'GlobalAveragePool', since: 1, until: LATEST, lower: globalAveragePool },
  { op: 'BatchNormalization', since: 1, until: LATEST, lower: batchNormalization },
  { op: 'Identity', since: 1, until: LATEST, lower: identity },
  { op: 'Dropout', since: 1, until: LATEST, lower: dropout },
  { op: 'Cast', since: 1, until: LATEST, lower: cast },
  { op: 'Flatten', since: 1, until: LATEST, lower: flatten },
  { op: 'Reshape', since: 1, until: 4, lower: reshapeAttr },
  { op: 'Reshape', since: 5, until: LATEST, lower: reshape },
  { op: 'Squeeze', since: 1, until: 12, lower: squeezeAttr },
  { op: 'Squeeze', since: 13, until: LATEST, lower: squeeze },
  { op: 'Unsqueeze', since: 1, until: 12, lower: unsqueezeAttr },
  { op: 'Unsqueeze', since: 13, until: LATEST, lower: unsqueeze },
  { op: 'Transpose', since: 1, until: LATEST, lower: transpose },
  { op: 'Pad', since: 1, until: 1, lower: padV1 },
  { op: 'Pad', since: 2, until: 10, lower: padV2 },
  { op: 'Pad', since: 11, until: LATEST, lower: pad },
  { op: 'Slice', since: 1, until: 9, lower: sliceAttr },
  { op: 'Slice', since: 10, until: LATEST, lower: slice },
  { op: 'Gather', since: 1, until: LATEST, lower: gather },
  { op: 'Concat', since: 1, until: LATEST, lower: concat },
  { op: 'Shape', since: 1, until: LATEST, lower: shapeOf },
  { op: 'Constant', since: 1, until: LATEST, lower: constantOp },
  { op: 'ConstantOfShape', since: 9, until: LATEST, lower: constantOfShape },
  { op: 'QuantizeLinear', since: 10, until: 21, lower: quantizeLinear },
  { op: 'DequantizeLinear', since: 10, until: 21, lower: dequantizeLinear },
  { op: 'QLinearConv', since: 10, until: LATEST, lower: qlinearConv },
  { op: 'QLinearMatMul', since: 10, until: 21, lower: qlinearMatMul },
  { op: 'ConvInteger', since: 10, until: LATEST, lower: convInteger },
  { op: 'MatMulInteger', since: 10, until: LATEST, lower: matMulInteger },
  { op: 'Softmax', since: 1, until: LATEST, lower: dropped, finalOnly: true },
  { op: 'LogSoftmax', since: 1, until: LATEST, lower: dropped, finalOnly: true },
];

export function isDefaultDomain(domain: string): boolean {
  return domain === '' || domain === 'ai.onnx';
}

/** The row for an op of a domain at the model's opset for that domain, if supported. */
export function resolveOp(opType: string, domain: string, opset: number): OpRow | undefined {
  if (!isDefaultDomain(domain)) return undefined;
  return OPS.find(r => r.op === opType && r.since <= opset && opset <= r.until);
}
