/**
 * Reading the report's inputs. Each file is told apart by its first record:
 *   - a verify JSONL results file: header `{kind: "run", tool, version, …}`, then `pair` and `row` records;
 *   - a verify JSON document (`--format json`): one object with `tool`, `results` (pairs) and `rows`;
 *   - benchmark records: header `{kind: "bench", …}`, then `query` records (src/bench/records.ts).
 * Anything else is a user error naming the file (and the line of a malformed record).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { readJsonl } from '../io/results-file.js';
import { readResults } from '../bench/summarize.js';
import type { QueryRecord } from '../bench/records.js';
import type { PairResult, RowResult } from '../verify/verify.js';

export type RunRow = Omit<RowResult, 'pairs'>;

/** One verify run (a JSON or JSONL results file). */
export interface VerifyRun {
  readonly file: string;
  readonly header: Readonly<Record<string, unknown>>;
  readonly pairs: readonly PairResult[];
  readonly rows: readonly RunRow[];
  /** When the file was last written (the header records no date). */
  readonly modified: string;
  readonly warnings: readonly string[];
}

/** Benchmark records from one or more files (deduplicated as `summarize` does). */
export interface Study {
  readonly files: readonly string[];
  readonly headers: readonly Readonly<Record<string, unknown>>[];
  readonly records: readonly QueryRecord[];
  /** bench-machine.json beside the first file, when present. */
  readonly machine: Readonly<Record<string, unknown>> | null;
  readonly warnings: readonly string[];
}

