/**
 * α-CROWN for a linear objective over both twins (Xu et al. 2021, "Fast and Complete").
 *
 * CROWN bounds an unstable ReLU from below by y ≥ α·a, and EVERY α ∈ [0, 1] gives a sound
 * line (it passes through the origin below the ReLU graph on [l, u]). So every α yields a
 * sound lower bound L(α) of c₁ᵀz¹ + c₂ᵀz² over the box, and the best of any number of them is
 * still sound: we maximise L over α ∈ [0, 1]ⁿ by projected gradient ascent (Adam steps,
 * projection by clamping) and keep the best value seen. The first iterate is CROWN's own
 * choice, so the result is never looser than CROWN.
 *
 * Gradient. For fixed α, L is piecewise linear: the backward pass maps Λ_T = c back to
 * Λ_x = A and a bias β, and L = β + A·x* with x* the box corner minimising A·x. Each backward
 * step satisfies Λ·g_out = Σ_k Λ_k·g_k + β_step for the layer's relaxed forward map
 * (`relaxedForward`), so running that map forward from x* gives g_v = ∂L/∂Λ_v at every node v.
 * At a ReLU with input p, Λ_p[i] = Λ_v[i]·α_i when Λ_v[i] ≥ 0, hence
 *     ∂L/∂α_i = Λ_v[i] · g_p[i]   (Λ_v[i] ≥ 0, neuron unstable), 0 otherwise.
 * Both twins share the input, so x* comes from A¹ + A² and each twin's gradient uses it.
 *
 * Scope: α is optimised for the objective only; the per-neuron (intermediate) bounds stay
 * CROWN's. That keeps the cost at two backward passes and two forward sweeps per iteration.
 */
import type { Bounds } from '../ir/bounds.js';
import type { Network } from '../ir/network.js';
import { defaultAlpha } from '../layers/relu.js';
import { layerOf } from '../layers/registry.js';
import { Adam, clampUnit } from './adam.js';
import { backwardToInput, concretizeLower } from './crown.js';

export interface AlphaOptions {
  /** Gradient steps (default 20). */
  readonly iterations?: number;
  /** Adam step size on α (default 0.25). */
  readonly lr?: number;
}

export interface AlphaResult {
  /** The best sound lower bound found (≥ the CROWN bound). */
  readonly lower: number;
  /** The CROWN bound (α at its default), for comparison. */
  readonly crown: number;
  readonly iterations: number;
}

interface Twin {
  readonly net: Network;
  readonly bounds: readonly Bounds[];
  readonly c: Float64Array;
  readonly alphas: Map<number, Float64Array>;
  readonly adam: Adam;
}

function twin(net: Network, bounds: readonly Bounds[], c: Float64Array, lr: number): Twin {
  const alphas = new Map<number, Float64Array>();
  net.nodes.forEach((node, id) => {
    if (node.kind !== 'input' && layerOf(node).signSplit) alphas.set(id, defaultAlpha(bounds[node.inputs[0]]));
  });
  return { net, bounds, c, alphas, adam: new Adam(lr, clampUnit) };
}

/** ∂L/∂α for one twin at the corner x*, from the Λ recorded by its backward pass. */
function gradient(t: AlphaTwin, lams: ReadonlyMap<number, Float64Array>, xStar: Float64Array): Map<number, Float64Array> {
  const g: (Float64Array | undefined)[] = [xStar];
  const grads = new Map<number, Float64Array>();
  for (let id = 1; id < t.net.nodes.length; id++) {
    const node = t.net.nodes[id];
    const lam = lams.get(id);
    if (node.kind === 'input' || !lam) continue;
    const gin = node.inputs.map(i => g[i]);
    if (gin.some(v => v === undefined)) continue;
    const ins = node.inputs.map(i => t.bounds[i]);
    const alpha = t.alphas.get(id);
    g[id] = layerOf(node).relaxedForward(node, lam, gin as Float64Array[], ins, alpha);
    // Only sign-split layers (ReLU) have slopes: ∂L/∂α_i = Λ_i · (pre-activation value) where unstable.
    if (alpha) {
      const pre = t.bounds[node.inputs[0]];
      const gp = gin[0] as Float64Array;
      const grad = new Float64Array(alpha.length);
      for (let i = 0; i < alpha.length; i++) {
        if (lam[i] > 0 && pre.lower[i] < 0 && pre.upper[i] > 0) grad[i] = lam[i] * gp[i];
      }
      grads.set(id, grad);
    }
  }
  return grads;
}

export interface AlphaTwin {
  readonly net: Network;
  readonly bounds: readonly Bounds[];
  readonly c: Float64Array;
  /** Lower slopes per ReLU node id. */
  readonly alphas: ReadonlyMap<number, Float64Array>;
}

/**
 * L(α) = min over the shared box of the α-relaxed lower bound of Σ_t c_tᵀz^t, and ∂L/∂α per
 * twin and ReLU node (exact wherever L is differentiable in α).
 */
export function objectiveWithGradient(twins: readonly AlphaTwin[]): { value: number; grads: Map<number, Float64Array>[] } {
  const box = twins[0].bounds[0];
  const records = twins.map(() => new Map<number, Float64Array>());
  const lins = twins.map((t, k) => backwardToInput(t.net, t.net.output, t.c, 1, t.bounds, { alphas: t.alphas, record: records[k] }));
  const a = new Float64Array(box.lower.length);
  let beta = 0;
  for (const lin of lins) {
    for (let i = 0; i < a.length; i++) a[i] += lin.a[i];
    beta += lin.beta[0];
  }
  const value = concretizeLower({ a, beta: Float64Array.of(beta) }, 1, box)[0];
  const xStar = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) xStar[i] = a[i] >= 0 ? box.lower[i] : box.upper[i];
  return { value, grads: twins.map((t, k) => gradient(t, records[k], xStar)) };
}

/**
 * Sound lower bound of c₁ᵀz¹ + c₂ᵀz² over the shared box, with the ReLU lower slopes of both
 * twins optimised for this objective.
 */
export function alphaObjectiveLower(n1: Network, b1: readonly Bounds[], c1: Float64Array, n2: Network, b2: readonly Bounds[], c2: Float64Array, opts: AlphaOptions = {}): AlphaResult {
  const iterations = opts.iterations ?? 20;
  const lr = opts.lr ?? 0.25;
  const twins = [twin(n1, b1, c1, lr), twin(n2, b2, c2, lr)];
  let best = -Infinity;
  let crown = -Infinity;
  for (let it = 0; it <= iterations; it++) {
    const { value, grads } = objectiveWithGradient(twins);
    if (it === 0) crown = value;
    if (value > best) best = value;
    if (it === iterations) break;
    twins.forEach((t, k) => t.adam.ascend(t.alphas, grads[k], it + 1));
  }
  return { lower: best, crown, iterations };
}
