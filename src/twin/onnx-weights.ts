/**
 * Which tensors of an ONNX graph are weights and biases, and how to rewrite them in place.
 *
 * Weights: the constant factor of Gemm (B, or A when B is the variable), Conv (W) and MatMul
 * (the constant operand on either side: x·W and W·x). Biases: Gemm C, Conv B, and the constant
 * operand of an Add whose other operand is the output of such a MatMul. A factor is "constant"
 * when it does not depend on a graph input; to be rewritten it must be stored directly, as an
 * initializer or as the `value` tensor of a Constant node. Every other tensor (shapes, BatchNorm
 * parameters, Pad values, normalisation constants) is not a site and is never touched.
 *
 * The output-channel axis of a weight (for per-channel quantisation): Conv W [O, I, …] axis 0;
 * Gemm B axis 1 (transB = 0, B is [K, N]) or 0 (transB = 1, [N, K]); Gemm A (when B is the
 * variable) axis 0 (transA = 0) or 1; MatMul right operand [..., K, N] the last axis, left
 * operand [..., M, K] the second-to-last axis (batched constants share one scale per channel
 * across the batch); a rank-1 MatMul operand has no channel axis (null: one group).
 *
 * A tensor read by several nodes is one site, transformed once. Sites that cannot be rewritten
 * carry a `problem` (computed from other constants, not float32, read in conflicting roles or also
 * by other ops); the caller reports it only if the transform actually needs that site.
 */
import type { onnx as O } from 'onnx-proto';
import { displayName } from '../onnx/ops/context.js';
import { typeName } from '../onnx/ops/tensor.js';

export type TensorRole = 'weight' | 'bias';

export interface WeightSite {
  /** The value name (initializer name or Constant output). */
  readonly name: string;
  readonly role: TensorRole;
  /** Display name of the first node that reads it in this role. */
  readonly node: string;
  readonly op: string;
  /** Output-channel axis (weights), or null (biases, rank-1 MatMul operands). */
  readonly channelAxis: number | null;
  /** The stored tensor to rewrite; undefined when `problem` says why there is none. */
  readonly tensor: O.ITensorProto | undefined;
  /** Why this site cannot be rewritten, if it cannot. */
  readonly problem?: string;
}

const FLOAT = 1;

function intAttr(n: O.INodeProto, name: string, dflt: number): number {
  const a = (n.attribute ?? []).find(x => x.name === name);
  return a?.i === undefined || a.i === null ? dflt : Number(a.i);
}

interface Stored {
  readonly tensor: O.ITensorProto;
  readonly where: string;
}

