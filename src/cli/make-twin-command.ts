/**
 * `twinmargin make-twin`: writes a pruned and/or quantised twin of an ONNX model (src/twin/).
 * The output is written atomically (a temporary file in the same directory, then rename) and
 * never over the input; one summary line: tag, tensors changed, weights zero, max |Δw|, sha256.
 */
import { createHash } from 'node:crypto';
import { realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../errors.js';
import { loadOnnxBytes, readModelFile } from '../onnx/load.js';
import { parseRows, readSamples, type Sample } from '../data/read.js';
import { forward } from '../layers/forward.js';
import { activationSites, insertActivationQdq, type QdqParams, qdqParams, truncatedModel } from '../twin/qdq.js';
import { type Granularity, type TwinReport, type TwinSpec, checkTwinSpec, makeTwinModel, twinTag } from '../twin/make-twin.js';
import { parseChoice, parseNumber } from '../io/options.js';

export interface RawMakeTwin {
  in: string;
  out: string;
  prune?: string;
  pruneScope: string;
  quantize?: string;
  granularity?: string;
  activations?: boolean;
  calibration?: string;
  rows?: string;
  labelCol?: string;
  scale?: string;
}

/** The spec the options describe; at least one transform is required. */
export function makeTwinSpec(o: RawMakeTwin): TwinSpec {
  if (o.prune === undefined && o.quantize === undefined) throw new UserError('make-twin needs a transform: --prune FRACTION and/or --quantize int8|int4|fp16');
  const prune = o.prune === undefined ? undefined : {
    fraction: parseNumber('--prune', o.prune, v => v >= 0 && v < 1, 'a fraction in [0, 1)'),
    scope: parseChoice('--prune-scope', o.pruneScope, ['global', 'layer'] as const),
  };
  const kind = o.quantize === undefined ? undefined : parseChoice('--quantize', o.quantize, ['int8', 'int4', 'fp16'] as const);
  const granularity: Granularity = o.granularity === undefined ? 'channel' : parseChoice('--granularity', o.granularity, ['tensor', 'channel'] as const);
  if (o.activations === true && o.calibration === undefined) throw new UserError('--activations needs --calibration DATA (rows of inputs whose min/max give the activation scales)');
  if (o.activations !== true && o.calibration !== undefined) throw new UserError('--calibration is only read with --activations');
  return checkTwinSpec({ ...(prune ? { prune } : {}), ...(kind ? { quantize: { kind, granularity } } : {}), ...(o.activations === true ? { activations: true } : {}) });
}

function samePath(a: string, b: string): boolean {
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  return real(a) === real(b);
}

/** One line: tag, tensors changed, weights zero, max |Δw|, output sha256. */
export function summaryLine(out: string, report: TwinReport, sha256: string): string {
  const changed = report.tensors.filter(t => t.maxAbsChange > 0).length;
  const maxDelta = report.tensors.reduce((m, t) => Math.max(m, t.maxAbsChange), 0);
  const pct = report.weightsTotal > 0 ? (100 * report.weightsZero) / report.weightsTotal : 0;
  return `wrote ${out}: ${twinTag(report.spec)}, ${changed} of ${report.tensors.length} tensors changed, weights zero ${pct.toFixed(2)} % (${report.weightsZero} of ${report.weightsTotal}), max |Δw| ${maxDelta.toPrecision(4)}, sha256 ${sha256}`;
}

/**
 * Per-tensor min/max of every activation site (src/twin/qdq.ts) over the calibration rows, by
 * our float64 forward pass of the SOURCE model (as onnxruntime calibrates the float model).
 */
export function calibrate(source: Uint8Array, name: string, samples: readonly Sample[]): Map<string, QdqParams> {
  const params = new Map<string, QdqParams>();
  for (const site of activationSites(source, name)) {
    let min = Infinity;
    let max = -Infinity;
    const take = (v: ArrayLike<number>): void => {
      for (let i = 0; i < v.length; i++) {
        if (v[i] < min) min = v[i];
        if (v[i] > max) max = v[i];
      }
    };
    const net = (() => {
      try {
        return loadOnnxBytes(truncatedModel(source, site, name), `${name} (up to '${site}')`);
      } catch (e) {
        // The graph input itself: the loader refuses an output that is the input.
        if (e instanceof UserError && /is the input itself/.test(e.message)) return null;
        throw e;
      }
    })();
    for (const s of samples) take(net ? forward(net, s.x) : s.x);
    params.set(site, qdqParams(min, max));
  }
  return params;
}

export function runMakeTwin(o: RawMakeTwin, log: (line: string) => void): TwinReport {
  const spec = makeTwinSpec(o);
  if (samePath(o.in, o.out)) throw new UserError(`--out ${o.out}: refusing to overwrite the input model`);
  const sourceBytes = readModelFile(o.in);
  const made = makeTwinModel(sourceBytes, spec, o.in);
  const { report } = made;
  let twin = made.bytes;
  if (spec.activations === true) {
    const labelColumn = parseChoice('--label-col', o.labelCol ?? 'last', ['first', 'last', 'none'] as const);
    const scale = o.scale === undefined ? 1 : parseNumber('--scale', o.scale, v => v > 0 && Number.isFinite(v), 'a positive number');
    const samples = readSamples(o.calibration as string, parseRows(o.rows ?? 'all'), { labelColumn, scale, expectedFeatures: loadOnnxBytes(sourceBytes, o.in).nodes[0].size });
    const params = calibrate(sourceBytes, o.in, samples);
    twin = insertActivationQdq(twin, params, o.in);
    log(`activations: ${params.size} QuantizeLinear/DequantizeLinear pairs (int8, per tensor), min/max over ${samples.length} calibration rows of ${o.calibration}`);
  }
  const tmp = join(dirname(resolve(o.out)), `.${basename(o.out)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, twin);
    renameSync(tmp, o.out);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new UserError(`${o.out}: cannot write the twin (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  log(summaryLine(o.out, report, createHash('sha256').update(twin).digest('hex')));
  return report;
}

/** Registers `make-twin` on the program. */
export function addMakeTwinCommand(program: Command, log: (line: string) => void = line => process.stdout.write(`${line}\n`)): void {
  program
    .command('make-twin')
    .description('write a pruned and/or quantised twin of an ONNX model (weights stored as dequantised float32)')
    .requiredOption('--in <onnx>', 'source model (ONNX)')
    .requiredOption('--out <onnx>', 'twin to write (never the input)')
    .option('--prune <fraction>', 'zero this fraction of the weights with the smallest |w|, in [0, 1)')
    .option('--prune-scope <s>', 'global (one threshold over all weight tensors) or layer (per tensor)', 'global')
    .option('--quantize <kind>', 'int8 or int4 (symmetric, weights only) or fp16 (weights and biases); after pruning')
    .option('--granularity <g>', 'int8/int4 scale per tensor or per output channel (default channel; fp16 ignores it)')
    .option('--activations', 'with --quantize int8: also quantise activations (static int8 QDQ, per-tensor min/max from --calibration)')
    .option('--calibration <data>', 'rows of inputs (CSV/TSV/JSON/NPY) for the activation ranges')
    .option('--rows <spec>', 'calibration rows, e.g. 0-99 (default all)')
    .option('--label-col <where>', 'calibration CSV label column: first, last or none', 'last')
    .option('--scale <f>', 'multiply every calibration feature by this (e.g. 0.00392156862745098 for 1/255)')
    .action((o: RawMakeTwin) => {
      runMakeTwin(o, log);
    });
}