export interface ReportInputs {
  readonly runs: readonly VerifyRun[];
  readonly study: Study | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkPair(file: string, where: string, r: Record<string, unknown>): PairResult {
  const pair = r.pair;
  if (typeof r.row !== 'number' || !Array.isArray(pair) || pair.length !== 2 || !pair.every(k => Number.isInteger(k))) {
    throw new UserError(`${file}: ${where}: a pair record needs a row number and a pair [i, j]`);
  }
  for (const k of ['lower', 'upper'] as const) {
    // JSON writes ±Infinity as null: an unbounded end.
    if (typeof r[k] !== 'number' && r[k] !== null) throw new UserError(`${file}: ${where}: ${k} is ${JSON.stringify(r[k])}, not a number`);
  }
  if (typeof r.status !== 'string') throw new UserError(`${file}: ${where}: pair record without a status`);
  for (const k of ['min', 'max', 'lowerWitness', 'upperWitness', 'attackLower', 'attackUpper'] as const) {
    if (!isObject(r[k])) throw new UserError(`${file}: ${where}: pair record without ${k}`);
  }
  return r as unknown as PairResult;
}

function checkRow(file: string, where: string, r: Record<string, unknown>): RunRow {
  if (typeof r.row !== 'number' || typeof r.label !== 'number') throw new UserError(`${file}: ${where}: a row record needs row and label numbers`);
  if (r.implication !== null && !isObject(r.implication)) throw new UserError(`${file}: ${where}: implication is neither an object nor null`);
  return r as unknown as RunRow;
}

function modifiedAt(file: string): string {
  return statSync(file).mtime.toISOString();
}

function readVerifyJsonl(file: string, records: readonly Record<string, unknown>[], torn: boolean): VerifyRun {
  const pairs: PairResult[] = [];
  const rows: RunRow[] = [];
  records.forEach((r, k) => {
    if (k === 0) return;
    const where = `line ${k + 1}`;
    if (r.kind === 'pair') pairs.push(checkPair(file, where, r));
    else if (r.kind === 'row') rows.push(checkRow(file, where, r));
  });
  const done = new Set(rows.map(r => r.row));
  const warnings: string[] = [];
  if (torn) warnings.push(`${file}: ignored an incomplete last line (the run was interrupted)`);
  const kept = pairs.filter(p => done.has(p.row));
  if (kept.length !== pairs.length) warnings.push(`${file}: ${pairs.length - kept.length} pair records of an unfinished row left out`);
  return { file, header: records[0], pairs: kept, rows, modified: modifiedAt(file), warnings };
}

function readVerifyJson(file: string, doc: Record<string, unknown>): VerifyRun {
  const { results, rows, ...header } = doc;
  if (!Array.isArray(results) || !Array.isArray(rows)) throw new UserError(`${file}: a verify JSON document needs 'results' and 'rows' arrays`);
  const pairs = results.map((r, k) => {
    if (!isObject(r)) throw new UserError(`${file}: results[${k}] is not an object`);
    return checkPair(file, `results[${k}]`, r);
  });
  const rowList = rows.map((r, k) => {
    if (!isObject(r)) throw new UserError(`${file}: rows[${k}] is not an object`);
    return checkRow(file, `rows[${k}]`, r);
  });
  return { file, header: { kind: 'run', ...header }, pairs, rows: rowList, modified: modifiedAt(file), warnings: [] };
}

/** Reads every file, in order; verify runs stay separate, benchmark records are pooled into one study. */
export function loadInputs(files: readonly string[]): ReportInputs {
  if (files.length === 0) throw new UserError('report: name at least one results file');
  const runs: VerifyRun[] = [];
  const benchFiles: string[] = [];
  const benchHeaders: Record<string, unknown>[] = [];
  for (const file of files) {
    if (!existsSync(file)) throw new UserError(`${file}: results file not found`);
    if (!statSync(file).isFile()) throw new UserError(`${file}: not a file`);
    const text = readFileSync(file, 'utf8');
    const trimmed = text.trimStart();
    if (trimmed === '') throw new UserError(`${file}: empty results file`);
    // JSONL starts with a complete record on line 1; a JSON document (pretty-printed by verify) does not, and parses whole.
    let firstLine: unknown = undefined;
    try {
      firstLine = JSON.parse(trimmed.slice(0, trimmed.indexOf('\n') >= 0 ? trimmed.indexOf('\n') : undefined));
    } catch {
      firstLine = undefined;
    }
    if (!isObject(firstLine)) {
      let whole: unknown = undefined;
      try {
        whole = JSON.parse(text);
      } catch {
        throw new UserError(`${file}: line 1 is not a JSON record, nor is the file one JSON document; expected a verify or bench results file`);
      }
      if (!isObject(whole) || whole.tool !== 'twinmargin') throw new UserError(`${file}: not a twinmargin results file (no tool: "twinmargin")`);
      runs.push(readVerifyJson(file, whole));
      continue;
    }
    const { records, bad, tornBytes } = readJsonl(file);
    const first = records[0];
    if (!first) throw new UserError(`${file}: line 1 is not a JSON record; expected a verify or bench results file`);
    if (first.tool !== 'twinmargin') throw new UserError(`${file}: not a twinmargin results file (line 1 has no tool: "twinmargin")`);
    if (first.kind === 'run') runs.push(readVerifyJsonl(file, records, bad.length > 0 || tornBytes > 0));
    else if (first.kind === 'bench') {
      benchFiles.push(file);
      benchHeaders.push(first);
    } else throw new UserError(`${file}: line 1 has kind ${JSON.stringify(first.kind)}; expected "run" (verify) or "bench" (benchmark records)`);
  }
  let study: Study | null = null;
  if (benchFiles.length) {
    const { records, warnings } = readResults(benchFiles);
    const machineFile = join(dirname(benchFiles[0]), 'bench-machine.json');
    let machine: Record<string, unknown> | null = null;
    if (existsSync(machineFile)) {
      try {
        const m: unknown = JSON.parse(readFileSync(machineFile, 'utf8'));
        machine = isObject(m) ? m : null;
      } catch {
        throw new UserError(`${machineFile}: not valid JSON`);
      }
    }
    study = { files: benchFiles, headers: benchHeaders, records, machine, warnings };
  }
  return { runs, study };
}

export const shortName = (file: string): string => basename(file);
