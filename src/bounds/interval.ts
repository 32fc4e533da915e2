/**
 * Interval bound propagation: each node's box from its inputs' boxes through the layer's
 * `interval` rule (sound, with outward rounding slack in affine layers). The two twins are
 * bounded independently; the shared input box is the only link.
 */
import type { Bounds } from '../ir/bounds.js';
import type { Network } from '../ir/network.js';
import { layerOf } from '../layers/registry.js';
import type { BoundsMethod, TwinBounds } from './types.js';

export function intervalBounds(net: Network, box: Bounds): Bounds[] {
  if (box.lower.length !== net.nodes[0].size) {
    throw new Error(`${net.source}: input box has ${box.lower.length} entries, the network takes ${net.nodes[0].size}`);
  }
  const out: Bounds[] = [box];
  for (let id = 1; id < net.nodes.length; id++) {
    const node = net.nodes[id];
    if (node.kind === 'input') throw new Error('unreachable: input node after 0');
    out.push(layerOf(node).interval(node, node.inputs.map(i => out[i])));
  }
  return out;
}

export const intervalMethod: BoundsMethod = {
  name: 'interval',
  compute(n1: Network, n2: Network, box: Bounds): TwinBounds {
    return { n1: intervalBounds(n1, box), n2: intervalBounds(n2, box) };
  },
};
