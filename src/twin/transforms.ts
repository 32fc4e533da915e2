/**
 * The pure numeric weight transforms behind `twinmargin make-twin` (and the in-memory twins of
 * scripts/twin-transforms.ts). Every function computes in float64 and returns new arrays; the
 * caller decides how the values are stored (make-twin stores float32, i.e. Math.fround).
 *
 *   - pruneByMagnitude: zero the ⌊f·n⌋ entries of smallest |w|, globally or per tensor;
 *   - quantizeSymmetric: w ↦ s·round(w/s) with s = max|w| / (2^(bits−1) − 1), per tensor or per
 *     output channel, rounding half to even;
 *   - roundFp16: the nearest IEEE 754 binary16 value, ties to even, subnormals included.
 */

export type PruneGroup = 'global' | 'layer';
export type QuantGrouping = 'tensor' | 'channel';

/**
 * Magnitude pruning. With n entries in a group, the k = ⌊fraction·n⌋ entries of smallest |w|
 * become 0 and every other entry is kept bit for bit. A group is all the tensors together
 * (`global`) or each tensor on its own (`layer`).
 *
 * Ties are broken deterministically by position: entries are ordered by (|w|, tensor index,
 * flat index) ascending and the first k of that order are zeroed. Entries that are already 0
 * are the smallest and count towards k, so the zeros after pruning number max(k, zeros before)
 * in each group; with fraction 0 nothing changes.
 */
export function pruneByMagnitude(tensors: readonly ArrayLike<number>[], fraction: number, scope: PruneGroup): Float64Array[] {
  if (!(fraction >= 0 && fraction < 1)) throw new RangeError(`prune fraction ${fraction} is not in [0, 1)`);
  const out = tensors.map(t => Float64Array.from(t));
  const groups: number[][] = scope === 'global' ? [out.map((_, i) => i)] : out.map((_, i) => [i]);
  for (const group of groups) {
    const n = group.reduce((s, i) => s + out[i].length, 0);
    const k = Math.floor(fraction * n);
    if (k === 0) continue;
    // (tensor, index) pairs of the group in one flat order, sorted by |w| then by that order.
    const tensorOf = new Uint32Array(n);
    const indexOf = new Uint32Array(n);
    const mag = new Float64Array(n);
    let p = 0;
    for (const ti of group) {
      const t = out[ti];
      for (let j = 0; j < t.length; j++, p++) {
        tensorOf[p] = ti;
        indexOf[p] = j;
        mag[p] = Math.abs(t[j]);
      }
    }
    const order = new Uint32Array(n);
    for (let q = 0; q < n; q++) order[q] = q;
    order.sort((a, b) => mag[a] - mag[b] || a - b);
    for (let q = 0; q < k; q++) out[tensorOf[order[q]]][indexOf[order[q]]] = 0;
  }
  return out;
}

/**
 * Round half to even (banker's rounding), as numpy.round, torch.round and ONNX QuantizeLinear:
 * 0.5 → 0, 1.5 → 2, 2.5 → 2, −2.5 → −2. Exact for |x| < 2^52.
 */
export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/**
 * Symmetric weight quantisation to `bits` bits, stored dequantised. With L = 2^(bits−1) − 1
 * levels on each side (127 for int8, 7 for int4) and, per group, s = max|w| / L:
 *
 *   w ↦ s · clamp(round(w / s), −L, L)
 *
 * A group is the whole tensor (`tensor`) or one slice along `channelAxis` of the row-major
 * tensor of shape `dims` (`channel`: the output channel, all entries sharing that index).
 * `channelAxis` null means the tensor has no channel axis and is quantised as one group. A group
 * whose entries are all 0 (s = 0) stays 0. `round` defaults to round-half-to-even; callers that
 * must reproduce an older convention may pass another (e.g. Math.round).
 */
export function quantizeSymmetric(
  values: ArrayLike<number>, dims: readonly number[], bits: number, granularity: QuantGrouping, channelAxis: number | null,
  round: (x: number) => number = roundHalfEven,
): Float64Array {
  if (!Number.isInteger(bits) || bits < 2 || bits > 32) throw new RangeError(`quantisation to ${bits} bits`);
  const n = values.length;
  const size = dims.reduce((a, b) => a * b, 1);
  if (size !== n) throw new RangeError(`${n} values for shape [${dims.join(',')}]`);
  const L = 2 ** (bits - 1) - 1;
  // group(i) = the index along channelAxis of flat entry i (0 for one group).
  let channels = 1;
  let inner = n;
  if (granularity === 'channel' && channelAxis !== null) {
    if (!Number.isInteger(channelAxis) || channelAxis < 0 || channelAxis >= dims.length) throw new RangeError(`channel axis ${channelAxis} of shape [${dims.join(',')}]`);
    channels = dims[channelAxis];
    inner = dims.slice(channelAxis + 1).reduce((a, b) => a * b, 1);
  }
  const group = (i: number): number => (channels === 1 ? 0 : Math.floor(i / inner) % channels);
  const maxAbs = new Float64Array(channels);
  for (let i = 0; i < n; i++) {
    const g = group(i);
    maxAbs[g] = Math.max(maxAbs[g], Math.abs(values[i]));
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = maxAbs[group(i)] / L;
    out[i] = s === 0 ? 0 : s * Math.min(L, Math.max(-L, round(values[i] / s)));
  }
  return out;
}

/** The largest finite binary16 value. */
export const FP16_MAX = 65504;

/**
 * The nearest IEEE 754 binary16 value of x, ties to even, as numpy.float16(x) (for float32 x;
 * from float64 it rounds once, without numpy's double rounding through float32). The binade of
 * |x| = m·2^e (1 ≤ m < 2) has quantum q = 2^(max(e, −14) − 10), so subnormals below 2^−14 have
 * q = 2^−24; the result is q·roundHalfEven(x/q). Values rounding above 65504 (|x| ≥ 65520)
 * overflow to ±Infinity as in IEEE arithmetic; ±0, ±Infinity and NaN are returned unchanged.
 */
export function roundFp16(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const a = Math.abs(x);
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  const q = 2 ** (Math.max(e, -14) - 10);
  const r = roundHalfEven(a / q) * q;
  return Math.sign(x) * (r > FP16_MAX ? Infinity : r);
}
