/**
 * Forward linear bounds in the network input (the symbolic intervals of ReluDiff/NeuroDiff and
 * DeepPoly's forward mode, without back-substitution): for every entry i of a node,
 *     lo[i]·x + lb[i]  ≤  v_i(x)  ≤  up[i]·x + ub[i]      for every x in the input box,
 * with lo, up size × n row-major (n = network inputs). Cheap when n is small (ACAS Xu: 5), where
 * one forward pass costs about as much as n + 1 evaluations; src/bounds/forward-linear.ts runs it
 * over a network, each layer kind's step is its `forwardLinear` (layer.ts).
 *
 * Rounding: every step widens the constant terms by roundingSlack of the magnitude the step
 * summed (the products' absolute values over the box), as the interval steps do, so the forms
 * stay sound in float64.
 */
import { type Bounds, roundingSlack } from '../ir/bounds.js';

export interface LinearForms {
  /** Number of network inputs (columns of lo and up). */
  readonly n: number;
  readonly lo: Float64Array;
  readonly lb: Float64Array;
  readonly up: Float64Array;
  readonly ub: Float64Array;
}

/** max |x_k| over the box, per input: the magnitude a coefficient can reach. */
export function boxMagnitude(box: Bounds): Float64Array {
  return Float64Array.from(box.lower, (l, k) => Math.max(Math.abs(l), Math.abs(box.upper[k])));
}

/** The exact forms of the input node: x_i ≤ x_i ≤ x_i. */
export function identityForms(n: number): LinearForms {
  const lo = new Float64Array(n * n);
  for (let i = 0; i < n; i++) lo[i * n + i] = 1;
  return { n, lo, lb: new Float64Array(n), up: Float64Array.from(lo), ub: new Float64Array(n) };
}

/** Constant forms from elementwise bounds: sound for any layer, and no tighter than the bounds. */
export function constantForms(b: Bounds, n: number): LinearForms {
  const m = b.lower.length;
  return { n, lo: new Float64Array(m * n), lb: Float64Array.from(b.lower), up: new Float64Array(m * n), ub: Float64Array.from(b.upper) };
}

/** min over the box of a·x + c (a: n coefficients at offset `at`), rounded outward. */
export function minOverBox(a: Float64Array, at: number, c: number, box: Bounds): number {
  let v = c;
  let mag = Math.abs(c);
  for (let k = 0; k < box.lower.length; k++) {
    const w = a[at + k];
    if (w === 0) continue;
    const t = w * (w >= 0 ? box.lower[k] : box.upper[k]);
    v += t;
    mag += Math.abs(t);
  }
  return v - roundingSlack(mag);
}

/** Elementwise bounds of the forms over the box. */
export function concretise(f: LinearForms, box: Bounds): Bounds {
  const m = f.lb.length;
  const lower = new Float64Array(m);
  const upper = new Float64Array(m);
  const neg = new Float64Array(f.n);
  for (let i = 0; i < m; i++) {
    lower[i] = minOverBox(f.lo, i * f.n, f.lb[i], box);
    for (let k = 0; k < f.n; k++) neg[k] = -f.up[i * f.n + k];
    upper[i] = -minOverBox(neg, 0, -f.ub[i], box);
  }
  return { lower, upper };
}
