/**
 * Input-data readers: `readSamples(path, rows, opts)` loads the selected rows of a user's data
 * file as flat float64 feature vectors with optional integer labels.
 *
 * Formats, chosen by extension (case-insensitive; each may also be gzip'd as `<ext>.gz`):
 *   - `.csv` / `.tsv`: see `csv.ts` (optional header, `,` `;` tab or whitespace separated,
 *     label column 'first' | 'last' | 'none', default 'last');
 *   - `.json`: `[{"x": [...], "label": 3}, ...]` or `{"samples": [...]}`; `x` may be nested
 *     (e.g. 28×28) and is flattened row-major; it must be rectangular; `label` may be absent/null;
 *   - `.npy`: see `npy.ts`; labels come from `opts.labelsPath` (a 1-D `.npy` of integers) or are null.
 *
 * Validation at the boundary (all `UserError`s naming the file): missing file, unknown
 * extension, rows out of range or an empty selection, non-numeric / NaN / ±Infinity features
 * (row, column, raw text), bad labels, selected rows whose length differs from the first
 * selected row (only selected rows are parsed, so a bad unselected row is no error; a CSV row's
 * field count is always compared with the header's, or data row 0's), rows whose
 * feature count differs from `opts.expectedFeatures`, and features that overflow after `scale`.
 * Row numbers are 0-based data rows. `scale` multiplies every feature after parsing.
 * Limits: a data or labels file may hold at most `maxDataBytes()` bytes on disk and after gzip
 * decompression (env TWINMARGIN_MAX_DATA_BYTES, default 256 MiB; decompression stops at the
 * limit, so a gzip bomb costs no more), and a JSON sample's `x` at most 32 levels of nesting.
 * `labelColumn` only applies to CSV; `labelsPath` only to NPY (given elsewhere, it is an error).
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { UserError } from '../errors.js';
import { maxMemory } from '../ir/limits.js';
import { CsvSource, type HeaderMode, type LabelColumn } from './csv.js';
import { NpySource, parseNpy } from './npy.js';
import { asLabel, parseRows, resolveRows, type RawRow, type RowSelection, type RowSource } from './rows.js';

export type { HeaderMode, LabelColumn } from './csv.js';
export type { RowSelection } from './rows.js';
export { parseRows };

export interface DataOptions {
  /** CSV only: where the label is. Default 'last'. */
  labelColumn?: LabelColumn;
  /** CSV only: is the first non-blank line a header? Default 'auto' (see csv.ts). */
  header?: HeaderMode;
  /** Multiply every feature by this (e.g. 1/255) after parsing. Positive and finite; default 1. */
  scale?: number;
  /** When given, every selected row must have exactly this many features. */
  expectedFeatures?: number;
  /** NPY only: a sibling `.npy` with one non-negative integer label per sample. */
  labelsPath?: string;
}

export interface Sample {
  /** 0-based data row in the file. */
  row: number;
  x: Float64Array;
  label: number | null;
}

const FORMATS = ['.csv', '.tsv', '.json', '.npy'] as const;
const LABEL_COLUMNS: readonly LabelColumn[] = ['first', 'last', 'none'];
type Format = (typeof FORMATS)[number];

