/**
 * The GLPK backend (glpk.js 5.0.0 = GLPK 5.0 in WebAssembly). glpk.js is GPL-3.0, so it is an
 * optional dependency, imported only when this backend is chosen (`--solver glpk`).
 *
 * Same contract as the HiGHS backend (types.ts): a pool of worker threads (pool.ts), each
 * solving one model at a time in glpk-worker.ts. GLPK gets `tmlim`; the main thread also
 * terminates a worker that has not answered `graceSec` after the limit (GLPK's preprocessing
 * and root LP do not all check the clock) and then returns `timeLimit` with neither incumbent
 * nor bound: glpk.js reports nothing while it runs. How GLPK's statuses become outcomes, and
 * which dual bound each carries, is explained in glpk-model.ts.
 *
 * Differences from HiGHS the caller should know: no MIP start (`start` is ignored), no
 * absolute gap (only `mipRelGap` is used), no global dual bound after a time limit, no node
 * counts (reported as 0).
 */
import { availableParallelism } from 'node:os';
import { UserError } from '../errors.js';
import { KillablePool } from './pool.js';
import type { WorkerOutcome } from './highs-worker.js';
import type { GlpkSolveRequest } from './glpk-worker.js';
import type { MilpSolver, SolveOutcome, SolveRequest } from './types.js';

export interface GlpkSolverOptions {
  /** Number of worker threads; default 1, at most os.availableParallelism(). */
  readonly threads?: number;
  /** Seconds after `timeLimitSec` at which an unanswered worker is killed; default 1. */
  readonly graceSec?: number;
}

const DEFAULT_GRACE_SEC = 1;
/** Keep in step with GLPK_MODULE in glpk-worker.ts (not imported: that module starts a worker's work). */
const GLPK_MODULE = 'glpk.js/node';
export const GLPK_INSTALL_HINT = 'npm install glpk.js@5.0.0 (an optional dependency, GPL-3.0)';

function workerUrl(): URL {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./glpk-worker${ext}`, import.meta.url);
}

/**
 * Fails with a one-line UserError when glpk.js cannot be imported. `specifier` is for tests.
 * Importing the module only loads its JavaScript; the WebAssembly starts in the workers.
 */
export async function checkGlpkAvailable(specifier = GLPK_MODULE): Promise<void> {
  try {
    await import(specifier);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    // Under tap + tsx the resolver's error sometimes arrives without its `code` (seen once in a
    // full parallel test run), so the message is checked as well.
    const missing =
      code === 'ERR_MODULE_NOT_FOUND' ||
      code === 'MODULE_NOT_FOUND' ||
      code === 'ERR_PACKAGE_PATH_NOT_EXPORTED' ||
      (e instanceof Error && /^Cannot find (package|module) /.test(e.message) && e.message.includes(specifier.split('/')[0]));
    if (missing) {
      throw new UserError(`--solver glpk: the package ${specifier} is not installed; install it with: ${GLPK_INSTALL_HINT}`);
    }
    throw e;
  }
}

/** Creates the GLPK backend after checking that glpk.js is installed (UserError if not). */
export async function createGlpkSolver(opts: GlpkSolverOptions = {}): Promise<MilpSolver> {
  await checkGlpkAvailable();
  const threads = opts.threads ?? 1;
  const graceSec = opts.graceSec ?? DEFAULT_GRACE_SEC;
  if (!(Number.isInteger(threads) && threads >= 1)) throw new Error(`createGlpkSolver: invalid threads ${threads}`);
  if (!(Number.isFinite(graceSec) && graceSec >= 0)) throw new Error(`createGlpkSolver: invalid graceSec ${graceSec}`);
  const pool = new KillablePool<GlpkSolveRequest, WorkerOutcome, never>(workerUrl(), Math.min(threads, availableParallelism()));

  async function solve(req: SolveRequest): Promise<SolveOutcome> {
    if (!(Number.isFinite(req.timeLimitSec) && req.timeLimitSec > 0)) return { kind: 'error', message: `invalid timeLimitSec ${req.timeLimitSec}`, seconds: 0 };
    if (!(req.mipRelGap >= 0) || !(req.mipAbsGap >= 0)) return { kind: 'error', message: `invalid MIP gaps ${req.mipRelGap}, ${req.mipAbsGap}`, seconds: 0 };
    const { colNames: _c, rowNames: _r, ...model } = req.model;
    const { result, elapsedMs } = await pool.run(
      { model, timeLimitSec: req.timeLimitSec, mipRelGap: req.mipRelGap },
      {
        deadlineMs: (req.timeLimitSec + graceSec) * 1000,
        onProgress: () => undefined,
        onKilled: () => ({ kind: 'timeLimit', incumbent: null, dualBound: null, nodes: 0 }),
        onCrash: message => ({ kind: 'error', message }),
      },
    );
    return { ...result, seconds: elapsedMs / 1000 };
  }

  return { name: 'glpk', solve, close: () => pool.close() };
}
