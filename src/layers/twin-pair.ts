/**
 * Twin structure matching: whether N1 and N2 can be compared node by node (same DAG of node
 * kinds, sizes, inputs and pooling windows; the weights may differ, as after pruning or
 * quantisation), with the reason when not, and the typed node pairs when they can. The
 * differential sweeps (src/bounds/diff*.ts) read node pairs from here instead of re-pairing
 * nodes by casts.
 */
import { type IrNode, type Network, validateNetwork } from '../ir/network.js';
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

/**
 * Makes twins pair node by node when one of them quantises activations and the other does not
 * (fp32 N1 vs QDQ N2, or the reverse): wherever one twin has a quantize node that the other
 * lacks, an identity stand-in (a quantize node with `identity: true`, y = x exactly, src/layers/
 * quantize.ts) is inserted into the other, reading the node that corresponds to the quantize
 * node's input. The stand-ins change no value, bound or MILP (no columns), so the aligned twin
 * is the same function and keeps its sha256; the differential relaxation then sees the two
 * graphs as matched. Returns the inputs unchanged when they already pair, or when no insertion
 * makes them pair. Results are cached per pair of networks.
 */
export function alignTwins(n1: Network, n2: Network): readonly [Network, Network] {
  let byN2 = alignCache.get(n1);
  const hit = byN2?.get(n2);
  if (hit) return hit;
  const out = computeAlignment(n1, n2);
  if (!byN2) {
    byN2 = new WeakMap();
    alignCache.set(n1, byN2);
  }
  byN2.set(n2, out);
  return out;
}

const alignCache = new WeakMap<Network, WeakMap<Network, readonly [Network, Network]>>();

function computeAlignment(n1: Network, n2: Network): readonly [Network, Network] {
  if (n1.nodes.length === n2.nodes.length || pairTwins(n1, n2).ok) return [n1, n2];
  const a1 = standInsFor(n1, n2);
  if (a1 && pairTwins(a1, n2).ok) return [a1, n2];
  const a2 = standInsFor(n2, n1);
  if (a2 && pairTwins(n1, a2).ok) return [n1, a2];
  return [n1, n2];
}

/**
 * `base` with identity stand-ins where `target` has a quantize node that base lacks, so that
 * the result has target's node list (ids, kinds, inputs); null when base's nodes, in order and
 * with their inputs followed through target's extra quantize nodes, are not target's others.
 */
function standInsFor(base: Network, target: Network): Network | null {
  const tn = target.nodes;
  const bn = base.nodes;
  /** For each target id, the base id it corresponds to (a stand-in: the base id of its source). */
  const toBase = new Int32Array(tn.length).fill(-1);
  const isStandIn = new Uint8Array(tn.length);
  const nodes: IrNode[] = [bn[0]];
  toBase[0] = 0;
  let b = 1;
  for (let t = 1; t < tn.length; t++) {
    const tt = tn[t];
    const bb = b < bn.length ? bn[b] : undefined;
    if (tt.kind === 'quantize' && bb?.kind !== 'quantize') {
      const src = tt.inputs[0];
      toBase[t] = toBase[src];
      isStandIn[t] = 1;
      nodes.push({ ...tt, name: `${tt.name} (identity stand-in)`, inputs: [src], identity: true });
      continue;
    }
    if (!bb || bb.kind !== tt.kind || bb.inputs.length !== tt.inputs.length) return null;
    for (let k = 0; k < tt.inputs.length; k++) if (toBase[tt.inputs[k]] !== bb.inputs[k]) return null;
    toBase[t] = b;
    nodes.push({ ...bb, inputs: tt.inputs } as IrNode);
    b++;
  }
  if (b !== bn.length || toBase[target.output] !== base.output) return null;
  if (isStandIn.every(v => v === 0)) return null;
  return validateNetwork({ ...base, nodes, output: target.output, notes: [...base.notes, `${isStandIn.reduce((a, v) => a + v, 0)} identity stand-ins inserted to pair with ${target.source}'s quantize nodes`] });
}
