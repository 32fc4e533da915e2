/**
 * Reverse-mode gradients through the network IR, in float64: ∂(cᵀz)/∂x at a point x, where z
 * are the logits. The DAG is walked from the output back to the input, each node applying its
 * layer's `vjp` (src/layers/*.ts) and adding its contribution to every node it reads (so a node
 * read twice, e.g. by a residual Add, sums both paths). At kinks each layer takes one fixed
 * subgradient; the attacks only need a descent direction, never a bound. Layers with a
 * `surrogateVjp` (quantize: straight-through) use it here, since their true derivative is 0
 * almost everywhere and would leave the attacks without a direction.
 *
 * For the twins, `twinObjective` evaluates c₁ᵀz¹ + c₂ᵀz² and its gradient on the shared input
 * (the sum of both networks' input gradients), e.g. ρ(x; i, j) with c₁ = eᵢ − eⱼ, c₂ = −c₁.
 */
import { forwardAll } from './forward.js';
import { type Network, outputSize } from '../ir/network.js';
import { layerOf } from './registry.js';

/**
 * ∂(cᵀ z)/∂x for the activations `acts` of `net` at some x (acts from `forwardAll`), with c a
 * vector over the output node. Returns a fresh vector of the input's size.
 */
export function inputGradient(net: Network, acts: readonly Float64Array[], c: ArrayLike<number>): Float64Array {
  if (c.length !== outputSize(net)) throw new Error(`${net.source}: objective has ${c.length} coefficients, the network has ${outputSize(net)} outputs`);
  const pending = new Map<number, Float64Array>([[net.output, Float64Array.from(c)]]);
  for (let id = net.output; id >= 1; id--) {
    const g = pending.get(id);
    if (!g) continue;
    pending.delete(id);
    const node = net.nodes[id];
    if (node.kind === 'input') continue;
    const impl = layerOf(node);
    const ins = node.inputs.map(i => acts[i]);
    const grads = impl.surrogateVjp ? impl.surrogateVjp(node, ins, acts[id], g) : impl.vjp(node, ins, acts[id], g);
    node.inputs.forEach((inp, k) => {
      const acc = pending.get(inp);
      if (!acc) pending.set(inp, grads[k]);
      else {
        const add = grads[k];
        for (let q = 0; q < acc.length; q++) acc[q] += add[q];
      }
    });
  }
  return pending.get(0) ?? new Float64Array(net.nodes[0].size);
}

export interface TwinPoint {
  /** Logits of N1 and N2 at x. */
  readonly z1: Float64Array;
  readonly z2: Float64Array;
}

/** Both networks' logits at x (one forward pass each, keeping every activation for gradients). */
export interface TwinActs extends TwinPoint {
  readonly acts1: readonly Float64Array[];
  readonly acts2: readonly Float64Array[];
}

export function twinForward(n1: Network, n2: Network, x: ArrayLike<number>): TwinActs {
  const acts1 = forwardAll(n1, x);
  const acts2 = forwardAll(n2, x);
  return { acts1, acts2, z1: acts1[n1.output], z2: acts2[n2.output] };
}

/** ∂(c₁ᵀz¹ + c₂ᵀz²)/∂x on the shared input, from activations computed by `twinForward`. */
export function twinGradient(n1: Network, n2: Network, at: TwinActs, c1: ArrayLike<number>, c2: ArrayLike<number>): Float64Array {
  const g = inputGradient(n1, at.acts1, c1);
  const g2 = inputGradient(n2, at.acts2, c2);
  for (let i = 0; i < g.length; i++) g[i] += g2[i];
  return g;
}

/** c₁ᵀz¹ + c₂ᵀz² at x and its gradient with respect to x. */
export function twinObjective(n1: Network, n2: Network, x: ArrayLike<number>, c1: ArrayLike<number>, c2: ArrayLike<number>): { value: number; grad: Float64Array } {
  const at = twinForward(n1, n2, x);
  let value = 0;
  for (let k = 0; k < c1.length; k++) value += c1[k] * at.z1[k];
  for (let k = 0; k < c2.length; k++) value += c2[k] * at.z2[k];
  return { value, grad: twinGradient(n1, n2, at, c1, c2) };
}
