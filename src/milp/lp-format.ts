/**
 * CPLEX LP text of a MilpModel, readable by HiGHS, GLPK (glpsol --lp), CPLEX, Gurobi, SCIP.
 *
 * - Numbers are written in shortest round-trip form (String(x)), so the file holds exactly the
 *   model's float64 values.
 * - Names come from names.ts (sanitized, unique); the objective row is called 'obj'.
 * - A ranged row lo ≤ a·x ≤ hi (both finite, lo < hi) becomes two rows `<name>_lo: a·x ≥ lo` and
 *   `<name>_hi: a·x ≤ hi` (HiGHS's LP reader rejects double inequalities); a row with no
 *   bound at all constrains nothing and is left out. Everything else maps one to one.
 * - Columns: every column is declared in the Bounds section (free ones as `free`), so a column
 *   that appears in no row still exists; the default [0, +inf) is written too, for clarity.
 *   Integer columns are listed under General with their bounds (never under Binary, which
 *   some readers treat as resetting bounds).
 * - The objective constant, if any, is written as a constant term.
 * Column order in a reader may differ from ours (LP readers order columns by first
 * appearance); the MPS writer keeps it.
 */
import type { MilpModel } from './model.js';
import { exportNames, OBJECTIVE_ROW } from './names.js';

/** Shortest round-trip decimal; -0 as 0. */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`cannot write ${v} as a coefficient`);
  return v === 0 ? '0' : String(v);
}

const TERMS_PER_LINE = 8;

function linear(cols: ArrayLike<number>, vals: ArrayLike<number>, names: readonly string[]): string {
  const parts: string[] = [];
  for (let k = 0; k < cols.length; k++) {
    const v = vals[k];
    const sign = v < 0 || Object.is(v, -0) ? '-' : '+';
    const term = `${sign} ${formatNumber(Math.abs(v))} ${names[cols[k]]}`;
    parts.push(k > 0 && k % TERMS_PER_LINE === 0 ? `\n   ${term}` : term);
  }
  return parts.join(' ');
}

function bound(v: number): string {
  return v === Infinity ? '+inf' : v === -Infinity ? '-inf' : formatNumber(v);
}

export interface ExportHeader {
  /** Comment lines written at the top of the file (without the comment marker). */
  readonly comments?: readonly string[];
}

export function toLpFormat(m: MilpModel, header: ExportHeader = {}): string {
  const { cols, rows } = exportNames(m);
  const out: string[] = [];
  for (const c of header.comments ?? []) out.push(`\\ ${c.replace(/\n/g, ' ')}`);
  out.push(m.sense === 'maximize' ? 'Maximize' : 'Minimize');
  const objCols: number[] = [];
  const objVals: number[] = [];
  for (let j = 0; j < m.numCols; j++) {
    if (m.colCost[j] !== 0) {
      objCols.push(j);
      objVals.push(m.colCost[j]);
    }
  }
  let obj = objCols.length > 0 ? linear(objCols, objVals, cols) : m.numCols > 0 ? `0 ${cols[0]}` : '';
  if (m.objOffset !== 0) obj += ` ${m.objOffset < 0 ? '-' : '+'} ${formatNumber(Math.abs(m.objOffset))}`;
  out.push(` ${OBJECTIVE_ROW}: ${obj}`);

  out.push('Subject To');
  const usedRowNames = new Set(rows.map(r => r.toLowerCase()));
  const splitName = (base: string, suffix: string): string => {
    let n = `${base}_${suffix}`;
    for (let k = 2; usedRowNames.has(n.toLowerCase()); k++) n = `${base}_${suffix}${k}`;
    usedRowNames.add(n.toLowerCase());
    return n;
  };
  for (let i = 0; i < m.numRows; i++) {
    const lo = m.rowLower[i];
    const hi = m.rowUpper[i];
    if (lo === -Infinity && hi === Infinity) continue;
    const s = m.starts[i];
    const e = m.starts[i + 1];
    const expr = e > s ? linear(m.indices.subarray(s, e), m.values.subarray(s, e), cols) : `0 ${cols[0]}`;
    if (lo === hi) out.push(` ${rows[i]}: ${expr} = ${formatNumber(lo)}`);
    else if (hi === Infinity) out.push(` ${rows[i]}: ${expr} >= ${formatNumber(lo)}`);
    else if (lo === -Infinity) out.push(` ${rows[i]}: ${expr} <= ${formatNumber(hi)}`);
    else {
      out.push(` ${splitName(rows[i], 'lo')}: ${expr} >= ${formatNumber(lo)}`);
      out.push(` ${splitName(rows[i], 'hi')}: ${expr} <= ${formatNumber(hi)}`);
    }
  }

  out.push('Bounds');
  for (let j = 0; j < m.numCols; j++) {
    const lo = m.colLower[j];
    const hi = m.colUpper[j];
    if (lo === -Infinity && hi === Infinity) out.push(` ${cols[j]} free`);
    else if (lo === hi) out.push(` ${cols[j]} = ${formatNumber(lo)}`);
    else out.push(` ${bound(lo)} <= ${cols[j]} <= ${bound(hi)}`);
  }
  const ints = cols.filter((_, j) => m.integrality[j] !== 0);
  if (ints.length > 0) {
    out.push('General');
    for (let k = 0; k < ints.length; k += TERMS_PER_LINE) out.push(` ${ints.slice(k, k + TERMS_PER_LINE).join(' ')}`);
  }
  out.push('End');
  return out.join('\n') + '\n';
}
