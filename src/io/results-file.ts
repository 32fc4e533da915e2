/**
 * Results files as a small store with real guarantees, shared by `verify` and the benchmark
 * runner (src/bench/store.ts):
 *
 * - **Output paths are checked before any work** (`checkOutputFile`): not a directory, its
 *   directory exists, and it is not one of the run's inputs (same file by device and inode, so
 *   symlinks and hard links count); `ensureDir` creates missing directories one level at a time
 *   and fails at once where one cannot be made (Node's recursive mkdir spins for ever under
 *   /proc).
 * - **One writer per file** (`OutputLock`): `<file>.lock` is created exclusively and holds the
 *   owner's pid and host. A second run fails at once with a line naming the pid; a lock whose
 *   process is gone (same host, pid not running) is stale and taken over.
 * - **Incremental JSONL** (`JsonlResults`, verify's `--format jsonl`): the first line is the run
 *   header, then, per row that finished, its pair records followed by its row record, appended
 *   in one write and fsynced. A restarted run with the same header identity resumes: completed
 *   rows are skipped, a torn last line from a crash is cut off, and pair records of a row without
 *   its row record are dropped. The identity is every header field (both models' and the data
 *   file's SHA-256 instead of their paths, scale, label column, domain, ε, pairs, methods,
 *   budgets, solver, time limit, tool version). A file whose identity differs is never mixed
 *   with: that is an error naming the difference (`--force` replaces it).
 * - **Corruption is quarantined, never deleted** (`readJsonl`, `quarantine`): a bad line that
 *   is not the torn last line stops the run with an error naming the line; with `--repair` the
 *   unreadable lines are appended to `<file>.corrupt.jsonl` and every readable record is kept.
 * - **Whole-document JSON** (`--format json`) is written atomically (temporary file, fsync,
 *   rename) and replaces an existing file only when that file is a twinmargin results document
 *   of the same run identity, or with `--force`.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';
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
  /** Unreadable lines moved to `<file>.corrupt.jsonl` by `repair`. */
  readonly quarantined: number;
}

export interface OpenOptions {
  /** Replace a file that holds something else (never an input of the run: that is checked before). */
  readonly force?: boolean;
  /** Move unreadable lines to `<file>.corrupt.jsonl` instead of stopping. */
  readonly repair?: boolean;
  /** Pair records a complete row has; a row with fewer (a line was lost) is redone. */
  readonly pairsPerRow?: number;
}

/** A run's identity: every header field but `kind` and `limits` (sizes, which change no result), with files (objects carrying `sha256`) reduced to their content hash. */
export function runIdentity(h: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(h)) {
    if (k === 'kind' || k === 'limits') continue;
    out[k] = v && typeof v === 'object' && 'sha256' in v ? (v as { sha256: unknown }).sha256 : v;
  }
  return out;
}

/** The first identity field in which two headers differ, or null when they are the same run. */
export function identityDifference(stored: Record<string, unknown>, current: Record<string, unknown>): { key: string; was: string; now: string } | null {
  const a = runIdentity(stored);
  const b = runIdentity(current);
  for (const k of new Set([...Object.keys(b), ...Object.keys(a)])) {
    const was = JSON.stringify(a[k]) ?? 'absent';
    const now = JSON.stringify(b[k]) ?? 'absent';
    if (was !== now) return { key: k, was, now };
  }
  return null;
}

const FORCE_HINT = 'choose another --out, remove it, or pass --force to replace it';

export class JsonlResults {
  private fd: number;

  private constructor(readonly path: string, fd: number) {
    this.fd = fd;
  }

  /** Opens `path` for appending, creating it with `header`, or resuming a run with the same identity. */
  static open(path: string, header: RunHeader, options: OpenOptions = {}): { file: JsonlResults; resume: ResumeState } {
    const resume = existsSync(path) ? JsonlResults.recover(path, header, options) : null;
    const fd = openSync(path, resume ? 'a' : 'w');
    const file = new JsonlResults(path, fd);
    if (!resume) file.append([header]);
    return { file, resume: resume ?? { doneRows: new Set(), records: [], quarantined: 0 } };
  }

