/**
 * NNet → IR loader (the text format of Kyle Julian's ACAS Xu networks, used by NeuroDiff,
 * ReluDiff and Reluplex; ../shared/data/peers/README.md). The file is
 *   - comment lines starting with `//` (header only);
 *   - `L, n_in, n_out, max_size`: L weight layers;
 *   - the L + 1 layer sizes, from n_in to n_out;
 *   - an unused flag line;
 *   - input minimums, input maximums (the first n_in values of each line are used: the ACAS
 *     files carry extra ones);
 *   - means and ranges: the first n_in are the inputs', the last one the output's;
 *   - for each layer k: size_k rows of size_{k−1} weights, then size_k biases, one per line.
 * Every line's values are comma-separated (a trailing comma is allowed).
 *
 * The network the file describes is, for raw input x,
 *   x̃ᵢ = (clamp(xᵢ, minᵢ, maxᵢ) − meanᵢ) / rangeᵢ,  h_k = relu(W_k h_{k−1} + b_k),  z = W_L h_{L−1} + b_L,
 * with no ReLU after the last layer. Its IR is exact everywhere, not only on [min, max]:
 *   - clamping is clamp(x, m, M) = M − relu((M − m) − relu(x − m)), as two ReLU layers (on a box
 *     inside [min, max] every one of those neurons is stable, so they cost no MILP binary and
 *     every relaxation is exact through them);
 *   - the normalisation is the affine map x ↦ (x − mean) / range, fused into the first layer
 *     (src/onnx/fuse.ts; only float64 rounding changes).
 * Outputs are the raw last-layer values by default, as NeuroDiff and ReluDiff state their
 * property; `{ outputs: 'denormalized' }` appends z ↦ z·range_out + mean_out (the NNet
 * reference evaluator's `evaluate_network`).
 * The network's sha256 is that of the file bytes. Every problem is one UserError naming the
 * file, the line and the value.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import { type IrNode, type Network, validateNetwork } from '../ir/network.js';
import { type Csr, csrFromDense } from '../ir/sparse.js';
import { fuseNetwork } from './fuse.js';

/** s·I (n × n). */
function scaledIdentity(n: number, s = 1): Csr {
  const d = new Float64Array(n * n);
  for (let i = 0; i < n; i++) d[i * n + i] = s;
  return csrFromDense(n, n, d);
}

export interface NnetFile {
  readonly sizes: readonly number[];
  readonly mins: Float64Array;
  readonly maxes: Float64Array;
  readonly means: Float64Array;
  readonly ranges: Float64Array;
  readonly outputMean: number;
  readonly outputRange: number;
  /** weights[k] is sizes[k+1] × sizes[k], row-major. */
  readonly weights: readonly Float64Array[];
  readonly biases: readonly Float64Array[];
}

export interface NnetOptions {
  /** 'raw' (default): the last layer's values; 'denormalized': times the output range plus the output mean. */
  readonly outputs?: 'raw' | 'denormalized';
  /** Run the affine fusion pass (default true). */
  readonly fuse?: boolean;
}

interface Line {
  readonly no: number;
  readonly values: number[];
}

/** Parses the NNet text; `source` names the file in errors. */
export function parseNnet(text: string, source: string): NnetFile {
  const lines: Line[] = [];
  text.split(/\r?\n/).forEach((raw, k) => {
    const s = raw.trim();
    if (s === '' || s.startsWith('//')) return;
    const fields = s.split(',').map(f => f.trim());
    if (fields[fields.length - 1] === '') fields.pop();
    const values = fields.map(f => {
      const v = Number(f);
      if (f === '' || !Number.isFinite(v)) throw new UserError(`${source}: line ${k + 1}: '${f}' is not a finite number`);
      return v;
    });
    lines.push({ no: k + 1, values });
  });
  let at = 0;
  const next = (what: string, count: number, exact: boolean): Line => {
    const l = lines[at++];
    if (!l) throw new UserError(`${source}: the file ends before ${what}`);
    if (exact ? l.values.length !== count : l.values.length < count) {
      throw new UserError(`${source}: line ${l.no}: ${what} has ${l.values.length} values, expected ${exact ? '' : 'at least '}${count}`);
    }
    return l;
  };
  const head = next('the header (layers, inputs, outputs, max size)', 3, false);
  const [layers, nIn, nOut] = head.values;
  for (const [name, v] of [['layers', layers], ['inputs', nIn], ['outputs', nOut]] as const) {
    if (!Number.isInteger(v) || v < 1 || v > 1e6) throw new UserError(`${source}: line ${head.no}: the number of ${name} ${v} is not a positive integer`);
  }
  const sizeLine = next('the layer sizes', layers + 1, false);
  const sizes = sizeLine.values.slice(0, layers + 1);
  sizes.forEach((v, k) => {
    if (!Number.isInteger(v) || v < 1 || v > 1e6) throw new UserError(`${source}: line ${sizeLine.no}: layer size ${v} (entry ${k}) is not a positive integer`);
  });
  if (sizes[0] !== nIn || sizes[layers] !== nOut) {
    throw new UserError(`${source}: line ${sizeLine.no}: the layer sizes run from ${sizes[0]} to ${sizes[layers]}, but the header says ${nIn} inputs and ${nOut} outputs`);
  }
  next('the flag line', 0, false);
  const mins = Float64Array.from(next('the input minimums', nIn, false).values.slice(0, nIn));
  const maxLine = next('the input maximums', nIn, false);
  const maxes = Float64Array.from(maxLine.values.slice(0, nIn));
  for (let i = 0; i < nIn; i++) {
    if (!(mins[i] <= maxes[i])) throw new UserError(`${source}: line ${maxLine.no}: input ${i} has minimum ${mins[i]} above its maximum ${maxes[i]}`);
  }
  const meanLine = next('the means', nIn + 1, false);
  const rangeLine = next('the ranges', nIn + 1, false);
  const means = Float64Array.from(meanLine.values.slice(0, nIn));
  const ranges = Float64Array.from(rangeLine.values.slice(0, nIn));
  const outputMean = meanLine.values[meanLine.values.length - 1];
  const outputRange = rangeLine.values[rangeLine.values.length - 1];
  [...ranges, outputRange].forEach((r, i) => {
    if (r === 0) throw new UserError(`${source}: line ${rangeLine.no}: range ${i === nIn ? 'of the output' : `of input ${i}`} is 0 (the normalisation divides by it)`);
  });
  const weights: Float64Array[] = [];
  const biases: Float64Array[] = [];
  for (let k = 0; k < layers; k++) {
    const rows = sizes[k + 1];
    const cols = sizes[k];
    const w = new Float64Array(rows * cols);
    for (let r = 0; r < rows; r++) w.set(next(`row ${r} of layer ${k}'s weights`, cols, true).values, r * cols);
    const b = new Float64Array(rows);
    for (let r = 0; r < rows; r++) b[r] = next(`bias ${r} of layer ${k}`, 1, true).values[0];
    weights.push(w);
    biases.push(b);
  }
  if (at < lines.length) throw new UserError(`${source}: line ${lines[at].no}: unexpected data after the last layer's biases`);
  return { sizes, mins, maxes, means, ranges, outputMean, outputRange, weights, biases };
}

