/**
 * Twin alignment (alignTwins, src/layers/twin-pair.ts): an fp32 twin and a QDQ twin have
 * different node lists; identity quantize stand-ins in the fp32 twin make them pair node by
 * node without changing its function, so the differential relaxation applies. Checked on a
 * tiny 2-input MLP in both orders (fp32 as N1 and as N2): the aligned network computes the same
 * values, and interval, CROWN and CROWN+diff bounds (node values, differences and ρ) hold on
 * 2,000 samples, also with onnxruntime's fused Relu-into-Quantize restored. Also the straight-through surrogate gradient of quantize used by the attacks.
 */
import t from 'tap';
import { crownMethod } from '../src/bounds/crown.js';
import { diffMethod } from '../src/bounds/diff.js';
import { intervalMethod } from '../src/bounds/interval.js';
import { type IrNode, type Network, type QuantizeNode, validateNetwork } from '../src/ir/network.js';
import { csrFromDense } from '../src/ir/sparse.js';
import { forwardAll } from '../src/layers/forward.js';
import { inputGradient } from '../src/layers/gradient.js';
import { quantizeLayer } from '../src/layers/quantize.js';
import { alignTwins, pairTwins } from '../src/layers/twin-pair.js';
import { neighbourhood } from '../src/rsm/domain.js';
import { rhoAt, rhoRelaxed } from '../src/rsm/objective.js';
import { samplePoints, testSeed } from './helpers/sampling.js';

interface Q { readonly s: number; readonly z: number }

function net(name: string, q: readonly (Q | null)[], fusedRelu = false): Network {
  const w1 = [[1.1, -0.7], [0.6, 0.9], [-0.8, 0.5]];
  const w2 = [[0.9, -1.2, 0.4], [-0.5, 0.8, 1.1]];
  const nodes: IrNode[] = [{ kind: 'input', name: 'x', size: 2, shape: [2], inputs: [] }];
  const add = (n: IrNode): number => nodes.push(n) - 1;
  const quant = (k: number, size: number, prev: number): number => {
    const p = q[k];
    if (!p) return prev;
    const node: QuantizeNode = { kind: 'quantize', name: `q${k}`, size, shape: [size], inputs: [prev], scale: new Float64Array(size).fill(p.s), zero: new Float64Array(size).fill(p.z), qmin: -128, qmax: 127 };
    return add(node);
  };
  let prev = quant(0, 2, 0);
  prev = add({ kind: 'affine', name: 'fc0', size: 3, shape: [3], inputs: [prev], terms: [csrFromDense(3, 2, w1.flat())], bias: Float64Array.of(0.05, -0.1, 0.2) });
  if (!fusedRelu) prev = add({ kind: 'relu', name: 'relu0', size: 3, shape: [3], inputs: [prev] });
  prev = quant(1, 3, prev);
  prev = add({ kind: 'affine', name: 'fc1', size: 2, shape: [2], inputs: [prev], terms: [csrFromDense(2, 3, w2.flat())], bias: Float64Array.of(0, 0.1) });
  prev = quant(2, 2, prev);
  return validateNetwork({ source: name, sha256: name, nodes, output: prev, notes: [] });
}

// Row 1's hidden layer saturates at qmin (z = 120 with range [−128, 127]): the fused-ReLU pattern.
const fp32 = net('fp32', [null, null, null]);
const qdq = net('qdq', [{ s: 0.25, z: 0 }, { s: 0.2, z: 120 }, { s: 0.1, z: 0 }]);

t.test('alignTwins: stand-ins where N2 quantises, same function, same hash; both orders', async tt => {
  tt.notOk(pairTwins(fp32, qdq).ok, 'unaligned twins do not pair');
  const [a1, b1] = alignTwins(fp32, qdq);
  tt.equal(b1, qdq, 'the QDQ twin is unchanged');
  tt.equal(a1.nodes.length, qdq.nodes.length, 'N1 gains one node per quantize node of N2');
  tt.equal(a1.sha256, fp32.sha256, 'the hash of the source is kept');
  tt.equal(a1.nodes.filter(n => n.kind === 'quantize' && n.identity).length, 3, 'three identity stand-ins');
  tt.ok(pairTwins(a1, qdq).ok, 'aligned twins pair node by node');
  const [b2, a2] = alignTwins(qdq, fp32);
  tt.equal(b2, qdq, 'QDQ as N1: unchanged');
  tt.ok(pairTwins(qdq, a2).ok, 'QDQ as N1: the fp32 N2 is aligned');
  tt.equal(alignTwins(fp32, qdq)[0], a1, 'cached per pair');
  for (const x of samplePoints(neighbourhood(Float64Array.of(0.1, -0.05), 1, null), 200, testSeed('align-forward'))) {
    const y = forwardAll(a1, x)[a1.output];
    const z = forwardAll(fp32, x)[fp32.output];
    if (y[0] !== z[0] || y[1] !== z[1]) tt.fail(`aligned N1 differs at ${Array.from(x)}`);
  }
  const other = validateNetwork({ ...fp32, source: 'other', sha256: 'other', nodes: fp32.nodes.slice(0, 3), output: 2 });
  const [c1, c2] = alignTwins(other, qdq);
  tt.ok(c1 === other && c2 === qdq, 'twins that no stand-ins can pair are returned unchanged');
});