/** Finds the weight and bias sites of the graph's top-level nodes, in node order. */
export function findWeightSites(graph: O.IGraphProto): WeightSite[] {
  const nodes = graph.node ?? [];
  const stored = new Map<string, Stored>();
  for (const t of graph.initializer ?? []) stored.set(t.name ?? '', { tensor: t, where: `initializer '${t.name}'` });
  const producer = new Map<string, number>();
  nodes.forEach((n, k) => {
    for (const o of n.output ?? []) producer.set(o, k);
    if (n.opType === 'Constant' && (n.domain ?? '') === '' && n.output?.[0]) {
      const v = (n.attribute ?? []).find(a => a.name === 'value');
      if (v?.t) stored.set(n.output[0], { tensor: v.t, where: `Constant node ${displayName(n, k)}` });
    }
  });
  // Values that depend on a graph input (not shadowed by an initializer), in topological order
  // as ONNX requires of node lists.
  const initNames = new Set((graph.initializer ?? []).map(t => t.name ?? ''));
  const variable = new Set((graph.input ?? []).map(i => i.name ?? '').filter(name => !initNames.has(name)));
  for (const n of nodes) if ((n.input ?? []).some(i => variable.has(i))) for (const o of n.output ?? []) variable.add(o);
  const isConst = (name: string | undefined): name is string => !!name && !variable.has(name);

  const sites = new Map<string, WeightSite>();
  const readsAsSite = new Map<string, number>();
  const add = (name: string, role: TensorRole, n: O.INodeProto, k: number, channelAxis: number | null): void => {
    readsAsSite.set(name, (readsAsSite.get(name) ?? 0) + 1);
    const node = displayName(n, k);
    const op = n.opType ?? '';
    const prev = sites.get(name);
    if (prev) {
      if (prev.problem === undefined && (prev.role !== role || prev.channelAxis !== channelAxis)) {
        const what = (r: TensorRole, ax: number | null) => (r === 'bias' ? 'bias' : `weight (channel axis ${ax ?? 'none'})`);
        sites.set(name, { ...prev, problem: `it is read as a ${what(prev.role, prev.channelAxis)} by ${prev.op} node ${prev.node} and as a ${what(role, channelAxis)} by ${op} node ${node}` });
      }
      return;
    }
    const s = stored.get(name);
    const src = producer.get(name);
    let problem: string | undefined;
    if (!s) problem = `it is computed by ${src === undefined ? 'an unknown producer' : `${nodes[src].opType} node ${displayName(nodes[src], src)}`}, not stored as an initializer or Constant value`;
    else if ((s.tensor.dataType ?? 0) !== FLOAT) problem = `it has element type ${typeName(s.tensor.dataType ?? 0)}; make-twin rewrites float32 tensors only`;
    else if (s.tensor.dataLocation === 1 || (s.tensor.externalData ?? []).length > 0) problem = 'it is stored as external data';
    sites.set(name, { name, role, node, op, channelAxis, tensor: s?.tensor, ...(problem ? { problem } : {}) });
  };
  const rank = (name: string): number => (stored.get(name)?.tensor.dims ?? []).length;

  const matmulOut = new Set<string>();
  nodes.forEach((n, k) => {
    if ((n.domain ?? '') !== '' && n.domain !== 'ai.onnx') return;
    const [a, b, c] = n.input ?? [];
    switch (n.opType) {
      case 'Gemm':
        if (isConst(b) && !isConst(a)) add(b, 'weight', n, k, intAttr(n, 'transB', 0) ? 0 : 1);
        else if (isConst(a) && !isConst(b)) add(a, 'weight', n, k, intAttr(n, 'transA', 0) ? 1 : 0);
        else break;
        if (isConst(c)) add(c, 'bias', n, k, null);
        break;
      case 'Conv':
        if (isConst(b) && !isConst(a)) {
          add(b, 'weight', n, k, 0);
          if (isConst(c)) add(c, 'bias', n, k, null);
        }
        break;
      case 'MatMul':
        if (isConst(b) && !isConst(a)) add(b, 'weight', n, k, rank(b) >= 2 ? rank(b) - 1 : null);
        else if (isConst(a) && !isConst(b)) add(a, 'weight', n, k, rank(a) >= 2 ? rank(a) - 2 : null);
        else break;
        if (n.output?.[0]) matmulOut.add(n.output[0]);
        break;
      case 'Add':
        if (a && b && matmulOut.has(a) && isConst(b)) add(b, 'bias', n, k, null);
        else if (a && b && matmulOut.has(b) && isConst(a)) add(a, 'bias', n, k, null);
        break;
      default:
    }
  });
  // A site tensor also read by some other op (or another input slot) would change there too.
  const reads = new Map<string, string>();
  nodes.forEach((n, k) => {
    for (const i of n.input ?? []) if (sites.has(i) && !reads.has(i)) reads.set(i, `${n.opType} node ${displayName(n, k)}`);
  });
  const counts = new Map<string, number>();
  for (const n of nodes) for (const i of n.input ?? []) if (sites.has(i)) counts.set(i, (counts.get(i) ?? 0) + 1);
  for (const [name, site] of sites) {
    if (site.problem === undefined && (counts.get(name) ?? 0) > (readsAsSite.get(name) ?? 0)) {
      const other = nodes.map((n, k) => ({ n, k })).find(({ n }) => (n.input ?? []).includes(name) && !isSiteReader(n, name, site));
      const by = other ? `${other.n.opType} node ${displayName(other.n, other.k)}` : 'another input of the same node';
      sites.set(name, { ...site, problem: `it is also read by ${by}, which would change too` });
    }
  }
  return [...sites.values()];
}

function isSiteReader(n: O.INodeProto, name: string, site: WeightSite): boolean {
  const op = n.opType ?? '';
  if (site.role === 'weight') return ['Gemm', 'Conv', 'MatMul'].includes(op) && (n.input ?? []).filter(i => i === name).length === 1;
  return ['Gemm', 'Conv', 'Add'].includes(op) && (n.input ?? []).filter(i => i === name).length === 1;
}

/** The row-major dimensions of a stored tensor. */
export function dimsOf(t: O.ITensorProto): number[] {
  return (t.dims ?? []).map(d => Number(d));
}

/**
 * Replaces the tensor's data by `values` as float32 little-endian `raw_data`, clearing the typed
 * field; name, dims, data type and everything else are kept.
 */
export function writeFloat32(t: O.ITensorProto, values: ArrayLike<number>): void {
  const bytes = new Uint8Array(values.length * 4);
  const v = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) v.setFloat32(i * 4, values[i], true);
  t.rawData = bytes;
  t.floatData = [];
}
