/**
 * Free-format MPS text of a MilpModel (fixed MPS cannot hold our names, which are longer than
 * 8 characters). Readable by HiGHS, GLPK (glpsol --freemps), CPLEX, Gurobi, SCIP.
 *
 * - Rows and columns keep the model's order and its (sanitized, unique) names; every column is
 *   declared in COLUMNS (one with no coefficient gets an explicit 0 in the objective), so a
 *   reader gets exactly our column indices.
 * - Row bounds: E (lo = hi), G (lo only), L (hi only), ranged rows as G with RANGES hi − lo;
 *   a row with no bound at all is left out (an extra N row is dropped by most readers).
 * - OBJSENSE MAX for maximisation; the objective constant c is written as RHS −c of the
 *   objective row (the usual convention, followed by HiGHS and CPLEX).
 * - Integer columns sit between MARKER INTORG/INTEND and always get explicit bounds
 *   (without them some readers default an integer column to [0, 1]); `PL` marks an infinite
 *   upper bound.
 * - Numbers in shortest round-trip form.
 */
import type { MilpModel } from './model.js';
import { formatNumber, type ExportHeader } from './lp-format.js';
import { exportNames, OBJECTIVE_ROW } from './names.js';

/**
 * `objsense: false` leaves the OBJSENSE section out (GLPK 5's glpsol rejects it as "invalid
 * indicator record"): the file then says nothing about the sense, and a maximisation must be
 * solved with `glpsol --freemps FILE --max`.
 */
export function toMpsFormat(m: MilpModel, name: string, header: ExportHeader & { readonly objsense?: boolean } = {}): string {
  const { cols, rows } = exportNames(m);
  const out: string[] = [];
  for (const c of header.comments ?? []) out.push(`* ${c.replace(/\n/g, ' ')}`);
  out.push(`NAME ${name.replace(/\s+/g, '_')}`);
  if (m.sense === 'maximize' && header.objsense !== false) out.push('OBJSENSE', '    MAX');
  out.push('ROWS', ` N ${OBJECTIVE_ROW}`);
  const kept = new Uint8Array(m.numRows);
  for (let i = 0; i < m.numRows; i++) {
    const lo = m.rowLower[i];
    const hi = m.rowUpper[i];
    if (lo === -Infinity && hi === Infinity) continue;
    kept[i] = 1;
    out.push(` ${lo === hi ? 'E' : lo === -Infinity ? 'L' : 'G'} ${rows[i]}`);
  }

  // Transpose the row-wise matrix: per column, its (row, value) entries in row order.
  const count = new Int32Array(m.numCols + 1);
  for (let p = 0; p < m.indices.length; p++) count[m.indices[p] + 1]++;
  for (let j = 0; j < m.numCols; j++) count[j + 1] += count[j];
  const fill = count.slice(0, m.numCols);
  const rowOf = new Int32Array(m.indices.length);
  const valOf = new Float64Array(m.indices.length);
  for (let i = 0; i < m.numRows; i++) {
    for (let p = m.starts[i]; p < m.starts[i + 1]; p++) {
      const q = fill[m.indices[p]]++;
      rowOf[q] = i;
      valOf[q] = m.values[p];
    }
  }

  out.push('COLUMNS');
  let inInt = false;
  for (let j = 0; j < m.numCols; j++) {
    const isInt = m.integrality[j] !== 0;
    if (isInt !== inInt) {
      out.push(`    MARKER 'MARKER' '${isInt ? 'INTORG' : 'INTEND'}'`);
      inInt = isInt;
    }
    // Two (row, value) entries per line, as free MPS allows: about 40 % smaller files.
    const entries: string[] = [];
    if (m.colCost[j] !== 0) entries.push(`${OBJECTIVE_ROW} ${formatNumber(m.colCost[j])}`);
    for (let q = count[j]; q < count[j + 1]; q++) if (kept[rowOf[q]]) entries.push(`${rows[rowOf[q]]} ${formatNumber(valOf[q])}`);
    if (entries.length === 0) entries.push(`${OBJECTIVE_ROW} 0`);
    for (let k = 0; k < entries.length; k += 2) out.push(`    ${cols[j]} ${entries.slice(k, k + 2).join(' ')}`);
  }
  if (inInt) out.push(`    MARKER 'MARKER' 'INTEND'`);

  out.push('RHS');
  if (m.objOffset !== 0) out.push(`    RHS ${OBJECTIVE_ROW} ${formatNumber(-m.objOffset)}`);
  const ranges: string[] = [];
  for (let i = 0; i < m.numRows; i++) {
    if (!kept[i]) continue;
    const lo = m.rowLower[i];
    const hi = m.rowUpper[i];
    const rhs = lo === -Infinity ? hi : lo;
    if (rhs !== 0) out.push(`    RHS ${rows[i]} ${formatNumber(rhs)}`);
    if (lo !== hi && lo > -Infinity && hi < Infinity) ranges.push(`    RNG ${rows[i]} ${formatNumber(hi - lo)}`);
  }
  if (ranges.length > 0) out.push('RANGES', ...ranges);

  out.push('BOUNDS');
  for (let j = 0; j < m.numCols; j++) {
    const lo = m.colLower[j];
    const hi = m.colUpper[j];
    const c = cols[j];
    const isInt = m.integrality[j] !== 0;
    if (lo === -Infinity && hi === Infinity) out.push(` FR BND ${c}`);
    else if (lo === hi) out.push(` FX BND ${c} ${formatNumber(lo)}`);
    else {
      if (lo === -Infinity) out.push(` MI BND ${c}`);
      else if (lo !== 0 || isInt) out.push(` LO BND ${c} ${formatNumber(lo)}`);
      if (hi < Infinity) out.push(` UP BND ${c} ${formatNumber(hi)}`);
      else if (isInt) out.push(` PL BND ${c}`);
    }
  }
  out.push('ENDATA');
  return out.join('\n') + '\n';
}
