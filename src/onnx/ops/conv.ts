/**
 * Conv (all opsets) as one sparse affine node: row (m, o) holds W[m, c, q] at column
 * (c, taps(o, q)) for every input channel c and kernel position q whose tap is inside the
 * input, plus bias B[m]. Any number of spatial dimensions works (1-D and 2-D are what real
 * models use); geometry, padding and auto_pad follow window.ts.
 *
 * Requirements, each an error naming the node: X depends on the input and has batch size 1;
 * W (and B, if given) are constants; group = 1 (grouped and depthwise convolutions are not
 * supported); `kernel_shape`, when given, matches W.
 */
import { CsrBuilder } from '../../ir/sparse.js';
import type { OpContext, OpImpl } from './context.js';
import { fmtShape, sizeOf } from './values.js';
import { geometry, nchw, taps } from './window.js';

export const conv: OpImpl = (ctx: OpContext) => {
  const x = ctx.varInput(0, 'X');
  const w = ctx.constInput(1, 'W');
  const { channels: C, spatial } = nchw(ctx, x.shape, 1);
  const group = ctx.attrs.int('group', 1);
  if (group !== 1) ctx.fail(`group=${group} (grouped or depthwise convolution) is not supported; only group=1`);
  if (w.shape.length !== x.shape.length) ctx.fail(`weight W has shape ${fmtShape(w.shape)}, expected rank ${x.shape.length} for input X ${fmtShape(x.shape)}`);
  const M = w.shape[0];
  if (w.shape[1] !== C) ctx.fail(`weight W ${fmtShape(w.shape)} expects ${w.shape[1]} input channels but X ${fmtShape(x.shape)} has ${C}`);
  const kernel = w.shape.slice(2);
  const ks = ctx.attrs.ints('kernel_shape');
  if (ks !== undefined && fmtShape(ks) !== fmtShape(kernel)) ctx.fail(`kernel_shape=${fmtShape(ks)} does not match weight W ${fmtShape(w.shape)}`);
  const bias = ctx.optional(2);
  if (bias !== undefined) {
    if (bias.kind !== 'const') ctx.fail(`bias B '${ctx.inputNames[2]}' must be a constant`);
    if (sizeOf(bias.shape) !== M) ctx.fail(`bias B has shape ${fmtShape(bias.shape)}, expected [${M}]`);
  }

  const g = geometry(ctx, spatial, kernel, false);
  const t = taps(g);
  const inSize = sizeOf(spatial);
  const nOut = sizeOf(g.outSpatial);
  const nK = sizeOf(kernel);
  const csr = new CsrBuilder(sizeOf(x.shape));
  const b = new Float64Array(sizeOf([M, nOut]));
  for (let m = 0; m < M; m++) {
    for (let o = 0; o < nOut; o++) {
      for (let c = 0; c < C; c++) {
        const wBase = (m * C + c) * nK;
        for (let q = 0; q < nK; q++) {
          const tap = t[o * nK + q];
          if (tap >= 0) csr.push(c * inSize + tap, w.data[wBase + q]);
        }
      }
      csr.endRow();
      if (bias !== undefined) b[m * nOut + o] = bias.data[m];
    }
  }
  return ctx.ir.affine(ctx.irName, [1, M, ...g.outSpatial], [x.node], [csr.build()], b);
};
