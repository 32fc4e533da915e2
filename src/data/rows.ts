/**
 * Row selection and the contract shared by the data-format readers.
 *
 * - `parseRows("0-9" | "3" | "0,2,5-7" | "all")` turns a CLI row spec into 0-based data-row
 *   indices (order kept as written; a row selected twice is an error).
 * - `resolveRows` checks a selection against the number of rows a file has.
 * - `RowSource` is what each format (CSV, JSON, NPY) provides: a row count and a way to parse
 *   one row on demand, so only the selected rows are ever decoded. Sources validate what they
 *   parse (non-numeric / NaN / ±Infinity features, bad labels) and throw `UserError`s that name
 *   the file, the row and the offending raw text.
 */
import { UserError } from '../errors.js';

export type RowSelection = number[] | 'all';

/** One parsed data row, before scaling. */
export interface RawRow {
  readonly x: Float64Array;
  readonly label: number | null;
}

export interface RowSource {
  /** Number of data rows (header and blank lines excluded). */
  readonly rowCount: number;
  /** Parse data row `row` (0-based, `0 <= row < rowCount`). */
  read(row: number): RawRow;
}

/** Upper bound on the size of a parsed selection, so "0-999999999" fails instead of exhausting memory. */
const MAX_SELECTED = 10_000_000;

/** Parse a row spec: "all", or comma-separated non-negative integers and inclusive ranges "a-b". */
export function parseRows(spec: string): RowSelection {
  const text = spec.trim();
  if (text.toLowerCase() === 'all') return 'all';
  if (text === '') throw new UserError('empty row selection: give e.g. "0-9", "3", "0,2,5-7" or "all"');
  const rows: number[] = [];
  const seen = new Set<number>();
  for (const rawPart of text.split(',')) {
    const part = rawPart.trim();
    const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(part);
    if (m === null) {
      throw new UserError(`invalid row selection "${spec}": "${part}" is not a row number or a range a-b`);
    }
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi)) {
      throw new UserError(`invalid row selection "${spec}": "${part}" is too large`);
    }
    if (hi < lo) throw new UserError(`invalid row selection "${spec}": range "${part}" is descending`);
    if (rows.length + (hi - lo + 1) > MAX_SELECTED) {
      throw new UserError(`invalid row selection "${spec}": more than ${MAX_SELECTED} rows selected`);
    }
    for (let r = lo; r <= hi; r++) {
      if (seen.has(r)) throw new UserError(`invalid row selection "${spec}": row ${r} is selected twice`);
      seen.add(r);
      rows.push(r);
    }
  }
  return rows;
}

/** Check `selection` against a file with `rowCount` data rows and return the concrete row list. */
export function resolveRows(selection: RowSelection, rowCount: number, fileName: string): number[] {
  if (rowCount === 0) throw new UserError(`${fileName}: the file has no data rows`);
  if (selection === 'all') return Array.from({ length: rowCount }, (_, i) => i);
  if (selection.length === 0) throw new UserError(`${fileName}: empty row selection`);
  for (const r of selection) {
    if (!Number.isSafeInteger(r) || r < 0) throw new UserError(`${fileName}: invalid row index ${r}`);
    if (r >= rowCount) {
      throw new UserError(`${fileName}: row ${r} requested, the file has ${rowCount} row${rowCount === 1 ? '' : 's'}`);
    }
  }
  return selection;
}

/** A class label must be a non-negative integer (stored as `7` or `7.0`); returns null if not. */
export function asLabel(value: number): number | null {
  return Number.isSafeInteger(value) && value >= 0 ? value + 0 : null; // + 0 turns -0 into 0
}

/** Shorten user text quoted in an error message. */
export function quote(raw: string): string {
  const s = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return JSON.stringify(s);
}
