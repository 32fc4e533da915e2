/**
 * CSV reader (text already decompressed).
 *
 * - Separator: `;` if the first data line contains one, else tab, else `,`, else runs of
 *   whitespace (numpy `savetxt` default). Fields are trimmed, so ", " works.
 * - Header: the first non-blank line is a header, and is skipped, when one of its non-empty
 *   fields is neither a number nor a nan/inf spelling (so a first data row holding `NaN` is
 *   still reported as bad data, not silently skipped).
 * - Blank lines are skipped (as pandas does); CRLF and a missing final newline are fine.
 *   Data row r is the r-th non-blank, non-header line; messages give both it and the 1-based
 *   file line. Columns in messages are 0-based file columns.
 * - Only line boundaries are indexed up front; a row's fields are split and parsed when the
 *   row is read, so large files cost one scan plus the selected rows.
 * - Labels (`labelColumn` 'first' | 'last' | 'none') must be non-negative integers (`7`, `7.0`).
 */
import { UserError } from '../errors.js';
import { asLabel, quote, type RawRow, type RowSource } from './rows.js';

export type LabelColumn = 'first' | 'last' | 'none';

type Separator = ',' | ';' | '\t' | 'whitespace';

/** A plain decimal number as written by numpy, pandas, R or a spreadsheet (no hex, no "", no spaces). */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Spellings of non-finite values; they are data (and rejected as such), never header names. */
const NON_FINITE = /^[+-]?(?:nan|inf|infinity)$/i;

function detectSeparator(line: string): Separator {
  if (line.includes(';')) return ';';
  if (line.includes('\t')) return '\t';
  if (line.includes(',')) return ',';
  return 'whitespace';
}

function splitFields(line: string, sep: Separator): string[] {
  if (sep === 'whitespace') return line.trim().split(/\s+/);
  return line.split(sep).map((f) => f.trim());
}

function isHeader(line: string): boolean {
  return splitFields(line, detectSeparator(line)).some((f) => f !== '' && !DECIMAL.test(f) && !NON_FINITE.test(f));
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

export class CsvSource implements RowSource {
  readonly rowCount: number;
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly lineNumbers: number[] = [];
  private readonly separator: Separator;

  constructor(
    private readonly text: string,
    private readonly name: string,
    private readonly labelColumn: LabelColumn,
  ) {
    let headerChecked = false;
    let line = 0;
    for (let start = 0; start < text.length; ) {
      const nl = text.indexOf('\n', start);
      const next = nl < 0 ? text.length : nl + 1;
      let end = nl < 0 ? text.length : nl;
      if (end > start && text.charCodeAt(end - 1) === 0x0d) end--;
      line++;
      if (!isBlank(text, start, end)) {
        const isHeaderLine = !headerChecked && isHeader(text.slice(start, end));
        headerChecked = true;
        if (!isHeaderLine) {
          this.starts.push(start);
          this.ends.push(end);
          this.lineNumbers.push(line);
        }
      }
      start = next;
    }
    this.rowCount = this.starts.length;
    this.separator = this.rowCount > 0 ? detectSeparator(this.lineText(0)) : ',';
  }

  private lineText(row: number): string {
    return this.text.slice(this.starts[row], this.ends[row]);
  }

  read(row: number): RawRow {
    const fields = splitFields(this.lineText(row), this.separator);
    const where = `${this.name}: row ${row} (line ${this.lineNumbers[row]})`;
    let first = 0;
    let last = fields.length; // exclusive
    let label: number | null = null;
    if (this.labelColumn !== 'none') {
      const col = this.labelColumn === 'first' ? 0 : fields.length - 1;
      const raw = fields[col];
      const value = DECIMAL.test(raw) ? asLabel(Number(raw)) : null;
      if (value === null) {
        throw new UserError(`${where}, column ${col}: label ${quote(raw)} is not a non-negative integer`);
      }
      label = value;
      if (this.labelColumn === 'first') first = 1;
      else last = fields.length - 1;
    }
    const x = new Float64Array(last - first);
    for (let c = first; c < last; c++) {
      const raw = fields[c];
      const v = DECIMAL.test(raw) ? Number(raw) : Number.NaN;
      if (!Number.isFinite(v)) throw new UserError(`${where}, column ${c}: ${quote(raw)} is not a finite number`);
      x[c - first] = v;
    }
    return { x, label };
  }
}