  private static recover(path: string, header: RunHeader, options: OpenOptions): ResumeState | null {
    const contents = readJsonl(path);
    if (contents.blank) return null;
    const first = contents.records[0];
    const headerCorrupt = contents.bad.length > 0 && contents.bad[0].line < (contents.lines[0] ?? Infinity);
    if (!first || first.kind !== 'run' || headerCorrupt) {
      if (options.force) return null;
      throw new UserError(`${path}: exists and is not a twinmargin results file; ${FORCE_HINT}`);
    }
    const diff = identityDifference(first, header as Record<string, unknown>);
    if (diff) {
      if (options.force) return null;
      throw new UserError(`${path}: holds results of a different run (${diff.key} was ${diff.was}, now ${diff.now}); ${FORCE_HINT}`);
    }
    const quarantined = quarantine(path, contents, options.repair === true);
    const { records } = contents;
    const pairsOf = new Map<number, number>();
    for (const r of records) if (r.kind === 'pair' && typeof r.row === 'number') pairsOf.set(r.row, (pairsOf.get(r.row) ?? 0) + 1);
    const complete = (row: number): boolean => options.pairsPerRow === undefined || pairsOf.get(row) === options.pairsPerRow;
    const doneRows = new Set<number>();
    for (const r of records) if (r.kind === 'row' && typeof r.row === 'number' && complete(r.row)) doneRows.add(r.row);
    // Keep only what belongs to completed rows; rewrite the file if anything else is there.
    const kept = records.filter(r => r.kind === 'run' || (typeof r.row === 'number' && doneRows.has(r.row)));
    if (kept.length !== records.length || contents.tornBytes > 0 || quarantined > 0) rewriteJsonl(path, kept);
    return { doneRows, records: kept.slice(1), quarantined };
  }

  /** Appends records as one write, then flushes to disk. */
  append(records: readonly unknown[]): void {
    appendRecords(this.fd, records);
  }

  close(): void {
    closeSync(this.fd);
  }
}

export interface JsonlContents {
  /** Every readable record, in file order. */
  readonly records: Record<string, unknown>[];
  /** The 1-based line of each record. */
  readonly lines: number[];
  /** Complete (newline-terminated) lines that are not a JSON object: corruption. */
  readonly bad: { readonly line: number; readonly text: string }[];
  /** Length of an unterminated last line (a torn write), 0 when the file ends with a newline. */
  readonly tornBytes: number;
  readonly totalBytes: number;
  /** The file holds only white space. */
  readonly blank: boolean;
}

/**
 * Every line of a JSONL file, sorted into readable records, corrupt complete lines and a torn
 * (unterminated) last line. Blank lines are ignored.
 */
export function readJsonl(path: string): JsonlContents {
  const text = readFileSync(path, 'utf8');
  const parts = text.split('\n');
  const records: Record<string, unknown>[] = [];
  const lines: number[] = [];
  const bad: { line: number; text: string }[] = [];
  for (let k = 0; k < parts.length - 1; k++) {
    const line = parts[k];
    if (line.trim() === '') continue;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch {
      rec = undefined;
    }
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) bad.push({ line: k + 1, text: line });
    else {
      records.push(rec as Record<string, unknown>);
      lines.push(k + 1);
    }
  }
  const last = parts[parts.length - 1];
  return { records, lines, bad, tornBytes: Buffer.byteLength(last, 'utf8'), totalBytes: Buffer.byteLength(text, 'utf8'), blank: text.trim() === '' };
}

const short = (s: string): string => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);

/**
 * Deals with the corrupt lines of a results file: without `repair` the first one is an error
 * naming it (nothing is changed); with `repair` they are appended to `<path>.corrupt.jsonl`
 * (the caller then rewrites the file from the readable records). Returns how many were moved.
 */
