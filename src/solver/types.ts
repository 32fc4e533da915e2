/**
 * The solver contract. Backends (HiGHS now, GLPK later) take a plain-data MilpModel and
 * return a typed outcome; callers never read a value that its status does not provide.
 */
import type { MilpModel } from '../milp/model.js';

export interface SolveRequest {
  readonly model: MilpModel;
  /** Hard wall-clock limit in seconds for this solve, presolve included. */
  readonly timeLimitSec: number;
  /** A full column assignment to use as MIP start (length numCols), if any. */
  readonly start?: Float64Array;
  /** Relative and absolute MIP gap at which the solver may stop and call the result optimal. */
  readonly mipRelGap: number;
  readonly mipAbsGap: number;
}

/** A primal point the solver found, with its objective value (in the model's sense). */
export interface Incumbent {
  readonly objective: number;
  readonly colValue: Float64Array;
}

export type SolveOutcome =
  /** Finished: objective within the gap of dualBound; dualBound is the solver's proven bound. */
  | { readonly kind: 'optimal'; readonly incumbent: Incumbent; readonly dualBound: number; readonly seconds: number; readonly nodes: number }
  /** Stopped by the limit. dualBound is null when the solver proved nothing (e.g. killed in presolve). */
  | { readonly kind: 'timeLimit'; readonly incumbent: Incumbent | null; readonly dualBound: number | null; readonly seconds: number; readonly nodes: number }
  | { readonly kind: 'infeasible'; readonly seconds: number }
  | { readonly kind: 'unbounded'; readonly seconds: number }
  | { readonly kind: 'error'; readonly message: string; readonly seconds: number };

export interface MilpSolver {
  readonly name: string;
  solve(req: SolveRequest): Promise<SolveOutcome>;
  /** Ends every worker; the solver cannot be used afterwards. */
  close(): Promise<void>;
}
