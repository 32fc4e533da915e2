/**
 * `--precision float32`: a sound bound on how far the float32 evaluation of a network
 * (onnxruntime's CPU kernels; src/layers/forward32.ts is one such program) can be from its
 * real-valued evaluation, at every point of the input box and in any summation order. The proof
 * is in docs/precision.md; in short, by induction over the nodes in topological order:
 *   - the input: |fl(x) − x| ≤ u·|x| (+ underflow);
 *   - each node: its layer's `float32Error` from the real input's bounds (the row's sweep) and
 *     the inputs' errors: affine rows by Higham's γ_{n+2}·Σ|w||x̂| plus Σ|w|·e, ReLU and
 *     max-pool exact and 1-Lipschitz, quantize exact on its float32 code (docs/precision.md).
 * So |ẑ(x) − z(x)| ≤ E at every x ∈ D, and for a pair (i, j) the error of ρ is at most the
 * sum of both networks' logit-difference errors: every bound [L, U] on the real ρ over D,
 * widened to [L − S, U + S], also bounds ρ of the float32 twins.
 */
import type { Bounds } from '../ir/bounds.js';
import { ETA32, U32, errorUp } from '../ir/float32.js';
import type { Network } from '../ir/network.js';
import { layerOf } from '../layers/registry.js';

export type Precision = 'float64' | 'float32';
export const PRECISIONS: readonly Precision[] = ['float64', 'float32'];

/** Per node, e with |x̂ − x| ≤ e elementwise (x̂ the float32 value, x the real one) over the box; `bounds` are sound real-valued bounds of every node (bounds[0] the box). */
export function float32Errors(net: Network, bounds: readonly Bounds[]): Float64Array[] {
  const box = bounds[0];
  const errs: Float64Array[] = [Float64Array.from(box.lower, (l, k) => errorUp(U32 * Math.max(Math.abs(l), Math.abs(box.upper[k])) + ETA32, Math.max(Math.abs(l), Math.abs(box.upper[k]))))];
  for (let id = 1; id < net.nodes.length; id++) {
    const node = net.nodes[id];
    if (node.kind === 'input') throw new Error('unreachable: input node after 0');
    errs.push(layerOf(node).float32Error(node, node.inputs.map(i => bounds[i]), node.inputs.map(i => errs[i])));
  }
  return errs;
}

/**
 * A bound on |c·(ẑ − z)| over the box by back-substitution: each layer's `float32Backward`
 * maps λ·Δy to Σ_k λ_k·Δx_k within a constant, from the logits back to the input, where
 * |λ₀·Δx| ≤ Σ |λ₀|·e₀. Through the linear parts (affine layers, stable ReLUs, decided max
 * windows) the errors keep their signs and cancel as the network's own weights make them.
 */
export function objectiveError(net: Network, bounds: readonly Bounds[], errs: readonly Float64Array[], c: Float64Array): number {
  const pending = new Map<number, Float64Array>([[net.output, c]]);
  let total = 0;
  for (let id = net.output; id >= 1; id--) {
    const lam = pending.get(id);
    if (!lam) continue;
    pending.delete(id);
    const node = net.nodes[id];
    if (node.kind === 'input') continue;
    const step = layerOf(node).float32Backward(node, lam, node.inputs.map(k => bounds[k]), node.inputs.map(k => errs[k]));
    total += step.constant;
    node.inputs.forEach((inp, k) => {
      const prev = pending.get(inp);
      if (!prev) pending.set(inp, step.lams[k]);
      else for (let q = 0; q < prev.length; q++) prev[q] += step.lams[k][q];
    });
  }
  const l0 = pending.get(0);
  if (l0) for (let q = 0; q < l0.length; q++) if (l0[q] !== 0) total += Math.abs(l0[q]) * errs[0][q];
  return errorUp(total, total);
}

/**
 * A bound on |(ẑ_i − ẑ_j) − (z_i − z_j)| over the box: the smaller of the forward bound (the
 * output layer's float32PairError of the per-node errors) and the back-substituted one
 * (objectiveError of e_i − e_j). Both are sound.
 */
export function logitPairError(net: Network, bounds: readonly Bounds[], errs: readonly Float64Array[], i: number, j: number): number {
  const node = net.nodes[net.output];
  if (node.kind === 'input') throw new Error(`${net.source}: the output is the input node`);
  const forward = layerOf(node).float32PairError(node, node.inputs.map(k => bounds[k]), node.inputs.map(k => errs[k]), i, j);
  const c = new Float64Array(node.size);
  c[i] += 1;
  c[j] -= 1;
  return Math.min(forward, objectiveError(net, bounds, errs, c));
}

/**
 * The float32 slacks of a twin pair over the box: `n1(i, j)` and `n2(i, j)` bound each
 * network's logit-difference error, `rho(pair)` their sum (the error of ρ(i, j)). All 0 under
 * float64.
 */
export interface TwinSlack {
  readonly precision: Precision;
  n1(i: number, j: number): number;
  n2(i: number, j: number): number;
  rho(pair: readonly [number, number]): number;
}

export function twinSlack(precision: Precision, n1: Network, n2: Network, b1: readonly Bounds[], b2: readonly Bounds[]): TwinSlack {
  if (precision === 'float64') return { precision, n1: () => 0, n2: () => 0, rho: () => 0 };
  const e1 = float32Errors(n1, b1);
  const e2 = float32Errors(n2, b2);
  const s1 = (i: number, j: number): number => logitPairError(n1, b1, e1, i, j);
  const s2 = (i: number, j: number): number => logitPairError(n2, b2, e2, i, j);
  return {
    precision,
    n1: s1,
    n2: s2,
    rho: ([i, j]) => {
      const s = s1(i, j) + s2(i, j);
      return errorUp(s, s);
    },
  };
}

/** [lower − s, upper + s]. */
export function widen<T extends { readonly lower: number; readonly upper: number }>(r: T, s: number): T {
  return s === 0 ? r : { ...r, lower: r.lower - s, upper: r.upper + s };
}
