/** `twinmargin verify`: load twins and data, run every row, report and write results. */
import { maxDataBytes, readSamples, parseRows } from '../data/read.js';
import { UserError } from '../errors.js';
import { inputSize, outputSize, type Network } from '../ir/network.js';
import { loadOnnx } from '../onnx/load.js';
import { checkTwins } from '../onnx/twins.js';
import { type ImplicationMode, pairCount, type PairSpec, type Sample, selectPairs, type VerifyMethod } from '../verify/methods.js';
import { verifyOptions, VERIFY_DEFAULTS } from '../verify/options.js';
import { type RowResult, verifyRow } from '../verify/verify.js';
import type { RowControl } from '../verify/control.js';
import { checkSamples } from '../verify/samples.js';
import { readRegionFile, regionCentre, regionHeader, type RegionFile, vnnlibNote } from '../io/regions.js';
import type { AttackBudget } from '../attack/pgd.js';
import { createSolver, type SolverName } from '../solver/select.js';
import { TOOL, VERSION } from '../version.js';
import { formatRow, formatSummary, type RunSummary } from './report.js';
import { type BudgetedRow, RowRunner } from './row-runner.js';
import { progressView, type Verbosity } from './progress-view.js';
import { exitCodeFor, type FailOn, rowVerdict, vnncompWord } from './verdict.js';
import type { OUTPUT_FORMATS } from './verify-options.js';
import { type Preprocess, preprocessDomain, preprocessSamples } from './preprocess.js';
import { maxElements, maxMemory } from '../ir/limits.js';
import { checkJsonTarget, checkOutputFile, fileSha256, JsonlResults, OutputLock, type RunHeader, writeAtomic } from '../io/results-file.js';
import type { InputArgs } from '../io/options.js';
import type { Precision } from '../bounds/precision.js';

export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Where a run writes: stdout carries only the chosen format, everything else goes to stderr. */
export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  readonly stderrIsTTY: boolean;
  /** Without a TTY, the time between heartbeat lines (default HEARTBEAT_MS). */
  readonly heartbeatMs?: number;
}

export const PROCESS_IO: CliIO = {
  stdout: s => void process.stdout.write(s),
  stderr: s => void process.stderr.write(s),
  get stderrIsTTY() {
    return process.stderr.isTTY === true;
  },
};

export interface VerifyArgs extends InputArgs {
  readonly pairs: PairSpec;
  readonly implication: ImplicationMode;
  readonly method: VerifyMethod;
  /** LP bound tightening budget in neurons per network; 0 = off. */
  readonly obbtNeurons?: number;
  /** Default: SIDE_BUDGET, or DEFAULT_BUDGET with --method attack. */
  readonly attackBudget?: AttackBudget;
  readonly seed?: string;
  /** Default 'float64' (--precision). */
  readonly precision?: Precision;
  /** Default 'highs'. */
  readonly solver?: SolverName;
  readonly timeLimitSec: number;
  readonly threads: number;
  readonly format: OutputFormat;
  readonly out?: string;
  /** Replace an existing --out that holds something else (never an input). */
  readonly force?: boolean;
  /** Move unreadable lines of a jsonl --out to <out>.corrupt.jsonl instead of stopping. */
  readonly repair?: boolean;
  /** Hard wall-clock budgets (a worker thread per row, killed when the time is up). */
  readonly rowTimeLimitSec?: number;
  readonly totalTimeLimitSec?: number;
  /** Default 'none': exit 0 for every finished run. */
  readonly failOn?: FailOn;
  readonly verbosity?: Verbosity;
  /** --layout, --mean, --std (preprocess.ts). */
  readonly preprocess?: Preprocess;
  /** Regions from --box / --vnnlib (region k is row k) instead of --data rows with --eps. */
  readonly regions?: { readonly flag: '--box' | '--vnnlib'; readonly path: string };
}

export interface VerifyRun {
  readonly results: RowResult[];
  /** The exit code: 0, or 10/20 with --fail-on (verdict.ts). */
  readonly code: number;
}

