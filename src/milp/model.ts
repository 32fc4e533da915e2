/**
 * A solver-independent MILP model builder. Encoders add columns and rows here; the solver
 * backends (src/solver/) only ever see the plain-data `MilpModel` it builds. Rows are stored
 * as CSR (row-wise), columns carry bounds, objective cost and integrality.
 */
export type Sense = 'minimize' | 'maximize';

/** Plain data, safe to post to a worker thread (all arrays are typed or string arrays). */
export interface MilpModel {
  readonly sense: Sense;
  readonly numCols: number;
  readonly numRows: number;
  readonly colCost: Float64Array;
  readonly objOffset: number;
  readonly colLower: Float64Array;
  readonly colUpper: Float64Array;
  readonly rowLower: Float64Array;
  readonly rowUpper: Float64Array;
  /** Row-wise CSR: row r holds indices/values[starts[r] .. starts[r+1]). */
  readonly starts: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float64Array;
  /** 1 for an integer column (binaries have bounds [0, 1]; quantisation codes are general integers), 0 for continuous. */
  readonly integrality: Int32Array;
  readonly colNames: readonly string[];
  readonly rowNames: readonly string[];
}

class GrowF64 {
  data = new Float64Array(256);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const d = new Float64Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.length++] = v;
  }
  view(): Float64Array {
    return this.data.slice(0, this.length);
  }
}

class GrowI32 {
  data = new Int32Array(256);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const d = new Int32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.length++] = v;
  }
  view(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

export class ModelBuilder {
  private readonly colLower = new GrowF64();
  private readonly colUpper = new GrowF64();
  private readonly colCost = new GrowF64();
  private readonly integrality = new GrowI32();
  private readonly colNames: string[] = [];
  private readonly rowLower = new GrowF64();
  private readonly rowUpper = new GrowF64();
  private readonly starts = new GrowI32();
  private readonly indices = new GrowI32();
  private readonly values = new GrowF64();
  private readonly rowNames: string[] = [];

  constructor() {
    this.starts.push(0);
  }

  get numCols(): number {
    return this.colLower.length;
  }

  get numRows(): number {
    return this.rowLower.length;
  }

  get numIntegers(): number {
    let n = 0;
    for (let i = 0; i < this.integrality.length; i++) n += this.integrality.data[i];
    return n;
  }

  /** Adds a continuous column with bounds [lower, upper] (±Infinity allowed); returns its index. */
  addCol(lower: number, upper: number, name: string): number {
    if (Number.isNaN(lower) || Number.isNaN(upper) || lower > upper) {
      throw new Error(`column '${name}': invalid bounds [${lower}, ${upper}]`);
    }
    this.colLower.push(lower);
    this.colUpper.push(upper);
    this.colCost.push(0);
    this.integrality.push(0);
    this.colNames.push(name);
    return this.colLower.length - 1;
  }

  /** Adds a binary column (integer in [0, 1]). */
  addBinary(name: string): number {
    const c = this.addCol(0, 1, name);
    this.integrality.data[c] = 1;
    return c;
  }

  /** Adds a general integer column with integer bounds [lower, upper]. */
  addInteger(lower: number, upper: number, name: string): number {
    if (!Number.isInteger(lower) || !Number.isInteger(upper)) throw new Error(`integer column '${name}': bounds [${lower}, ${upper}] are not integers`);
    const c = this.addCol(lower, upper, name);
    this.integrality.data[c] = 1;
    return c;
  }

  /** Adds lower ≤ Σ coefs[k]·x[cols[k]] ≤ upper. Repeated columns are summed. */
  addRow(cols: ArrayLike<number>, coefs: ArrayLike<number>, lower: number, upper: number, name: string): number {
    if (cols.length !== coefs.length) throw new Error(`row '${name}': ${cols.length} columns, ${coefs.length} coefficients`);
    if (Number.isNaN(lower) || Number.isNaN(upper) || lower > upper) throw new Error(`row '${name}': invalid bounds [${lower}, ${upper}]`);
    const merged = new Map<number, number>();
    for (let k = 0; k < cols.length; k++) {
      const c = cols[k];
      if (!(c >= 0 && c < this.numCols)) throw new Error(`row '${name}': unknown column ${c}`);
      const v = coefs[k];
      if (!Number.isFinite(v)) throw new Error(`row '${name}': non-finite coefficient ${v}`);
      merged.set(c, (merged.get(c) ?? 0) + v);
    }
    for (const [c, v] of [...merged.entries()].sort((a, b) => a[0] - b[0])) {
      if (v !== 0) {
        this.indices.push(c);
        this.values.push(v);
      }
    }
    this.starts.push(this.indices.length);
    this.rowLower.push(lower);
    this.rowUpper.push(upper);
    this.rowNames.push(name);
    return this.rowLower.length - 1;
  }

  /** Snapshot as plain data with the given linear objective (dense cost over all columns). */
  build(sense: Sense, cost: ReadonlyMap<number, number>, objOffset = 0): MilpModel {
    const colCost = new Float64Array(this.numCols);
    for (const [c, v] of cost) {
      if (!(c >= 0 && c < this.numCols)) throw new Error(`objective: unknown column ${c}`);
      colCost[c] += v;
    }
    return {
      sense,
      numCols: this.numCols,
      numRows: this.numRows,
      colCost,
      objOffset,
      colLower: this.colLower.view(),
      colUpper: this.colUpper.view(),
      rowLower: this.rowLower.view(),
      rowUpper: this.rowUpper.view(),
      starts: this.starts.view(),
      indices: this.indices.view(),
      values: this.values.view(),
      integrality: this.integrality.view(),
      colNames: this.colNames.slice(),
      rowNames: this.rowNames.slice(),
    };
  }

  /** A deep copy, so that a query can add rows to a shared base encoding. */
  clone(): ModelBuilder {
    const b = new ModelBuilder();
    const copyF = (src: GrowF64, dst: GrowF64): void => {
      dst.data = src.data.slice();
      dst.length = src.length;
    };
    const copyI = (src: GrowI32, dst: GrowI32): void => {
      dst.data = src.data.slice();
      dst.length = src.length;
    };
    copyF(this.colLower, b.colLower);
    copyF(this.colUpper, b.colUpper);
    copyF(this.colCost, b.colCost);
    copyI(this.integrality, b.integrality);
    copyF(this.rowLower, b.rowLower);
    copyF(this.rowUpper, b.rowUpper);
    copyI(this.starts, b.starts);
    copyI(this.indices, b.indices);
    copyF(this.values, b.values);
    b.colNames.push(...this.colNames);
    b.rowNames.push(...this.rowNames);
    return b;
  }
}
