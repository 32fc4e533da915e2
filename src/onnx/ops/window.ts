/**
 * Sliding-window geometry shared by Conv and the pooling ops, for any number of spatial
 * dimensions, following the ONNX spec with its defaults (strides 1, dilations 1, pads 0,
 * auto_pad NOTSET, ceil_mode 0). With e = (k − 1)·dilation + 1 the effective kernel extent:
 *   - NOTSET: out = ⌊(in + pad_begin + pad_end − e) / stride⌋ + 1, or ⌈…⌉ + 1 with ceil_mode,
 *     where (as in onnxruntime and PyTorch) a last window that would start inside the end
 *     padding is dropped;
 *   - VALID: no padding;
 *   - SAME_UPPER / SAME_LOWER: out = ⌈in / stride⌉ and total padding
 *     max(0, (out − 1)·stride + e − in), the odd unit going to the end (UPPER) or the
 *     beginning (LOWER).
 * `taps` lists, for each output position and kernel position (both flat, row-major), the flat
 * input position read there, or -1 where the window lies in the padding.
 */
import type { OpContext } from './context.js';
import { fmtShape, sizeOf, stridesOf } from './values.js';

export interface Geometry {
  readonly kernel: readonly number[];
  readonly strides: readonly number[];
  readonly dilations: readonly number[];
  readonly padBegin: readonly number[];
  readonly padEnd: readonly number[];
  readonly inSpatial: readonly number[];
  readonly outSpatial: readonly number[];
}

function listAttr(ctx: OpContext, name: string, nd: number, def: number): number[] {
  const v = ctx.attrs.ints(name) ?? new Array<number>(nd).fill(def);
  if (v.length !== nd) ctx.fail(`attribute ${name}=[${v.join(',')}] should have ${nd} entries for ${nd} spatial dimension(s)`);
  if (v.some(x => x < 1)) ctx.fail(`attribute ${name}=[${v.join(',')}] must be positive`);
  return v;
}

export function geometry(ctx: OpContext, inSpatial: readonly number[], kernel: readonly number[], ceilMode: boolean): Geometry {
  const nd = inSpatial.length;
  const strides = listAttr(ctx, 'strides', nd, 1);
  const dilations = listAttr(ctx, 'dilations', nd, 1);
  const autoPad = ctx.attrs.string('auto_pad', 'NOTSET');
  const padBegin = new Array<number>(nd).fill(0);
  const padEnd = new Array<number>(nd).fill(0);
  const outSpatial = new Array<number>(nd);
  for (let d = 0; d < nd; d++) {
    const ext = (kernel[d] - 1) * dilations[d] + 1;
    const s = strides[d];
    if (autoPad === 'SAME_UPPER' || autoPad === 'SAME_LOWER') {
      outSpatial[d] = Math.ceil(inSpatial[d] / s);
      const total = Math.max(0, (outSpatial[d] - 1) * s + ext - inSpatial[d]);
      const small = Math.floor(total / 2);
      padBegin[d] = autoPad === 'SAME_UPPER' ? small : total - small;
      padEnd[d] = total - padBegin[d];
    } else if (autoPad === 'NOTSET' || autoPad === 'VALID') {
      if (autoPad === 'NOTSET') {
        const pads = ctx.attrs.ints('pads') ?? new Array<number>(2 * nd).fill(0);
        if (pads.length !== 2 * nd || pads.some(p => p < 0)) ctx.fail(`attribute pads=[${pads.join(',')}] should hold ${2 * nd} non-negative entries`);
        padBegin[d] = pads[d];
        padEnd[d] = pads[d + nd];
      }
      const span = inSpatial[d] + padBegin[d] + padEnd[d] - ext;
      let out = (ceilMode ? Math.ceil(span / s) : Math.floor(span / s)) + 1;
      if (ceilMode && (out - 1) * s >= inSpatial[d] + padBegin[d]) out--;
      outSpatial[d] = out;
    } else {
      ctx.fail(`auto_pad '${autoPad}' is not one of NOTSET, SAME_UPPER, SAME_LOWER, VALID`);
    }
    if (!(outSpatial[d] >= 1)) {
      ctx.fail(`kernel ${fmtShape(kernel)} (dilations ${fmtShape(dilations)}) does not fit input ${fmtShape(inSpatial)} with pads ${fmtShape([...padBegin, ...padEnd])}`);
    }
  }
  return { kernel, strides, dilations, padBegin, padEnd, inSpatial, outSpatial };
}

/** taps[o·K + q]: flat input position of kernel position q at output position o, or -1. */
export function taps(g: Geometry): Int32Array {
  const nd = g.inSpatial.length;
  const nOut = sizeOf(g.outSpatial);
  const nK = sizeOf(g.kernel);
  const inStrides = stridesOf(g.inSpatial);
  const outStrides = stridesOf(g.outSpatial);
  const kStrides = stridesOf(g.kernel);
  const t = new Int32Array(sizeOf([nOut, nK]));
  for (let o = 0; o < nOut; o++) {
    for (let q = 0; q < nK; q++) {
      let flat = 0;
      for (let d = 0; d < nd; d++) {
        const od = Math.floor(o / outStrides[d]) % g.outSpatial[d];
        const kd = Math.floor(q / kStrides[d]) % g.kernel[d];
        const i = od * g.strides[d] - g.padBegin[d] + kd * g.dilations[d];
        if (i < 0 || i >= g.inSpatial[d]) {
          flat = -1;
          break;
        }
        flat += i * inStrides[d];
      }
      t[o * nK + q] = flat;
    }
  }
  return t;
}

/**
 * For each output position, the number of kernel positions inside the padded input
 * [−pad_begin, in + pad_end): the AveragePool divisor when count_include_pad = 1.
 */
export function paddedCounts(g: Geometry): Float64Array {
  const nd = g.inSpatial.length;
  const nOut = sizeOf(g.outSpatial);
  const outStrides = stridesOf(g.outSpatial);
  const counts = new Float64Array(nOut);
  for (let o = 0; o < nOut; o++) {
    let c = 1;
    for (let d = 0; d < nd; d++) {
      const od = Math.floor(o / outStrides[d]) % g.outSpatial[d];
      let n = 0;
      for (let k = 0; k < g.kernel[d]; k++) {
        const i = od * g.strides[d] - g.padBegin[d] + k * g.dilations[d];
        if (i >= -g.padBegin[d] && i < g.inSpatial[d] + g.padEnd[d]) n++;
      }
      c *= n;
    }
    counts[o] = c;
  }
  return counts;
}

/** Splits an [N, C, spatial…] variable shape, requiring N = 1. */
export function nchw(ctx: OpContext, shape: readonly number[], minSpatial: number): { channels: number; spatial: number[] } {
  if (shape.length < 2 + minSpatial) ctx.fail(`input X has shape ${fmtShape(shape)}, expected [N, C, spatial…] with at least ${minSpatial} spatial dimension(s)`);
  if (shape[0] !== 1) ctx.fail(`input X has batch size ${shape[0]} (shape ${fmtShape(shape)}); only batch size 1 is supported`);
  return { channels: shape[1], spatial: shape.slice(2) };
}
