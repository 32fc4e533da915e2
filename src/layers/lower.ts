/**
 * A network rewritten into affine and ReLU nodes where its layers allow it (LayerImpl.asRelus:
 * max-pool windows become trees of max(a, b) = b + relu(a − b)). The rewritten network computes
 * the same real function of the input, so every sound bound of it is a sound bound of the
 * original; branch and bound (src/bab/) runs on it, because there a ReLU is something it can
 * split, score and hand to the MILP with tight big-M constants, where a max-pool window was a
 * binary it could not split. Witnesses are re-evaluated on the original networks.
 */
import { createHash } from 'node:crypto';
import { type IrNode, type Network, validateNetwork } from '../ir/network.js';
import { layerOf } from './registry.js';

/** The same node reading remapped inputs. */
function remapped(node: Exclude<IrNode, { kind: 'input' }>, map: Int32Array): Exclude<IrNode, { kind: 'input' }> {
  const inputs = node.inputs.map(i => map[i]);
  if (inputs.every((v, k) => v === node.inputs[k])) return node;
  // As many inputs as before, so a single-input kind keeps its one-element tuple.
  return { ...node, inputs } as typeof node;
}

export function lowerToRelus(net: Network): Network {
  return lowerWithMap(net).net;
}

/**
 * The rewritten network and, per node id of the original, the id of the node of the rewritten
 * one that computes the same value (a max-pool node: the root of its tree), so that bounds of
 * the rewritten network's nodes are bounds of the original's.
 */
export function lowerWithMap(net: Network): { readonly net: Network; readonly map: Int32Array } {
  const map = new Int32Array(net.nodes.length);
  const nodes: IrNode[] = [net.nodes[0]];
  let changed = false;
  for (let id = 1; id < net.nodes.length; id++) {
    const old = net.nodes[id];
    if (old.kind === 'input') throw new Error(`${net.source}: node ${id} is a second input`);
    const node = remapped(old, map);
    const rep = layerOf(node).asRelus(node, nodes.length, node.inputs.map(i => nodes[i].size));
    if (rep) {
      nodes.push(...rep);
      changed = true;
    } else nodes.push(node);
    map[id] = nodes.length - 1;
  }
  if (!changed) return { net, map };
  const sha256 = createHash('sha256').update(`${net.sha256} as relus`).digest('hex');
  return { net: validateNetwork({ ...net, sha256, nodes, output: map[net.output], notes: [...net.notes, 'max-pool windows rewritten as ReLU trees for branch and bound'] }), map };
}
