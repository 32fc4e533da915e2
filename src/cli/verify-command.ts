/** `twinmargin verify`: load twins and data, run every row, report and write results. */
import { maxDataBytes, readSamples, parseRows } from '../data/read.js';
import { UserError } from '../errors.js';
import { inputSize, outputSize, type Network } from '../ir/network.js';
import { loadOnnx } from '../onnx/load.js';
import { checkTwins } from '../onnx/twins.js';
import { type ImplicationMode, pairCount, type PairSpec, selectPairs, type VerifyMethod } from '../verify/methods.js';
import { verifyOptions, VERIFY_DEFAULTS } from '../verify/options.js';
import { maxSolves, planRow } from '../verify/plan.js';
import { type RowResult, verifyRow } from '../verify/verify.js';
import { checkSamples } from '../verify/samples.js';
import type { AttackBudget } from '../attack/pgd.js';
import { createSolver, type SolverName } from '../solver/select.js';
import { TOOL, VERSION } from '../version.js';
import { counting, progressBar } from '../io/progress.js';
import { formatRow } from './report.js';
import { maxElements, maxMemory } from '../ir/limits.js';
import { checkJsonTarget, checkOutputFile, fileSha256, JsonlResults, OutputLock, type RunHeader, writeAtomic } from '../io/results-file.js';
import type { InputArgs } from '../io/options.js';

export type OutputFormat = 'table' | 'json' | 'jsonl';

export interface VerifyArgs extends InputArgs {
  readonly pairs: PairSpec;
  readonly implication: ImplicationMode;
  readonly method: VerifyMethod;
  /** LP bound tightening budget in neurons per network; 0 = off. */
  readonly obbtNeurons?: number;
  /** Default: SIDE_BUDGET, or DEFAULT_BUDGET with --method attack. */
  readonly attackBudget?: AttackBudget;
  readonly seed?: string;
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
}

function describeNet(path: string, net: Network): Record<string, unknown> {
  return { path, sha256: net.sha256, inputs: inputSize(net), classes: outputSize(net), notes: net.notes };
}

export async function runVerify(a: VerifyArgs, log: (line: string) => void): Promise<RowResult[]> {
  if (a.out && a.format === 'table') throw new UserError(`--out ${a.out}: results files are written with --format json or jsonl; add one of them (the table goes to the terminal)`);
  if (a.out) {
    const inputs = [{ flag: '--n1', path: a.n1 }, { flag: '--n2', path: a.n2 }, { flag: '--data', path: a.data }, ...(a.labels ? [{ flag: '--labels', path: a.labels }] : [])];
    checkOutputFile(a.out, '--out', inputs);
  }
  // Taken before any work: it proves the directory writable and keeps a second run off the file.
  const lock = a.out ? OutputLock.acquire(a.out, '--out') : null;
  try {
    return await verifyLocked(a, log);
  } finally {
    lock?.release();
  }
}

