/**
 * Compressed sparse row matrices in float64, the storage of every affine map in the IR.
 * Invariants (checked by `checkCsr`): starts has rows+1 entries, starts[0] = 0, starts is
 * non-decreasing, indices are in [0, cols), and indices and values have starts[rows] entries.
 */
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
  constructor(readonly cols: number) {}

  /** Appends one entry to the current row. */
  push(col: number, value: number): void {
    if (value !== 0) {
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

export function csrIdentity(n: number, scale = 1): Csr {
  const b = new CsrBuilder(n);
  for (let r = 0; r < n; r++) {
    b.push(r, scale);
    b.endRow();
  }
  return b.build();
}

/** y += M x */
export function csrMulAdd(m: Csr, x: ArrayLike<number>, y: Float64Array): void {
  for (let r = 0; r < m.rows; r++) {
    let s = 0;
    for (let k = m.starts[r]; k < m.starts[r + 1]; k++) s += m.values[k] * x[m.indices[k]];
    y[r] += s;
  }
}

/** Product A·B (A: n×m, B: m×p) as CSR. */
export function csrMatMul(a: Csr, b: Csr): Csr {
  if (a.cols !== b.rows) throw new Error(`CSR product shape mismatch: ${a.rows}×${a.cols} by ${b.rows}×${b.cols}`);
  const out = new CsrBuilder(b.cols);
  const acc = new Float64Array(b.cols);
  const mark = new Int32Array(b.cols).fill(-1);
  const touched: number[] = [];
  for (let r = 0; r < a.rows; r++) {
    touched.length = 0;
    for (let k = a.starts[r]; k < a.starts[r + 1]; k++) {
      const j = a.indices[k];
      const v = a.values[k];
      for (let q = b.starts[j]; q < b.starts[j + 1]; q++) {
        const c = b.indices[q];
        if (mark[c] !== r) {
          mark[c] = r;
          acc[c] = 0;
          touched.push(c);
        }
        acc[c] += v * b.values[q];
      }
    }
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
