/** The one table from IR node kind to its implementation; the engine never switches on kinds elsewhere. */
import type { IrKind, IrNode } from '../ir/network.js';
import { affineLayer } from './affine.js';
import type { LayerImpl } from './layer.js';
import { maxPoolLayer } from './maxpool.js';
import { reluLayer } from './relu.js';

/** A node with a layer implementation (every kind but the input). */
export type LayerNode = Exclude<IrNode, { kind: 'input' }>;
type LayerKind = Exclude<IrKind, 'input'>;
type NodeOf<K extends LayerKind> = Extract<IrNode, { kind: K }>;

type Impls = { [K in LayerKind]: LayerImpl<NodeOf<K>> };

const impls: Impls = {
  affine: affineLayer,
  relu: reluLayer,
  maxpool: maxPoolLayer,
};

export function layerOf<N extends LayerNode>(node: N): LayerImpl<N> {
  return impls[node.kind as N['kind']] as unknown as LayerImpl<N>;
}

/** Node `id` of both twins, of one kind: `a` in N1, `b` in N2 (the weights may differ). */
export type NodePair = { [K in LayerKind]: { readonly id: number; readonly a: NodeOf<K>; readonly b: NodeOf<K> } }[LayerKind];

const pairers: { [K in LayerKind]: (id: number, a: IrNode, b: IrNode) => NodePair | null } = {
  affine: (id, a, b) => (a.kind === 'affine' && b.kind === 'affine' ? { id, a, b } : null),
  relu: (id, a, b) => (a.kind === 'relu' && b.kind === 'relu' ? { id, a, b } : null),
  maxpool: (id, a, b) => (a.kind === 'maxpool' && b.kind === 'maxpool' ? { id, a, b } : null),
};

/** The typed pair of two nodes of one kind, or null when their kinds differ (or either is the input). */
export function pairNodes(id: number, a: IrNode, b: IrNode): NodePair | null {
  return a.kind === 'input' ? null : pairers[a.kind](id, a, b);
}
