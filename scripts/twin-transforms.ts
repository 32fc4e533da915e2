/**
 * In-memory twins: a copy of a network with its affine weights transformed (pruned, quantised,
 * fp16-rounded, perturbed), same structure. Used by the differential benchmark and tests; the
 * ONNX `make-twin` command (src/twin/) shares the numeric transforms of src/twin/transforms.ts.
 *   - prune(rate): per affine node, zero the weights with |w| below the ⌊rate·n⌋-th smallest
 *     |w| (a threshold, so ties at the cut are all kept: see prune());
 *   - quantize(bits): per affine term, symmetric per-tensor scale s = max|w| / (2^(bits−1) − 1),
 *     w ↦ s·Math.round(w / s) (quantizeSymmetric with Math.round, as this script always did;
 *     weights only; biases stay, as in weight-only int8 twins);
 *   - fp16: each weight and bias rounded to the nearest IEEE half-precision value, ties to even
 *     (roundFp16);
 *   - perturb(σ, seed): w ↦ w + σ·u, u uniform in [−1, 1].
 * These twins live in float64 (no float32 storage step), unlike make-twin's ONNX files.
 */
import { createHash } from 'node:crypto';
import seedrandom from 'seedrandom';
import type { AffineNode, IrNode, Network } from '../src/ir/network.js';
import { validateNetwork } from '../src/ir/network.js';
import { quantizeSymmetric, roundFp16 } from '../src/twin/transforms.js';

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
  // Not pruneByMagnitude: in the IR a convolution's kernel weight repeats once per output
  // position, and an exact count ⌊rate·n⌋ could zero some copies of a tied weight and keep
  // others (no longer a convolution). A threshold keeps every tie at the cut.
  return mapAffine(net, `prune${rate}`, (_v, node) => {
    const all = node.terms.flatMap(t => Array.from(t.values, Math.abs)).sort((a, b) => a - b);
    const cut = all[Math.min(all.length - 1, Math.floor(rate * all.length))];
    return _v.map(w => (Math.abs(w) < cut ? 0 : w));
  });
}

export function quantize(net: Network, bits: number): Network {
  return mapAffine(net, `int${bits}`, v => quantizeSymmetric(v, [v.length], bits, 'tensor', null, Math.round));
}

/** Nearest IEEE half-precision value, ties to even (src/twin/transforms.ts roundFp16). */
export function toFp16(w: number): number {
  return roundFp16(w);
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
