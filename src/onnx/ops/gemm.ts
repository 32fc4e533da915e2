/**
 * Gemm and MatMul, where exactly one factor depends on the input (or none: then folded).
 *
 * Both reduce to one core: out[t, m, n] = α Σ_k A[t, m, k] · B[t, k, n] over a batch index t,
 * with index functions that say where A[t, m, k] and B[t, k, n] live in the flat operands.
 * When A is the variable, row (t, m, n) of the CSR holds α B[t, k, n] at column idxA(t, m, k);
 * when B is the variable, it holds α A[t, m, k] at column idxB(t, k, n). Columns therefore
 * grow with k, and zero weights are dropped.
 *
 * Gemm (all opsets): Y = α A' B' + β C with A' = transA ? Aᵀ : A, B' likewise, A and B of rank
 * 2, C unidirectionally broadcast to [M, N]. Defaults α = β = 1, transA = transB = 0. The
 * opset < 7 `broadcast` attribute is ignored: every exporter that sets C sets it to 1.
 *
 * MatMul follows numpy.matmul: a rank-1 A is [1, K] and a rank-1 B is [K, 1], the added
 * dimension being removed from the result; leading (batch) dimensions broadcast. This covers
 * x·W (Keras, TF) and W·x on a rank-1 input (mnist_relu_3_100).
 */
import { CsrBuilder } from '../../ir/sparse.js';
import type { OpContext, OpImpl } from './context.js';
import { type Value, broadcastIndex, broadcastShapes, constant, fmtShape, sizeOf } from './values.js';

interface Core {
  readonly batch: number;
  readonly M: number;
  readonly K: number;
  readonly N: number;
  readonly alpha: number;
  idxA(t: number, m: number, k: number): number;
  idxB(t: number, k: number, n: number): number;
}

/** Folds the product of two constants, or lowers a constant × variable product to an affine node. */
function product(ctx: OpContext, a: Value, b: Value, core: Core, outShape: readonly number[], bias: Float64Array): Value {
  const { batch, M, K, N, alpha } = core;
  const rows = batch * M * N;
  if (a.kind === 'var' && b.kind === 'var') {
    ctx.fail(`both factors depend on the input (${fmtShape(a.shape)} and ${fmtShape(b.shape)}): the product is not affine`);
  }
  if (a.kind === 'const' && b.kind === 'const') {
    const data = Float64Array.from(bias);
    for (let t = 0; t < batch; t++)
      for (let m = 0; m < M; m++)
        for (let n = 0; n < N; n++) {
          let s = 0;
          for (let k = 0; k < K; k++) s += a.data[core.idxA(t, m, k)] * b.data[core.idxB(t, k, n)];
          data[(t * M + m) * N + n] += alpha * s;
        }
    return constant(a.dtype, outShape, data);
  }
  const varIsA = a.kind === 'var';
  const x = varIsA ? a : b;
  const w = varIsA ? b : a;
  if (x.kind !== 'var' || w.kind !== 'const') throw new Error('unreachable: one factor is constant');
  const csr = new CsrBuilder(sizeOf(x.shape));
  for (let t = 0; t < batch; t++)
    for (let m = 0; m < M; m++)
      for (let n = 0; n < N; n++) {
        for (let k = 0; k < K; k++) {
          if (varIsA) csr.push(core.idxA(t, m, k), alpha * w.data[core.idxB(t, k, n)]);
          else csr.push(core.idxB(t, k, n), alpha * w.data[core.idxA(t, m, k)]);
        }
        csr.endRow();
      }
  const built = csr.build();
  if (built.rows !== rows) throw new Error('unreachable: row count');
  return ctx.ir.affine(ctx.irName, outShape, [x.node], [built], bias);
}

export const gemm: OpImpl = (ctx: OpContext) => {
  const alpha = ctx.attrs.float('alpha', 1);
  const beta = ctx.attrs.float('beta', 1);
  const transA = ctx.attrs.int('transA', 0) !== 0;
  const transB = ctx.attrs.int('transB', 0) !== 0;
  const a = ctx.input(0, 'A');
  const b = ctx.input(1, 'B');
  ctx.expectRank(a, 2, 2, `input A '${ctx.inputNames[0]}'`);
  ctx.expectRank(b, 2, 2, `input B '${ctx.inputNames[1]}'`);
  const [M, K] = transA ? [a.shape[1], a.shape[0]] : [a.shape[0], a.shape[1]];
  const [Kb, N] = transB ? [b.shape[1], b.shape[0]] : [b.shape[0], b.shape[1]];
  if (K !== Kb) ctx.fail(`A ${fmtShape(a.shape)} (transA=${+transA}) and B ${fmtShape(b.shape)} (transB=${+transB}) do not multiply`);
  const out = [M, N];
  const bias = new Float64Array(sizeOf(out));
  const c = ctx.optional(2);
  if (c !== undefined) {
    if (c.kind !== 'const') ctx.fail(`input C '${ctx.inputNames[2]}' must be a constant`);
    const bc = broadcastShapes(out, c.shape);
    if (bc === undefined || bc.length !== 2 || bc[0] !== M || bc[1] !== N) ctx.fail(`C ${fmtShape(c.shape)} does not broadcast to ${fmtShape(out)}`);
    const ic = broadcastIndex(out, c.shape);
    for (let o = 0; o < M * N; o++) bias[o] = beta * c.data[ic[o]];
  }
  return product(ctx, a, b, {
    batch: 1, M, K, N, alpha,
    idxA: (_t, m, k) => (transA ? k * M + m : m * K + k),
    idxB: (_t, k, n) => (transB ? n * K + k : k * N + n),
  }, out, bias);
};

export const matmul: OpImpl = (ctx: OpContext) => {
  const a = ctx.input(0, 'A');
  const b = ctx.input(1, 'B');
  if (a.shape.length === 0 || b.shape.length === 0) ctx.fail(`MatMul of a scalar (${fmtShape(a.shape)} × ${fmtShape(b.shape)})`);
  const sa = a.shape.length === 1 ? [1, a.shape[0]] : [...a.shape];
  const sb = b.shape.length === 1 ? [b.shape[0], 1] : [...b.shape];
  const [M, K] = sa.slice(-2);
  const [Kb, N] = sb.slice(-2);
  if (K !== Kb) ctx.fail(`shapes ${fmtShape(a.shape)} and ${fmtShape(b.shape)} do not multiply`);
  const batchA = sa.slice(0, -2);
  const batchB = sb.slice(0, -2);
  const batchShape = broadcastShapes(batchA, batchB);
  if (batchShape === undefined) ctx.fail(`batch dimensions of ${fmtShape(a.shape)} and ${fmtShape(b.shape)} do not broadcast`);
  const offA = broadcastIndex(batchShape, batchA);
  const offB = broadcastIndex(batchShape, batchB);
  const out = [...batchShape];
  if (a.shape.length > 1) out.push(M);
  if (b.shape.length > 1) out.push(N);
  return product(ctx, a, b, {
    batch: sizeOf(batchShape), M, K, N, alpha: 1,
    idxA: (t, m, k) => offA[t] * M * K + m * K + k,
    idxB: (t, k, n) => offB[t] * K * N + k * N + n,
  }, out, new Float64Array(sizeOf(out)));
};
