/** The neighbourhood D = B∞(x₀, ε) ∩ [lo, hi]ⁿ as a box. */
import type { Bounds } from '../ir/bounds.js';

export interface InputDomain {
  readonly lo: number;
  readonly hi: number;
}

/** `domain` null means unclipped (e.g. z-scored signals). */
export function neighbourhood(x0: ArrayLike<number>, eps: number, domain: InputDomain | null): Bounds {
  if (!(eps >= 0) || !Number.isFinite(eps)) throw new Error(`eps must be a finite number ≥ 0, got ${eps}`);
  const n = x0.length;
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let l = x0[i] - eps;
    let u = x0[i] + eps;
    if (domain) {
      l = Math.max(l, domain.lo);
      u = Math.min(u, domain.hi);
      if (l > u) throw new Error(`input ${i} = ${x0[i]} lies outside the domain [${domain.lo}, ${domain.hi}] by more than eps`);
    }
    lower[i] = l;
    upper[i] = u;
  }
  return { lower, upper };
}

/** Clips x into the box (solver points may violate bounds by its feasibility tolerance). */
export function clipToBox(x: ArrayLike<number>, box: Bounds): Float64Array {
  const y = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) y[i] = Math.min(box.upper[i], Math.max(box.lower[i], x[i]));
  return y;
}
