/**
 * Integer quantisation ops (ONNX operator specification, opsets 10–21):
 *   - QuantizeLinear(x, y_scale, y_zero_point?): q = saturate(round_half_even(x / s) + z) into
 *     the range of the zero point's type (uint8 [0, 255] when absent, or `output_dtype` at
 *     opset 21; int8 [−128, 127]; uint16, int16). Per-tensor (scalar s, z) at every opset,
 *     per-axis (1-D s, z along `axis`, default 1) from opset 13. Blocked quantisation
 *     (`block_size` ≠ 0, opset 21) and float8/int4 types are rejected.
 *   - DequantizeLinear(x, x_scale, x_zero_point?): y = (x − z)·s, same parameter forms; int32
 *     inputs (biases) need a zero point of 0.
 *   - QLinearConv, QLinearMatMul: y = Quantize(Conv/MatMul(Dequantize(x), Dequantize(w)) + B·s_x·s_w)
 *     with per-tensor activations and per-tensor or per-output-channel weights.
 *   - ConvInteger, MatMulInteger: the int32 result Σ (x − x_z)(w − w_z), exact (accumulator
 *     overflow is not modelled: int32 wraps at 2^31, which these small layers never reach).
 *
 * Lowering. On constants everything folds (weight QDQ becomes plain float weights), with
 * onnxruntime's float32 arithmetic: q from fround(x / s), and fround((q − z)·s) for a
 * dequantised constant. A QuantizeLinear of a tensor that depends on the input becomes one
 * IR `quantize` node (src/layers/quantize.ts) whose value is the DEQUANTISED tensor
 * s·(q − z), carried with its codes' parameters (VarValue.quant); a DequantizeLinear with the
 * same parameters then reads that node as is (other parameters: one diagonal affine node). The
 * QLinear ops lower to their float op on the dequantised operands (exact: integer × float32
 * products are exact in float64) followed by a quantize node; the *Integer ops to an affine
 * node on (q − z), i.e. v/s + (z_q − x_z).
 *
 * The fused Relu-into-Quantize pattern (onnxruntime drops a Relu before a QuantizeLinear whose
 * zero point is the range's minimum) needs nothing special: saturation at qmin is exactly that
 * ReLU, and the quantize node models saturation.
 */
import { type OpContext, type OpImpl, OpContext as Ctx } from './context.js';
import { conv } from './conv.js';
import { matmul } from './gemm.js';
import { typeName } from './tensor.js';
import { type ConstValue, type QuantCodes, type Value, type VarValue, DT, constant, fmtShape, normAxis, sizeOf, stridesOf } from './values.js';
import { roundHalfEven } from '../../ir/rounding.js';

const RANGES: Record<number, readonly [number, number]> = {
  [DT.UINT8]: [0, 255],
  [DT.INT8]: [-128, 127],
  [DT.UINT16]: [0, 65535],
  [DT.INT16]: [-32768, 32767],
};

interface Params {
  /** Per element of the quantised tensor. */
  readonly scale: Float64Array;
  readonly zero: Float64Array;
  readonly dtype: number;
  readonly qmin: number;
  readonly qmax: number;
}

/**
 * Scale and zero point (inputs `si`, `si + 1`) expanded to one value per element of a tensor
 * of shape `shape`. `forDequant` allows int32 (zero point 0 only). `defDtype` is the codes'
 * type when the zero point is absent.
 */
