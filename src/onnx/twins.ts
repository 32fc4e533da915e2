/**
 * Twin compatibility: two networks can be compared only if they read the same number of
 * input values and produce the same number of logits. Input shapes may differ (e.g. [1,784,1]
 * against [1,1,28,28]): inputs are flat row-major vectors, so only the count has to agree.
 */
import { UserError } from '../errors.js';
import { type Network, inputSize, outputSize } from '../ir/network.js';

export function checkTwins(n1: Network, n2: Network): void {
  const [i1, i2] = [inputSize(n1), inputSize(n2)];
  if (i1 !== i2) {
    throw new UserError(`the twins take different inputs: ${n1.source} takes ${i1} input values (shape [${n1.nodes[0].shape.join(',')}]) but ${n2.source} takes ${i2} (shape [${n2.nodes[0].shape.join(',')}])`);
  }
  const [o1, o2] = [outputSize(n1), outputSize(n2)];
  if (o1 !== o2) {
    throw new UserError(`the twins have different numbers of classes: ${n1.source} outputs ${o1} logits but ${n2.source} outputs ${o2}`);
  }
}
