/**
 * Whole-graph checks that run before any tensor is decoded or any op is lowered, each failing
 * with one UserError that names the file and everything wrong of its kind:
 *   - exactly one graph input that is not an initializer, and exactly one graph output;
 *   - every value produced once (graph input, initializers, node outputs);
 *   - every node input produced somewhere, and the graph output too;
 *   - no cycles (Kahn's algorithm gives the topological order used for lowering).
 * It also finds the live nodes (those the output depends on) and a final Softmax/LogSoftmax
 * producing the graph output, which the loader drops.
 */
import type { onnx } from 'onnx-proto';
import { UserError } from '../../errors.js';
import { displayName } from './context.js';

export interface GraphPlan {
  readonly inputInfo: onnx.IValueInfoProto;
  readonly outputName: string;
  /** Live node indices in topological order. */
  readonly order: readonly number[];
  /** Number of nodes the output does not depend on (ignored). */
  readonly deadCount: number;
  /** For each value name, the node indices reading it (all nodes). */
  readonly readers: ReadonlyMap<string, readonly number[]>;
  /** Index of the node producing the graph output. */
  readonly lastNode: number | undefined;
}

function listNames(names: readonly string[], max = 5): string {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

export function planGraph(g: onnx.IGraphProto, file: string): GraphPlan {
  const fail: (msg: string) => never = msg => {
    throw new UserError(`${file}: ${msg}`);
  };
  const nodes = g.node ?? [];
  const inits = g.initializer ?? [];
  const initNames = new Set<string>();
  for (const t of inits) {
    const name = t.name ?? '';
    if (initNames.has(name)) fail(`initializer '${name}' is defined twice`);
    initNames.add(name);
  }
  const inputs = (g.input ?? []).filter(i => !initNames.has(i.name ?? ''));
  if (inputs.length !== 1) {
    fail(`the graph has ${inputs.length} inputs (${listNames(inputs.map(i => `'${i.name}'`)) || 'none'}); twinmargin needs exactly one input tensor`);
  }
  const outputs = g.output ?? [];
  if (outputs.length !== 1) {
    fail(`the graph has ${outputs.length} outputs (${listNames(outputs.map(o => `'${o.name}'`)) || 'none'}); twinmargin needs exactly one output (the logits)`);
  }
  const inputInfo = inputs[0];
  const outputName = outputs[0].name ?? '';

  // producer: -1 graph input, -2 initializer, k ≥ 0 node k
  const producer = new Map<string, number>([[inputInfo.name ?? '', -1]]);
  for (const name of initNames) {
    if (producer.has(name)) fail(`initializer '${name}' has the name of the graph input`);
    producer.set(name, -2);
  }
  const describe = (p: number): string => (p === -1 ? 'the graph input' : p === -2 ? 'an initializer' : `node ${displayName(nodes[p], p)}`);
  nodes.forEach((n, k) => {
    for (const out of n.output ?? []) {
      if (!out) continue;
      const prev = producer.get(out);
      if (prev !== undefined) fail(`value '${out}' is produced twice: by ${describe(prev)} and by node ${displayName(n, k)} (${n.opType})`);
      producer.set(out, k);
    }
  });

  const readers = new Map<string, number[]>();
  const unknown: string[] = [];
  nodes.forEach((n, k) => {
    for (const inp of n.input ?? []) {
      if (!inp) continue;
      if (!producer.has(inp)) unknown.push(`node ${displayName(n, k)} (${n.opType}) reads '${inp}'`);
      readers.set(inp, [...(readers.get(inp) ?? []), k]);
    }
  });
  if (unknown.length > 0) fail(`unknown inputs, produced by no node, initializer or graph input: ${listNames(unknown)}`);
  if (!producer.has(outputName)) fail(`the graph output '${outputName}' is produced by no node`);

  // Kahn's algorithm over node → node dependencies.
  const pending = nodes.map(n => new Set((n.input ?? []).map(i => producer.get(i) ?? -1).filter(p => p >= 0)).size);
  const dependents = nodes.map((): number[] => []);
  nodes.forEach((n, k) => {
    for (const p of new Set((n.input ?? []).map(i => producer.get(i) ?? -1))) if (p >= 0) dependents[p].push(k);
  });
  const topo: number[] = [];
  const queue = nodes.map((_, k) => k).filter(k => pending[k] === 0);
  while (queue.length > 0) {
    const k = queue.shift() as number;
    topo.push(k);
    for (const d of dependents[k]) if (--pending[d] === 0) queue.push(d);
  }
  if (topo.length !== nodes.length) {
    const stuck = nodes.map((n, k) => (pending[k] > 0 ? `${displayName(n, k)} (${n.opType})` : '')).filter(s => s);
    fail(`the graph has a cycle through nodes ${listNames(stuck)}`);
  }

  const live = new Set<number>();
  const stack = [producer.get(outputName) ?? -1];
  while (stack.length > 0) {
    const k = stack.pop() as number;
    if (k < 0 || live.has(k)) continue;
    live.add(k);
    for (const i of nodes[k].input ?? []) if (i) stack.push(producer.get(i) ?? -1);
  }
  const last = producer.get(outputName) ?? -1;
  return {
    inputInfo,
    outputName,
    order: topo.filter(k => live.has(k)),
    deadCount: nodes.length - live.size,
    readers,
    lastNode: last >= 0 ? last : undefined,
  };
}
