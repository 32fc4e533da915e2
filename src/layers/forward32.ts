/**
 * Float32 forward pass through the IR, the deployment precision (onnxruntime's CPU kernels
 * compute in float32): the input is rounded to float32 (Math.fround), then every layer's
 * `forward32` rounds each arithmetic result to float32. The summation order inside an affine
 * row is ours (src/layers/affine-f32.ts), not necessarily onnxruntime's: two float32 programs
 * can differ in the last bits, which is why `--precision float32` bounds use a rounding-error
 * bound valid for every order (src/bounds/precision.ts) instead of this pass.
 */
import { layerOf } from './registry.js';
import { type Network, inputSize } from '../ir/network.js';
import { fround32 } from '../ir/float32.js';

/** Float32 activations of every node at input x (acts[0] is fround(x)); the values are float32 numbers held in Float64Arrays. */
export function forwardAll32(net: Network, x: ArrayLike<number>): Float64Array[] {
  if (x.length !== inputSize(net)) throw new Error(`${net.source}: input has ${x.length} values, the network expects ${inputSize(net)}`);
  const acts: Float64Array[] = [fround32(x)];
  for (let id = 1; id < net.nodes.length; id++) {
    const node = net.nodes[id];
    if (node.kind === 'input') throw new Error('unreachable: input node after 0');
    acts.push(layerOf(node).forward32(node, node.inputs.map(i => acts[i])));
  }
  return acts;
}

/** The float32 logits at input x. */
export function forward32(net: Network, x: ArrayLike<number>): Float64Array {
  return forwardAll32(net, x)[net.output];
}