function readParams(ctx: OpContext, si: number, shape: readonly number[], defDtype: number, forDequant: boolean, dataDtype?: number): Params {
  const s = ctx.constInput(si, 'scale');
  const zv = ctx.optional(si + 1);
  if (zv !== undefined && zv.kind !== 'const') ctx.fail(`zero point '${ctx.inputNames[si + 1]}' must be a constant`);
  const z: ConstValue | undefined = zv;
  if (ctx.attrs.int('block_size', 0) !== 0) ctx.fail(`blocked quantisation (block_size=${ctx.attrs.int('block_size', 0)}) is not supported`);
  const dtype = z?.dtype ?? dataDtype ?? defDtype;
  let qmin: number;
  let qmax: number;
  if (dtype === DT.INT32 && forDequant) {
    qmin = -(2 ** 31);
    qmax = 2 ** 31 - 1;
  } else {
    const r = RANGES[dtype];
    if (r === undefined) ctx.fail(`quantised type ${typeName(dtype)} is not supported (uint8, int8, uint16, int16${forDequant ? ', int32' : ''})`);
    [qmin, qmax] = r;
  }
  if (z !== undefined && fmtShape(z.shape) !== fmtShape(s.shape) && !(sizeOf(z.shape) === 1 && sizeOf(s.shape) === 1)) {
    ctx.fail(`zero point ${fmtShape(z.shape)} and scale ${fmtShape(s.shape)} have different shapes`);
  }
  const n = sizeOf(shape);
  const scale = new Float64Array(n);
  const zero = new Float64Array(n);
  const k = sizeOf(s.shape);
  let pick: (o: number) => number;
  if (k === 1 && s.shape.length <= 1) pick = () => 0;
  else {
    if (ctx.opset < 13 || s.shape.length !== 1) ctx.fail(`scale has shape ${fmtShape(s.shape)}; expected a scalar${ctx.opset >= 13 ? ' or a 1-D tensor (per-axis)' : ' (per-axis scales need opset 13)'}`);
    const raw = ctx.attrs.int('axis', 1);
    const axis = normAxis(raw, shape.length);
    if (axis === undefined || shape[axis] !== k) ctx.fail(`per-axis scale of ${k} values does not match axis ${raw} of shape ${fmtShape(shape)}`);
    const stride = stridesOf(shape)[axis];
    pick = o => Math.floor(o / stride) % k;
  }
  for (let o = 0; o < n; o++) {
    const j = pick(o);
    scale[o] = s.data[j];
    zero[o] = z === undefined ? 0 : z.data[j];
  }
  for (let j = 0; j < k; j++) {
    if (!(s.data[j] > 0 && Number.isFinite(s.data[j]))) ctx.fail(`scale '${ctx.inputNames[si]}' has ${s.data[j]} at index ${j}; scales must be positive and finite`);
    const zz = z === undefined ? 0 : z.data[j];
    if (!Number.isInteger(zz) || zz < qmin || zz > qmax) ctx.fail(`zero point ${zz} at index ${j} is outside the ${typeName(dtype)} range`);
    if (dtype === DT.INT32 && zz !== 0) ctx.fail(`int32 DequantizeLinear needs a zero point of 0, got ${zz} at index ${j}`);
  }
  return { scale, zero, dtype, qmin, qmax };
}

/** The codes' type QuantizeLinear writes when no zero point is given. */
function defaultCodeType(ctx: OpContext): number {
  return ctx.opset >= 21 ? ctx.attrs.int('output_dtype', 0) || DT.UINT8 : DT.UINT8;
}

function quantVar(ctx: OpContext, name: string, x: VarValue, p: Params): VarValue {
  const v = ctx.ir.quantize(name, x, p.scale, p.zero, p.qmin, p.qmax);
  const quant: QuantCodes = { dtype: p.dtype, scale: p.scale, zero: p.zero, qmin: p.qmin, qmax: p.qmax };
  return { ...v, quant };
}

export const quantizeLinear: OpImpl = (ctx: OpContext) => {
  const x = ctx.input(0, 'x');
  if (x.kind === 'var' && x.quant) ctx.fail('its input is already quantised');
  const p = readParams(ctx, 1, x.shape, defaultCodeType(ctx), false);
  if (x.kind === 'const') {
    // onnxruntime: float32 division, round half to even, saturate.
    const data = x.data.map((v, o) => Math.min(p.qmax, Math.max(p.qmin, roundHalfEven(Math.fround(v / p.scale[o])) + p.zero[o])));
    return constant(p.dtype, x.shape, data);
  }
  return quantVar(ctx, ctx.irName, x, p);
};

/** The dequantised value (codes − z)·s of a quantised variable, as a plain variable. */
function dequantVar(ctx: OpContext, x: VarValue & { quant: QuantCodes }, p: Params): VarValue {
  const q = x.quant;
  const n = sizeOf(x.shape);
  let same = true;
  for (let o = 0; o < n && same; o++) same = q.scale[o] === p.scale[o] && q.zero[o] === p.zero[o];
  if (same) return { kind: 'var', node: x.node, shape: x.shape };
  // (v/s₁ + z₁ − z₂)·s₂
  const scale = new Float64Array(n);
  const bias = new Float64Array(n);
  for (let o = 0; o < n; o++) {
    scale[o] = p.scale[o] / q.scale[o];
    bias[o] = (q.zero[o] - p.zero[o]) * p.scale[o];
  }
  return ctx.ir.indexMap(`${ctx.irName}_dq`, x, x.shape, Int32Array.from({ length: n }, (_, i) => i), scale, bias);
}

