/**
 * The HiGHS backend (highs-js, WebAssembly): a pool of worker threads, each solving one model
 * at a time in highs-worker.ts.
 *
 * Time limits. HiGHS gets `time_limit` and an interrupt callback at `timeLimitSec`, but it does
 * not check its clock inside MIP presolve (a 1 s limit once took 135 s). So the main thread also
 * terminates a worker that has not answered `graceSec` after the limit, returns `timeLimit` with
 * the last incumbent and dual bound the worker reported through HiGHS's callbacks (null if
 * none), and starts a replacement worker.
 *
 * Threads. highs-js is single-threaded; `threads` is the number of workers, i.e. of solves
 * running at once (at most os.availableParallelism()). Further solves wait in a queue; their
 * limit and `seconds` count from when a worker takes them.
 *
 * Idle workers do not keep the process alive; close() ends them all.
 */
import { availableParallelism } from 'node:os';
import type { Incumbent, MilpSolver, SolveOutcome, SolveRequest } from './types.js';
import { KillablePool } from './pool.js';
import type { HighsProgress, WorkerConfig, WorkerOutcome, WorkerSolveRequest } from './highs-worker.js';

export interface HighsSolverOptions {
  /** Number of worker threads; default 1, at most os.availableParallelism(). */
  readonly threads?: number;
  /** Seconds after `timeLimitSec` at which an unanswered worker is killed; default 1. */
  readonly graceSec?: number;
  /** A worker is replaced once its WebAssembly memory passes this; default 1 GiB (ceiling 2 GiB). */
  readonly recycleBytes?: number;
  /**
   * Default true. False gives HiGHS no time limit and no interrupt, so that only the hard kill
   * ends a long solve: for tests of the kill path.
   */
  readonly softLimit?: boolean;
}

const DEFAULT_GRACE_SEC = 1;
const DEFAULT_RECYCLE_BYTES = 1024 * 1024 * 1024;

/** The worker script, next to this module: .ts under tsx (workers inherit --import=tsx), .js in dist/. */
function workerUrl(): URL {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./highs-worker${ext}`, import.meta.url);
}

function checkOption(name: string, v: number, ok: boolean): void {
  if (!ok) throw new Error(`createHighsSolver: invalid ${name} ${v}`);
}

/** Why a request cannot be solved, or null. The worker relies on these checks. */
function invalidRequest(req: SolveRequest): string | null {
  if (!(Number.isFinite(req.timeLimitSec) && req.timeLimitSec > 0)) return `invalid timeLimitSec ${req.timeLimitSec}`;
  if (!(req.mipRelGap >= 0) || !(req.mipAbsGap >= 0)) return `invalid MIP gaps ${req.mipRelGap}, ${req.mipAbsGap}`;
  if (req.start && req.start.length !== req.model.numCols) {
    return `MIP start has ${req.start.length} values for ${req.model.numCols} columns`;
  }
  return null;
}

/** What the worker last reported: used when it has to be killed. */
class ProgressLog {
  incumbent: Incumbent | null = null;
  dualBound: number | null = null;
  nodes = 0;

  add(p: HighsProgress): void {
    if (p.incumbent) this.incumbent = p.incumbent;
    if (p.dualBound !== undefined) this.dualBound = p.dualBound;
    if (p.nodes !== undefined) this.nodes = p.nodes;
  }
}

export function createHighsSolver(opts: HighsSolverOptions = {}): MilpSolver {
  const threads = opts.threads ?? 1;
  const graceSec = opts.graceSec ?? DEFAULT_GRACE_SEC;
  const recycleBytes = opts.recycleBytes ?? DEFAULT_RECYCLE_BYTES;
  checkOption('threads', threads, Number.isInteger(threads) && threads >= 1);
  checkOption('graceSec', graceSec, Number.isFinite(graceSec) && graceSec >= 0);
  checkOption('recycleBytes', recycleBytes, recycleBytes > 0);
  const size = Math.min(threads, availableParallelism());
  const config: WorkerConfig = { recycleBytes, softLimit: opts.softLimit ?? true };
  const pool = new KillablePool<WorkerSolveRequest, WorkerOutcome, HighsProgress>(workerUrl(), size, config);

  async function solve(req: SolveRequest): Promise<SolveOutcome> {
    const invalid = invalidRequest(req);
    if (invalid !== null) return { kind: 'error', message: invalid, seconds: 0 };
    const { colNames: _colNames, rowNames: _rowNames, ...model } = req.model;
    const request: WorkerSolveRequest = {
      model,
      timeLimitSec: req.timeLimitSec,
      start: req.start ?? null,
      mipRelGap: req.mipRelGap,
      mipAbsGap: req.mipAbsGap,
    };
    const log = new ProgressLog();
    const { result, elapsedMs } = await pool.run(request, {
      deadlineMs: (req.timeLimitSec + graceSec) * 1000,
      onProgress: (p) => log.add(p),
      onKilled: () => ({ kind: 'timeLimit', incumbent: log.incumbent, dualBound: log.dualBound, nodes: log.nodes }),
      onCrash: (message) => ({ kind: 'error', message }),
    });
    return { ...result, seconds: elapsedMs / 1000 };
  }

  return {
    name: 'highs',
    solve,
    close: () => pool.close(),
  };
}
