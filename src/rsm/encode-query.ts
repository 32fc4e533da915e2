/**
 * One LRSM end as a standalone model, for export (`twinmargin encode`, scripts/export-encodings.ts):
 * the joint MILP of verify's exact mode for (row, pair, sense), optionally with its binaries
 * relaxed to [0, 1], plus everything a reader of the exported file needs to interpret it.
 */
import type { BoundsMethod } from '../bounds/types.js';
import { encodeJoint, startAt } from '../encoding/joint.js';
import type { MilpModel, Sense } from '../milp/model.js';
import { exportNames } from '../milp/names.js';
import type { Network } from '../ir/network.js';
import type { MilpSolver, SolveOutcome } from '../solver/types.js';
import { clipToBox, type InputDomain, neighbourhood } from './domain.js';
import { type Pair, rhoAt } from './objective.js';
import { rhoObjective } from './solve-end.js';

export interface QuerySpec {
  readonly x0: ArrayLike<number>;
  readonly eps: number;
  readonly domain: InputDomain | null;
  readonly pair: Pair;
  readonly sense: Sense;
  readonly bounds: BoundsMethod;
  /** Binaries relaxed to continuous [0, 1]: the LP relaxation. */
  readonly relax: boolean;
}

export interface Query {
  readonly model: MilpModel;
  /** Input k is column inputColumns[k]. */
  readonly inputColumns: Int32Array;
  readonly box: { readonly lower: Float64Array; readonly upper: Float64Array };
  readonly boundsNote?: string;
  /** The MIP start at x₀ clipped into D (for HiGHS). */
  readonly start: Float64Array;
  readonly center: Float64Array;
}

export function buildQuery(n1: Network, n2: Network, q: QuerySpec): Query {
  const box = neighbourhood(q.x0, q.eps, q.domain);
  const center = clipToBox(q.x0, box);
  const tb = q.bounds.compute(n1, n2, box);
  const joint = encodeJoint(n1, n2, box, tb);
  const built = joint.builder.build(q.sense, rhoObjective(joint, q.pair));
  const model = q.relax ? { ...built, integrality: new Int32Array(built.numCols) } : built;
  return {
    model,
    inputColumns: joint.x,
    box,
    ...(tb.note ? { boundsNote: tb.note } : {}),
    start: startAt(joint, center, model.numCols),
    center,
  };
}

/** The sidecar's description of the model: objective by exported column name, inputs, sizes. */
export function describeModel(q: Query): Record<string, unknown> {
  const m = q.model;
  const { cols } = exportNames(m);
  const coefficients: Record<string, number> = {};
  for (let j = 0; j < m.numCols; j++) if (m.colCost[j] !== 0) coefficients[cols[j]] = m.colCost[j];
  return {
    objective: { sense: m.sense, offset: m.objOffset, coefficients },
    inputs: Array.from(q.inputColumns, (c, k) => ({ column: cols[c], input: k, lower: q.box.lower[k], upper: q.box.upper[k] })),
    size: { columns: m.numCols, rows: m.numRows, nonzeros: m.indices.length, integers: m.integrality.reduce((s, v) => s + (v !== 0 ? 1 : 0), 0) },
  };
}

/** What an in-memory solve found, for the sidecar: status, objective, dual bound, ρ at the solver's input. */
export async function solveForSidecar(n1: Network, n2: Network, pair: Pair, q: Query, solver: MilpSolver, timeLimitSec: number): Promise<Record<string, unknown>> {
  const out: SolveOutcome = await solver.solve({ model: q.model, timeLimitSec, start: q.start, mipRelGap: 1e-9, mipAbsGap: 1e-9 });
  const base = { solver: solver.name, status: out.kind, seconds: out.seconds, mipRelGap: 1e-9, mipAbsGap: 1e-9 };
  if (out.kind !== 'optimal' && out.kind !== 'timeLimit') return base;
  const inc = out.incumbent;
  let witness: number | null = null;
  if (inc) {
    const x = clipToBox(Array.from(q.inputColumns, c => inc.colValue[c]), q.box);
    witness = rhoAt(n1, n2, x, pair);
  }
  return { ...base, objective: inc ? inc.objective : null, dualBound: out.dualBound, rhoAtSolverInput: witness };
}
