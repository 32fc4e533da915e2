/** Backend selection by name (`--solver`): HiGHS (default, MIT) or GLPK (optional, GPL-3.0, loaded lazily). */
import { createGlpkSolver } from './glpk.js';
import { createHighsSolver } from './highs.js';
import type { MilpSolver } from './types.js';

export type SolverName = 'highs' | 'glpk';
export const SOLVERS: readonly SolverName[] = ['highs', 'glpk'];

/** The chosen backend with `threads` workers; for glpk, a UserError when glpk.js is not installed. */
export async function createSolver(name: SolverName, threads: number): Promise<MilpSolver> {
  return name === 'glpk' ? createGlpkSolver({ threads }) : createHighsSolver({ threads });
}
