/**
 * Shape-only and constant-producing ops. On a variable these change only the tracked shape
 * (row-major order is unchanged, so no IR node is made); on a constant they fold.
 *   - Shape: the (static) shape as an int64 constant; opset ≥ 15 start/end are honoured.
 *   - Reshape: target from the `shape` attribute (opset < 5) or input (opset ≥ 5); 0 copies
 *     the input dimension (unless allowzero = 1, opset ≥ 14), one -1 is inferred.
 *   - Flatten: [∏ dims before axis, ∏ dims from axis], axis default 1, negative allowed.
 *   - Squeeze / Unsqueeze: axes from the attribute (opset < 13) or the input (opset ≥ 13);
 *     Squeeze without axes drops every dimension of size 1.
 *   - Constant: value (tensor), value_float(s), value_int(s); sparse and string values are
 *     rejected. ConstantOfShape: a filled tensor, value default float 0.
 */
import type { OpContext, OpImpl } from './context.js';
import { decodeTensor } from './tensor.js';
import { type Value, DT, constant, fmtShape, normAxis, sizeOf } from './values.js';

export function withShape(v: Value, shape: readonly number[]): Value {
  return v.kind === 'var' ? { kind: 'var', node: v.node, shape: [...shape] } : constant(v.dtype, shape, v.data);
}

export const shapeOf: OpImpl = (ctx: OpContext) => {
  const x = ctx.input(0, 'data');
  const r = x.shape.length;
  const clamp = (a: number): number => Math.min(r, Math.max(0, a < 0 ? a + r : a));
  const start = clamp(ctx.attrs.int('start', 0));
  const end = clamp(ctx.attrs.int('end', r));
  const dims = x.shape.slice(start, Math.max(start, end));
  return constant(DT.INT64, [dims.length], Float64Array.from(dims));
};

function reshapeWith(fromAttr: boolean): OpImpl {
  return (ctx: OpContext) => {
    const x = ctx.input(0, 'data');
    const target = fromAttr ? ctx.attrs.ints('shape') : ctx.intsInput(1, 'shape');
    if (target === undefined) ctx.fail('the required attribute shape is missing');
    const allowZero = ctx.attrs.int('allowzero', 0) !== 0;
    const out = target.map((d, k) => (d === 0 && !allowZero ? x.shape[k] : d));
    if (out.some(d => d === undefined || d < -1)) ctx.fail(`cannot reshape ${fmtShape(x.shape)} to ${fmtShape(target)}`);
    const free = out.filter(d => d === -1).length;
    const known = sizeOf(out.filter(d => d !== -1));
    const total = sizeOf(x.shape);
    if (free > 1) ctx.fail(`shape ${fmtShape(target)} has more than one -1`);
    if (free === 1) {
      if (known === 0 || total % known !== 0) ctx.fail(`cannot reshape ${fmtShape(x.shape)} (${total} elements) to ${fmtShape(target)}`);
      out[out.indexOf(-1)] = total / known;
    }
    if (sizeOf(out) !== total) ctx.fail(`cannot reshape ${fmtShape(x.shape)} (${total} elements) to ${fmtShape(target)}`);
    return withShape(x, out);
  };
}

export const reshapeAttr = reshapeWith(true);
export const reshape = reshapeWith(false);

export const flatten: OpImpl = (ctx: OpContext) => {
  const x = ctx.input(0, 'input');
  const r = x.shape.length;
  const raw = ctx.attrs.int('axis', 1);
  const axis = raw < 0 ? raw + r : raw;
  if (axis < 0 || axis > r) ctx.fail(`axis ${raw} is out of range for input shape ${fmtShape(x.shape)}`);
  return withShape(x, [sizeOf(x.shape.slice(0, axis)), sizeOf(x.shape.slice(axis))]);
};

function axesOf(ctx: OpContext, fromAttr: boolean): number[] | undefined {
  if (fromAttr) return ctx.attrs.ints('axes');
  return ctx.optional(1) === undefined ? undefined : ctx.intsInput(1, 'axes');
}

function squeezeWith(fromAttr: boolean): OpImpl {
  return (ctx: OpContext) => {
    const x = ctx.input(0, 'data');
    const r = x.shape.length;
    const axes = axesOf(ctx, fromAttr);
    const drop = new Set<number>();
    if (axes === undefined) x.shape.forEach((d, k) => d === 1 && drop.add(k));
    for (const a of axes ?? []) {
      const k = normAxis(a, r);
      if (k === undefined || x.shape[k] !== 1) ctx.fail(`cannot squeeze axis ${a} of shape ${fmtShape(x.shape)}`);
      drop.add(k);
    }
    return withShape(x, x.shape.filter((_, k) => !drop.has(k)));
  };
}

function unsqueezeWith(fromAttr: boolean): OpImpl {
  return (ctx: OpContext) => {
    const x = ctx.input(0, 'data');
    const axes = axesOf(ctx, fromAttr);
    if (axes === undefined) ctx.fail('axes are required');
    const r = x.shape.length + axes.length;
    const ins = new Set<number>();
    for (const a of axes) {
      const k = normAxis(a, r);
      if (k === undefined || ins.has(k)) ctx.fail(`invalid axes [${axes.join(',')}] for shape ${fmtShape(x.shape)}`);
      ins.add(k);
    }
    const out: number[] = [];
    let j = 0;
    for (let k = 0; k < r; k++) out.push(ins.has(k) ? 1 : x.shape[j++]);
    return withShape(x, out);
  };
}

export const squeezeAttr = squeezeWith(true);
export const squeeze = squeezeWith(false);
export const unsqueezeAttr = unsqueezeWith(true);
export const unsqueeze = unsqueezeWith(false);

export const constantOp: OpImpl = (ctx: OpContext) => {
  const t = ctx.attrs.tensor('value');
  if (t !== undefined) return decodeTensor(t, 'value', msg => ctx.fail(msg));
  const f = ctx.attrs.has('value_float') ? [ctx.attrs.float('value_float', 0)] : undefined;
  const fs = ctx.attrs.floats('value_floats');
  const i = ctx.attrs.has('value_int') ? [ctx.attrs.int('value_int', 0)] : undefined;
  const is = ctx.attrs.ints('value_ints');
  if (f) return constant(DT.FLOAT, [], Float64Array.from(f));
  if (fs) return constant(DT.FLOAT, [fs.length], Float64Array.from(fs));
  if (i) return constant(DT.INT64, [], Float64Array.from(i));
  if (is) return constant(DT.INT64, [is.length], Float64Array.from(is));
  return ctx.fail(`value attribute not supported (attributes: ${ctx.attrs.names().join(', ') || 'none'})`);
};

export const constantOfShape: OpImpl = (ctx: OpContext) => {
  const shape = ctx.intsInput(0, 'input');
  const t = ctx.attrs.tensor('value');
  const v = t === undefined ? constant(DT.FLOAT, [1], new Float64Array(1)) : decodeTensor(t, 'value', msg => ctx.fail(msg));
  if (v.data.length !== 1) ctx.fail(`value must hold one element, got shape ${fmtShape(v.shape)}`);
  if (shape.some(d => d < 0)) ctx.fail(`negative dimension in ${fmtShape(shape)}`);
  return constant(v.dtype, shape, new Float64Array(sizeOf(shape)).fill(v.data[0]));
};
