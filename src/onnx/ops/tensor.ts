/**
 * Decoding of ONNX TensorProtos (initializers and Constant attributes) into constant values.
 *
 * Element types read: float, double, float16, bfloat16, int8/16/32/64, uint8/16/32/64, bool,
 * from `raw_data` (little-endian) or from the typed repeated fields the ONNX spec assigns to
 * each type (float_data; int32_data also carries int8/16, uint8/16, bool and the bit patterns
 * of float16/bfloat16; int64_data; double_data; uint64_data carries uint32/uint64).
 * Strings and complex numbers are rejected. 64-bit integers become the nearest float64, exact
 * below 2^53 (shapes and indices); INT64_MAX, used as "to the end" in Slice, stays huge.
 *
 * `raw_data` is a view into the file buffer at an unaligned offset, so it is copied first.
 * Float values are checked to be finite here: the error names the tensor and the flat index.
 * External data is rejected by the loader before any tensor is decoded.
 */
import type { onnx } from 'onnx-proto';
import { type ConstValue, DT, constant, fmtShape, sizeOf } from './values.js';

const TYPE_NAMES: Record<number, string> = {
  1: 'float', 2: 'uint8', 3: 'int8', 4: 'uint16', 5: 'int16', 6: 'int32', 7: 'int64', 8: 'string', 9: 'bool',
  10: 'float16', 11: 'double', 12: 'uint32', 13: 'uint64', 14: 'complex64', 15: 'complex128', 16: 'bfloat16',
};

export function typeName(dtype: number): string {
  return TYPE_NAMES[dtype] ?? `data type ${dtype}`;
}

/** Bytes per element in raw_data, for the types the loader reads. */
const RAW_WIDTH: Record<number, number> = {
  [DT.FLOAT]: 4, [DT.UINT8]: 1, [DT.INT8]: 1, [DT.UINT16]: 2, [DT.INT16]: 2, [DT.INT32]: 4, [DT.INT64]: 8,
  [DT.BOOL]: 1, [DT.FLOAT16]: 2, [DT.DOUBLE]: 8, [DT.UINT32]: 4, [DT.UINT64]: 8, [DT.BFLOAT16]: 2,
};

export function float16ToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exp = (bits >> 10) & 0x1f;
  const frac = bits & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 0x1f) return frac === 0 ? sign * Infinity : NaN;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

function bfloat16ToNumber(bits: number): number {
  const v = new DataView(new ArrayBuffer(4));
  v.setUint32(0, (bits & 0xffff) << 16);
  return v.getFloat32(0);
}

function readRaw(dtype: number, bytes: Uint8Array, n: number, fail: (msg: string) => never): Float64Array {
  const width = RAW_WIDTH[dtype];
  if (bytes.length !== n * width) fail(`raw_data holds ${bytes.length} bytes, expected ${n} × ${width}`);
  const copy = new Uint8Array(bytes);
  const v = new DataView(copy.buffer);
  const out = new Float64Array(n);
  const read: (o: number) => number = (() => {
    switch (dtype) {
      case DT.FLOAT: return o => v.getFloat32(o, true);
      case DT.DOUBLE: return o => v.getFloat64(o, true);
      case DT.FLOAT16: return o => float16ToNumber(v.getUint16(o, true));
      case DT.BFLOAT16: return o => bfloat16ToNumber(v.getUint16(o, true));
      case DT.INT8: return o => v.getInt8(o);
      case DT.UINT8: case DT.BOOL: return o => v.getUint8(o);
      case DT.INT16: return o => v.getInt16(o, true);
      case DT.UINT16: return o => v.getUint16(o, true);
      case DT.INT32: return o => v.getInt32(o, true);
      case DT.UINT32: return o => v.getUint32(o, true);
      case DT.INT64: return o => Number(v.getBigInt64(o, true));
      default: return o => Number(v.getBigUint64(o, true));
    }
  })();
  for (let i = 0; i < n; i++) out[i] = read(i * width);
  return out;
}

function readFields(t: onnx.ITensorProto, dtype: number, fail: (msg: string) => never): ArrayLike<number> {
  switch (dtype) {
    case DT.FLOAT: return t.floatData ?? [];
    case DT.DOUBLE: return t.doubleData ?? [];
    case DT.INT64: return (t.int64Data ?? []).map(x => Number(x));
    case DT.UINT32: case DT.UINT64: return (t.uint64Data ?? []).map(x => Number(x));
    case DT.FLOAT16: return (t.int32Data ?? []).map(float16ToNumber);
    case DT.BFLOAT16: return (t.int32Data ?? []).map(bfloat16ToNumber);
    case DT.INT8: case DT.UINT8: case DT.INT16: case DT.UINT16: case DT.INT32: case DT.BOOL:
      return t.int32Data ?? [];
    default: return fail(`unsupported element type ${typeName(dtype)}`);
  }
}

/**
 * The tensor as a constant value. `what` names it in messages (e.g. "model.onnx: initializer
 * 'W'"); every problem throws via `fail`.
 */
export function decodeTensor(t: onnx.ITensorProto, what: string, fail: (msg: string) => never): ConstValue {
  const dtype = t.dataType ?? 0;
  const shape = (t.dims ?? []).map(d => Number(d));
  const bad = shape.find(d => !Number.isInteger(d) || d < 0);
  if (bad !== undefined) fail(`${what} has an invalid dimension ${bad} in shape ${fmtShape(shape)}`);
  if (!(dtype in RAW_WIDTH)) fail(`${what} has element type ${typeName(dtype)}, which the loader cannot read`);
  const n = sizeOf(shape);
  const raw = t.rawData;
  let data: Float64Array;
  if (raw && raw.length > 0) {
    data = readRaw(dtype, raw, n, msg => fail(`${what}: ${msg}`));
  } else {
    const fields = readFields(t, dtype, msg => fail(`${what}: ${msg}`));
    if (fields.length !== n) fail(`${what} holds ${fields.length} values but its shape ${fmtShape(shape)} needs ${n}`);
    data = Float64Array.from(fields);
  }
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(data[i])) fail(`${what} has ${data[i]} at flat index ${i} (shape ${fmtShape(shape)}): weights must be finite`);
  }
  return constant(dtype, shape, data);
}

/** True when the tensor keeps its bytes outside the model file. */
export function usesExternalData(t: onnx.ITensorProto): boolean {
  return t.dataLocation === 1 || (t.externalData ?? []).length > 0;
}