function quantInput(ctx: OpContext, i: number, role: string): VarValue & { quant: QuantCodes } {
  const v = ctx.input(i, role);
  if (v.kind !== 'var' || v.quant === undefined) {
    ctx.fail(`input ${i} '${ctx.inputNames[i]}' (${role}) must be the output of a QuantizeLinear that depends on the network input${v.kind === 'const' ? ' (a constant was given)' : ''}`);
  }
  return v as VarValue & { quant: QuantCodes };
}

export const dequantizeLinear: OpImpl = (ctx: OpContext) => {
  const x = ctx.input(0, 'x');
  if (x.kind === 'const') {
    const p = readParams(ctx, 1, x.shape, x.dtype, true, x.dtype);
    if (p.dtype !== x.dtype) ctx.fail(`input x is ${typeName(x.dtype)} but its zero point is ${typeName(p.dtype)}`);
    return constant(DT.FLOAT, x.shape, x.data.map((v, o) => Math.fround((v - p.zero[o]) * p.scale[o])));
  }
  const q = quantInput(ctx, 0, 'x');
  const p = readParams(ctx, 1, x.shape, q.quant.dtype, true, q.quant.dtype);
  if (p.dtype !== q.quant.dtype) ctx.fail(`input x is ${typeName(q.quant.dtype)} but its zero point is ${typeName(p.dtype)}`);
  return dequantVar(ctx, q, p);
};

/** Runs another op's lowering on substituted inputs (same node name and attributes). */
function lowerWith(ctx: OpContext, impl: OpImpl, inputs: readonly (Value | undefined)[]): Value {
  const names = inputs.map((v, k) => (v === undefined ? '' : `#${k}`));
  const values = new Map<string, Value>();
  inputs.forEach((v, k) => {
    if (v !== undefined) values.set(`#${k}`, v);
  });
  const sub = new Ctx(ctx.file, ctx.opset, { ...ctx.node, input: names }, ctx.display, values, ctx.ir);
  return impl(sub);
}

/** A constant integer tensor (weights) dequantised exactly: (w − z)·s, per-tensor or along `axis`. */
function dequantConst(ctx: OpContext, wi: number, w: ConstValue, axis: number, role: string): ConstValue {
  const s = ctx.constInput(wi + 1, `${role} scale`);
  const zv = ctx.optional(wi + 2);
  if (zv !== undefined && zv.kind !== 'const') ctx.fail(`${role} zero point must be a constant`);
  const k = sizeOf(s.shape);
  const ch = w.shape[axis] ?? 1;
  if (k !== 1 && k !== ch) ctx.fail(`${role} scale has ${k} values; expected 1 or ${ch} (one per output channel)`);
  if (zv !== undefined && sizeOf(zv.shape) !== 1 && sizeOf(zv.shape) !== k) ctx.fail(`${role} zero point has ${sizeOf(zv.shape)} values for ${k} scales`);
  const stride = stridesOf(w.shape)[axis] ?? 1;
  const data = w.data.map((v, o) => {
    const j = k === 1 ? 0 : Math.floor(o / stride) % ch;
    const z = zv === undefined ? 0 : zv.data[sizeOf(zv.shape) === 1 ? 0 : j];
    return (v - z) * s.data[j];
  });
  return constant(DT.FLOAT, w.shape, data);
}

/** Per-tensor output quantiser of a QLinear op (inputs yi, yi + 1). */
function outParams(ctx: OpContext, yi: number, shape: readonly number[]): Params {
  const s = ctx.constInput(yi, 'y_scale');
  if (sizeOf(s.shape) !== 1) ctx.fail(`y_scale must be a scalar, got ${fmtShape(s.shape)}`);
  return readParams(ctx, yi, shape, DT.UINT8, false);
}

/** x_scale / x_zero_point of a QLinear op's quantised input (per-tensor), as element params. */
function inParams(ctx: OpContext, si: number, x: VarValue & { quant: QuantCodes }): Params {
  const s = ctx.constInput(si, 'x_scale');
  if (sizeOf(s.shape) !== 1) ctx.fail(`input scale must be a scalar, got ${fmtShape(s.shape)}`);
  return readParams(ctx, si, x.shape, x.quant.dtype, false, x.quant.dtype);
}

