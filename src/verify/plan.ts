/**
 * What a row's verify job will run, from its options alone (no bound computed yet): how the two
 * ends of every class pair are bounded and whether the N2 ⇒ N1 implication gets its MILPs.
 * verifyRow follows the plan; the progress bar and the bench deadlines size themselves by it.
 */
import type { ImplicationMode, VerifyMethod } from './methods.js';

/**
 * How both ends of every pair are bounded: by the relaxation alone, by the LP relaxation of the
 * joint MILP, by the MILP, by branch and bound, or (auto) by the MILP (or branch and bound, for
 * a MILP of more than AUTO_BAB_BINARIES binaries) only for pairs whose sign of ρ the relaxations
 * leave open.
 */
export type EndPlan = 'relaxation' | 'lp' | 'milp' | 'bab' | 'milp-if-open';

/**
 * The implication N2 ⇒ N1: not checked; the sufficient check from the LRSM lower bounds only
 * ('sound'); one MILP per j ≠ c ('milp'); or (auto, bab) those MILPs only when the relaxations
 * do not already prove it.
 */
export type ImplicationPlan = 'off' | 'sound' | 'milp' | 'milp-unless-proved';

export interface RowPlan {
  readonly ends: EndPlan;
  readonly implication: ImplicationPlan;
}

export function planRow(opts: { readonly method: VerifyMethod; readonly implication: ImplicationMode }): RowPlan {
  const { method } = opts;
  const ends: EndPlan = method === 'milp' ? 'milp' : method === 'lp' ? 'lp' : method === 'bab' ? 'bab' : method === 'auto' ? 'milp-if-open' : 'relaxation';
  const implication: ImplicationPlan =
    opts.implication === 'off' ? 'off' : opts.implication === 'exact' && method === 'milp' ? 'milp' : opts.implication === 'exact' && (method === 'auto' || method === 'bab') ? 'milp-unless-proved' : 'sound';
  return { ends, implication };
}

/**
 * At most this many solver calls for one row with `pairs` class pairs among `classes` classes:
 * two per pair when the ends are solved, one per j ≠ c for the implication MILPs (OBBT's LPs not
 * counted). Exact for milp and lp; for auto an upper bound. A branch-and-bound end counts as one
 * (its leaf MILPs are its own business).
 */
export function maxSolves(plan: RowPlan, pairs: number, classes: number): number {
  const ends = plan.ends === 'relaxation' ? 0 : 2 * pairs;
  const implication = plan.implication === 'milp' || plan.implication === 'milp-unless-proved' ? classes - 1 : 0;
  return ends + implication;
}
