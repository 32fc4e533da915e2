/**
 * Projected Adam ascent on per-node parameter vectors, shared by α-CROWN (alpha-crown.ts: ReLU
 * lower slopes, projected onto [0, 1]) and α-diff (alpha-diff.ts: the ReLU-difference planes,
 * projected by relu-diff.ts `reluDiffProject`). Every iterate is a valid relaxation parameter,
 * so the bound it gives is sound whatever the step does; the optimisers keep the best bound.
 */
const BETA1 = 0.9;
const BETA2 = 0.999;
const EPS = 1e-12;

export class Adam {
  private readonly m1 = new Map<number, Float64Array>();
  private readonly m2 = new Map<number, Float64Array>();

  /** `project` maps a parameter vector back into its box, in place, after each step. */
  constructor(
    private readonly lr: number,
    private readonly project: (p: Float64Array) => void,
  ) {}

  /** Ascent step number `step` (1, 2, …) on every node's parameters that has a gradient. */
  ascend(params: ReadonlyMap<number, Float64Array>, grads: ReadonlyMap<number, Float64Array>, step: number): void {
    for (const [id, grad] of grads) {
      const p = params.get(id);
      if (!p) throw new Error(`Adam: a gradient for node ${id}, which has no parameters`);
      const m = moment(this.m1, id, p.length);
      const v = moment(this.m2, id, p.length);
      for (let i = 0; i < p.length; i++) {
        m[i] = BETA1 * m[i] + (1 - BETA1) * grad[i];
        v[i] = BETA2 * v[i] + (1 - BETA2) * grad[i] * grad[i];
        const mh = m[i] / (1 - BETA1 ** step);
        const vh = v[i] / (1 - BETA2 ** step);
        p[i] += (this.lr * mh) / (Math.sqrt(vh) + EPS);
      }
      this.project(p);
    }
  }
}

function moment(map: Map<number, Float64Array>, id: number, n: number): Float64Array {
  let a = map.get(id);
  if (!a) {
    a = new Float64Array(n);
    map.set(id, a);
  }
  return a;
}

/** Clamps every entry into [0, 1] (α-CROWN's slopes). */
export function clampUnit(p: Float64Array): void {
  for (let i = 0; i < p.length; i++) p[i] = Math.min(1, Math.max(0, p[i]));
}
