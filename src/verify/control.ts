/**
 * What a caller of verifyRow may pass in to watch and bound one row (src/cli's progress and
 * budgets): the phases it goes through, the sound pair bounds known so far, and the row's own
 * deadline for ends. Everything is optional; library callers pass nothing.
 */
import type { Pair } from '../rsm/objective.js';

/** The phases of a row, in order (`queued`: not started when a budget ran out; `start`: a row worker loading the twins); `solve` covers each end's MILP, LP or branch and bound. */
export type RowPhase = 'queued' | 'start' | 'bounds' | 'relaxation' | 'attack' | 'obbt' | 'solve' | 'implication';

export interface RowControl {
  phase?(name: RowPhase): void;
  /** Sound bounds of ρ for a pair as soon as they are known; called again when they tighten. */
  partial?(pair: Pair, lower: number, upper: number): void;
  /** An end finished (for the progress bar's end count). */
  endDone?(): void;
  /** A running end's best bounds so far (branch and bound's anytime bounds; throttled by verifyRow). */
  interim?(p: EndProgress): void;
}

/** Where a running end stands: its value lies in [lower, upper] (`upper` from a re-checked point, `lower` sound). */
export interface EndProgress {
  readonly pair: readonly [number, number];
  readonly sense: 'minimize' | 'maximize';
  readonly method: 'bab';
  readonly lower: number;
  readonly upper: number;
  readonly nodes: number;
  readonly open: number;
}

/** Least time between two interim reports of one end. */
export const INTERIM_EVERY_MS = 250;

/** Why an end's bound is what it is: the word the results carry beside `status`. */
export type EndReason =
  | 'solved' //                  the solver (MILP or branch and bound) closed the gap: status exact
  | 'decided-by-relaxation' //   auto: the relaxation fixed the sign of ρ, no solver was needed
  | 'relaxation-only' //         the method bounds by a relaxation alone (interval, crown, alpha-crown, diff, attack)
  | 'lp-relaxation' //           --method lp: the LP relaxation of the MILP
  | 'time-limit' //              the end's time ran out in `phase`; bound = best sound bound so far
  | 'solver-no-bound' //         the solver stopped without any dual bound (error, killed in presolve): relaxation bound
  | 'identical-twins'; //        same SHA-256: ρ ≡ 0

export interface EndWhy {
  readonly reason: EndReason;
  /** With time-limit: the phase the end was in when its time ran out. */
  readonly phase?: RowPhase;
}

/**
 * The reason of an end from what verifyRow knows of it: whether a solver ran, its outcome, the
 * end's status, and whether its time was gone before the solve could start.
 */
export function endReason(e: { readonly status: string; readonly outcome: string; readonly dualBound: number | null }, ctx: { readonly solved: boolean; readonly lpOnly: boolean; readonly decided: boolean; readonly timedOutBefore?: RowPhase }): EndWhy {
  if (ctx.timedOutBefore) return { reason: 'time-limit', phase: ctx.timedOutBefore };
  if (!ctx.solved) return { reason: ctx.decided ? 'decided-by-relaxation' : 'relaxation-only' };
  if (ctx.lpOnly) return { reason: 'lp-relaxation' };
  if (e.status === 'exact') return { reason: 'solved' };
  if (e.outcome === 'timeLimit' && e.dualBound !== null) return { reason: 'time-limit', phase: 'solve' };
  return { reason: 'solver-no-bound' };
}
