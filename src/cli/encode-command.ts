/**
 * `twinmargin encode`: writes the joint MILP of one LRSM end (row, pair i:j, min or max) as
 * CPLEX LP and free MPS files with a JSON sidecar (format in encodings/README.md), optionally
 * solving it in memory with HiGHS first to record the optimum.
 */
import { basename } from 'node:path';
import { Command } from 'commander';
import { readSamples, parseRows } from '../data/read.js';
import { UserError } from '../errors.js';
import { inputSize, outputSize } from '../ir/network.js';
import type { Sense } from '../milp/model.js';
import { writeExport } from '../milp/export.js';
import { loadOnnx } from '../onnx/load.js';
import { alignTwins } from '../layers/twin-pair.js';
import { checkTwins } from '../onnx/twins.js';
import { buildQuery, describeModel, solveForSidecar } from '../rsm/encode-query.js';
import type { Pair } from '../rsm/objective.js';
import { boundsFor } from '../verify/methods.js';
import { checkSamples } from '../verify/samples.js';
import { createHighsSolver } from '../solver/highs.js';
import { TOOL, VERSION } from '../version.js';
import { type InputArgs, parseChoice, parseInputArgs, parseNumber, type RawInput } from '../io/options.js';
import { ensureDir } from '../io/results-file.js';

export type BoundsName = 'interval' | 'crown' | 'diff';

export interface EncodeArgs extends InputArgs {
  readonly pair: Pair;
  readonly sense: Sense;
  readonly bounds: BoundsName;
  readonly relax: boolean;
  readonly out: string;
  readonly name?: string;
  readonly solve: boolean;
  readonly timeLimitSec: number;
}

const stem = (p: string): string => basename(p).replace(/\.onnx$/i, '');

export async function runEncode(a: EncodeArgs, log: (line: string) => void): Promise<string[]> {
  // The output directory first: an unwritable one fails at once, before any model is read.
  ensureDir(a.out, '--out');
  // fp32 vs QDQ: identity stand-ins, so differential bounds (and diff cuts) apply.
  const [n1, n2] = alignTwins(loadOnnx(a.n1), loadOnnx(a.n2));
  checkTwins(n1, n2);
  const classes = outputSize(n1);
  if (a.pair.some(c => c >= classes)) throw new UserError(`--pair ${a.pair.join(':')}: the networks have ${classes} classes (0..${classes - 1})`);
  const samples = readSamples(a.data, parseRows(a.rows), {
    labelColumn: a.labelColumn,
    ...(a.header ? { header: a.header } : {}),
    scale: a.scale,
    expectedFeatures: inputSize(n1),
    ...(a.labels ? { labelsPath: a.labels } : {}),
  });
  checkSamples(samples, { data: a.data, classes, domain: a.domain, eps: a.eps, hint: 'set --scale (e.g. 1/255) or --domain (e.g. none for z-scored signals)', nets: { n1, n2 } });
  const bounds = boundsFor(a.bounds);
  const solver = a.solve ? createHighsSolver({ threads: 1 }) : null;
  const written: string[] = [];
  try {
    for (const s of samples) {
      const sense = a.sense === 'minimize' ? 'min' : 'max';
      const base = a.name ?? `${stem(a.n1)}-vs-${stem(a.n2)}-r${s.row}-${a.pair.join('_')}-${sense}${a.relax ? '-lp' : ''}`;
      const name = samples.length > 1 && a.name ? `${base}-r${s.row}` : base;
      const q = buildQuery(n1, n2, { x0: s.x, eps: a.eps, domain: a.domain, pair: a.pair, sense: a.sense, bounds, relax: a.relax });
      const sidecar: Record<string, unknown> = {
        tool: TOOL,
        version: VERSION,
        query: { kind: 'lrsm-end', quantity: 'rho = (z1[i] - z1[j]) - (z2[i] - z2[j])', pair: a.pair, sense: a.sense, relaxed: a.relax },
        n1: { path: a.n1, sha256: n1.sha256 },
        n2: { path: a.n2, sha256: n2.sha256 },
        data: { path: a.data, row: s.row, label: s.label, scale: a.scale },
        eps: a.eps,
        domain: a.domain ? [a.domain.lo, a.domain.hi] : null,
        bounds: { method: bounds.name, ...(q.boundsNote ? { note: q.boundsNote } : {}) },
        ...describeModel(q),
        ...(solver ? { solve: await solveForSidecar(n1, n2, a.pair, q, solver, a.timeLimitSec) } : {}),
      };
      const comments = [`${TOOL} ${VERSION}: ${a.sense} rho(${a.pair.join(', ')}) of ${stem(a.n1)} vs ${stem(a.n2)}, row ${s.row}, eps ${a.eps}${a.relax ? ', LP relaxation' : ''}`, `sidecar: ${name}.json`];
      const files = writeExport(a.out, name, q.model, sidecar, comments);
      log(`wrote ${files.lp}, ${files.mps}, ${files.json} (${q.model.numCols} columns, ${q.model.numRows} rows)`);
      written.push(files.json);
    }
  } finally {
    await solver?.close();
  }
  return written;
}