// onnxruntime's fused Relu-into-Quantize: the QDQ twin has no ReLU before a quantize node with z = qmin.
const fused = net('qdq-fused', [{ s: 0.25, z: 0 }, { s: 0.2, z: -128 }, { s: 0.1, z: 0 }], true);

t.test('alignTwins restores a fused ReLU in the QDQ twin (a no-op before z = qmin)', async tt => {
  const [a, b] = alignTwins(fp32, fused);
  tt.ok(pairTwins(a, b).ok, 'aligned twins pair node by node');
  tt.equal(b.nodes.filter(n => n.kind === 'relu').length, 1, 'the ReLU is back in N2');
  tt.equal(b.sha256, fused.sha256);
  let differ = 0;
  for (const x of samplePoints(neighbourhood(Float64Array.of(0.1, -0.05), 2, null), 500, testSeed('align-fused'))) {
    const y = forwardAll(b, x)[b.output];
    const z = forwardAll(fused, x)[fused.output];
    if (y[0] !== z[0] || y[1] !== z[1]) differ++;
  }
  tt.equal(differ, 0, 'the restored N2 computes the same logits on 500 points');
  const [c, d] = alignTwins(fused, fp32);
  tt.ok(pairTwins(c, d).ok && c.nodes.filter(n => n.kind === 'relu').length === 1, 'QDQ as N1: its ReLU is restored too');
});

t.test('aligned fp32/QDQ twins: interval, CROWN and CROWN+diff hold on 2,000 samples, both orders', async tt => {
  const box = neighbourhood(Float64Array.of(0.1, -0.05), 0.3, null);
  const pts = samplePoints(box, 2000, testSeed('align-relax'));
  for (const [what, u1, u2] of [['fp32 vs QDQ', fp32, qdq], ['QDQ vs fp32', qdq, fp32], ['fp32 vs fused-ReLU QDQ', fp32, fused]] as const) {
    const [a, b] = alignTwins(u1, u2);
    const widths: Record<string, number> = {};
    for (const method of [intervalMethod, crownMethod, diffMethod]) {
      const tb = method.compute(a, b, box);
      if (method === diffMethod) tt.match(tb.note ?? '', /differential mode: on/, `${what}: differential mode on`);
      const rr = rhoRelaxed(a, b, tb.n1, tb.n2, [0, 1], tb.diff);
      widths[method.name] = rr.upper - rr.lower;
      let bad = 0;
      let nodeBad = 0;
      for (const x of pts) {
        const v = rhoAt(a, b, x, [0, 1]);
        if (v < rr.lower || v > rr.upper) bad++;
        const acts1 = forwardAll(a, x);
        const acts2 = forwardAll(b, x);
        acts1.forEach((act, id) => act.forEach((v1, k) => {
          if (v1 < tb.n1[id].lower[k] || v1 > tb.n1[id].upper[k]) nodeBad++;
          if (acts2[id][k] < tb.n2[id].lower[k] || acts2[id][k] > tb.n2[id].upper[k]) nodeBad++;
          const d = tb.diff?.[id];
          if (d && (v1 - acts2[id][k] < d.lower[k] || v1 - acts2[id][k] > d.upper[k])) nodeBad++;
        }));
      }
      tt.equal(bad, 0, `${what}, ${method.name}: ρ of every sample in [${rr.lower}, ${rr.upper}]`);
      tt.equal(nodeBad, 0, `${what}, ${method.name}: every node value and difference inside its bounds`);
    }
    tt.ok(widths['crown+diff'] <= widths.crown + 1e-9, `${what}: diff width ${widths['crown+diff']} ≤ CROWN ${widths.crown}`);
  }
});

t.test('surrogate gradient: straight-through inside the range, 0 where saturated; identity passes gOut', async tt => {
  const n = qdq.nodes[1] as QuantizeNode;
  const g = quantizeLayer.surrogateVjp!(n, [Float64Array.of(0.3, 40)], new Float64Array(2), Float64Array.of(2, 3));
  tt.same(Array.from(g[0]), [2, 0], 'x = 40 is beyond qmax·s = 31.75: clipped, no gradient');
  tt.same(Array.from(quantizeLayer.vjp(n, [Float64Array.of(0.3, 4)], new Float64Array(2), Float64Array.of(2, 3))[0]), [0, 0], 'vjp stays the exact derivative 0');
  const x = Float64Array.of(0.1, -0.05);
  const gq = inputGradient(qdq, forwardAll(qdq, x), [1, -1]);
  const gf = inputGradient(fp32, forwardAll(fp32, x), [1, -1]);
  tt.ok(gq.some(v => v !== 0), `the attacks get a direction through the QDQ twin: ${Array.from(gq)}`);
  const [a1] = alignTwins(fp32, qdq);
  tt.same(Array.from(inputGradient(a1, forwardAll(a1, x), [1, -1])), Array.from(gf), 'stand-ins do not change the fp32 gradient');
});