export function quarantine(path: string, contents: JsonlContents, repair: boolean, repairHint = 'pass --repair'): number {
  if (contents.bad.length === 0) return 0;
  const b = contents.bad[0];
  const more = contents.bad.length > 1 ? ` (and ${contents.bad.length - 1} more)` : '';
  if (!repair) {
    throw new UserError(
      `${path}: line ${b.line} is not a JSON record (${short(b.text)})${more}; nothing was changed: fix or delete the line, or ${repairHint} to move unreadable lines to ${path}.corrupt.jsonl and keep every readable record`,
    );
  }
  const fd = openSync(`${path}.corrupt.jsonl`, 'a');
  try {
    writeSync(fd, contents.bad.map(x => x.text).join('\n') + '\n');
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return contents.bad.length;
}

/** Replaces a file by `text`, atomically (a temporary file, fsynced, renamed over it). */
export function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    if (text.length) writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

/** Replaces a JSONL file by exactly `records`, atomically. */
export function rewriteJsonl(path: string, records: readonly unknown[]): void {
  writeAtomic(path, records.length ? records.map(r => JSON.stringify(r)).join('\n') + '\n' : '');
}

/** Appends records to an open file as one write, then flushes to disk. */
export function appendRecords(fd: number, records: readonly unknown[]): void {
  if (records.length === 0) return;
  writeSync(fd, records.map(r => JSON.stringify(r)).join('\n') + '\n');
  fsyncSync(fd);
}

/**
 * Whether `--format json` may write `path`: a missing file, or a twinmargin results document
 * (`tool`, `results`) of the same run identity; anything else needs `force`.
 */
export function checkJsonTarget(path: string, header: RunHeader, force: boolean): void {
  if (force || !existsSync(path)) return;
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    doc = undefined;
  }
  const isResults = !!doc && typeof doc === 'object' && !Array.isArray(doc) && (doc as Record<string, unknown>).tool === header.tool && Array.isArray((doc as Record<string, unknown>).results);
  if (!isResults) throw new UserError(`${path}: exists and is not a twinmargin JSON results file; ${FORCE_HINT}`);
  const { results: _r, rows: _w, ...stored } = doc as Record<string, unknown>;
  const diff = identityDifference(stored, header as Record<string, unknown>);
  if (diff) throw new UserError(`${path}: holds results of a different run (${diff.key} was ${diff.was}, now ${diff.now}); ${FORCE_HINT}`);
}

/** SHA-256 of a file's bytes (the identity of a data file). */
export function fileSha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** An input of the run that an output must not replace: the option that names it and its path. */
export interface NamedInput {
  readonly flag: string;
  readonly path: string;
}

/**
 * Checks an output file before any work: it is not a directory, it is not one of `inputs`
 * (compared by device and inode, and by resolved path), and its directory exists and is a
 * directory. Writability is proven by the lock file (`OutputLock.acquire`).
 */
export function checkOutputFile(path: string, flag: string, inputs: readonly NamedInput[]): void {
  const st = statOrNull(path);
  if (st?.isDirectory()) throw new UserError(`${flag} ${path}: is a directory; give a file name`);
  for (const input of inputs) {
    const ist = statOrNull(input.path);
    const same = resolve(input.path) === resolve(path) || (st !== null && ist !== null && st.dev === ist.dev && st.ino === ist.ino);
    if (same) throw new UserError(`${flag} ${path}: is the ${input.flag} input of this run; choose another file for the results`);
  }
  const dir = dirname(resolve(path));
  const dst = statOrNull(dir);
  if (!dst) throw new UserError(`${flag} ${path}: the directory ${dir} does not exist`);
  if (!dst.isDirectory()) throw new UserError(`${flag} ${path}: ${dir} is not a directory`);
}

/**
 * Creates directory `dir` and its missing parents one level at a time, failing at once (a
 * UserError naming `flag` and the path) where one cannot be made.
 */
