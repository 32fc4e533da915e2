/**
 * Ops that move elements: Transpose, Gather, Slice, Pad, Concat. Each computes, for every
 * output element, the flat index of the input element it copies (or -1 for padding), then
 * folds a constant input or lowers a variable one to a sparse selection node (`indexMap`,
 * one entry per row, which the fusion pass absorbs into the next affine node).
 *   - Transpose: perm, default reversed dimensions.
 *   - Gather: constant indices (negative counted from the end), axis default 0.
 *   - Slice: starts/ends/axes from attributes (opset < 10) or inputs with optional steps
 *     (opset ≥ 10), clamped as the spec says.
 *   - Pad: mode 'constant' only (reflect/edge/wrap are rejected); pads from the attribute
 *     (`paddings` in opset 1, `pads` in 2–10) or the input (opset ≥ 11, with the optional
 *     constant_value input and, from opset 18, axes). Padding with a value v adds v to the
 *     bias; negative pads crop.
 *   - Concat: any mix of constant and variable inputs; one term per variable input, constants
 *     go into the bias.
 */
import { CsrBuilder } from '../../ir/sparse.js';
import type { OpContext, OpImpl } from './context.js';
import { DT, type Value, constant, fmtShape, normAxis, sizeOf, strideWalk, stridesOf, transposeIndex } from './values.js';

/** out[o] = x[map[o]] (or `fill` where map[o] = -1), folded or lowered. */
function select(ctx: OpContext, x: Value, outShape: readonly number[], map: Int32Array, fill = 0): Value {
  if (x.kind === 'const') return constant(x.dtype, outShape, Float64Array.from(map, i => (i >= 0 ? x.data[i] : fill)));
  if (map.length === 0) ctx.fail(`the result ${fmtShape(outShape)} is empty`);
  return ctx.ir.indexMap(ctx.irName, x, outShape, map, 1, Float64Array.from(map, i => (i >= 0 ? 0 : fill)));
}

export const transpose: OpImpl = (ctx: OpContext) => {
  const x = ctx.input(0, 'data');
  const r = x.shape.length;
  const perm = ctx.attrs.ints('perm') ?? x.shape.map((_, k) => r - 1 - k);
  if (perm.length !== r || [...perm].sort((a, b) => a - b).some((p, k) => p !== k)) {
    ctx.fail(`perm [${perm.join(',')}] is not a permutation of the ${r} axes of ${fmtShape(x.shape)}`);
  }
  const { shape, map } = transposeIndex(x.shape, perm);
  return select(ctx, x, shape, map);
};

export const gather: OpImpl = (ctx: OpContext) => {
  const x = ctx.input(0, 'data');
  const ind = ctx.constInput(1, 'indices');
  const raw = ctx.attrs.int('axis', 0);
  const axis = normAxis(raw, x.shape.length);
  if (axis === undefined) ctx.fail(`axis ${raw} is out of range for ${fmtShape(x.shape)}`);
  const dim = x.shape[axis];
  const outer = sizeOf(x.shape.slice(0, axis));
  const inner = sizeOf(x.shape.slice(axis + 1));
  const idx = Array.from(ind.data, v => (v < 0 ? v + dim : v));
  const badAt = idx.findIndex(v => !Number.isInteger(v) || v < 0 || v >= dim);
  if (badAt >= 0) ctx.fail(`index ${ind.data[badAt]} is out of range for axis ${axis} of ${fmtShape(x.shape)}`);
  const map = new Int32Array(sizeOf([outer, idx.length, inner]));
  let o = 0;
  for (let a = 0; a < outer; a++) for (const i of idx) for (let b = 0; b < inner; b++) map[o++] = (a * dim + i) * inner + b;
  return select(ctx, x, [...x.shape.slice(0, axis), ...ind.shape, ...x.shape.slice(axis + 1)], map);
};

function sliceWith(fromAttr: boolean): OpImpl {
  return (ctx: OpContext) => {
    const x = ctx.input(0, 'data');
    const r = x.shape.length;
    const get = (k: number, attr: string): number[] | undefined =>
      fromAttr ? ctx.attrs.ints(attr) : ctx.optional(k) === undefined ? undefined : ctx.intsInput(k, attr);
    const starts = get(1, 'starts');
    const ends = get(2, 'ends');
    if (starts === undefined || ends === undefined || starts.length !== ends.length) ctx.fail('starts and ends are required and must have equal length');
    const axes = get(3, 'axes') ?? starts.map((_, k) => k);
    const steps = (fromAttr ? undefined : get(4, 'steps')) ?? starts.map(() => 1);
    const begin = x.shape.map(() => 0);
    const step = x.shape.map(() => 1);
    const out = [...x.shape];
    axes.forEach((a, j) => {
      const k = normAxis(a, r);
      if (k === undefined || steps[j] === 0) ctx.fail(`invalid axis ${a} or step ${steps[j]} for ${fmtShape(x.shape)}`);
      const d = x.shape[k];
      const neg = steps[j] < 0;
      const clamp = (v: number): number => Math.min(neg ? d - 1 : d, Math.max(neg ? -1 : 0, v < 0 ? v + d : v));
      const s = clamp(starts[j]);
      const e = clamp(ends[j]);
      begin[k] = s;
      step[k] = steps[j];
      out[k] = Math.max(0, Math.ceil((e - s) / steps[j]));
    });
    const strides = stridesOf(x.shape);
    const off = begin.reduce((acc, b, k) => acc + b * strides[k], 0);
    return select(ctx, x, out, strideWalk(out, strides.map((s, k) => s * step[k]), off));
  };
}

