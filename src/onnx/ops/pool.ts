/**
 * Pooling: MaxPool, AveragePool, GlobalMaxPool, GlobalAveragePool on [1, C, spatial…].
 *
 * MaxPool becomes a `maxpool` node whose window for output (c, o) lists the input positions
 * (c, taps(o, q)) inside the input: ONNX pads MaxPool with −∞, so padded positions can never
 * win and are simply left out. Attributes: kernel_shape (required), strides, pads, auto_pad,
 * dilations (opset ≥ 10), ceil_mode (opset ≥ 10); storage_order only affects the Indices
 * output, which the loader rejects if read.
 *
 * AveragePool becomes a sparse affine node with weight 1/d on each tap, where d is the number
 * of in-input taps (count_include_pad = 0, the default) or of taps inside the padded input
 * (count_include_pad = 1), as onnxruntime computes it.
 *
 * The global variants are the same with a kernel equal to the whole spatial extent.
 */
import { CsrBuilder } from '../../ir/sparse.js';
import type { OpContext, OpImpl } from './context.js';
import type { VarValue } from './values.js';
import { sizeOf } from './values.js';
import { type Geometry, geometry, nchw, paddedCounts, taps } from './window.js';

interface PoolSetup {
  readonly x: VarValue;
  readonly channels: number;
  readonly g: Geometry;
}

function setup(ctx: OpContext, global: boolean): PoolSetup {
  const x = ctx.varInput(0, 'X');
  const { channels, spatial } = nchw(ctx, x.shape, 1);
  if (global) {
    const g: Geometry = {
      kernel: spatial, strides: spatial.map(() => 1), dilations: spatial.map(() => 1),
      padBegin: spatial.map(() => 0), padEnd: spatial.map(() => 0), inSpatial: spatial, outSpatial: spatial.map(() => 1),
    };
    return { x, channels, g };
  }
  const kernel = ctx.attrs.ints('kernel_shape');
  if (kernel === undefined) ctx.fail('the required attribute kernel_shape is missing');
  if (kernel.length !== spatial.length || kernel.some(k => k < 1)) {
    ctx.fail(`kernel_shape=[${kernel.join(',')}] does not fit ${spatial.length} spatial dimension(s)`);
  }
  const ceilMode = ctx.attrs.int('ceil_mode', 0) !== 0;
  return { x, channels, g: geometry(ctx, spatial, kernel, ceilMode) };
}

function maxPoolWith(global: boolean): OpImpl {
  return (ctx: OpContext) => {
    const { x, channels, g } = setup(ctx, global);
    const t = taps(g);
    const inSize = sizeOf(g.inSpatial);
    const nOut = sizeOf(g.outSpatial);
    const nK = sizeOf(g.kernel);
    const starts = new Int32Array(sizeOf([channels, nOut]) + 1);
    const idx: number[] = [];
    for (let c = 0; c < channels; c++) {
      for (let o = 0; o < nOut; o++) {
        for (let q = 0; q < nK; q++) {
          const tap = t[o * nK + q];
          if (tap >= 0) idx.push(c * inSize + tap);
        }
        if (idx.length === starts[c * nOut + o]) ctx.fail(`output position ${o} of channel ${c} has a window entirely in the padding`);
        starts[c * nOut + o + 1] = idx.length;
      }
    }
    return ctx.ir.maxpool(ctx.irName, [1, channels, ...g.outSpatial], x, starts, Int32Array.from(idx));
  };
}

function averagePoolWith(global: boolean): OpImpl {
  return (ctx: OpContext) => {
    const { x, channels, g } = setup(ctx, global);
    const includePad = !global && ctx.attrs.int('count_include_pad', 0) !== 0;
    const t = taps(g);
    const counts = includePad ? paddedCounts(g) : undefined;
    const inSize = sizeOf(g.inSpatial);
    const nOut = sizeOf(g.outSpatial);
    const nK = sizeOf(g.kernel);
    const csr = new CsrBuilder(sizeOf(x.shape));
    for (let c = 0; c < channels; c++) {
      for (let o = 0; o < nOut; o++) {
        let inside = 0;
        for (let q = 0; q < nK; q++) if (t[o * nK + q] >= 0) inside++;
        if (inside === 0) ctx.fail(`output position ${o} of channel ${c} has a window entirely in the padding`);
        const w = 1 / (counts === undefined ? inside : counts[o]);
        for (let q = 0; q < nK; q++) {
          const tap = t[o * nK + q];
          if (tap >= 0) csr.push(c * inSize + tap, w);
        }
        csr.endRow();
      }
    }
    return ctx.ir.affine(ctx.irName, [1, channels, ...g.outSpatial], [x.node], [csr.build()], new Float64Array(channels * nOut));
  };
}

export const maxPool = maxPoolWith(false);
export const globalMaxPool = maxPoolWith(true);
export const averagePool = averagePoolWith(false);
export const globalAveragePool = averagePoolWith(true);
