/**
 * Twin structure matching: whether N1 and N2 can be compared node by node (same DAG of node
 * kinds, sizes, inputs and pooling windows; the weights may differ, as after pruning or
 * quantisation), with the reason when not, and the typed node pairs when they can. The
 * differential sweeps (src/bounds/diff*.ts) read node pairs from here instead of re-pairing
 * nodes by casts.
 */
import type { Network } from '../ir/network.js';
import { layerOf, type NodePair, pairNodes } from './registry.js';

export interface MatchedTwins {
  readonly n1: Network;
  readonly n2: Network;
  /** pairs[id − 1] pairs node id of N1 with node id of N2, for id ≥ 1. */
  readonly pairs: readonly NodePair[];
}

export type TwinPairing = { readonly ok: true; readonly nodes: number; readonly twins: MatchedTwins } | { readonly ok: false; readonly reason: string };

function sameArray(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether the twins can be compared node by node, why not, and the node pairs when they can. */
export function pairTwins(n1: Network, n2: Network): TwinPairing {
  if (n1.nodes.length !== n2.nodes.length) return { ok: false, reason: `N1 has ${n1.nodes.length} nodes, N2 ${n2.nodes.length}` };
  if (n1.output !== n2.output) return { ok: false, reason: 'the logits come from different nodes' };
  const at = (id: number, why: string): TwinPairing => ({ ok: false, reason: `node ${id} ('${n1.nodes[id].name}' / '${n2.nodes[id].name}'): ${why}` });
  if (n1.nodes[0].size !== n2.nodes[0].size) return at(0, `${n1.nodes[0].size} vs ${n2.nodes[0].size} values`);
  const pairs: NodePair[] = [];
  for (let id = 1; id < n1.nodes.length; id++) {
    const a = n1.nodes[id];
    const b = n2.nodes[id];
    const p = pairNodes(id, a, b);
    if (!p) return at(id, `${a.kind} vs ${b.kind}`);
    if (a.size !== b.size) return at(id, `${a.size} vs ${b.size} values`);
    if (!sameArray(a.inputs, b.inputs)) return at(id, 'different inputs');
    const why = layerOf(p.a).structureMismatch(p.a, p.b);
    if (why) return at(id, why);
    if (a.inputs.some(i => n1.nodes[i].size !== n2.nodes[i].size)) return at(id, 'different input sizes');
    pairs.push(p);
  }
  return { ok: true, nodes: n1.nodes.length, twins: { n1, n2, pairs } };
}

/** Node id's pair (id ≥ 1). */
export function pairAt(t: MatchedTwins, id: number): NodePair {
  const p = t.pairs[id - 1];
  if (!p) throw new Error(`node ${id} has no twin pair (the input, or beyond the last node)`);
  return p;
}

/** The same twins with N1 and N2 swapped. */
export function swapped(t: MatchedTwins): MatchedTwins {
  return {
    n1: t.n2,
    n2: t.n1,
    pairs: t.pairs.map(p => {
      const q = pairNodes(p.id, p.b, p.a);
      if (!q) throw new Error(`unreachable: node ${p.id} pairs two kinds`);
      return q;
    }),
  };
}
