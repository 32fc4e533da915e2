/**
 * Programmatic construction of small dense networks (tests, hand-computed twins, make-twin).
 * Layers are given as dense row-major weight matrices; `relu` marks a ReLU after the layer.
 */
import { createHash } from 'node:crypto';
import { type IrNode, type Network, validateNetwork } from './network.js';
import { csrFromDense } from './sparse.js';

export interface DenseLayerSpec {
  /** weights[r][c]: output r, input c. */
  readonly weights: readonly (readonly number[])[];
  readonly bias: readonly number[];
  readonly relu: boolean;
}

export function denseNetwork(name: string, inputs: number, layers: readonly DenseLayerSpec[]): Network {
  const nodes: IrNode[] = [{ kind: 'input', name: 'x', size: inputs, shape: [inputs], inputs: [] }];
  let prev = 0;
  let width = inputs;
  layers.forEach((l, k) => {
    const rows = l.weights.length;
    if (l.bias.length !== rows) throw new Error(`${name} layer ${k}: ${l.bias.length} biases for ${rows} rows`);
    for (const r of l.weights) if (r.length !== width) throw new Error(`${name} layer ${k}: row of ${r.length} weights, expected ${width}`);
    nodes.push({
      kind: 'affine',
      name: `fc${k}`,
      size: rows,
      shape: [rows],
      inputs: [prev],
      terms: [csrFromDense(rows, width, l.weights.flat())],
      bias: Float64Array.from(l.bias),
    });
    prev = nodes.length - 1;
    if (l.relu) {
      nodes.push({ kind: 'relu', name: `relu${k}`, size: rows, shape: [rows], inputs: [prev] });
      prev = nodes.length - 1;
    }
    width = rows;
  });
  const sha256 = createHash('sha256').update(JSON.stringify({ inputs, layers })).digest('hex');
  return validateNetwork({ source: name, sha256, nodes, output: prev, notes: [] });
}
