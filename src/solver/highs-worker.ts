/**
 * Worker thread for the HiGHS backend (see highs.ts). It loads highs-js once and solves one
 * model per message with the persistent API (createModel with a CSR matrix), then disposes it.
 *
 * Protocol (pool.ts): it receives `TaskEnvelope<WorkerSolveRequest>` and answers with
 * `progress` messages (improving MIP solutions with their column values; the MIP dual bound and
 * node count, throttled) and one final `done` message carrying a `WorkerOutcome`. The progress
 * messages let the main thread report what HiGHS knew if it has to kill this worker, which it
 * does when HiGHS overruns its time limit (time_limit is not checked inside MIP presolve).
 *
 * Every error is caught and returned as a short message (an uncaught highs-js error would print
 * a 168 KB source line); the worker then asks to be recycled, as it does when its WebAssembly
 * memory (which never shrinks) has passed `recycleBytes`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import highsModule from 'highs';
import type { Highs, HighsCallbackMap, Model, ModelData } from 'highs';
import type { Incumbent, SolveOutcome } from './types.js';
import type { MilpModel } from '../milp/model.js';
import { shortMessage, type TaskEnvelope, type WorkerReply } from './pool.js';

/** A MilpModel without names (HiGHS does not need them, and they are costly to post). */
export type WorkerModel = Omit<MilpModel, 'colNames' | 'rowNames'>;

export interface WorkerSolveRequest {
  readonly model: WorkerModel;
  readonly timeLimitSec: number;
  readonly start: Float64Array | null;
  readonly mipRelGap: number;
  readonly mipAbsGap: number;
}

