/** Float64 forward pass through the IR: every node's activation, or just the logits. */
import { layerOf } from './registry.js';
import { type Network, inputSize } from '../ir/network.js';

/** Activations of every node at input x (acts[0] is x itself). */
export function forwardAll(net: Network, x: ArrayLike<number>): Float64Array[] {
  if (x.length !== inputSize(net)) throw new Error(`${net.source}: input has ${x.length} values, the network expects ${inputSize(net)}`);
  const acts: Float64Array[] = [Float64Array.from(x)];
  for (let id = 1; id < net.nodes.length; id++) {
    const node = net.nodes[id];
    if (node.kind === 'input') throw new Error('unreachable: input node after 0');
    acts.push(layerOf(node).forward(node, node.inputs.map(i => acts[i])));
  }
  return acts;
}

/** The logits at input x. */
export function forward(net: Network, x: ArrayLike<number>): Float64Array {
  return forwardAll(net, x)[net.output];
}

/** The index of the largest logit (the first one on ties). */
export function argmax(z: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < z.length; i++) if (z[i] > z[best]) best = i;
  return best;
}
