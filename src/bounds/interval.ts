/**
 * Interval bound propagation: each node's box from its inputs' boxes through the layer's
 * `interval` rule (sound, with outward rounding slack in affine layers). The two twins are
 * bounded independently; the shared input box is the only link.
 */
import type { Bounds } from '../ir/bounds.js';
import type { Network } from '../ir/network.js';
import { layerOf } from '../layers/registry.js';
import type { BoundsMethod, SubProblem, TwinBounds } from './types.js';

/** `refine`, when given, is applied to each node's bounds before later nodes read them (SubProblem). */
export function intervalBounds(net: Network, box: Bounds, refine?: (id: number, b: Bounds) => Bounds): Bounds[] {
  if (box.lower.length !== net.nodes[0].size) {
    throw new Error(`${net.source}: input box has ${box.lower.length} entries, the network takes ${net.nodes[0].size}`);
  }
  const out: Bounds[] = [box];
  for (let id = 1; id < net.nodes.length; id++) {
    const node = net.nodes[id];
    if (node.kind === 'input') throw new Error('unreachable: input node after 0');
    const b = layerOf(node).interval(node, node.inputs.map(i => out[i]));
    out.push(refine ? refine(id, b) : b);
  }
  return out;
}

export const intervalMethod: BoundsMethod = {
  name: 'interval',
  compute(n1: Network, n2: Network, box: Bounds, sub?: SubProblem): TwinBounds {
    return { n1: intervalBounds(n1, box, refiner(sub, 'n1')), n2: intervalBounds(n2, box, refiner(sub, 'n2')) };
  },
};

/** The per-network refinement of a sub-problem, for the single-network sweeps. */
export function refiner(sub: SubProblem | undefined, net: 'n1' | 'n2'): ((id: number, b: Bounds) => Bounds) | undefined {
  return sub ? (id, b) => sub.refine(net, id, b) : undefined;
}
