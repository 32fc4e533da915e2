/**
 * Compressed sparse row matrices in float64, the storage of every affine map in the IR.
 * Invariants (checked by `checkCsr`): starts has rows+1 entries, starts[0] = 0, starts is
 * non-decreasing, indices are in [0, cols), and indices and values have starts[rows] entries.
 */
import { checkElements, maxElements } from './limits.js';

export interface Csr {
  readonly rows: number;
  readonly cols: number;
  readonly starts: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float64Array;
}

export function checkCsr(m: Csr, what: string): void {
  if (m.starts.length !== m.rows + 1) throw new Error(`${what}: CSR starts has ${m.starts.length} entries, expected ${m.rows + 1}`);
  if (m.starts[0] !== 0) throw new Error(`${what}: CSR starts[0] is ${m.starts[0]}, expected 0`);
  const nnz = m.starts[m.rows];
  if (m.indices.length !== nnz || m.values.length !== nnz) {
    throw new Error(`${what}: CSR holds ${m.indices.length} indices and ${m.values.length} values, expected ${nnz}`);
  }
  for (let r = 0; r < m.rows; r++) {
    if (m.starts[r + 1] < m.starts[r]) throw new Error(`${what}: CSR starts decrease at row ${r}`);
  }
  for (let k = 0; k < nnz; k++) {
    const c = m.indices[k];
    if (c < 0 || c >= m.cols) throw new Error(`${what}: CSR column index ${c} outside [0, ${m.cols})`);
    if (!Number.isFinite(m.values[k])) throw new Error(`${what}: non-finite weight ${m.values[k]} at row ${rowOf(m, k)}, column ${c}`);
  }
}

function rowOf(m: Csr, k: number): number {
  let r = 0;
  while (m.starts[r + 1] <= k) r++;
  return r;
}

/** Builds a CSR matrix row by row; entries with value 0 are dropped. */
export class CsrBuilder {
  private readonly starts: number[] = [0];
  private readonly indices: number[] = [];
  private readonly values: number[] = [];
  private readonly limit = maxElements();
  constructor(readonly cols: number) {}

  /** Appends one entry to the current row; a matrix over the element limit (src/ir/limits.ts) is a SizeLimitError. */
  push(col: number, value: number): void {
    if (value !== 0) {
      if (this.indices.length >= this.limit) checkElements(this.indices.length + 1, 'a sparse matrix', this.limit);
      this.indices.push(col);
      this.values.push(value);
    }
  }

  endRow(): void {
    this.starts.push(this.indices.length);
  }

  build(): Csr {
    return {
      rows: this.starts.length - 1,
      cols: this.cols,
      starts: Int32Array.from(this.starts),
      indices: Int32Array.from(this.indices),
      values: Float64Array.from(this.values),
    };
  }
}

/** Dense row-major (rows × cols) to CSR, dropping zeros. */
export function csrFromDense(rows: number, cols: number, data: ArrayLike<number>): Csr {
  if (data.length !== rows * cols) throw new Error(`dense matrix has ${data.length} entries, expected ${rows}×${cols}`);
  const b = new CsrBuilder(cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) b.push(c, data[r * cols + c]);
    b.endRow();
  }
  return b.build();
}

/** y += M x; with `rows`, only the rows r with rows[r] ≠ 0 (the others of y are left as they are). */
export function csrMulAdd(m: Csr, x: ArrayLike<number>, y: Float64Array, rows?: Uint8Array): void {
  for (let r = 0; r < m.rows; r++) {
    if (rows && rows[r] === 0) continue;
    let s = 0;
    for (let k = m.starts[r]; k < m.starts[r + 1]; k++) s += m.values[k] * x[m.indices[k]];
    y[r] += s;
  }
}

/**
 * A·B, giving up (undefined) as soon as the result holds more than `maxNnz` entries, so that
 * a product that would densify is never materialised.
 */
export function csrMatMulCapped(a: Csr, b: Csr, maxNnz: number): Csr | undefined {
  if (a.cols !== b.rows) throw new Error(`CSR product shape mismatch: ${a.rows}×${a.cols} by ${b.rows}×${b.cols}`);
  return accumulateRows(a.rows, b.cols, maxNnz, (r, add) => {
    for (let k = a.starts[r]; k < a.starts[r + 1]; k++) {
      const j = a.indices[k];
      const v = a.values[k];
      for (let q = b.starts[j]; q < b.starts[j + 1]; q++) add(b.indices[q], v * b.values[q]);
    }
  });
}

/** a + b for equally sized CSR matrices (columns sorted, exact zeros dropped). */
export function csrAdd(a: Csr, b: Csr): Csr {
  if (a.rows !== b.rows || a.cols !== b.cols) throw new Error(`CSR sum shape mismatch: ${a.rows}×${a.cols} and ${b.rows}×${b.cols}`);
  const sum = accumulateRows(a.rows, a.cols, Infinity, (r, add) => {
    for (const m of [a, b]) for (let k = m.starts[r]; k < m.starts[r + 1]; k++) add(m.indices[k], m.values[k]);
  });
  if (!sum) throw new Error('unreachable: uncapped sum gave up');
  return sum;
}

/** Builds a CSR row by row from `fill(r, add)` calls that scatter-add (column, value) pairs. */
function accumulateRows(rows: number, cols: number, maxNnz: number, fill: (r: number, add: (c: number, v: number) => void) => void): Csr | undefined {
  const out = new CsrBuilder(cols);
  const acc = new Float64Array(cols);
  const mark = new Int32Array(cols).fill(-1);
  const touched: number[] = [];
  let row = 0;
  let count = 0;
  const add = (c: number, v: number): void => {
    if (mark[c] !== row) {
      mark[c] = row;
      acc[c] = 0;
      touched.push(c);
    }
    acc[c] += v;
  };
  for (row = 0; row < rows; row++) {
    touched.length = 0;
    fill(row, add);
    count += touched.length;
    if (count > maxNnz) return undefined;
    touched.sort((x, y) => x - y);
    for (const c of touched) out.push(c, acc[c]);
    out.endRow();
  }
  return out.build();
}

/** Number of stored entries. */
export function csrNnz(m: Csr): number {
  return m.starts[m.rows];
}
