/**
 * Incremental results: a JSONL file whose first line is the run header and then, per row that
 * finished, its pair records followed by its row record, appended in one write and flushed.
 * A restarted run with the same header (tool version, both models' SHA-256, eps, domain,
 * pairs, method, bounds) resumes: completed rows are skipped, a torn last line from a crash is
 * cut off, and pair records of a row without its row record are dropped.
 * A file whose header differs is never mixed with: that is an error naming the difference.
 * The helpers at the end (read the complete prefix, rewrite atomically, append and fsync) are
 * shared with the benchmark runner's results (src/bench/store.ts).
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { UserError } from '../errors.js';

export interface RunHeader {
  readonly kind: 'run';
  readonly tool: string;
  readonly version: string;
  readonly [key: string]: unknown;
}

export interface ResumeState {
  /** Rows whose row record is present. */
  readonly doneRows: ReadonlySet<number>;
  /** Records already in the file for completed rows (pairs and rows), in file order. */
  readonly records: readonly Record<string, unknown>[];
}

/** The header fields that must match for a resume. */
const IDENTITY_KEYS = ['tool', 'version', 'n1', 'n2', 'eps', 'domain', 'pairs', 'method', 'bounds', 'implication', 'scale'];

function identity(h: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of IDENTITY_KEYS) {
    const v = h[k];
    // Models are identified by content, not by path.
    out[k] = v && typeof v === 'object' && 'sha256' in v ? (v as { sha256: unknown }).sha256 : v;
  }
  return out;
}

export class JsonlResults {
  private fd: number;

  private constructor(readonly path: string, fd: number) {
    this.fd = fd;
  }

  /** Opens `path` for appending, creating it with `header`, or resuming a run with the same header. */
  static open(path: string, header: RunHeader): { file: JsonlResults; resume: ResumeState } {
    const resume = existsSync(path) ? JsonlResults.recover(path, header) : null;
    const fd = openSync(path, resume ? 'a' : 'w');
    const file = new JsonlResults(path, fd);
    if (!resume) file.append([header]);
    return { file, resume: resume ?? { doneRows: new Set(), records: [] } };
  }

  private static recover(path: string, header: RunHeader): ResumeState | null {
    const { records, goodBytes, totalBytes, blank } = readJsonlPrefix(path);
    if (blank) return null;
    const first = records[0];
    if (!first || first.kind !== 'run') throw new UserError(`${path}: exists and is not a twinmargin results file; choose another --out or remove it`);
    const a = identity(first);
    const b = identity(header as Record<string, unknown>);
    for (const k of IDENTITY_KEYS) {
      if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) {
        throw new UserError(`${path}: holds results of a different run (${k} was ${JSON.stringify(a[k])}, now ${JSON.stringify(b[k])}); choose another --out or remove it`);
      }
    }
    const doneRows = new Set<number>();
    for (const r of records) if (r.kind === 'row' && typeof r.row === 'number') doneRows.add(r.row);
    // Keep only what belongs to completed rows; rewrite the file if anything else is there.
    const kept = records.filter(r => r.kind === 'run' || (typeof r.row === 'number' && doneRows.has(r.row)));
    if (kept.length !== records.length || goodBytes !== totalBytes) rewriteJsonl(path, kept);
    return { doneRows, records: kept.slice(1) };
  }

  /** Appends records as one write, then flushes to disk. */
  append(records: readonly unknown[]): void {
    appendRecords(this.fd, records);
  }

  close(): void {
    closeSync(this.fd);
  }
}

/**
 * The complete records at the start of a JSONL file: parsing stops at the first line that is
 * unterminated (a torn write) or not JSON. `goodBytes` is their length in bytes, so a caller can
 * tell whether anything after them has to be cut off; `blank` says the file holds only white space.
 */
export function readJsonlPrefix(path: string): { records: Record<string, unknown>[]; goodBytes: number; totalBytes: number; blank: boolean } {
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  const records: Record<string, unknown>[] = [];
  let goodBytes = 0;
  for (let k = 0; k < lines.length - 1; k++) {
    const line = lines[k];
    if (line === '') break;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch {
      break;
    }
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) break;
    records.push(rec as Record<string, unknown>);
    goodBytes += Buffer.byteLength(line, 'utf8') + 1;
  }
  return { records, goodBytes, totalBytes: Buffer.byteLength(text, 'utf8'), blank: text.trim() === '' };
}

/** Replaces a JSONL file by exactly `records`, atomically (a temporary file, fsynced, renamed over it). */
export function rewriteJsonl(path: string, records: readonly unknown[]): void {
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w');
  if (records.length) writeSync(fd, records.map(r => JSON.stringify(r)).join('\n') + '\n');
  fsyncSync(fd);
  closeSync(fd);
  renameSync(tmp, path);
}

/** Appends records to an open file as one write, then flushes to disk. */
export function appendRecords(fd: number, records: readonly unknown[]): void {
  if (records.length === 0) return;
  writeSync(fd, records.map(r => JSON.stringify(r)).join('\n') + '\n');
  fsyncSync(fd);
}
