/**
 * CSV reader (text already decompressed).
 *
 * - Separator: `;` if the first data line contains one, else tab, else `,`, else runs of
 *   whitespace (numpy `savetxt` default). Fields are trimmed, so ", " works.
 * - Header (`header` 'auto' | 'yes' | 'no', default 'auto'): with 'auto' the first non-blank
 *   line is a header, and is skipped, only when none of its non-empty fields is a number or a
 *   nan/inf spelling. So a typo in a first data row (`0.1,O.2,0.3`) never turns that row into
 *   a header and shifts every row index by one: it is reported as bad data, naming row, line,
 *   column and text. 'yes' always skips the first non-blank line, 'no' never does.
 * - Field counts: every row must have as many fields as the header (or, without one, as data
 *   row 0); a ragged row is an error giving both counts.
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
export type HeaderMode = 'auto' | 'yes' | 'no';

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

/** 'auto': a header only when no non-empty field is a number (or a nan/inf spelling, which is bad data). */
function isHeader(line: string, mode: HeaderMode): boolean {
  if (mode !== 'auto') return mode === 'yes';
  const fields = splitFields(line, detectSeparator(line)).filter((f) => f !== '');
  return fields.length > 0 && fields.every((f) => !DECIMAL.test(f) && !NON_FINITE.test(f));
}

/** Some non-empty field is neither a number nor a nan/inf spelling: the line may be a header of mixed names. */
function hasText(line: string): boolean {
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
  /** 1-based file line of the header, or null. */
  readonly headerLine: number | null = null;
  private headerFields = -1;
  private fieldCount: { count: number; what: string } | null = null;

  constructor(
    private readonly text: string,
    private readonly name: string,
    private readonly labelColumn: LabelColumn,
    private readonly headerMode: HeaderMode = 'auto',
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
        const isHeaderLine = !headerChecked && isHeader(text.slice(start, end), headerMode);
        headerChecked = true;
        if (isHeaderLine) {
          this.headerLine = line;
          const h = text.slice(start, end);
          this.headerFields = splitFields(h, detectSeparator(h)).length;
        } else {
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

  /** The field count every row must have: the header's, or data row 0's. */
  private expectedFields(): { count: number; what: string } {
    this.fieldCount ??= this.headerLine !== null
      ? { count: this.headerFields, what: `the header (line ${this.headerLine})` }
      : { count: splitFields(this.lineText(0), this.separator).length, what: `row 0 (line ${this.lineNumbers[0]})` };
    return this.fieldCount;
  }

  read(row: number): RawRow {
    try {
      return this.parse(row);
    } catch (e) {
      // A first line of numeric column names ("0,1,2,label") is data under 'auto': say how to skip it.
      if (e instanceof UserError && row === 0 && this.headerMode === 'auto' && this.headerLine === null && hasText(this.lineText(0))) {
        throw new UserError(`${e.message} (if line ${this.lineNumbers[0]} is a header, pass --header yes)`);
      }
      throw e;
    }
  }

  private parse(row: number): RawRow {
    const fields = splitFields(this.lineText(row), this.separator);
    const where = `${this.name}: row ${row} (line ${this.lineNumbers[row]})`;
    const expected = this.expectedFields();
    if (fields.length !== expected.count) {
      throw new UserError(`${where} has ${fields.length} field${fields.length === 1 ? '' : 's'}, expected ${expected.count} like ${expected.what}`);
    }
    let first = 0;
    let last = fields.length; // exclusive
    let label: number | null = null;
    if (this.labelColumn !== 'none') {
      const col = this.labelColumn === 'first' ? 0 : fields.length - 1;
      const raw = fields[col];
      const value = DECIMAL.test(raw) ? asLabel(Number(raw)) : null;
      if (value === null) {
        // The usual cause is the label in the other end column: say so when that one is a class number.
        const other = this.labelColumn === 'first' ? fields.length - 1 : 0;
        const swapped = DECIMAL.test(raw) && DECIMAL.test(fields[other]) && asLabel(Number(fields[other])) !== null;
        const hint = swapped ? `; column ${other} holds ${quote(fields[other])}: if that is the label, set --label-col ${this.labelColumn === 'first' ? 'last' : 'first'}` : '';
        throw new UserError(`${where}, column ${col}: label ${quote(raw)} is not a non-negative integer${hint}`);
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
