/**
 * Compressed twins of an ONNX classifier by weight transforms (`twinmargin make-twin`).
 *
 * The model is decoded with onnx-proto, the weight and bias sites are found (onnx-weights.ts),
 * the transforms of transforms.ts are applied in float64, and the results are written back as
 * float32 `raw_data` of the same tensors. Everything else of the ModelProto (graph, nodes,
 * attributes, opsets, doc strings, other initializers) is re-encoded as decoded; fields that
 * onnx-proto 8 (ONNX IR 8) does not know are not carried over. Two `metadata_props` entries
 * record provenance: `twinmargin.make-twin` = the tag and `twinmargin.make-twin.source-sha256`.
 *
 * Order: prune (weights), then quantise (int8/int4: weights; fp16: weights and biases), then
 * float32 storage (Math.fround). Biases stay bit-identical under prune and int8/int4.
 * fp16: |w| ≥ 65520 would round to infinity and is a UserError; 65504 < |w| < 65520 rounds to
 * 65504 (IEEE round to nearest even, as numpy.float16).
 */
import { createHash } from 'node:crypto';
import p from 'onnx-proto';
import type { onnx as O } from 'onnx-proto';
import { UserError } from '../errors.js';
import { decodeModel } from '../onnx/load.js';
import { decodeTensor } from '../onnx/ops/tensor.js';
import { dimsOf, findWeightSites, writeFloat32, type WeightSite } from './onnx-weights.js';
import { pruneByMagnitude, quantizeSymmetric, roundFp16 } from './transforms.js';

const { onnx } = p;

export type PruneScope = 'global' | 'layer';
export type QuantKind = 'int8' | 'int4' | 'fp16';
export type Granularity = 'tensor' | 'channel';
export interface TwinSpec {
  readonly prune?: { readonly fraction: number; readonly scope: PruneScope };
  readonly quantize?: { readonly kind: QuantKind; readonly granularity: Granularity };
  /** Static int8 QDQ of the activations too (src/twin/qdq.ts; needs quantize int8). */
  readonly activations?: boolean;
}
/**
 * One rewritten tensor. `count` = its elements; `zeroed` = elements that were non-zero in the
 * source and are 0 in the twin (by pruning or by rounding); `maxAbsChange` = max |stored − source|.
 */
export interface TwinTensorReport { readonly name: string; readonly node: string; readonly op: string; readonly role: 'weight' | 'bias'; readonly count: number; readonly zeroed: number; readonly maxAbsChange: number }
/** `weightsTotal` = elements of all weight tensors; `weightsZero` = those that are 0 in the twin (zeros of the source included). */
export interface TwinReport { readonly spec: TwinSpec; readonly tensors: readonly TwinTensorReport[]; readonly weightsTotal: number; readonly weightsZero: number }

export const META_TAG = 'twinmargin.make-twin';
export const META_SOURCE = 'twinmargin.make-twin.source-sha256';

const BITS: Record<'int8' | 'int4', number> = { int8: 8, int4: 4 };

/** Validates a spec (fraction in [0,1), known kinds); throws UserError with a one-line message. */
export function checkTwinSpec(spec: TwinSpec): TwinSpec {
  if (spec.prune !== undefined) {
    const { fraction, scope } = spec.prune;
    if (typeof fraction !== 'number' || !(fraction >= 0 && fraction < 1)) throw new UserError(`prune fraction ${String(fraction)}: expected a number in [0, 1)`);
    if (scope !== 'global' && scope !== 'layer') throw new UserError(`prune scope ${String(scope)}: expected global or layer`);
  }
  if (spec.quantize !== undefined) {
    const { kind, granularity } = spec.quantize;
    if (kind !== 'int8' && kind !== 'int4' && kind !== 'fp16') throw new UserError(`quantize ${String(kind)}: expected int8, int4 or fp16`);
    if (granularity !== 'tensor' && granularity !== 'channel') throw new UserError(`granularity ${String(granularity)}: expected tensor or channel`);
  }
  if (spec.activations === true && spec.quantize?.kind !== 'int8') throw new UserError('activation quantisation (--activations) needs --quantize int8');
  return spec;
}

