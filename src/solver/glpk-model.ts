/**
 * Pure parts of the GLPK backend (glpk.js 5.0.0 = GLPK 5.0): the MilpModel as glpk.js's JSON
 * problem, and glpk.js's answer (status, z, column values, and GLPK's terminal messages) as a
 * typed outcome. No glpk.js import here: the package is optional and is loaded only by the
 * worker (glpk-worker.ts) and by the availability check in glpk.ts.
 *
 * What glpk.js reports, and what we make of it (measured on glpk.js 5.0.0, presolve on):
 * - It returns only `glp_mip_status` (MIP) or `glp_get_status` (LP), not glp_intopt's return
 *   code, so a MIP stopped by the time limit and one stopped by the relative gap both say FEAS,
 *   and an LP found infeasible or unbounded by the presolver says UNDEF (z = 0). GLPK's own
 *   messages tell them apart, so the worker captures them (message level ALL) and we match:
 *   "TIME LIMIT EXCEEDED", "RELATIVE MIP GAP TOLERANCE REACHED", "HAS NO PRIMAL FEASIBLE
 *   SOLUTION", "HAS NO DUAL FEASIBLE SOLUTION".
 * - OPT: the tree was exhausted. The incumbent's objective z is the proven optimum, so the
 *   dual bound is z (solve-end widens it by τ, as for HiGHS).
 * - FEAS + gap message: GLPK stopped because |z − b|/(|z| + DBL_EPSILON) < mipgap for its best
 *   node bound b, so b ≥ z − mipgap·(|z| + DBL_EPSILON) for a minimisation: that is the dual
 *   bound (outcome `optimal`, within the requested gap).
 * - FEAS + time limit (or UNDEF + time limit, no incumbent): `timeLimit` with dualBound null.
 *   glpk.js exposes no global bound of an unfinished search; solve-end then uses the relaxation
 *   bound (status `relaxed`), never the incumbent.
 * - NOFEAS → infeasible; UNBND or "no dual feasible solution" → unbounded (as HiGHS's
 *   unbounded-or-infeasible); anything else → error with GLPK's last message.
 * GLPK has no absolute MIP gap: only `mipRelGap` is passed (a stricter request is still sound).
 */
import type { WorkerModel, WorkerOutcome } from './highs-worker.js';

/** The glpk.js constants we use (read from the loaded instance, not hard-coded). */
export interface GlpkConstants {
  readonly GLP_MIN: number;
  readonly GLP_MAX: number;
  readonly GLP_FR: number;
  readonly GLP_LO: number;
  readonly GLP_UP: number;
  readonly GLP_DB: number;
  readonly GLP_FX: number;
  readonly GLP_MSG_ALL: number;
  readonly GLP_UNDEF: number;
  readonly GLP_FEAS: number;
  readonly GLP_INFEAS: number;
  readonly GLP_NOFEAS: number;
  readonly GLP_OPT: number;
  readonly GLP_UNBND: number;
}

interface GlpkTerm {
  readonly name: string;
  readonly coef: number;
}

interface GlpkBnds {
  readonly type: number;
  readonly lb: number;
  readonly ub: number;
}

/** glpk.js's problem JSON (the subset we write). */
export interface GlpkProblem {
  readonly name: string;
  readonly objective: { readonly direction: number; readonly name: string; readonly vars: GlpkTerm[] };
  readonly subjectTo: { readonly name: string; readonly vars: GlpkTerm[]; readonly bnds: GlpkBnds }[];
  readonly bounds: ({ readonly name: string } & GlpkBnds)[];
  readonly generals: string[];
}

/** glpk.js's `result` object. */
export interface GlpkResult {
  readonly status: number;
  readonly z: number;
  readonly vars: Readonly<Record<string, number>>;
}

/** Column and row names for GLPK: c<j>, r<i>. Ours may repeat and need not be GLPK-legal. */
export const glpkCol = (j: number): string => `c${j}`;
const glpkRow = (i: number): string => `r${i}`;

/** GLPK bound type of [lb, ub] (±Infinity = no bound); unused bounds are passed as 0. */
export function glpkBounds(k: GlpkConstants, lb: number, ub: number): GlpkBnds {
  const hasLo = lb > -Infinity;
  const hasUp = ub < Infinity;
  if (hasLo && hasUp) return lb === ub ? { type: k.GLP_FX, lb, ub } : { type: k.GLP_DB, lb, ub };
  if (hasLo) return { type: k.GLP_LO, lb, ub: 0 };
  if (hasUp) return { type: k.GLP_UP, lb: 0, ub };
  return { type: k.GLP_FR, lb: 0, ub: 0 };
}

/**
 * The model as glpk.js JSON. Every column gets an explicit bound entry (glpk.js's default is
 * [0, +∞) for a column it has no bounds for); integer columns are `generals` with their own
 * bounds (glpk.js's `binaries` would reset bounds to [0, 1]). The objective offset is not
 * passed (glpk.js has no constant term): add it to z.
 */
