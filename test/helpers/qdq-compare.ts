/**
 * Our forward pass against onnxruntime's outputs and QuantizeLinear codes (fixtures made by
 * scripts/qdq-reference.py and scripts/make-twin-qdq-check.py), shared by test/onnx-qdq.test.ts
 * and test/make-twin-qdq.test.ts.
 */
import type { Test } from 'tap';
import type { Network, QuantizeNode } from '../../src/ir/network.js';
import { forwardAll } from '../../src/layers/forward.js';
import { codeOf } from '../../src/layers/quantize.js';

/**
 * Compares our codes and outputs at every input with onnxruntime's. A code may differ only at a
 * near-tie: our float64 x/s within 1e-5·max(1, |x/s|) of k + ½ (onnxruntime computes in float32,
 * including its float32 DequantizeLinear outputs), and never at an exact tie of an input
 * quantiser (both then divide the same float32 input exactly). After a near-tie difference the
 * rest of that input's network differs legitimately, so the row is counted and left. Returns
 * the number of rows with a near-tie difference.
 */
export function compareWithOnnxruntime(tt: Test, net: Network, inputs: readonly (readonly number[])[], outputs: readonly (readonly number[])[], codes: Readonly<Record<string, readonly (readonly number[])[]>>, what: string): number {
  const quant = net.nodes.filter((n): n is QuantizeNode => n.kind === 'quantize');
  const names = Object.keys(codes);
  tt.equal(quant.length, names.length, `${what}: one quantize node per onnxruntime QuantizeLinear/QLinear output`);
  let nearTieRows = 0;
  let badCodes = 0;
  let checked = 0;
  let worst = 0;
  inputs.forEach((x, r) => {
    const acts = forwardAll(net, x.map(Math.fround));
    let tie = false;
    quant.forEach((node, k) => {
      if (tie) return;
      const pre = acts[node.inputs[0]];
      const want = codes[names[k]][r];
      for (let i = 0; i < node.size; i++) {
        checked++;
        const c = codeOf(node, i, pre[i]);
        if (c === want[i]) continue;
        const v = pre[i] / node.scale[i];
        const off = Math.abs(v - Math.floor(v) - 0.5);
        const window = 1e-5 * Math.max(1, Math.abs(v));
        if (off < window && !(off === 0 && node.inputs[0] === 0)) tie = true;
        else badCodes++;
      }
    });
    if (tie) {
      nearTieRows++;
      return;
    }
    const z = acts[net.output];
    outputs[r].forEach((w, i) => (worst = Math.max(worst, Math.abs(z[i] - w) / Math.max(1, Math.abs(w)))));
  });
  tt.equal(badCodes, 0, `${what}: all ${checked} integer codes checked equal onnxruntime's (${nearTieRows} of ${inputs.length} inputs left after a near-tie difference)`);
  tt.ok(nearTieRows < inputs.length, `${what}: some inputs compared to the end`);
  tt.ok(worst <= 2 ** -23, `${what}: outputs agree to float32 rounding (max relative ${worst.toExponential(2)})`);
  return nearTieRows;
}
