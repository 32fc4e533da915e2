/**
 * What the loader tracks for each ONNX value name while lowering a graph:
 *   - a constant tensor (initializers, Constant nodes, and every op result whose inputs are all
 *     constant): its ONNX element type, its shape and its data as float64. Integers (int64
 *     shapes and indices) are held exactly up to 2^53, which is ample for shapes;
 *   - a variable tensor: the IR node holding its values, flat in row-major order, and the
 *     ONNX shape it has at this point. Shape-only ops (Reshape, Flatten, Squeeze, Identity…)
 *     change the shape and keep the node.
 * Plus the row-major shape helpers (strides, ONNX multidirectional broadcasting) the ops share.
 */
import { checkElements } from '../../ir/limits.js';

export interface ConstValue {
  readonly kind: 'const';
  /** ONNX TensorProto.DataType of the tensor (1 float, 7 int64, …). */
  readonly dtype: number;
  readonly shape: readonly number[];
  readonly data: Float64Array;
}

/**
 * The integer codes of a QuantizeLinear output, per element: the ONNX tensor holds
 * q = v / scale + zero, where v (the IR node's value) is the dequantised s·(q − z).
 */
export interface QuantCodes {
  /** ONNX element type of the codes (uint8, int8, uint16, int16). */
  readonly dtype: number;
  readonly scale: Float64Array;
  readonly zero: Float64Array;
  readonly qmin: number;
  readonly qmax: number;
}

export interface VarValue {
  readonly kind: 'var';
  /** Id of the IR node whose output is this tensor, flat in row-major order. */
  readonly node: number;
  readonly shape: readonly number[];
  /**
   * Present when the tensor is the integer output of a QuantizeLinear (or QLinear op): only
   * the quantised-tensor readers (src/onnx/ops/quantize.ts) may read it.
   */
  readonly quant?: QuantCodes;
}

export type Value = ConstValue | VarValue;

/** ONNX TensorProto.DataType codes used by the loader. */
export const DT = {
  FLOAT: 1,
  UINT8: 2,
  INT8: 3,
  UINT16: 4,
  INT16: 5,
  INT32: 6,
  INT64: 7,
  STRING: 8,
  BOOL: 9,
  FLOAT16: 10,
  DOUBLE: 11,
  UINT32: 12,
  UINT64: 13,
  BFLOAT16: 16,
} as const;

export function isIntegerType(dtype: number): boolean {
  return dtype !== DT.FLOAT && dtype !== DT.DOUBLE && dtype !== DT.FLOAT16 && dtype !== DT.BFLOAT16;
}

export function constant(dtype: number, shape: readonly number[], data: Float64Array): ConstValue {
  if (sizeOf(shape) !== data.length) throw new Error(`constant of shape [${shape.join(',')}] given ${data.length} values`);
  return { kind: 'const', dtype, shape: [...shape], data };
}

/** Element count of a shape; over the element limit (src/ir/limits.ts) it is a SizeLimitError, so no caller allocates it. */
export function sizeOf(shape: readonly number[]): number {
  let p = 1;
  for (const d of shape) p *= d;
  if (p > 1) checkElements(p, `a tensor of shape ${shape.length > 8 ? `[${shape.slice(0, 8).join(',')},…] (rank ${shape.length})` : fmtShape(shape)}`);
  return p;
}

export function fmtShape(shape: readonly number[]): string {
  return `[${shape.join(',')}]`;
}

/** Row-major strides: strides[k] = product of shape[k+1..]. */
export function stridesOf(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let k = shape.length - 1; k >= 0; k--) {
    s[k] = acc;
    acc *= shape[k];
  }
  return s;
}

/** ONNX multidirectional (numpy) broadcasting of two shapes, or undefined if incompatible. */
export function broadcastShapes(a: readonly number[], b: readonly number[]): number[] | undefined {
  const n = Math.max(a.length, b.length);
  const out = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    const da = a[a.length - n + k] ?? 1;
    const db = b[b.length - n + k] ?? 1;
    if (da !== db && da !== 1 && db !== 1) return undefined;
    out[k] = da === 1 ? db : da;
  }
  return out;
}

/**
 * For every flat index of `outShape`, the flat index of the element of a tensor of shape
 * `inShape` that broadcasting reads there (inShape must broadcast to outShape).
 */
export function broadcastIndex(outShape: readonly number[], inShape: readonly number[]): Int32Array {
  const r = outShape.length;
  const inStrides = stridesOf(inShape);
  const eff = outShape.map((_, k) => {
    const j = k - (r - inShape.length);
    return j >= 0 && inShape[j] !== 1 ? inStrides[j] : 0;
  });
  return strideWalk(outShape, eff, 0);
}

/** Normalises a possibly negative axis against a rank, or returns undefined when out of range. */
export function normAxis(axis: number, rank: number): number | undefined {
  const a = axis < 0 ? axis + rank : axis;
  return a >= 0 && a < rank ? a : undefined;
}

/**
 * Index map of a transpose: out[o] = in[map[o]] where out has shape perm(shape).
 */
export function transposeIndex(shape: readonly number[], perm: readonly number[]): { shape: number[]; map: Int32Array } {
  const outShape = perm.map(p => shape[p]);
  const inStrides = stridesOf(shape);
  const permStrides = perm.map(p => inStrides[p]);
  return { shape: outShape, map: strideWalk(outShape, permStrides, 0) };
}

/** Flat offsets off0 + Σ idx[k]·strides[k] over all indices of `shape` in row-major order. */
export function strideWalk(shape: readonly number[], strides: readonly number[], off0: number): Int32Array {
  const n = sizeOf(shape);
  const map = new Int32Array(n);
  const r = shape.length;
  const idx = new Array<number>(r).fill(0);
  let off = off0;
  for (let o = 0; o < n; o++) {
    map[o] = off;
    for (let k = r - 1; k >= 0; k--) {
      idx[k]++;
      off += strides[k];
      if (idx[k] < shape[k]) break;
      off -= strides[k] * idx[k];
      idx[k] = 0;
    }
  }
  return map;
}