export function ensureDir(dir: string, flag: string): void {
  const missing: string[] = [];
  let d = resolve(dir);
  for (;;) {
    const st = statOrNull(d);
    if (st) {
      if (!st.isDirectory()) throw new UserError(`${flag} ${dir}: ${d} is not a directory`);
      break;
    }
    missing.push(d);
    const parent = dirname(d);
    if (parent === d) break;
    d = parent;
  }
  for (const m of missing.reverse()) {
    try {
      mkdirSync(m);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && statOrNull(m)?.isDirectory()) continue;
      throw new UserError(`${flag} ${dir}: cannot create the directory ${m} (${code ?? String(e)})`);
    }
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A recycled pid belongs to some other program: on Linux its command line says so.
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return /node|twinmargin|tsx/.test(cmd);
  } catch {
    return true;
  }
}

/**
 * An exclusive lock on an output file: `<file>.lock`, made atomically (written in full to a
 * temporary name, then hard-linked into place, which fails when the lock exists), holding
 * `{pid, host, since}`. A lock of a process that no longer runs on this host is stale and taken
 * over; any other existing lock is an error naming its holder.
 */
export class OutputLock {
  private released = false;

  private constructor(readonly path: string, readonly lockPath: string, private readonly token: string) {}

  static acquire(path: string, flag: string): OutputLock {
    const lockPath = `${path}.lock`;
    const token = JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() });
    const tmp = `${lockPath}.${process.pid}.tmp`;
    try {
      const fd = openSync(tmp, 'w');
      try {
        writeSync(fd, token + '\n');
      } finally {
        closeSync(fd);
      }
    } catch (e) {
      throw new UserError(`${flag} ${path}: cannot write in ${dirname(resolve(path))} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
    try {
      for (let attempt = 0; attempt < 3; attempt++) {
        try {
          linkSync(tmp, lockPath);
          return new OutputLock(path, lockPath, token);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code !== 'EEXIST') throw new UserError(`${flag} ${path}: cannot create the lock file ${lockPath} (${code ?? String(e)})`);
        }
        OutputLock.takeOverStale(path, lockPath);
      }
      throw new UserError(`${path}: could not take the lock ${lockPath} (other runs keep creating it)`);
    } finally {
      try {
        unlinkSync(tmp);
      } catch {
        // already gone
      }
    }
  }

  /** Removes `lockPath` if its holder is gone; otherwise throws naming the holder. */
  private static takeOverStale(path: string, lockPath: string): void {
    let text: string;
    try {
      text = readFileSync(lockPath, 'utf8');
    } catch {
      return; // removed meanwhile: try again
    }
    let holder: { pid?: unknown; host?: unknown } = {};
    try {
      holder = JSON.parse(text) as { pid?: unknown; host?: unknown };
    } catch {
      throw new UserError(`${path}: is locked by ${lockPath}, which is not a twinmargin lock; remove it if no run is writing ${path}`);
    }
    const pid = typeof holder.pid === 'number' ? holder.pid : NaN;
    const sameHost = holder.host === hostname();
    if (!Number.isInteger(pid) || !sameHost || processAlive(pid)) {
      const where = sameHost ? `pid ${pid}` : `pid ${String(holder.pid)} on host ${String(holder.host)}`;
      throw new UserError(`${path}: in use by another twinmargin run (${where}, lock file ${lockPath}); wait for it to finish, or remove the lock file if that run is gone`);
    }
    // Stale: move it aside under a name of our own, and make sure it was that stale lock we moved.
    const aside = `${lockPath}.stale.${process.pid}`;
    try {
      renameSync(lockPath, aside);
    } catch {
      return;
    }
    const moved = readFileSync(aside, 'utf8');
    if (moved !== text) {
      // Another run took the stale lock over in between: give its lock back.
      try {
        linkSync(aside, lockPath);
      } catch {
        // a third run holds it now; it will be reported on the next attempt
      }
    }
    unlinkSync(aside);
  }

  /** Removes the lock if it is still ours. */
  release(): void {
    if (this.released) return;
    this.released = true;
    try {
      if (readFileSync(this.lockPath, 'utf8').trim() === this.token) unlinkSync(this.lockPath);
    } catch {
      // gone already
    }
  }
}