/** Read the selected rows of a CSV / JSON / NPY data file (see the file comment). */
export function readSamples(path: string, rows: RowSelection, opts: DataOptions): Sample[] {
  const name = basename(path);
  const scale = opts.scale ?? 1;
  if (!Number.isFinite(scale) || scale <= 0) throw new UserError(`scale must be a positive finite number, got ${scale}`);
  const expected = opts.expectedFeatures;
  if (expected !== undefined && !(Number.isSafeInteger(expected) && expected > 0)) {
    throw new UserError(`expectedFeatures must be a positive integer, got ${expected}`);
  }
  const labelColumn = opts.labelColumn ?? 'last';
  if (!LABEL_COLUMNS.includes(labelColumn)) {
    throw new UserError(`labelColumn must be one of ${LABEL_COLUMNS.join(', ')}, got ${String(labelColumn)}`);
  }
  const { format, gzipped } = formatOf(path);
  if (opts.labelsPath !== undefined && format !== '.npy') {
    throw new UserError(`${name}: a separate labels file is only supported for .npy data`);
  }

  const bytes = readBytes(path, 'data', gzipped);
  let source: RowSource;
  if (format === '.csv' || format === '.tsv') {
    const csv = new CsvSource(stripBom(bytes.toString('utf8')), name, labelColumn, opts.header ?? 'auto');
    source = csv;
    const headerLine = csv.headerLine;
    if (csv.rowCount === 0 && headerLine !== null) {
      throw new UserError(`${name}: the file has no data rows (line ${headerLine} was read as a header because none of its cells is a number; pass --header no if it is data)`);
    }
  } else if (format === '.json') {
    source = new JsonSource(stripBom(bytes.toString('utf8')), name);
  } else {
    const labelsPath = opts.labelsPath;
    const labels =
      labelsPath === undefined
        ? null
        : {
            array: parseNpy(readBytes(labelsPath, 'labels', formatOf(labelsPath).gzipped), basename(labelsPath)),
            name: basename(labelsPath),
          };
    source = new NpySource(parseNpy(bytes, name), name, labels);
  }

  const selected = resolveRows(rows, source.rowCount, name);
  const first = { row: selected[0], features: -1 };
  return selected.map((row) => {
    const { x, label } = source.read(row);
    if (x.length === 0) throw new UserError(`${name}: row ${row} has no features`);
    if (first.features < 0) first.features = x.length;
    if (x.length !== first.features) {
      throw new UserError(`${name}: row ${row} has ${x.length} features, row ${first.row} has ${first.features}`);
    }
    if (expected !== undefined && x.length !== expected) {
      const hint = format !== '.csv' && format !== '.tsv' ? '' : labelHint(x.length, expected, labelColumn);
      throw new UserError(`${name}: row ${row} has ${x.length} features, the networks take ${expected}${hint}`);
    }
    if (scale !== 1) scaleInPlace(x, scale, name, row);
    return { row, x, label };
  });
}

function labelHint(actual: number, expected: number, labelColumn: LabelColumn): string {
  if (actual === expected + 1 && labelColumn === 'none') return ' (is there a label column?)';
  if (actual === expected - 1 && labelColumn !== 'none') return ' (is there really a label column?)';
  return '';
}

function scaleInPlace(x: Float64Array, scale: number, name: string, row: number): void {
  for (let i = 0; i < x.length; i++) {
    const v = x[i] * scale;
    if (!Number.isFinite(v)) throw new UserError(`${name}: row ${row}, column ${i}: ${x[i]} × ${scale} overflows`);
    x[i] = v;
  }
}

function formatOf(path: string): { format: Format; gzipped: boolean } {
  const lower = path.toLowerCase();
  const gzipped = lower.endsWith('.gz');
  const inner = gzipped ? lower.slice(0, -3) : lower;
  const format = FORMATS.find((ext) => inner.endsWith(ext));
  if (format === undefined) {
    throw new UserError(
      `${basename(path)}: unsupported data file extension; supported: ${FORMATS.join(', ')} (each optionally .gz)`,
    );
  }
  return { format, gzipped };
}

/** Default limit on a data file's size, on disk and after decompression. */
export const DEFAULT_MAX_DATA_BYTES = 256 * 2 ** 20;

/** The data size limit: half of `--max-memory` (src/ir/limits.ts), else env TWINMARGIN_MAX_DATA_BYTES (bytes), else DEFAULT_MAX_DATA_BYTES. */
export function maxDataBytes(): number {
  const budget = maxMemory();
  if (budget !== null) return Math.max(1, Math.floor(budget / 2));
  const env = process.env.TWINMARGIN_MAX_DATA_BYTES;
  if (env === undefined || env.trim() === '') return DEFAULT_MAX_DATA_BYTES;
  const v = Number(env);
  if (!Number.isSafeInteger(v) || v <= 0) throw new UserError(`TWINMARGIN_MAX_DATA_BYTES=${env}: expected a whole number of bytes > 0`);
  return v;
}

