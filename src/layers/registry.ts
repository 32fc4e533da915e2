/** The one table from IR node kind to its implementation; the engine never switches on kinds elsewhere. */
import type { IrKind, IrNode } from '../ir/network.js';
import { affineLayer } from './affine.js';
import type { LayerImpl } from './layer.js';
import { maxPoolLayer } from './maxpool.js';
import { quantizeLayer } from './quantize.js';
import { reluLayer } from './relu.js';

type Impls = { [K in Exclude<IrKind, 'input'>]: LayerImpl<Extract<IrNode, { kind: K }>> };

const impls: Impls = {
  affine: affineLayer,
  relu: reluLayer,
  maxpool: maxPoolLayer,
  quantize: quantizeLayer,
};

export function layerOf<N extends Exclude<IrNode, { kind: 'input' }>>(node: N): LayerImpl<N> {
  return impls[node.kind as N['kind']] as unknown as LayerImpl<N>;
}