export interface WorkerConfig {
  /** Ask to be replaced once WebAssembly memory exceeds this many bytes. */
  readonly recycleBytes: number;
  /** When false, neither HiGHS's time_limit nor the interrupt callback is used (tests only). */
  readonly softLimit: boolean;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** The outcome without `seconds`, which the main thread measures. */
export type WorkerOutcome = DistributiveOmit<SolveOutcome, 'seconds'>;

/** What HiGHS reported while running; each field is present only when it changed. */
export interface HighsProgress {
  readonly incumbent?: Incumbent;
  readonly dualBound?: number;
  readonly nodes?: number;
}

export type HighsReply = WorkerReply<WorkerOutcome, HighsProgress>;

// The default import is typed as the CommonJS build under NodeNext but is the loader at run time.
type LoadHighs = typeof highsModule.default;
const runtimeDefault: unknown = highsModule;
const loadHighs: LoadHighs = typeof runtimeDefault === 'function' ? (runtimeDefault as LoadHighs) : highsModule.default;

/** Minimum interval between two dual-bound progress messages. */
const PROGRESS_INTERVAL_MS = 50;

const config = workerData as WorkerConfig;
const highsReady: Promise<Highs> = loadHighs();
// A load failure is reported by the first solve; this only avoids an unhandled rejection.
highsReady.catch(() => undefined);

function post(reply: HighsReply, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(reply, transfer);
}

function finite(v: number | bigint | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function toModelData(highs: Highs, m: WorkerModel, isMip: boolean): ModelData {
  const { minimize, maximize } = highs.constants.objectiveSense;
  return {
    numCols: m.numCols,
    numRows: m.numRows,
    sense: m.sense === 'maximize' ? maximize : minimize,
    offset: m.objOffset,
    colCost: m.colCost,
    // highs-js takes ±Infinity (highs.infinity === Infinity) for missing bounds, as MilpModel does.
    colLower: m.colLower,
    colUpper: m.colUpper,
    rowLower: m.rowLower,
    rowUpper: m.rowUpper,
    matrix: { format: 'csr', numRows: m.numRows, numCols: m.numCols, starts: m.starts, indices: m.indices, values: m.values },
    // Omitted for a pure LP, so that HiGHS runs its LP solver (and reports no MIP info).
    ...(isMip ? { integrality: m.integrality } : {}),
  };
}

/** A model without columns: HiGHS reports "Empty"; every row activity is 0. */
function solveEmpty(m: WorkerModel): WorkerOutcome {
  for (let r = 0; r < m.numRows; r++) {
    if (m.rowLower[r] > 0 || m.rowUpper[r] < 0) return { kind: 'infeasible' };
  }
  const incumbent = { objective: m.objOffset, colValue: new Float64Array(0) };
  return { kind: 'optimal', incumbent, dualBound: m.objOffset, nodes: 0 };
}

function solve(highs: Highs, req: WorkerSolveRequest, sentAt: number): WorkerOutcome {
  const m = req.model;
  if (m.numCols === 0) return solveEmpty(m);
  const isMip = m.integrality.some((t) => t !== 0);
  const deadline = sentAt + req.timeLimitSec * 1000;
  const model: Model = highs.createModel(toModelData(highs, m, isMip));
  try {
    model.options.set({
      output_flag: false,
      // HiGHS's own limit, shortened by the time spent before run() (worker start, model load).
      ...(config.softLimit ? { time_limit: Math.max(1e-3, (deadline - Date.now()) / 1000) } : {}),
      mip_rel_gap: req.mipRelGap,
      mip_abs_gap: req.mipAbsGap,
      // 1e-9 instead of the defaults 1e-6 / 1e-7 (the smallest accepted value is 1e-10): in a
      // big-M ReLU encoding a binary at 1e-6 lets M·1e-6 leak into the neuron's output, so a
      // looser tolerance can make the incumbent (our witness) far from a true network output.
      mip_feasibility_tolerance: 1e-9,
      primal_feasibility_tolerance: 1e-9,
      // Let presolve substitute away the equality rows of stable neurons even when that fills
      // in (default limit 10). On the ECG twins (ε = 2e-4, 43 binaries) this took a min-ρ solve
      // from "no branch-and-bound node in 60 s" (~6 ms per simplex iteration on a 6k × 3k LP)
      // to optimal in 4.5 s.
      presolve_substitution_maxfillin: 1000,
      // No restart of the MIP after root reduced-cost fixing. With a near-optimal MIP start
      // (an attack point) a restart re-ran presolve and one mnist8x8 max-ρ solve sat at its root
      // node for the whole 90 s limit; without restarts it finished in 43–51 s, and the x₀-start
      // solves got faster too (65–69 s → 20–26 s; same machine, same run).
      mip_allow_restart: false,
    });
    if (req.start) model.setSolution({ colValue: req.start });
    model.run(callbacks(highs, deadline));
    return readOutcome(highs, model, isMip);
  } finally {
    model.dispose();
  }
}

function callbacks(highs: Highs, deadline: number): HighsCallbackMap {
  const type = highs.constants.callbackType;
  let lastBound: number | null = null;
  let lastNodes = -1;
  let lastPost = 0;
  return {
    [type.mipImprovingSolution](ev) {
      const colValue = ev.data.mip_solution;
      const objective = ev.data.objective_function_value;
      if (colValue && typeof objective === 'number' && Number.isFinite(objective)) {
        const copy = colValue.slice(); // a buffer of our own, safe to transfer
        post({ kind: 'progress', progress: { incumbent: { objective, colValue: copy } } }, [copy.buffer]);
      }
      return undefined;
    },
    [type.mipInterrupt](ev) {
      const now = Date.now();
      if (config.softLimit && now >= deadline) ev.interrupt();
      const bound = finite(ev.data.mip_dual_bound);
      const nodes = Number(ev.data.mip_node_count ?? 0n);
      if ((bound !== lastBound || nodes !== lastNodes) && now - lastPost >= PROGRESS_INTERVAL_MS) {
        lastPost = now;
        lastNodes = nodes;
        lastBound = bound;
        post({ kind: 'progress', progress: bound === null ? { nodes } : { dualBound: bound, nodes } });
      }
      return undefined;
    },
  };
}

function readOutcome(highs: Highs, model: Model, isMip: boolean): WorkerOutcome {
  const st = highs.constants.modelStatus;
  const status = model.getModelStatus();
  const nodes = isMip ? Math.max(0, Number(model.info.get('mip_node_count'))) : 0;
  const feasible = model.info.get('primal_solution_status') === highs.constants.solutionStatus.feasible;
  const incumbent = (): Incumbent => ({ objective: model.getObjectiveValue(), colValue: model.getSolution().colValue });
  switch (status) {
    case st.optimal: {
      if (!feasible) return { kind: 'error', message: 'HiGHS status Optimal without a feasible primal solution' };
      const inc = incumbent();
      // For an LP the optimal objective is its own bound; HiGHS leaves mip_dual_bound at 0.
      const dualBound = isMip ? finite(model.info.get('mip_dual_bound')) : inc.objective;
      if (dualBound === null) return { kind: 'error', message: 'HiGHS status Optimal without a finite dual bound' };
      return { kind: 'optimal', incumbent: inc, dualBound, nodes };
    }
    case st.timeLimit:
    case st.interrupted: {
      // An LP stopped early has no proven bound; a MIP's is ±Infinity until the search starts.
      const dualBound = isMip ? finite(model.info.get('mip_dual_bound')) : null;
      return { kind: 'timeLimit', incumbent: feasible ? incumbent() : null, dualBound, nodes };
    }
    case st.infeasible:
      return { kind: 'infeasible' };
    case st.unbounded:
    case st.unboundedOrInfeasible:
      return { kind: 'unbounded' };
    default: {
      const name = Object.entries(st).find(([, code]) => code === status)?.[0] ?? 'unknown';
      return { kind: 'error', message: `HiGHS model status ${name} (${status})` };
    }
  }
}

parentPort?.on('message', (envelope: TaskEnvelope<WorkerSolveRequest>) => {
  void (async (): Promise<void> => {
    let outcome: WorkerOutcome;
    let recycle = false;
    try {
      const highs = await highsReady;
      outcome = solve(highs, envelope.request, envelope.sentAt);
      recycle = highs.memoryBytes > config.recycleBytes;
    } catch (e) {
      // After a native abort (RuntimeError: Aborted()) the module is unusable: always recycle.
      outcome = { kind: 'error', message: `HiGHS failed: ${shortMessage(e)}` };
      recycle = true;
    }
    post({ kind: 'done', result: outcome, recycle });
  })();
});