const mib = (n: number): string => `${(n / 2 ** 20).toFixed(n < 2 ** 20 ? 3 : 0)} MiB`;

function readBytes(path: string, what: 'data' | 'labels', gzipped: boolean): Buffer {
  const limit = maxDataBytes();
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > limit) {
      throw new UserError(`${path}: the ${what} file has ${size} bytes, more than the limit of ${limit} (${mib(limit)}); raise TWINMARGIN_MAX_DATA_BYTES or --max-memory to read it`);
    }
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${what} file not found: ${path}`);
    if (code === 'EISDIR') throw new UserError(`${what} file is a directory: ${path}`);
    throw new UserError(`cannot read ${what} file ${path}: ${(e as Error).message}`);
  }
  if (!gzipped) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: limit });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new UserError(`${basename(path)}: decompresses to more than the limit of ${limit} bytes (${mib(limit)}) for a ${what} file; raise TWINMARGIN_MAX_DATA_BYTES or --max-memory to read it`);
    }
    throw new UserError(`${basename(path)}: not a valid gzip file (${(e as Error).message})`);
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** `[{"x": [...], "label": 3}, ...]` or `{"samples": [...]}`. */
class JsonSource implements RowSource {
  readonly rowCount: number;
  private readonly samples: unknown[];

  constructor(
    text: string,
    private readonly name: string,
  ) {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (e) {
      throw new UserError(`${name}: invalid JSON (${(e as Error).message})`);
    }
    if (Array.isArray(doc)) this.samples = doc;
    else if (isObject(doc) && Array.isArray(doc.samples)) this.samples = doc.samples;
    else throw new UserError(`${name}: expected an array of samples or {"samples": [...]}`);
    this.rowCount = this.samples.length;
  }

  read(row: number): RawRow {
    const where = `${this.name}: row ${row}`;
    const item = this.samples[row];
    if (!isObject(item) || !('x' in item)) throw new UserError(`${where}: expected an object {"x": [...], "label": ...}`);
    const values: number[] = [];
    const shape = shapeOf(item.x);
    if (shape.length > MAX_NESTING) throw new UserError(`${where}: "x" is nested more than ${MAX_NESTING} levels deep (at most ${MAX_NESTING} are supported)`);
    flattenRectangular(item.x, shape, 0, values, where);
    const raw = item.label;
    let label: number | null = null;
    if (raw !== undefined && raw !== null) {
      label = typeof raw === 'number' ? asLabel(raw) : null;
      if (label === null) throw new UserError(`${where}: label ${JSON.stringify(raw)} is not a non-negative integer`);
    }
    return { x: Float64Array.from(values), label };
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deepest nesting of `x` read (28×28×3 images need 3); the flattening recursion is bounded by it. */
const MAX_NESTING = 32;

/** Lengths along the first elements of nested arrays: [[1,2,3],[4,5,6]] → [2, 3]. Stops past MAX_NESTING. */
function shapeOf(v: unknown): number[] {
  const shape: number[] = [];
  for (let cur = v; Array.isArray(cur) && shape.length <= MAX_NESTING; cur = cur[0]) shape.push(cur.length);
  return shape;
}

function flattenRectangular(v: unknown, shape: readonly number[], depth: number, out: number[], where: string): void {
  if (depth === 0 && shape.length === 0) throw new UserError(`${where}: "x" must be an array of numbers`);
  if (depth === shape.length) {
    if (Array.isArray(v)) throw new UserError(`${where}: "x" is a ragged nested array (expected shape [${shape.join(', ')}])`);
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      const raw = typeof v === 'number' ? String(v) : JSON.stringify(v);
      throw new UserError(`${where}, column ${out.length}: ${raw} is not a finite number`);
    }
    out.push(v);
    return;
  }
  if (!Array.isArray(v) || v.length !== shape[depth]) {
    throw new UserError(`${where}: "x" is a ragged nested array (expected shape [${shape.join(', ')}])`);
  }
  for (const e of v) flattenRectangular(e, shape, depth + 1, out, where);
}
