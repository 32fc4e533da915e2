/**
 * Twin structure matching: whether N1 and N2 can be compared node by node (same DAG of node
 * kinds, sizes, inputs and pooling windows; the weights may differ, as after pruning or
 * quantisation), with the reason when not, and the typed node pairs when they can. The
 * differential sweeps (src/bounds/diff*.ts) read node pairs from here instead of re-pairing
 * nodes by casts.
 */
import { type IrNode, type Network, type QuantizeNode, validateNetwork } from '../ir/network.js';
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
 * graphs as matched. onnxruntime's fused Relu-into-Quantize (the ReLU dropped before a
 * quantize node whose zero point is qmin) gets the ReLU restored in the QDQ twin, a no-op there
 * (see mergeTwins). Returns the inputs unchanged when they already pair, or when no insertion
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
  if (pairTwins(n1, n2).ok) return [n1, n2];
  const merged = mergeTwins(n1, n2);
  return merged && pairTwins(merged[0], merged[1]).ok ? merged : [n1, n2];
}

const isStandIn = (n: IrNode | undefined): boolean => n?.kind === 'quantize' && n.identity === true;

/** A quantize node whose zero point is qmin everywhere: it clips at 0, as a ReLU before it would. */
const clipsAtZero = (n: IrNode | undefined): n is QuantizeNode => n?.kind === 'quantize' && !n.identity && n.zero.every(z => z === n.qmin);

/**
 * Walks both node lists together and emits one common list of ids:
 *   - nodes of the same kind are paired;
 *   - a quantize node on one side only gets an identity stand-in on the other;
 *   - a ReLU on one side facing a quantize node that clips at 0 on the other, both reading
 *     corresponding nodes (onnxruntime's fused Relu-into-Quantize), gets the ReLU restored
 *     before that quantize node: Q(relu(x)) = Q(x) when z = qmin (x ≤ 0 has code qmin, value 0).
 * Inputs of a pair must correspond, up to stand-ins: where one side reads a stand-in and the
 * other the stand-in's input, both read the stand-in. Null when the lists do not merge.
 */
function mergeTwins(n1: Network, n2: Network): [Network, Network] | null {
  const A = n1.nodes;
  const B = n2.nodes;
  if (A[0].size !== B[0].size) return null;
  const out1: IrNode[] = [A[0]];
  const out2: IrNode[] = [B[0]];
  const map1 = new Int32Array(A.length).fill(-1);
  const map2 = new Int32Array(B.length).fill(-1);
  map1[0] = 0;
  map2[0] = 0;
  // A quantize node whose input was redirected to a restored ReLU: original id → new input id.
  const redirect1 = new Map<number, number>();
  const redirect2 = new Map<number, number>();
  let standIns = 0;
  let relus = 0;
  // Nodes inserted into each side; a side with none is returned as it was.
  let added1 = 0;
  let added2 = 0;
  const skip = (out: readonly IrNode[], id: number): number => {
    let k = id;
    while (isStandIn(out[k])) k = out[k].inputs[0];
    return k;
  };
  const inputsOf = (n: IrNode, m: Int32Array, redirect: ReadonlyMap<number, number>, orig: number): number[] => {
    const r = redirect.get(orig);
    return r === undefined ? n.inputs.map(k => m[k]) : [r];
  };
  /** The common inputs of a pair, or null when they do not correspond. */
  const common = (x: number[], y: number[]): number[] | null => {
    if (x.length !== y.length) return null;
    const z: number[] = [];
    for (let k = 0; k < x.length; k++) {
      if (x[k] === y[k]) z.push(x[k]);
      else if (isStandIn(out1[y[k]]) && skip(out1, y[k]) === x[k]) z.push(y[k]);
      else if (isStandIn(out2[x[k]]) && skip(out2, x[k]) === y[k]) z.push(x[k]);
      else return null;
    }
    return z;
  };
  let i = 1;
  let j = 1;
  while (i < A.length || j < B.length) {
    const a = i < A.length ? A[i] : undefined;
    const b = j < B.length ? B[j] : undefined;
    const id = out1.length;
    if (a && b && a.kind === b.kind) {
      const ins = common(inputsOf(a, map1, redirect1, i), inputsOf(b, map2, redirect2, j));
      if (!ins) return null;
      out1.push({ ...a, inputs: ins } as IrNode);
      out2.push({ ...b, inputs: ins } as IrNode);
      map1[i++] = id;
      map2[j++] = id;
      continue;
    }
    if (a?.kind === 'relu' && clipsAtZero(b) && common([map1[a.inputs[0]]], inputsOf(b, map2, redirect2, j))) {
      const ins = common([map1[a.inputs[0]]], inputsOf(b, map2, redirect2, j)) as number[];
      out1.push({ ...a, inputs: [ins[0]] });
      out2.push({ kind: 'relu', name: `${b.name} (fused ReLU restored)`, size: b.size, shape: b.shape, inputs: [ins[0]] });
      map1[i++] = id;
      redirect2.set(j, id);
      relus++;
      added2++;
      continue;
    }
    if (b?.kind === 'relu' && clipsAtZero(a) && common(inputsOf(a, map1, redirect1, i), [map2[b.inputs[0]]])) {
      const ins = common(inputsOf(a, map1, redirect1, i), [map2[b.inputs[0]]]) as number[];
      out1.push({ kind: 'relu', name: `${a.name} (fused ReLU restored)`, size: a.size, shape: a.shape, inputs: [ins[0]] });
      out2.push({ ...b, inputs: [ins[0]] });
      map2[j++] = id;
      redirect1.set(i, id);
      relus++;
      added1++;
      continue;
    }
    if (b?.kind === 'quantize' && a?.kind !== 'quantize') {
      const ins = inputsOf(b, map2, redirect2, j);
      out1.push({ ...b, name: `${b.name} (identity stand-in)`, inputs: [ins[0]], identity: true });
      out2.push({ ...b, inputs: [ins[0]] });
      map2[j++] = id;
      standIns++;
      added1++;
      continue;
    }
    if (a?.kind === 'quantize' && b?.kind !== 'quantize') {
      const ins = inputsOf(a, map1, redirect1, i);
      out1.push({ ...a, inputs: [ins[0]] });
      out2.push({ ...a, name: `${a.name} (identity stand-in)`, inputs: [ins[0]], identity: true });
      map1[i++] = id;
      standIns++;
      added2++;
      continue;
    }
    return null;
  }
  const o = common([map1[n1.output]], [map2[n2.output]]);
  if (!o || standIns === 0) return null;
  const note = (other: Network): string => `aligned with ${other.source}: ${standIns} identity stand-in(s)${relus ? `, ${relus} fused ReLU(s) restored` : ''} in the two twins`;
  return [
    added1 === 0 ? n1 : validateNetwork({ ...n1, nodes: out1, output: o[0], notes: [...n1.notes, note(n2)] }),
    added2 === 0 ? n2 : validateNetwork({ ...n2, nodes: out2, output: o[0], notes: [...n2.notes, note(n1)] }),
  ];
}