/** A short stable tag for file names and records, e.g. "prune0.5g", "int8c", "prune0.5g+int8c", "fp16". */
export function twinTag(spec: TwinSpec): string {
  const parts: string[] = [];
  if (spec.prune) parts.push(`prune${spec.prune.fraction}${spec.prune.scope === 'global' ? 'g' : 'l'}`);
  if (spec.quantize) parts.push(spec.quantize.kind === 'fp16' ? 'fp16' : `${spec.quantize.kind}${spec.quantize.granularity === 'channel' ? 'c' : 't'}`);
  if (spec.activations === true) parts.push('qdq8');
  return parts.length > 0 ? parts.join('+') : 'identity';
}

interface Loaded {
  readonly site: WeightSite & { readonly tensor: O.ITensorProto };
  readonly dims: readonly number[];
  readonly source: Float64Array;
  values: Float64Array;
}

/** Throws UserError (naming the source, tensor, node) on anything it cannot transform. */
export function makeTwinModel(onnxBytes: Uint8Array, spec: TwinSpec, source: string): { bytes: Uint8Array; report: TwinReport } {
  checkTwinSpec(spec);
  const fail = (msg: string): never => {
    throw new UserError(`${source}: ${msg}`);
  };
  const model = decodeModel(onnxBytes, source);
  const graph = model.graph;
  const sites = findWeightSites(graph);
  if (!sites.some(s => s.role === 'weight')) fail('no weight tensors found (make-twin rewrites the constant factors of Gemm, Conv and MatMul nodes)');

  const fp16 = spec.quantize?.kind === 'fp16';
  const touched = sites.filter(s => s.role === 'weight' || fp16);
  const loaded: Loaded[] = touched.map(site => {
    const what = `${site.role} '${site.name}' of ${site.op} node ${site.node}`;
    if (site.problem !== undefined || site.tensor === undefined) return fail(`cannot rewrite ${what}: ${site.problem ?? 'no stored tensor'}`);
    const c = decodeTensor(site.tensor, what, fail);
    const dims = dimsOf(site.tensor);
    if (site.channelAxis !== null && site.channelAxis >= dims.length) fail(`${what} has shape [${dims.join(',')}], which has no output-channel axis ${site.channelAxis}`);
    return { site: { ...site, tensor: site.tensor }, dims, source: c.data, values: c.data };
  });
  const weights = loaded.filter(l => l.site.role === 'weight');

  if (spec.prune) {
    const pruned = pruneByMagnitude(weights.map(w => w.values), spec.prune.fraction, spec.prune.scope);
    weights.forEach((w, i) => {
      w.values = pruned[i];
    });
  }
  if (spec.quantize) {
    const q = spec.quantize;
    if (q.kind === 'fp16') {
      for (const l of loaded) {
        l.values = l.values.map(roundFp16);
        const i = l.values.findIndex(v => !Number.isFinite(v));
        if (i >= 0) fail(`${l.site.role} '${l.site.name}' of ${l.site.op} node ${l.site.node} has ${l.source[i]} at flat index ${i}, beyond the float16 range (|w| < 65520 rounds to at most 65504)`);
      }
    } else {
      for (const w of weights) w.values = quantizeSymmetric(w.values, w.dims, BITS[q.kind], q.granularity, w.site.channelAxis);
    }
  }

  const tensors: TwinTensorReport[] = [];
  let weightsTotal = 0;
  let weightsZero = 0;
  for (const l of loaded) {
    const stored = Float32Array.from(l.values);
    let zeroed = 0;
    let maxAbsChange = 0;
    let zeros = 0;
    for (let i = 0; i < stored.length; i++) {
      if (stored[i] === 0) {
        zeros++;
        if (l.source[i] !== 0) zeroed++;
      }
      maxAbsChange = Math.max(maxAbsChange, Math.abs(stored[i] - l.source[i]));
    }
    if (l.site.role === 'weight') {
      weightsTotal += stored.length;
      weightsZero += zeros;
    }
    writeFloat32(l.site.tensor, stored);
    const { name, node, op, role } = l.site;
    tensors.push({ name, node, op, role, count: stored.length, zeroed, maxAbsChange });
  }

  const tag = twinTag(spec);
  const sha = createHash('sha256').update(onnxBytes).digest('hex');
  const meta = (model.metadataProps ?? []).filter(e => e.key !== META_TAG && e.key !== META_SOURCE);
  model.metadataProps = [...meta, { key: META_TAG, value: tag }, { key: META_SOURCE, value: sha }];
  const bytes = onnx.ModelProto.encode(model).finish();
  return { bytes, report: { spec, tensors, weightsTotal, weightsZero } };
}
