/**
 * Elementwise ops: Add, Sub, Mul, Div (ONNX multidirectional broadcasting), Neg, Relu, Cast,
 * and the pass-throughs Identity and Dropout (inference: Dropout is the identity and its mask
 * output, if read, is rejected by the loader).
 *
 * With a constant operand c the binary ops are affine in the variable x and become one sparse
 * node with one entry per row: x + c, x − c, c − x, c · x, x / c (as x · (1/c); c must have no
 * zeros). Add and Sub of two variables (residual connections) become one node with two terms.
 * Mul or Div of two variables, and c / x, are not affine and are rejected. With only constant
 * operands the result is folded; integer Div truncates toward zero like onnxruntime.
 */
import { type OpContext, type OpImpl } from './context.js';
import { type ConstValue, type Value, DT, broadcastIndex, broadcastShapes, constant, fmtShape, isIntegerType, sizeOf } from './values.js';
import { CsrBuilder } from '../../ir/sparse.js';
import { typeName } from './tensor.js';

type BinOp = 'Add' | 'Sub' | 'Mul' | 'Div';

function foldBinary(ctx: OpContext, op: BinOp, a: ConstValue, b: ConstValue, out: readonly number[]): ConstValue {
  const ia = broadcastIndex(out, a.shape);
  const ib = broadcastIndex(out, b.shape);
  const integer = isIntegerType(a.dtype);
  const data = new Float64Array(sizeOf(out));
  for (let o = 0; o < data.length; o++) {
    const x = a.data[ia[o]];
    const y = b.data[ib[o]];
    switch (op) {
      case 'Add': data[o] = x + y; break;
      case 'Sub': data[o] = x - y; break;
      case 'Mul': data[o] = x * y; break;
      case 'Div':
        if (integer && y === 0) ctx.fail(`integer division by zero at index ${ib[o]} of input 1 '${ctx.inputNames[1]}'`);
        data[o] = integer ? Math.trunc(x / y) : x / y;
        break;
    }
  }
  return constant(a.dtype, out, data);
}

function binary(op: BinOp): OpImpl {
  return (ctx: OpContext) => {
    const a = ctx.input(0, 'A');
    const b = ctx.input(1, 'B');
    const out = broadcastShapes(a.shape, b.shape);
    if (out === undefined) ctx.fail(`cannot broadcast shapes ${fmtShape(a.shape)} and ${fmtShape(b.shape)}`);
    if (a.kind === 'const' && b.kind === 'const') return foldBinary(ctx, op, a, b, out);
    if (a.kind === 'var' && b.kind === 'var') {
      if (op === 'Mul' || op === 'Div') {
        ctx.fail(`${op} of two tensors that both depend on the input (${fmtShape(a.shape)} and ${fmtShape(b.shape)}) is not affine`);
      }
      const terms = [a, b].map((v, k) => {
        const map = broadcastIndex(out, v.shape);
        const m = new CsrBuilder(sizeOf(v.shape));
        const s = k === 1 && op === 'Sub' ? -1 : 1;
        for (let o = 0; o < map.length; o++) {
          m.push(map[o], s);
          m.endRow();
        }
        return m.build();
      });
      return ctx.ir.affine(ctx.irName, out, [a.node, b.node], terms, new Float64Array(sizeOf(out)));
    }
    const varFirst = a.kind === 'var';
    const x = varFirst ? a : b;
    const c = (varFirst ? b : a) as ConstValue;
    if (x.kind !== 'var') throw new Error('unreachable');
    const map = broadcastIndex(out, x.shape);
    const ic = broadcastIndex(out, c.shape);
    const n = map.length;
    const scale = new Float64Array(n).fill(1);
    const bias = new Float64Array(n);
    for (let o = 0; o < n; o++) {
      const v = c.data[ic[o]];
      switch (op) {
        case 'Add': bias[o] = v; break;
        case 'Sub': if (varFirst) bias[o] = -v; else { scale[o] = -1; bias[o] = v; } break;
        case 'Mul': scale[o] = v; break;
        case 'Div':
          if (!varFirst) ctx.fail(`dividing a constant by a tensor that depends on the input (shape ${fmtShape(x.shape)}) is not affine`);
          if (v === 0) ctx.fail(`divisor '${ctx.inputNames[1]}' has a zero at index ${ic[o]} (shape ${fmtShape(c.shape)})`);
          scale[o] = 1 / v;
          break;
      }
    }
    return ctx.ir.indexMap(ctx.irName, x, out, map, scale, bias);
  };
}

export const add = binary('Add');
export const sub = binary('Sub');
export const mul = binary('Mul');
export const div = binary('Div');

export const neg: OpImpl = (ctx: OpContext) => {
  const x = ctx.input(0, 'X');
  if (x.kind === 'const') return constant(x.dtype, x.shape, x.data.map(v => -v));
  return ctx.ir.indexMap(ctx.irName, x, x.shape, Int32Array.from({ length: sizeOf(x.shape) }, (_, i) => i), -1);
};

export const relu: OpImpl = (ctx: OpContext) => {
  const x = ctx.input(0, 'X');
  if (x.kind === 'const') return constant(x.dtype, x.shape, x.data.map(v => Math.max(0, v)));
  return ctx.ir.relu(ctx.irName, x);
};

export const identity: OpImpl = (ctx: OpContext) => ctx.input(0, 'input');

/** Dropout at inference is the identity; a constant training_mode = true (opset ≥ 12) is rejected. */
export const dropout: OpImpl = (ctx: OpContext) => {
  const training = ctx.optional(2);
  if (training !== undefined && (training.kind !== 'const' || training.data.some(v => v !== 0))) {
    ctx.fail(`training_mode '${ctx.inputNames[2]}' must be a constant false: dropout is random in training mode`);
  }
  return ctx.input(0, 'data');
};

function castValue(to: number, v: number): number {
  switch (to) {
    case DT.FLOAT: return Math.fround(v);
    case DT.DOUBLE: return v;
    case DT.BOOL: return v !== 0 ? 1 : 0;
    default: return Math.trunc(v);
  }
}

const CASTABLE: ReadonlySet<number> = new Set([
  DT.FLOAT, DT.DOUBLE, DT.BOOL, DT.INT8, DT.INT16, DT.INT32, DT.INT64, DT.UINT8, DT.UINT16, DT.UINT32, DT.UINT64,
]);

export const cast: OpImpl = (ctx: OpContext) => {
  const to = ctx.attrs.int('to', 0);
  const x: Value = ctx.input(0, 'input');
  if (x.kind === 'const') {
    if (!CASTABLE.has(to)) ctx.fail(`Cast of a constant to ${typeName(to)} is not supported`);
    return constant(to, x.shape, x.data.map(v => castValue(to, v)));
  }
  if (to !== DT.FLOAT && to !== DT.DOUBLE) ctx.fail(`Cast of a tensor that depends on the input to ${typeName(to)} is not supported (only float and double)`);
  return x;
};