interface RawEncode extends RawInput {
  pair: string;
  sense: string;
  bounds: string;
  relax?: boolean;
  out: string;
  name?: string;
  solve?: boolean;
  timeLimit: string;
}

function parsePair(text: string): Pair {
  const m = /^\s*(\d+):(\d+)\s*$/.exec(text);
  if (!m || m[1] === m[2]) throw new UserError(`--pair ${text}: expected one pair i:j of two different classes, e.g. 7:3`);
  return [Number(m[1]), Number(m[2])];
}

/** A file name stem: no directory parts, so the files stay inside --out. */
function parseName(text: string): string {
  if (text.trim() === '' || /[/\\]/.test(text) || text === '.' || text === '..' || text.includes('\0')) {
    throw new UserError(`--name ${text}: expected a file name stem without directory parts (the files are written inside --out)`);
  }
  return text;
}

export function encodeArgs(o: RawEncode): EncodeArgs {
  const sense = parseChoice('--sense', o.sense, ['min', 'max'] as const);
  return {
    ...parseInputArgs(o),
    pair: parsePair(o.pair),
    sense: sense === 'min' ? 'minimize' : 'maximize',
    bounds: parseChoice('--bounds', o.bounds, ['interval', 'crown', 'diff'] as const),
    relax: o.relax ?? false,
    out: o.out,
    ...(o.name ? { name: parseName(o.name) } : {}),
    solve: o.solve ?? false,
    timeLimitSec: parseNumber('--time-limit', o.timeLimit, v => v > 0, 'a number of seconds > 0'),
  };
}

/** Registers `encode` on the program. */
export function addEncodeCommand(program: Command, log: (line: string) => void): void {
  program
    .command('encode')
    .description('write the joint MILP of one LRSM end as LP and MPS files with a JSON sidecar')
    .requiredOption('--n1 <onnx>', 'reference network N1 (ONNX)')
    .requiredOption('--n2 <onnx>', 'twin network N2 (ONNX)')
    .requiredOption('--data <file>', 'inputs: .csv, .json or .npy (as for verify)')
    .option('--rows <spec>', 'rows: 0-9, 3, 0,2,5-7 or all (one file set per row)', '0')
    .option('--label-col <where>', 'CSV label column: first, last or none', 'last')
    .option('--header <yes|no|auto>', 'CSV header line: auto (a header only when no cell of the first line is a number), yes or no', 'auto')
    .option('--labels <npy>', 'labels for .npy data')
    .option('--scale <s>', 'multiply every feature, e.g. 1/255', '1')
    .option('--domain <lo,hi|none>', 'input domain D is clipped to', '0,1')
    .requiredOption('--eps <ε>', 'L∞ radius of the neighbourhood')
    .requiredOption('--pair <i:j>', 'class pair of ρ(x; i, j)')
    .option('--sense <s>', 'min or max of ρ', 'min')
    .option('--bounds <m>', 'bound method for the big-M constants: interval, crown or diff', 'diff')
    .option('--relax', 'relax the binaries to [0, 1] (the LP relaxation)')
    .requiredOption('--out <dir>', 'directory for <name>.lp, <name>.mps and <name>.json')
    .option('--name <name>', 'file name stem (default from the models, row, pair and sense)')
    .option('--solve', 'solve the model in memory with HiGHS and record the optimum in the sidecar')
    .option('--time-limit <s>', 'time limit for --solve, seconds', '60')
    .action(async (o: RawEncode) => {
      await runEncode(encodeArgs(o), log);
    });
}
