/**
 * The results file of a suite run: a header line, then one query record per line, each appended
 * in one write and fsynced as its query finishes. Reopening it resumes:
 *   - a torn last line (a crash mid-write, SIGKILL) is cut off;
 *   - a record whose tool version, model SHA-256s or entry settings differ from the current
 *     suite's is stale: it is moved to `<file>.stale.jsonl` (kept for reference, never
 *     summarised from the main file) and its query runs again;
 *   - a second record with the same key (cannot happen through this class) is dropped the same way;
 *   - every other record's key counts as done and is skipped.
 * Records of entries no longer in the manifest are kept as they are.
 */
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../errors.js';
import { appendRecords, readJsonlPrefix, rewriteJsonl } from '../io/results-file.js';
import { type BenchHeader, isQueryRecord, type QueryRecord } from './records.js';

/** How a stored record relates to the current suite: current (done), stale (re-run), or unknown (entry not in the suite). */
export type Currency = 'current' | 'stale' | 'unknown';

export interface Reopened {
  readonly done: ReadonlyMap<string, QueryRecord>;
  readonly stale: number;
  readonly tornBytes: number;
  readonly duplicates: number;
}

export class BenchStore {
  private constructor(readonly path: string, private fd: number) {}

  static open(path: string, header: BenchHeader, currency: (r: QueryRecord) => Currency): { store: BenchStore; resume: Reopened } {
    mkdirSync(dirname(path), { recursive: true });
    const prefix = existsSync(path) ? readJsonlPrefix(path) : null;
    if (!prefix || prefix.blank) {
      rewriteJsonl(path, [header]);
      return { store: new BenchStore(path, openSync(path, 'a')), resume: { done: new Map(), stale: 0, tornBytes: 0, duplicates: 0 } };
    }
    const { records, goodBytes, totalBytes } = prefix;
    if (records[0]?.kind !== 'bench') throw new UserError(`${path}: exists and is not a twinmargin bench results file; choose another --out or remove it`);
    const kept: Record<string, unknown>[] = [records[0]];
    const moved: Record<string, unknown>[] = [];
    const done = new Map<string, QueryRecord>();
    const keys = new Set<string>();
    let duplicates = 0;
    for (const r of records.slice(1)) {
      if (!isQueryRecord(r)) {
        kept.push(r);
        continue;
      }
      if (keys.has(r.key)) {
        duplicates++;
        moved.push(r);
        continue;
      }
      const c = currency(r);
      if (c === 'stale') {
        moved.push(r);
        continue;
      }
      keys.add(r.key);
      kept.push(r);
      if (c === 'current') done.set(r.key, r);
    }
    if (moved.length) {
      const fd = openSync(`${path}.stale.jsonl`, 'a');
      appendRecords(fd, moved);
      closeSync(fd);
    }
    if (moved.length || goodBytes !== totalBytes) rewriteJsonl(path, kept);
    return {
      store: new BenchStore(path, openSync(path, 'a')),
      resume: { done, stale: moved.length - duplicates, tornBytes: totalBytes - goodBytes, duplicates },
    };
  }

  append(record: QueryRecord): void {
    appendRecords(this.fd, [record]);
  }

  close(): void {
    closeSync(this.fd);
  }
}
