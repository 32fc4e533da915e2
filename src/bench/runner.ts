/**
 * `twinmargin bench SUITE`: prepares every entry of a suite (entries with missing files or
 * other input errors are reported and skipped), skips the queries already in the results file,
 * and runs the rest on a pool of query workers (each with its own one-thread solver), appending
 * one fsynced record per finished query. A killed run restarted with the same command resumes.
 */
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { KillablePool } from '../solver/pool.js';
import { progressBar } from '../io/progress.js';
import { TOOL, VERSION } from '../version.js';
import { maxSolves, planRow } from '../verify/plan.js';
import { loadSuite } from './manifest.js';
import { missingFiles, type PreparedEntry, prepareEntry, type QueryOutcome, queriesOf, type QueryTask } from './queries.js';
import { type BenchHeader, queryKey, type QueryRecord } from './records.js';
import { BenchStore, type Currency } from './store.js';

export interface BenchOptions {
  readonly suite: string;
  readonly out?: string;
  readonly workers: number;
  /** Run only these entries (names); default all. */
  readonly only?: readonly string[];
  /** Run only the queries of these methods now (the others stay to do); default all. */
  readonly methods?: readonly string[];
}

export interface BenchStats {
  readonly out: string;
  readonly queries: number;
  readonly resumed: number;
  readonly ran: number;
  readonly failed: number;
  readonly skippedEntries: readonly string[];
  readonly seconds: number;
}

function workerUrl(): URL {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./worker${ext}`, import.meta.url);
}

const fmt = (v: number): string => (Math.abs(v) >= 100 || v === 0 ? v.toFixed(1) : v.toPrecision(3));

function duration(sec: number): string {
  if (!Number.isFinite(sec)) return '?';
  const s = Math.round(sec);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** One line per finished query. */
export function describeRecord(r: QueryRecord): string {
  const exact = r.pairs.filter(p => p.status === 'exact').length;
  const widths = r.pairs.map(p => p.upper - p.lower).sort((a, b) => a - b);
  const med = widths.length ? widths[Math.floor((widths.length - 1) / 2)] : NaN;
  return `${r.entry} row ${r.row} ε=${r.eps} ${r.method}: N2⇒N1 ${r.verdict ?? 'off'}, ${exact}/${r.pairs.length} pairs exact, median width ${fmt(med)}, ${r.seconds.toFixed(1)} s`;
}

export async function runBench(o: BenchOptions, log: (line: string) => void): Promise<BenchStats> {
  const t0 = performance.now();
  const suite = loadSuite(o.suite);
  const out = resolve(o.out ?? join('out', 'bench', `${suite.name}.jsonl`));
  const twinCache = join(dirname(out), 'twins');
  const entries = o.only?.length ? suite.entries.filter(e => o.only?.includes(e.name)) : suite.entries;
  if (o.only?.length) {
    const unknown = o.only.filter(n => !suite.entries.some(e => e.name === n));
    if (unknown.length) throw new UserError(`${suite.file}: no entry named ${unknown.join(', ')}`);
  }

  const prepared: PreparedEntry[] = [];
  const skipped: string[] = [];
  for (const e of entries) {
    const missing = missingFiles(e);
    if (missing.length) {
      skipped.push(e.name);
      log(`skipped entry ${e.name}: ${missing.join('; ')}`);
      continue;
    }
    try {
      prepared.push(prepareEntry(e, twinCache, log));
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      skipped.push(e.name);
      log(`skipped entry ${e.name}: ${err.message}`);
    }
  }
  if (prepared.length === 0) throw new UserError(`${suite.file}: no entry of suite ${suite.name} can run (${skipped.length} skipped, see above)`);

  const byName = new Map(prepared.map(p => [p.entry.name, p]));
  const currency = (r: QueryRecord): Currency => {
    const p = byName.get(r.entry);
    if (!p) return 'unknown';
    const same = r.tool === TOOL && r.version === VERSION && r.n1?.sha256 === p.n1.sha256 && r.n2?.sha256 === p.n2.sha256 && r.config === p.config;
    return same ? 'current' : 'stale';
  };
  const header: BenchHeader = { kind: 'bench', tool: TOOL, version: VERSION, suite: suite.name, manifest: suite.file, startedAt: new Date().toISOString() };
  const { store, resume } = BenchStore.open(out, header, currency);
  if (resume.tornBytes) log(`${out}: cut off a torn last line (${resume.tornBytes} bytes) left by an interrupted run`);
  if (resume.stale) log(`${out}: ${resume.stale} record(s) from another tool version, model or entry setting moved to ${out}.stale.jsonl; their queries run again`);

  const all = prepared.flatMap(p => queriesOf(suite.name, p));
  const undone = all.filter(q => !resume.done.has(queryKey(q.identity.entry.name, q.identity.row, q.identity.eps, q.identity.method)));
  const resumed = all.length - undone.length;
  const todo = o.methods?.length ? undone.filter(q => o.methods?.includes(q.identity.method)) : undone;
  if (todo.length < undone.length) log(`--method ${o.methods?.join(' ')}: ${undone.length - todo.length} queries of other methods left for a later run`);
  log(`bench ${suite.name}: ${prepared.length} entries, ${all.length} queries${resumed ? `, ${resumed} already in ${out}` : ''}; ${todo.length} to run on ${Math.min(o.workers, Math.max(1, todo.length))} worker(s) → ${out}`);

  let ran = 0;
  let failed = 0;
  if (todo.length) {
    const tty = process.stderr.isTTY === true;
    const bar = progressBar(todo.length, `bench ${suite.name}`, 'queries');
    const pool = new KillablePool<QueryTask, QueryOutcome, never>(workerUrl(), Math.min(o.workers, todo.length));
    const started = performance.now();
    let finished = 0;
    try {
      await Promise.all(
        todo.map(async q => {
          const { result } = await pool.run(q, {
            deadlineMs: deadlineMs(q),
            onProgress: () => undefined,
            onKilled: () => ({ ok: false, message: `killed after its deadline of ${duration(deadlineMs(q) / 1000)}` }),
            onCrash: message => ({ ok: false, message }),
          });
          finished++;
          const id = q.identity;
          let line: string;
          if (result.ok) {
            store.append(result.record);
            ran++;
            line = describeRecord(result.record);
          } else {
            failed++;
            line = `${id.entry.name} row ${id.row} ε=${id.eps} ${id.method}: FAILED (${result.message}); not recorded, a rerun retries it`;
          }
          bar.tick();
          if (!tty || !result.ok) {
            const elapsed = (performance.now() - started) / 1000;
            log(`[${finished}/${todo.length}] ${line} | elapsed ${duration(elapsed)}, ETA ${duration((elapsed / finished) * (todo.length - finished))}`);
          }
        }),
      );
    } finally {
      bar.stop();
      await pool.close();
      store.close();
    }
  } else {
    store.close();
  }
  const seconds = (performance.now() - t0) / 1000;
  log(`bench ${suite.name}: ${ran} queries run, ${resumed} resumed, ${failed} failed, ${skipped.length} entries skipped, ${duration(seconds)}; results in ${out}`);
  return { out, queries: all.length, resumed, ran, failed, skippedEntries: skipped, seconds };
}

/**
 * A query's hard deadline: every solve its plan may run (planRow) at its time limit plus 2 s,
 * and 600 s of slack for the bounds, relaxations and attacks.
 */
function deadlineMs(q: QueryTask): number {
  const solves = maxSolves(planRow({ method: q.identity.method, implication: q.identity.entry.implication }), q.pairCount, q.classes);
  return (solves * (q.identity.entry.timeLimitSec + 2) + 600) * 1000;
}