function describeNet(path: string, net: Network): Record<string, unknown> {
  return { path, sha256: net.sha256, inputs: inputSize(net), classes: outputSize(net), notes: net.notes };
}

export async function runVerify(a: VerifyArgs, io: CliIO = PROCESS_IO): Promise<VerifyRun> {
  if (a.out && (a.format === 'table' || a.format === 'vnncomp')) throw new UserError(`--out ${a.out}: results files are written with --format json or jsonl; add one of them (the ${a.format} goes to stdout)`);
  if (a.out) {
    const inputs = [{ flag: '--n1', path: a.n1 }, { flag: '--n2', path: a.n2 }, a.regions ?? { flag: '--data', path: a.data }, ...(a.labels ? [{ flag: '--labels', path: a.labels }] : [])];
    checkOutputFile(a.out, '--out', inputs);
  }
  // Taken before any work: it proves the directory writable and keeps a second run off the file.
  const lock = a.out ? OutputLock.acquire(a.out, '--out') : null;
  try {
    return await verifyLocked(a, io);
  } finally {
    lock?.release();
  }
}

async function verifyLocked(raw: VerifyArgs, io: CliIO): Promise<VerifyRun> {
  const pre = raw.preprocess ?? {};
  const preprocessed = pre.mean !== undefined || pre.std !== undefined || pre.layout !== undefined;
  // The domain of the model's (normalised) inputs; the raw domain stays in the header.
  const a: VerifyArgs = { ...raw, domain: preprocessDomain(raw.domain, pre) };
  const note = (line: string): void => io.stderr(line + '\n');
  const print = (line: string): void => io.stdout(line + '\n');
  // The verify settings, as plain data: this thread's options and a row worker's (row-runner.ts).
  const settings = {
    eps: a.eps,
    domain: a.domain,
    pairs: a.pairs,
    implication: a.implication,
    method: a.method,
    timeLimitSec: a.timeLimitSec,
    ...(a.obbtNeurons !== undefined ? { obbtNeurons: a.obbtNeurons } : {}),
    ...(a.attackBudget ? { attackBudget: a.attackBudget } : {}),
    ...(a.seed !== undefined ? { seed: a.seed } : {}),
    threads: a.threads,
    ...(a.precision === 'float32' ? { precision: a.precision } : {}),
  };
  const opts = verifyOptions(settings, 'cli');
  const solverName = a.solver ?? VERIFY_DEFAULTS.solver;
  const n1 = loadOnnx(a.n1);
  const n2 = loadOnnx(a.n2);
  checkTwins(n1, n2);
  const regionFile: RegionFile | null = a.regions ? readRegionFile(a.regions, inputSize(n1)) : null;
  if (regionFile && (preprocessed || a.rowTimeLimitSec !== undefined || a.totalTimeLimitSec !== undefined)) {
    throw new UserError(`${regionFile.flag}: region boxes are in the model's own input units and run without row budgets; drop ${preprocessed ? '--mean/--std/--layout' : '--row-time-limit/--total-time-limit'}`);
  }
  const samples: Sample[] = regionFile
    ? regionFile.regions.map((r, k) => ({ row: k, x: regionCentre(r), label: null }))
    : preprocessSamples(
        readSamples(a.data, parseRows(a.rows), {
          labelColumn: a.labelColumn,
          ...(a.header ? { header: a.header } : {}),
          scale: a.scale,
          expectedFeatures: inputSize(n1),
          ...(a.labels ? { labelsPath: a.labels } : {}),
        }),
        pre,
        n1,
        line => (a.verbosity === 'quiet' ? undefined : note(line)),
      );
  const classes = outputSize(n1);
  if (regionFile) {
    const vn = vnnlibNote(regionFile, 'verify bounds the LRSM on each input box');
    if (vn) note(vn);
  } else checkSamples(samples, { data: a.data, classes, domain: a.domain, eps: a.eps, hint: 'set --scale (e.g. 1/255) or --domain (e.g. none for z-scored signals)', nets: { n1, n2 } });
  if (a.pairs !== 'label' && a.pairs !== 'all') {
    try {
      selectPairs(a.pairs, 0, classes);
    } catch (e) {
      throw new UserError(`--pairs: ${(e as Error).message}`);
    }
  }
  if (a.verbosity !== 'quiet') for (const n of [...n1.notes.map(n => `N1: ${n}`), ...n2.notes.map(n => `N2: ${n}`)]) note(`note: ${n}`);

  const header: RunHeader = {
    kind: 'run',
    tool: TOOL,
    version: VERSION,
    n1: describeNet(a.n1, n1),
    n2: describeNet(a.n2, n2),
    data: regionFile ? null : { path: a.data, sha256: fileSha256(a.data) },
    ...(regionFile ? { regions: regionHeader(regionFile) } : {}),
    labels: a.labels ? { path: a.labels, sha256: fileSha256(a.labels) } : null,
    labelColumn: a.labelColumn,
    csvHeader: a.header ?? 'auto',
    eps: regionFile ? null : a.eps,
    domain: regionFile || !raw.domain ? null : [raw.domain.lo, raw.domain.hi],
    scale: a.scale,
    // Only when set, so that results files of runs without it keep their identity.
    ...(preprocessed ? { preprocess: { layout: pre.layout ?? null, mean: pre.mean ?? null, std: pre.std ?? null, modelDomain: a.domain ? [a.domain.lo, a.domain.hi] : null } } : {}),
    pairs: a.pairs,
    implication: a.implication,
    method: a.method,
    // Only when not the default float64, so that results files of earlier runs keep their identity.
    ...(a.precision === 'float32' ? { precision: a.precision } : {}),
    obbtNeurons: opts.obbt?.maxNeurons ?? 0,
    bounds: opts.bounds.name,
    attack: { ...opts.attack.budget, seed: opts.attack.seed },
    solver: solverName,
    timeLimitSec: opts.timeLimitSec,
    mipRelGap: opts.mipRelGap,
    mipAbsGap: opts.mipAbsGap,
    // Only when set, so that a results file of a run without budgets keeps its identity.
    ...(a.rowTimeLimitSec !== undefined ? { rowTimeLimitSec: a.rowTimeLimitSec } : {}),
    ...(a.totalTimeLimitSec !== undefined ? { totalTimeLimitSec: a.totalTimeLimitSec } : {}),
    // Size limits (--max-memory): recorded, but not part of the run identity (src/io/results-file.ts).
    limits: { maxMemory: maxMemory(), maxElements: maxElements(), maxDataBytes: maxDataBytes() },
  };

  let jsonl: JsonlResults | null = null;
  let done = new Set<number>();
  if (a.format === 'jsonl' && a.out) {
    const opened = JsonlResults.open(a.out, header, { force: a.force === true, repair: a.repair === true, pairsPerRow: pairCount(a.pairs, classes) });
    jsonl = opened.file;
    done = new Set(opened.resume.doneRows);
    if (opened.resume.quarantined) note(`${a.out}: moved ${opened.resume.quarantined} unreadable line(s) to ${a.out}.corrupt.jsonl; every readable record is kept`);
    if (done.size) note(`resuming ${a.out}: ${done.size} of ${samples.length} rows already done`);
  } else if (a.format === 'jsonl') {
    io.stdout(JSON.stringify(header) + '\n');
  } else if (a.format === 'json' && a.out) {
    checkJsonTarget(a.out, header, a.force === true);
  }
  const todo = samples.filter(s => !done.has(s.row));
  const pairs = pairCount(a.pairs, classes);
  const budgeted = a.rowTimeLimitSec !== undefined || a.totalTimeLimitSec !== undefined;
  // Budgeted rows run in worker threads with their own solver; the others share this one.
  const solver = budgeted ? null : await createSolver(solverName, a.threads);
  const view = progressView({ write: io.stderr, isTTY: io.stderrIsTTY }, { rows: todo.length, endsPerRow: 2 * pairs }, a.verbosity ?? 'normal', io.heartbeatMs ? { heartbeatMs: io.heartbeatMs } : {});
  const control: RowControl = { phase: p => view.phase(p), endDone: () => view.endDone(), interim: p => view.interim(p) };
  const runner = budgeted ? new RowRunner({ n1: a.n1, n2: a.n2, settings, solver: solverName, threads: a.threads }, { n1, n2 }) : null;
  const results: BudgetedRow[] = [];
  const tRun = performance.now();
  try {
    for (const s of todo) {
      view.rowStart(s.row);
      let r: BudgetedRow;
      if (runner) {
        const left = a.totalTimeLimitSec === undefined ? Infinity : a.totalTimeLimitSec - (performance.now() - tRun) / 1000;
        r = await runner.run({ row: s.row, x: Array.from(s.x), label: s.label }, Math.min(a.rowTimeLimitSec ?? Infinity, left), control);
      } else if (solver) {
        const region = regionFile?.regions[s.row];
        const r0 = await verifyRow(n1, n2, s, opts, solver, control, region);
        r = region ? { ...r0, box: { lower: Array.from(region.lower), upper: Array.from(region.upper) }, ...(region.outputConstraints.length ? { outputConstraints: region.outputConstraints } : {}) } : r0;
      }
      else throw new Error('unreachable: neither a row runner nor a solver');
      results.push(r);
      const verdict = rowVerdict(r);
      const exactEnds = r.pairs.reduce((n, p) => n + (p.min.status === 'exact' ? 1 : 0) + (p.max.status === 'exact' ? 1 : 0), 0);
      view.rowDone(s.row, `${verdict}; ${exactEnds}/${2 * r.pairs.length} ends exact; ${r.seconds.toFixed(1)} s${r.budgetStop ? ` (stopped by its budget in phase ${r.budgetStop.phase})` : ''}`);
      const { pairs: pairList, ...row } = r;
      const records = [...pairList.map(p => ({ kind: 'pair', ...p })), { kind: 'row', ...row, verdict }];
      view.clear();
      if (jsonl) jsonl.append(records);
      else if (a.format === 'jsonl') io.stdout(records.map(x => JSON.stringify(x)).join('\n') + '\n');
      if (a.format === 'table') print(formatRow(r));
      if (a.format === 'vnncomp') print(vnncompWord(verdict, r.budgetStop !== undefined));
      if (a.format === 'json' && a.out) writeJson(a.out, header, results);
    }
  } finally {
    view.stop();
    jsonl?.close();
    await solver?.close();
    await runner?.close();
  }
  if (a.format === 'json' && !a.out) io.stdout(JSON.stringify(jsonDocument(header, results), null, 1) + '\n');
  const summary: RunSummary = { rows: results, skipped: done.size, seconds: (performance.now() - tRun) / 1000 };
  // The summary is part of the table; beside a machine format it is a diagnostic.
  if (a.format === 'table') print(formatSummary(summary));
  else if (a.verbosity !== 'quiet') note(formatSummary(summary));
  return { results, code: exitCodeFor(results.map(rowVerdict), a.failOn ?? 'none') };
}

function jsonDocument(header: RunHeader, rows: readonly RowResult[]): Record<string, unknown> {
  const { kind: _kind, ...h } = header;
  return {
    ...h,
    results: rows.flatMap(r => r.pairs),
    rows: rows.map(({ pairs: _p, ...row }) => ({ ...row, verdict: rowVerdict(row) })),
  };
}

/** Rewrites the JSON document atomically after every row, so a crash loses at most the current row. */
function writeJson(path: string, header: RunHeader, rows: readonly RowResult[]): void {
  writeAtomic(path, JSON.stringify(jsonDocument(header, rows), null, 1) + '\n');
}
