/**
 * The sub-problem of a branch-and-bound node: the node's input box, the ReLU phases it fixes,
 * and the parent's bounds, turned into the SubProblem refinement that every bound sweep applies
 * (src/bounds/types.ts). A ReLU split fixes the phase of one neuron of N1 or N2:
 *   active   (phase +1): the node contains only inputs with pre-activation a ≥ 0, so y = a;
 *   inactive (phase −1): only inputs with a ≤ 0, so y = 0.
 * The two children of a split cover their parent (a ≥ 0 or a ≤ 0), and a child's points are
 * the parent's points, so the parent's sound bounds hold on the child too: every node's bounds
 * are intersected with the parent's, and the split neuron's pre-activation bounds are clamped
 * at 0. The clamp relaxes the split constraint (it keeps a ∈ [0, u] for later layers but does
 * not push it back into earlier ones), which is sound: the relaxation's set contains the node's.
 */
import { type Bounds, EmptyRegion, roundingSlack } from '../ir/bounds.js';
import type { PhaseSplit, SubProblem, TwinBounds } from '../bounds/types.js';

export type TwinName = 'n1' | 'n2';

/** A split: `node` is the id of the ReLU's pre-activation node (the node whose bounds are clamped). */
export type ReluSplit = PhaseSplit;

/**
 * a ∩ b, where both are sound bounds of the same quantity over one region: a crossing larger
 * than rounding means the region is empty (EmptyRegion); a smaller one is rounding, and the
 * bounds close on the point they nearly agree on.
 */
export function intersectOrEmpty(a: Bounds, b: Bounds, what: string): Bounds {
  const n = a.lower.length;
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let lo = Math.max(a.lower[i], b.lower[i]);
    let hi = Math.min(a.upper[i], b.upper[i]);
    if (lo > hi) {
      const slack = roundingSlack(Math.abs(a.lower[i]) + Math.abs(a.upper[i]) + Math.abs(b.lower[i]) + Math.abs(b.upper[i]));
      if (lo - hi > slack) throw new EmptyRegion(`${what}[${i}]: [${lo}, ${hi}] is empty`);
      lo = hi = 0.5 * (lo + hi);
    }
    lower[i] = lo;
    upper[i] = hi;
  }
  return { lower, upper };
}

/** The splits of one twin grouped by node: node id → [index, phase] pairs. */
function byNode(splits: readonly ReluSplit[], net: TwinName): Map<number, Array<readonly [number, 1 | -1]>> {
  const out = new Map<number, Array<readonly [number, 1 | -1]>>();
  for (const s of splits) {
    if (s.net !== net) continue;
    const list = out.get(s.node) ?? [];
    list.push([s.index, s.phase]);
    out.set(s.node, list);
  }
  return out;
}

export function subProblem(splits: readonly ReluSplit[], parent?: TwinBounds): SubProblem {
  const fixed = { n1: byNode(splits, 'n1'), n2: byNode(splits, 'n2') };
  return {
    refine(net, id, b) {
      const prior = parent?.[net][id];
      let out = prior ? intersectOrEmpty(b, prior, `${net} node ${id}`) : b;
      const phases = fixed[net].get(id);
      if (!phases) return out;
      const lower = Float64Array.from(out.lower);
      const upper = Float64Array.from(out.upper);
      for (const [i, phase] of phases) {
        if (phase > 0) lower[i] = Math.max(lower[i], 0);
        else upper[i] = Math.min(upper[i], 0);
        if (lower[i] > upper[i]) throw new EmptyRegion(`${net} node ${id}[${i}]: phase ${phase > 0 ? 'active' : 'inactive'} impossible within [${out.lower[i]}, ${out.upper[i]}]`);
      }
      out = { lower, upper };
      return out;
    },
  };
}

/** Whether final bounds contradict a split (the sweeps' later intersections may have closed the gap). */
export function contradictsSplits(tb: TwinBounds, splits: readonly ReluSplit[]): boolean {
  return splits.some(s => {
    const b = tb[s.net][s.node];
    return s.phase > 0 ? b.upper[s.index] < 0 : b.lower[s.index] > 0;
  });
}