export const qlinearConv: OpImpl = (ctx: OpContext) => {
  const x = quantInput(ctx, 0, 'x');
  const xd = dequantVar(ctx, x, inParams(ctx, 1, x));
  const w = ctx.constInput(3, 'w');
  const wd = dequantConst(ctx, 3, w, 0, 'w');
  const xs = ctx.constInput(1, 'x_scale').data[0];
  const ws = ctx.constInput(4, 'w_scale');
  const b = ctx.optional(8);
  let bias: ConstValue | undefined;
  if (b !== undefined) {
    if (b.kind !== 'const') ctx.fail('bias B must be a constant');
    bias = constant(DT.FLOAT, b.shape, b.data.map((v, m) => v * xs * ws.data[sizeOf(ws.shape) === 1 ? 0 : m]));
  }
  const acc = lowerWith(ctx, conv, [xd, wd, bias]);
  if (acc.kind !== 'var') throw new Error('unreachable: Conv of a variable is a variable');
  return quantVar(ctx, ctx.irName, acc, outParams(ctx, 6, acc.shape));
};

export const qlinearMatMul: OpImpl = (ctx: OpContext) => {
  const a = quantInput(ctx, 0, 'a');
  const ad = dequantVar(ctx, a, inParams(ctx, 1, a));
  const b = ctx.constInput(3, 'b');
  // Per-column scales of B [.., K, N] run along its last axis.
  const bd = dequantConst(ctx, 3, b, b.shape.length - 1, 'b');
  const acc = lowerWith(ctx, matmul, [ad, bd]);
  if (acc.kind !== 'var') throw new Error('unreachable: MatMul of a variable is a variable');
  return quantVar(ctx, ctx.irName, acc, outParams(ctx, 6, acc.shape));
};

/** The codes minus an input zero point, q − x_z = v/s + (z_q − x_z), as a plain variable. */
function centredCodes(ctx: OpContext, x: VarValue & { quant: QuantCodes }, zi: number): VarValue {
  const zv = ctx.optional(zi);
  if (zv !== undefined && (zv.kind !== 'const' || sizeOf(zv.shape) !== 1)) ctx.fail(`the input zero point '${ctx.inputNames[zi]}' must be a constant scalar`);
  const xz = zv === undefined ? 0 : zv.data[0];
  const n = sizeOf(x.shape);
  const scale = new Float64Array(n);
  const bias = new Float64Array(n);
  for (let o = 0; o < n; o++) {
    scale[o] = 1 / x.quant.scale[o];
    bias[o] = x.quant.zero[o] - xz;
  }
  return ctx.ir.indexMap(`${ctx.irName}_codes`, x, x.shape, Int32Array.from({ length: n }, (_, i) => i), scale, bias);
}

/** Integer weights minus their zero point (scalar, or per index along `axis`). */
function centredWeights(ctx: OpContext, wi: number, zi: number, axis: number): ConstValue {
  const w = ctx.constInput(wi, 'w');
  const zv = ctx.optional(zi);
  if (zv !== undefined && zv.kind !== 'const') ctx.fail(`weight zero point '${ctx.inputNames[zi]}' must be a constant`);
  const k = zv === undefined ? 1 : sizeOf(zv.shape);
  const ch = w.shape[axis] ?? 1;
  if (k !== 1 && k !== ch) ctx.fail(`weight zero point has ${k} values; expected 1 or ${ch}`);
  const stride = stridesOf(w.shape)[axis] ?? 1;
  return constant(DT.FLOAT, w.shape, w.data.map((v, o) => v - (zv === undefined ? 0 : zv.data[k === 1 ? 0 : Math.floor(o / stride) % ch])));
}

export const convInteger: OpImpl = (ctx: OpContext) => {
  const x = quantInput(ctx, 0, 'x');
  const xc = centredCodes(ctx, x, 2);
  return lowerWith(ctx, conv, [xc, centredWeights(ctx, 1, 3, 0)]);
};

export const matMulInteger: OpImpl = (ctx: OpContext) => {
  const a = quantInput(ctx, 0, 'A');
  const ac = centredCodes(ctx, a, 2);
  const b = ctx.constInput(1, 'B');
  return lowerWith(ctx, matmul, [ac, centredWeights(ctx, 1, 3, b.shape.length - 1)]);
};
