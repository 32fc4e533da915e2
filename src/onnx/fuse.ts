/**
 * IR optimisation after loading. Repeats until nothing changes:
 *   - identity removal: an affine node with one square identity term and zero bias is
 *     bypassed (its readers read its input) unless it is the output and its input is the
 *     network input;
 *   - affine fusion: an affine node A (not the output) whose only reader is an affine node B
 *     is substituted into B. Every term W of B on A becomes the terms W·A_j on A's inputs,
 *     plus W·a_bias in B's bias; terms on the same input are summed. The substitution is kept
 *     only if the new terms hold at most nnz(A) + nnz(B) entries, so diagonal, permutation and
 *     selection nodes (BatchNorm, Transpose, Pad, Sub/Div normalisation, bias Add, Flatten of a
 *     permutation) vanish into their neighbour while a Conv followed by a dense layer is not
 *     turned into a dense matrix;
 *   - dead-node removal: nodes the output does not depend on.
 * Ids are then renumbered in their old order, which stays topological (B comes after A and
 * reads only A's inputs, which come before A). The fused node keeps B's name. Fusion changes
 * results only by float64 rounding (products are summed in a different order).
 */
import { type AffineNode, type IrNode, type Network, validateNetwork } from '../ir/network.js';
import { type Csr, csrAdd, csrMatMulCapped, csrMulAdd, csrNnz } from '../ir/sparse.js';

function isIdentity(n: AffineNode, inputSize: number): boolean {
  if (n.terms.length !== 1 || n.size !== inputSize || n.bias.some(b => b !== 0)) return false;
  const t = n.terms[0];
  for (let r = 0; r < t.rows; r++) {
    if (t.starts[r + 1] - t.starts[r] !== 1 || t.indices[t.starts[r]] !== r || t.values[t.starts[r]] !== 1) return false;
  }
  return true;
}

function withInputs(n: IrNode, inputs: number[]): IrNode {
  switch (n.kind) {
    case 'input': return n;
    case 'affine': return { ...n, inputs };
    case 'relu': return { ...n, inputs: [inputs[0]] };
    case 'maxpool': return { ...n, inputs: [inputs[0]] };
  }
}

const termsNnz = (n: AffineNode): number => n.terms.reduce((s, t) => s + csrNnz(t), 0);

/** B with A (one of its inputs) substituted, or undefined if that would add entries. */
function substitute(a: AffineNode, aId: number, b: AffineNode): AffineNode | undefined {
  const terms = new Map<number, Csr>();
  const add = (input: number, m: Csr): void => {
    const prev = terms.get(input);
    terms.set(input, prev === undefined ? m : csrAdd(prev, m));
  };
  const bias = Float64Array.from(b.bias);
  // Summing with B's other terms can cancel at most their entries, so products beyond this
  // many entries can never pass the final test.
  const others = b.terms.reduce((s, w, k) => s + (b.inputs[k] === aId ? 0 : csrNnz(w)), 0);
  let budget = termsNnz(a) + termsNnz(b) + others;
  for (let k = 0; k < b.terms.length; k++) {
    const w = b.terms[k];
    if (b.inputs[k] !== aId) {
      add(b.inputs[k], w);
      continue;
    }
    for (let j = 0; j < a.terms.length; j++) {
      const prod = csrMatMulCapped(w, a.terms[j], budget);
      if (prod === undefined) return undefined;
      budget -= csrNnz(prod);
      add(a.inputs[j], prod);
    }
    csrMulAdd(w, a.bias, bias);
  }
  const fused: AffineNode = { ...b, inputs: [...terms.keys()], terms: [...terms.values()], bias };
  return termsNnz(fused) <= termsNnz(a) + termsNnz(b) ? fused : undefined;
}

export function fuseNetwork(net: Network): Network {
  const nodes: (IrNode | undefined)[] = [...net.nodes];
  let output = net.output;
  const replaceInput = (from: number, to: number): void => {
    nodes.forEach((n, id) => {
      if (n !== undefined && n.inputs.includes(from)) nodes[id] = withInputs(n, n.inputs.map(i => (i === from ? to : i)));
    });
  };
  let changed = true;
  while (changed) {
    changed = false;
    const readers: Set<number>[] = nodes.map(() => new Set<number>());
    nodes.forEach((n, id) => n?.inputs.forEach(i => readers[i].add(id)));
    for (let id = 1; id < nodes.length; id++) {
      const a = nodes[id];
      if (a === undefined || a.kind !== 'affine') continue;
      const src = a.inputs[0];
      if (isIdentity(a, nodes[src]?.size ?? -1) && !(id === output && src === 0)) {
        replaceInput(id, src);
        readers[src].delete(id);
        for (const r of readers[id]) readers[src].add(r);
        if (output === id) output = src;
        nodes[id] = undefined;
        changed = true;
        continue;
      }
      if (id === output || readers[id].size !== 1) continue;
      const bId = [...readers[id]][0];
      const b = nodes[bId];
      if (b === undefined || b.kind !== 'affine') continue;
      const fused = substitute(a, id, b);
      if (fused === undefined) continue;
      nodes[bId] = fused;
      nodes[id] = undefined;
      for (const i of a.inputs) {
        readers[i].delete(id);
        readers[i].add(bId);
      }
      changed = true;
    }
  }
  // Keep only what the output depends on, in the old order.
  const live = new Set<number>();
  const stack = [output];
  while (stack.length > 0) {
    const id = stack.pop() as number;
    const n = nodes[id];
    if (live.has(id) || n === undefined) continue;
    live.add(id);
    stack.push(...n.inputs);
  }
  live.add(0);
  const newId = new Map<number, number>();
  const kept: IrNode[] = [];
  nodes.forEach((n, id) => {
    if (n === undefined || !live.has(id)) return;
    newId.set(id, kept.length);
    kept.push(withInputs(n, n.inputs.map(i => renumbered(newId, i))));
  });
  return validateNetwork({ ...net, nodes: kept, output: renumbered(newId, output) });
}

/** The new id of a kept node (every input of a kept node is kept). */
function renumbered(newId: ReadonlyMap<number, number>, id: number): number {
  const n = newId.get(id);
  if (n === undefined) throw new Error(`unreachable: node ${id} is read but was not kept`);
  return n;
}