async function verifyLocked(a: VerifyArgs, log: (line: string) => void): Promise<RowResult[]> {
  const opts = verifyOptions(
    {
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
    },
    'cli',
  );
  const solverName = a.solver ?? VERIFY_DEFAULTS.solver;
  const n1 = loadOnnx(a.n1);
  const n2 = loadOnnx(a.n2);
  checkTwins(n1, n2);
  const samples = readSamples(a.data, parseRows(a.rows), {
    labelColumn: a.labelColumn,
    ...(a.header ? { header: a.header } : {}),
    scale: a.scale,
    expectedFeatures: inputSize(n1),
    ...(a.labels ? { labelsPath: a.labels } : {}),
  });
  const classes = outputSize(n1);
  checkSamples(samples, { data: a.data, classes, domain: a.domain, eps: a.eps, hint: 'set --scale (e.g. 1/255) or --domain (e.g. none for z-scored signals)', nets: { n1, n2 } });
  if (a.pairs !== 'label' && a.pairs !== 'all') {
    try {
      selectPairs(a.pairs, 0, classes);
    } catch (e) {
      throw new UserError(`--pairs: ${(e as Error).message}`);
    }
  }
  for (const note of [...n1.notes.map(n => `N1: ${n}`), ...n2.notes.map(n => `N2: ${n}`)]) log(`note: ${note}`);

  const header: RunHeader = {
    kind: 'run',
    tool: TOOL,
    version: VERSION,
    n1: describeNet(a.n1, n1),
    n2: describeNet(a.n2, n2),
    data: { path: a.data, sha256: fileSha256(a.data) },
    labels: a.labels ? { path: a.labels, sha256: fileSha256(a.labels) } : null,
    labelColumn: a.labelColumn,
    csvHeader: a.header ?? 'auto',
    eps: a.eps,
    domain: a.domain ? [a.domain.lo, a.domain.hi] : null,
    scale: a.scale,
    pairs: a.pairs,
    implication: a.implication,
    method: a.method,
    obbtNeurons: opts.obbt?.maxNeurons ?? 0,
    bounds: opts.bounds.name,
    attack: { ...opts.attack.budget, seed: opts.attack.seed },
    solver: solverName,
    timeLimitSec: opts.timeLimitSec,
    mipRelGap: opts.mipRelGap,
    mipAbsGap: opts.mipAbsGap,
    // Size limits (--max-memory): recorded, but not part of the run identity (src/io/results-file.ts).
    limits: { maxMemory: maxMemory(), maxElements: maxElements(), maxDataBytes: maxDataBytes() },
  };

  let jsonl: JsonlResults | null = null;
  let done = new Set<number>();
  if (a.format === 'jsonl' && a.out) {
    const opened = JsonlResults.open(a.out, header, { force: a.force === true, repair: a.repair === true, pairsPerRow: pairCount(a.pairs, classes) });
    jsonl = opened.file;
    done = new Set(opened.resume.doneRows);
    if (opened.resume.quarantined) log(`${a.out}: moved ${opened.resume.quarantined} unreadable line(s) to ${a.out}.corrupt.jsonl; every readable record is kept`);
    if (done.size) log(`resuming ${a.out}: ${done.size} of ${samples.length} rows already done`);
  } else if (a.format === 'jsonl') {
    process.stdout.write(JSON.stringify(header) + '\n');
  } else if (a.format === 'json' && a.out) {
    checkJsonTarget(a.out, header, a.force === true);
  }
  const todo = samples.filter(s => !done.has(s.row));
  const pairs = pairCount(a.pairs, classes);
  // Solves per row: exact for milp and lp; for auto an upper bound (pairs the relaxations decide
  // need none), and the shortfall is ticked off when the row ends so the ETA stays honest.
  const solvesPerRow = maxSolves(planRow(opts), pairs, classes);
  const backend = await createSolver(solverName, a.threads);
  const bar = progressBar(todo.length * solvesPerRow, 'verify');
  let ticks = 0;
  const progress = { tick: (n = 1) => { ticks += n; bar.tick(n); }, stop: () => bar.stop() };
  // Branch and bound runs many leaf solves per end: its bar advances per row instead.
  const solver = opts.method === 'bab' ? backend : counting(backend, progress);
  const results: RowResult[] = [];
  try {
    for (const s of todo) {
      const r = await verifyRow(n1, n2, s, opts, solver);
      const expected = (results.length + 1) * solvesPerRow;
      if (ticks < expected) progress.tick(expected - ticks);
      results.push(r);
      const { pairs, ...row } = r;
      const records = [...pairs.map(p => ({ kind: 'pair', ...p })), { kind: 'row', ...row }];
      if (jsonl) jsonl.append(records);
      else if (a.format === 'jsonl') process.stdout.write(records.map(x => JSON.stringify(x)).join('\n') + '\n');
      if (a.format === 'table') {
        progress.stop();
        log(formatRow(r));
      }
      if (a.format === 'json' && a.out) writeJson(a.out, header, results);
    }
  } finally {
    progress.stop();
    jsonl?.close();
    await solver.close();
  }
  if (a.format === 'json' && !a.out) process.stdout.write(JSON.stringify(jsonDocument(header, results), null, 1) + '\n');
  return results;
}

function jsonDocument(header: RunHeader, rows: readonly RowResult[]): Record<string, unknown> {
  const { kind: _kind, ...h } = header;
  return {
    ...h,
    results: rows.flatMap(r => r.pairs),
    rows: rows.map(({ pairs: _p, ...row }) => row),
  };
}

/** Rewrites the JSON document atomically after every row, so a crash loses at most the current row. */
function writeJson(path: string, header: RunHeader, rows: readonly RowResult[]): void {
  writeAtomic(path, JSON.stringify(jsonDocument(header, rows), null, 1) + '\n');
}
