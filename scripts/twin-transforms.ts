/**
 * In-memory twins: a copy of a network with its affine weights transformed (pruned, quantised,
 * fp16-rounded, perturbed), same structure. Used by the differential benchmark and tests; the
 * ONNX `make-twin` command is separate.
 *   - prune(rate): per affine node, zero the fraction `rate` of weights with the smallest |w|;
 *   - quantize(bits): per affine term, symmetric per-tensor scale s = max|w| / (2^(bits−1) − 1),
 *     w ↦ s·round(w / s) (weights only; biases stay, as in weight-only int8 twins);
 *   - fp16: each weight and bias rounded to the nearest IEEE half-precision value;
 *   - perturb(σ, seed): w ↦ w + σ·u, u uniform in [−1, 1].
 */
import { createHash } from 'node:crypto';
import seedrandom from 'seedrandom';
import type { AffineNode, IrNode, Network } from '../src/ir/network.js';
import { validateNetwork } from '../src/ir/network.js';

export type TwinKind = 'pruned30' | 'pruned50' | 'int8' | 'int4' | 'fp16' | 'perturbed';
export const TWIN_KINDS: readonly TwinKind[] = ['pruned30', 'pruned50', 'int8', 'int4', 'fp16', 'perturbed'];

type WeightMap = (values: Float64Array, node: AffineNode) => Float64Array;

function mapAffine(net: Network, tag: string, weights: WeightMap, bias: (b: Float64Array) => Float64Array = b => Float64Array.from(b)): Network {
  const nodes: IrNode[] = net.nodes.map(n =>
    n.kind !== 'affine' ? n : { ...n, terms: n.terms.map(t => ({ ...t, values: weights(t.values, n) })), bias: bias(n.bias) },
  );
  const sha256 = createHash('sha256').update(`${net.sha256}|${tag}`).digest('hex');
  return validateNetwork({ ...net, source: `${net.source} [${tag}]`, sha256, nodes });
}

export function prune(net: Network, rate: number): Network {
  return mapAffine(net, `prune${rate}`, (_v, node) => {
    const all = node.terms.flatMap(t => Array.from(t.values, Math.abs)).sort((a, b) => a - b);
    const cut = all[Math.min(all.length - 1, Math.floor(rate * all.length))];
    return _v.map(w => (Math.abs(w) < cut ? 0 : w));
  });
}

export function quantize(net: Network, bits: number): Network {
  const levels = 2 ** (bits - 1) - 1;
  return mapAffine(net, `int${bits}`, v => {
    let m = 0;
    for (const w of v) m = Math.max(m, Math.abs(w));
    const s = m / levels;
    return s === 0 ? Float64Array.from(v) : v.map(w => s * Math.round(w / s));
  });
}

/** Nearest IEEE half-precision value (no overflow handling: weights are far below 65504). */
export function toFp16(w: number): number {
  if (w === 0 || !Number.isFinite(w)) return w;
  const e = Math.max(Math.floor(Math.log2(Math.abs(w))), -14);
  const ulp = 2 ** (e - 10);
  return Math.round(w / ulp) * ulp;
}

export function fp16(net: Network): Network {
  return mapAffine(net, 'fp16', v => v.map(toFp16), b => b.map(toFp16));
}

export function perturb(net: Network, sigma: number, seed: string): Network {
  const rng = seedrandom(seed);
  return mapAffine(net, `perturb${sigma}:${seed}`, v => v.map(w => w + sigma * (2 * rng() - 1)));
}

export function makeTwin(net: Network, kind: TwinKind, seed = 'twin'): Network {
  switch (kind) {
    case 'pruned30':
      return prune(net, 0.3);
    case 'pruned50':
      return prune(net, 0.5);
    case 'int8':
      return quantize(net, 8);
    case 'int4':
      return quantize(net, 4);
    case 'fp16':
      return fp16(net);
    case 'perturbed':
      return perturb(net, 0.01, seed);
  }
}
