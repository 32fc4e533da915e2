/**
 * BatchNormalization in inference form (all opsets): per channel c of X [N, C, …],
 *   y = scale_c · (x − mean_c) / √(var_c + ε) + B_c = s_c · x + (B_c − mean_c · s_c),
 * one diagonal affine node (which the fusion pass folds into the neighbouring affine node).
 * ε defaults to 1e-5. Opset < 7 models with spatial = 0 carry per-element parameters of shape
 * [C, spatial…]; those are accepted too. training_mode = 1 (opset ≥ 14) is rejected, and so is
 * reading the running-statistics outputs (the loader checks extra outputs). A constant X is
 * folded.
 */
import type { OpContext, OpImpl } from './context.js';
import { type ConstValue, constant, fmtShape, sizeOf } from './values.js';

export const batchNormalization: OpImpl = (ctx: OpContext) => {
  const x = ctx.input(0, 'X');
  if (ctx.attrs.int('training_mode', 0) !== 0) ctx.fail('training_mode=1 is not supported (export the model in eval mode)');
  const eps = ctx.attrs.float('epsilon', 1e-5);
  if (x.shape.length < 2) ctx.fail(`input X has shape ${fmtShape(x.shape)}, expected [N, C, …]`);
  const C = x.shape[1];
  const rest = sizeOf(x.shape.slice(2));
  const params = ['scale', 'B', 'mean', 'var'].map((role, k) => {
    const p = ctx.constInput(k + 1, role);
    const n = sizeOf(p.shape);
    if (n !== C && n !== C * rest) ctx.fail(`${role} '${ctx.inputNames[k + 1]}' has shape ${fmtShape(p.shape)}, expected [${C}]`);
    return p;
  });
  const [scale, bias, mean, variance] = params;
  const total = sizeOf(x.shape);
  const s = new Float64Array(total);
  const b = new Float64Array(total);
  const per = C * rest;
  for (let i = 0; i < total; i++) {
    const within = i % per;
    const c = Math.floor(within / rest);
    const at = (p: ConstValue): number => p.data[p.data.length === C ? c : within];
    const v = at(variance) + eps;
    if (!(v > 0)) ctx.fail(`var + epsilon is ${v} at channel ${c}; it must be positive`);
    s[i] = at(scale) / Math.sqrt(v);
    b[i] = at(bias) - at(mean) * s[i];
  }
  if (x.kind === 'const') return constant(x.dtype, x.shape, x.data.map((v, i) => s[i] * v + b[i]));
  return ctx.ir.indexMap(ctx.irName, x, x.shape, Int32Array.from({ length: total }, (_, i) => i), s, b);
};