/** The IR of a parsed NNet file (see the file doc). */
export function nnetToNetwork(f: NnetFile, source: string, sha256: string, opts: NnetOptions = {}): Network {
  const n = f.sizes[0];
  const nodes: IrNode[] = [{ kind: 'input', name: 'x', size: n, shape: [n], inputs: [] }];
  const affine = (name: string, rows: number, from: number, w: ReturnType<typeof csrFromDense>, bias: Float64Array): number => {
    nodes.push({ kind: 'affine', name, size: rows, shape: [rows], inputs: [from], terms: [w], bias });
    return nodes.length - 1;
  };
  const relu = (name: string, from: number): number => {
    const size = nodes[from].size;
    nodes.push({ kind: 'relu', name, size, shape: [size], inputs: [from] });
    return nodes.length - 1;
  };
  // clamp(x, m, M) = M − relu((M − m) − relu(x − m)).
  let prev = affine('clamp_low', n, 0, scaledIdentity(n), Float64Array.from(f.mins, m => -m));
  prev = relu('clamp_low_relu', prev);
  prev = affine('clamp_high', n, prev, scaledIdentity(n, -1), Float64Array.from(f.maxes, (M, i) => M - f.mins[i]));
  prev = relu('clamp_high_relu', prev);
  prev = affine('clamped', n, prev, scaledIdentity(n, -1), Float64Array.from(f.maxes));
  // x̃ = (x − mean) / range.
  const inv = Float64Array.from(f.ranges, r => 1 / r);
  const scale = new Float64Array(n * n);
  for (let i = 0; i < n; i++) scale[i * n + i] = inv[i];
  prev = affine('normalise', n, prev, csrFromDense(n, n, scale), Float64Array.from(f.means, (m, i) => -m * inv[i]));
  const layers = f.weights.length;
  for (let k = 0; k < layers; k++) {
    const rows = f.sizes[k + 1];
    prev = affine(`layer${k}`, rows, prev, csrFromDense(rows, f.sizes[k], f.weights[k]), Float64Array.from(f.biases[k]));
    if (k < layers - 1) prev = relu(`layer${k}_relu`, prev);
  }
  const notes: string[] = [`NNet: inputs clamped to [min, max] and normalised as (x − mean) / range inside the network; outputs ${opts.outputs === 'denormalized' ? 'de-normalised (z·range + mean)' : 'raw (not de-normalised)'}`];
  if (opts.outputs === 'denormalized') {
    const m = f.sizes[layers];
    prev = affine('denormalise', m, prev, scaledIdentity(m, f.outputRange), new Float64Array(m).fill(f.outputMean));
  }
  const net = validateNetwork({ source, sha256, nodes, output: prev, notes });
  return opts.fuse === false ? net : fuseNetwork(net);
}

export function loadNnet(path: string, opts: NnetOptions = {}): Network {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new UserError(`${path}: cannot read the model file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return nnetToNetwork(parseNnet(bytes.toString('utf8'), path), path, sha256, opts);
}

/** Whether a model path names an NNet file (by extension). */
export function isNnetPath(path: string): boolean {
  return /\.nnet$/i.test(path);
}
