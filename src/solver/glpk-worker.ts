/**
 * Worker thread for the GLPK backend (see glpk.ts). It loads glpk.js's synchronous Node entry
 * once and solves one model per message; the main thread kills it if it overruns.
 *
 * GLPK's terminal output is what tells a gap stop from a time-limit stop (glpk-model.ts), so
 * this worker replaces console.log before the WebAssembly module is created (emscripten binds
 * its `print` to console.log at that moment) and keeps the lines of the current solve. This
 * worker's console is its own: the main thread's output is untouched.
 *
 * Protocol (pool.ts): receives `TaskEnvelope<GlpkSolveRequest>`, answers with one `done`
 * message (GLPK reports no progress for a MIP). Errors are caught and returned as a short
 * message; the worker then asks to be recycled.
 */
import { parentPort } from 'node:worker_threads';
import type { WorkerModel, WorkerOutcome } from './highs-worker.js';
import { type GlpkConstants, type GlpkProblem, type GlpkResult, glpkOutcome, toGlpkProblem } from './glpk-model.js';
import { shortMessage, type TaskEnvelope, type WorkerReply } from './pool.js';

export interface GlpkSolveRequest {
  readonly model: WorkerModel;
  readonly timeLimitSec: number;
  readonly mipRelGap: number;
}

interface GlpkOptions {
  readonly msglev: number;
  readonly tmlim: number;
  readonly mipgap: number;
  readonly presol: boolean;
}

export interface GlpkInstance extends GlpkConstants {
  solve(lp: GlpkProblem, options: GlpkOptions): { readonly result: GlpkResult };
}

/** The only glpk.js entry usable in Node: its `solve` is synchronous (the default one needs Worker). */
export const GLPK_MODULE = 'glpk.js/node';

/** At most this many lines of GLPK output are kept per solve (the verdicts are in the last ones). */
const LOG_LINES = 200;
const log: string[] = [];

async function loadGlpk(): Promise<GlpkInstance> {
  const mod: unknown = await import(GLPK_MODULE);
  const factory = (mod as { default?: unknown }).default;
  if (typeof factory !== 'function') throw new Error(`${GLPK_MODULE} has no default export`);
  console.log = (...parts: unknown[]): void => {
    log.push(parts.map(String).join(' '));
    if (log.length > 2 * LOG_LINES) log.splice(0, log.length - LOG_LINES);
  };
  return (await (factory as () => Promise<GlpkInstance>)()) as GlpkInstance;
}

const glpkReady = loadGlpk();
// A load failure is reported by the first solve; this only avoids an unhandled rejection.
glpkReady.catch(() => undefined);

function post(reply: WorkerReply<WorkerOutcome, never>): void {
  parentPort?.postMessage(reply);
}

/** A model without columns: every row activity is 0. */
function solveEmpty(m: WorkerModel): WorkerOutcome {
  for (let r = 0; r < m.numRows; r++) if (m.rowLower[r] > 0 || m.rowUpper[r] < 0) return { kind: 'infeasible' };
  return { kind: 'optimal', incumbent: { objective: m.objOffset, colValue: new Float64Array(0) }, dualBound: m.objOffset, nodes: 0 };
}

function solve(glpk: GlpkInstance, req: GlpkSolveRequest, sentAt: number): WorkerOutcome {
  const m = req.model;
  if (m.numCols === 0) return solveEmpty(m);
  const isMip = m.integrality.some(t => t !== 0);
  const problem = toGlpkProblem(glpk, m);
  // GLPK's own limit (whole milliseconds), shortened by the time spent since dispatch.
  const remainingMs = Math.max(1, Math.floor(sentAt + req.timeLimitSec * 1000 - Date.now()));
  log.length = 0;
  const { result } = glpk.solve(problem, {
    msglev: glpk.GLP_MSG_ALL,
    tmlim: remainingMs / 1000,
    mipgap: req.mipRelGap,
    // Always on: without the presolver glpk.js calls glp_intopt with no LP basis, which fails.
    presol: true,
  });
  return glpkOutcome(glpk, m, { isMip, result, log: log.slice(), mipGap: req.mipRelGap });
}

parentPort?.on('message', (envelope: TaskEnvelope<GlpkSolveRequest>) => {
  void (async (): Promise<void> => {
    let outcome: WorkerOutcome;
    let recycle = false;
    try {
      const glpk = await glpkReady;
      outcome = solve(glpk, envelope.request, envelope.sentAt);
    } catch (e) {
      // After an emscripten abort the module is unusable: always recycle.
      outcome = { kind: 'error', message: `GLPK failed: ${shortMessage(e)}` };
      recycle = true;
    }
    post({ kind: 'done', result: outcome, recycle });
  })();
});