export const sliceAttr = sliceWith(true);
export const slice = sliceWith(false);

/** Pad; `source` says where pads and the value come from. */
function padWith(source: 'paddings' | 'pads' | 'input'): OpImpl {
  return (ctx: OpContext) => {
    const x = ctx.input(0, 'data');
    const r = x.shape.length;
    const mode = ctx.attrs.string('mode', 'constant');
    if (mode !== 'constant') ctx.fail(`mode '${mode}' is not supported (only 'constant')`);
    let pads: number[] | undefined;
    let value = 0;
    if (source === 'input') {
      pads = ctx.intsInput(1, 'pads');
      const cv = ctx.optional(2);
      if (cv !== undefined) {
        if (cv.kind !== 'const' || cv.data.length > 1) ctx.fail(`constant_value must be a constant scalar`);
        value = cv.data[0] ?? 0;
      }
      const axesIn = ctx.optional(3) === undefined ? undefined : ctx.intsInput(3, 'axes');
      if (axesIn !== undefined) {
        const full = new Array<number>(2 * r).fill(0);
        axesIn.forEach((a, j) => {
          const k = normAxis(a, r);
          if (k === undefined) ctx.fail(`axis ${a} is out of range for ${fmtShape(x.shape)}`);
          full[k] = pads?.[j] ?? 0;
          full[k + r] = pads?.[j + axesIn.length] ?? 0;
        });
        pads = full;
      }
    } else {
      pads = ctx.attrs.ints(source);
      value = ctx.attrs.float('value', 0);
    }
    if (pads === undefined || pads.length !== 2 * r) ctx.fail(`pads [${(pads ?? []).join(',')}] should have ${2 * r} entries for ${fmtShape(x.shape)}`);
    const out = x.shape.map((d, k) => d + pads[k] + pads[k + r]);
    if (out.some(d => d < 0)) ctx.fail(`pads [${pads.join(',')}] crop ${fmtShape(x.shape)} below zero`);
    const inStrides = stridesOf(x.shape);
    const outStrides = stridesOf(out);
    const map = new Int32Array(sizeOf(out));
    for (let o = 0; o < map.length; o++) {
      let flat = 0;
      for (let k = 0; k < r && flat >= 0; k++) {
        const i = (Math.floor(o / outStrides[k]) % out[k]) - pads[k];
        flat = i < 0 || i >= x.shape[k] ? -1 : flat + i * inStrides[k];
      }
      map[o] = flat;
    }
    return select(ctx, x, out, map, value);
  };
}

export const padV1 = padWith('paddings');
export const padV2 = padWith('pads');
export const pad = padWith('input');

export const concat: OpImpl = (ctx: OpContext) => {
  const inputs = ctx.inputNames.map((_, k) => ctx.input(k, `input ${k}`));
  const first = inputs[0];
  if (first === undefined) ctx.fail('no inputs');
  const r = first.shape.length;
  const raw = ctx.attrs.int('axis', 0);
  const axis = normAxis(raw, r);
  if (axis === undefined) ctx.fail(`axis ${raw} is out of range for ${fmtShape(first.shape)}`);
  for (const v of inputs) {
    if (v.shape.length !== r || v.shape.some((d, k) => k !== axis && d !== first.shape[k])) {
      ctx.fail(`inputs ${inputs.map(i => fmtShape(i.shape)).join(', ')} do not concatenate on axis ${axis}`);
    }
  }
  const outer = sizeOf(first.shape.slice(0, axis));
  const inner = sizeOf(first.shape.slice(axis + 1));
  const out = [...first.shape];
  out[axis] = inputs.reduce((s, v) => s + v.shape[axis], 0);
  const n = sizeOf(out);
  const src = new Int32Array(n);
  const at = new Int32Array(n);
  let o = 0;
  for (let a = 0; a < outer; a++) {
    inputs.forEach((v, j) => {
      const block = v.shape[axis] * inner;
      for (let q = 0; q < block; q++, o++) {
        src[o] = j;
        at[o] = a * block + q;
      }
    });
  }
  const bias = new Float64Array(n);
  inputs.forEach((v, j) => {
    if (v.kind === 'const') for (let i = 0; i < n; i++) if (src[i] === j) bias[i] = v.data[at[i]];
  });
  const vars = inputs.flatMap((v, j) => (v.kind === 'var' ? [{ v, j }] : []));
  if (vars.length === 0) return constant(first.kind === 'const' ? first.dtype : DT.FLOAT, out, bias);
  const terms = vars.map(({ v, j }) => {
    const b = new CsrBuilder(sizeOf(v.shape));
    for (let i = 0; i < n; i++) {
      if (src[i] === j) b.push(at[i], 1);
      b.endRow();
    }
    return b.build();
  });
  return ctx.ir.affine(ctx.irName, out, vars.map(({ v }) => v.node), terms, bias);
};