export function toGlpkProblem(k: GlpkConstants, m: WorkerModel): GlpkProblem {
  const objective: GlpkTerm[] = [];
  const bounds: ({ readonly name: string } & GlpkBnds)[] = [];
  const generals: string[] = [];
  for (let j = 0; j < m.numCols; j++) {
    if (m.colCost[j] !== 0) objective.push({ name: glpkCol(j), coef: m.colCost[j] });
    bounds.push({ name: glpkCol(j), ...glpkBounds(k, m.colLower[j], m.colUpper[j]) });
    if (m.integrality[j] !== 0) generals.push(glpkCol(j));
  }
  const subjectTo: GlpkProblem['subjectTo'] = [];
  for (let i = 0; i < m.numRows; i++) {
    const vars: GlpkTerm[] = [];
    for (let p = m.starts[i]; p < m.starts[i + 1]; p++) vars.push({ name: glpkCol(m.indices[p]), coef: m.values[p] });
    subjectTo.push({ name: glpkRow(i), vars, bnds: glpkBounds(k, m.rowLower[i], m.rowUpper[i]) });
  }
  return {
    name: 'twinmargin',
    objective: { direction: m.sense === 'maximize' ? k.GLP_MAX : k.GLP_MIN, name: 'obj', vars: objective },
    subjectTo,
    bounds,
    generals,
  };
}

const DBL_EPSILON = 2 ** -52;

const MSG = {
  timeLimit: 'TIME LIMIT EXCEEDED',
  gap: 'RELATIVE MIP GAP TOLERANCE REACHED',
  noPrimal: 'HAS NO PRIMAL FEASIBLE SOLUTION',
  noDual: 'HAS NO DUAL FEASIBLE SOLUTION',
} as const;

export interface GlpkAnswer {
  readonly isMip: boolean;
  readonly result: GlpkResult;
  /** GLPK's terminal output of this solve (message level ALL), line by line. */
  readonly log: readonly string[];
  /** The relative MIP gap GLPK was given. */
  readonly mipGap: number;
}

/** The column values in model order, from glpk.js's name → value map. */
function columnValues(m: WorkerModel, vars: Readonly<Record<string, number>>): Float64Array {
  const x = new Float64Array(m.numCols);
  for (let j = 0; j < m.numCols; j++) {
    const v = vars[glpkCol(j)];
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`GLPK returned no value for column ${j}`);
    x[j] = v;
  }
  return x;
}

function lastMessage(log: readonly string[]): string {
  for (let i = log.length - 1; i >= 0; i--) {
    const line = log[i].trim();
    if (line) return line.slice(0, 200);
  }
  return 'no message';
}

/** glpk.js's answer as a typed outcome (see the header for the reasoning). */
export function glpkOutcome(k: GlpkConstants, m: WorkerModel, a: GlpkAnswer): WorkerOutcome {
  const { status, z } = a.result;
  const said = (s: string): boolean => a.log.some(line => line.includes(s));
  const incumbent = () => ({ objective: z + m.objOffset, colValue: columnValues(m, a.result.vars) });
  const name = `GLPK ${a.isMip ? 'MIP' : 'LP'} status ${status}`;
  if (status === k.GLP_OPT) {
    if (!Number.isFinite(z)) return { kind: 'error', message: `${name} (optimal) with objective ${z}` };
    return { kind: 'optimal', incumbent: incumbent(), dualBound: z + m.objOffset, nodes: 0 };
  }
  if (status === k.GLP_FEAS) {
    if (!Number.isFinite(z)) return { kind: 'error', message: `${name} (feasible) with objective ${z}` };
    if (a.isMip && said(MSG.gap) && a.mipGap > 0) {
      const slack = a.mipGap * (Math.abs(z) + DBL_EPSILON);
      const bound = m.sense === 'minimize' ? z - slack : z + slack;
      return { kind: 'optimal', incumbent: incumbent(), dualBound: bound + m.objOffset, nodes: 0 };
    }
    if (said(MSG.timeLimit)) return { kind: 'timeLimit', incumbent: incumbent(), dualBound: null, nodes: 0 };
    return { kind: 'error', message: `${name} (feasible, search stopped): ${lastMessage(a.log)}` };
  }
  if (status === k.GLP_NOFEAS) return { kind: 'infeasible' };
  if (status === k.GLP_UNBND) return { kind: 'unbounded' };
  if (status === k.GLP_UNDEF || status === k.GLP_INFEAS) {
    if (said(MSG.noPrimal)) return { kind: 'infeasible' };
    if (said(MSG.noDual)) return { kind: 'unbounded' };
    if (said(MSG.timeLimit)) return { kind: 'timeLimit', incumbent: null, dualBound: null, nodes: 0 };
  }
  return { kind: 'error', message: `${name}: ${lastMessage(a.log)}` };
}
