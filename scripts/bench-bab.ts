/**
 * Benchmark of branch and bound against the monolithic joint MILP (not a test): for each query
 * (a suite entry's twin pair, a row, ε, one class pair (c, j)), both ends of ρ by `--method milp`
 * and by `--method bab` at the same time limit per end, one after the other in one run, then
 * benchmarks/results/bab-<stamp>.json (rewritten after every query, so an interrupted run keeps
 * what it measured) with machine info and, per suite and ε:
 *   - ends exact under each method;
 *   - median seconds per end where both finished, and their ratio bab / milp;
 *   - final gap (upper − lower of the end's bound and its best witness) / |best|, where neither
 *     finished, and the ratio bab / milp.
 * The queries are the suites' CNN and MLP twins at the suites' ε and at 5× it.
 * Usage: node --import tsx scripts/bench-bab.ts [--quick] [--time-limit S] [--only NAME-PREFIX ...]
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { verifyRow } from '../src/verify/verify.js';
import { boundsFor, type Method } from '../src/verify/methods.js';
import type { PairResult } from '../src/verify/verify.js';
import { createHighsSolver } from '../src/solver/highs.js';
import { loadEntry, median, writeResultsAt } from './bench-common.js';

const ROOT = new URL('..', import.meta.url).pathname;
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const tlIdx = argv.indexOf('--time-limit');
const TIME_LIMIT = tlIdx >= 0 ? Number(argv[tlIdx + 1]) : quick ? 20 : 60;
const only = argv.filter((a, k) => !a.startsWith('--') && argv[k - 1] !== '--time-limit');

interface Query {
  readonly suite: string;
  readonly entry: string;
  readonly rows: readonly number[];
  /** The suite's ε; each query also runs at 5× it (and at the further factors given). */
  readonly eps: number;
  readonly factors?: readonly number[];
}

const QUERIES: readonly Query[] = [
  { suite: 'ecg', entry: 'ecg260-tflite-int8w', rows: quick ? [0] : [0, 100, 200], eps: 2e-4, factors: [1, 5, 10] },
  { suite: 'eeg', entry: 'chbmit22-prune0.3g', rows: quick ? [0] : [0, 1], eps: 2e-4 },
  { suite: 'eeg', entry: 'chbmit22-int8c', rows: quick ? [0] : [0, 1], eps: 2e-4 },
  { suite: 'mnist', entry: 'convmaxpool-int8c', rows: [0], eps: 0.005 },
  { suite: 'mnist', entry: 'convavgpool-int8c', rows: [0], eps: 0.005 },
  { suite: 'mnist', entry: 'mnist256x2-int8c', rows: [0], eps: 0.005 },
  ...(quick ? [] : [{ suite: 'ecg', entry: 'kaggle187-int8c', rows: [0], eps: 1e-4 }, { suite: 'mnist', entry: 'convmaxpool-prune0.3g', rows: [0], eps: 0.005 }]),
];

interface EndRecord {
  readonly status: string;
  readonly bound: number;
  readonly best: number;
  readonly seconds: number;
  readonly nodes?: number;
  readonly leavesToMilp?: number;
}

interface Row {
  readonly suite: string;
  readonly entry: string;
  readonly row: number;
  readonly eps: number;
  readonly epsFactor: number;
  readonly pair: readonly [number, number];
  readonly binaries: number;
  readonly ends: Record<'milp' | 'bab', { readonly min: EndRecord; readonly max: EndRecord }>;
}

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const outPath = join(ROOT, 'benchmarks/results', `bab-${stamp}.json`);
const rows: Row[] = [];
/** The 1-minute load average before each query: the machine is shared, so say how busy it was. */
const load: number[] = [];

function endRecord(p: PairResult, side: 'min' | 'max'): EndRecord {
  const e = p[side];
  const bound = side === 'min' ? p.lower : p.upper;
  const best = side === 'min' ? p.lowerWitness.value : p.upperWitness.value;
  return { status: e.status, bound, best, seconds: e.seconds, ...(e.bab ? { nodes: e.bab.nodes, leavesToMilp: e.bab.leavesToMilp } : {}) };
}

const relGap = (e: EndRecord): number => Math.abs(e.best - e.bound) / Math.max(1e-12, Math.abs(e.best));

function summary(): Record<string, unknown>[] {
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const k = `${r.suite}/${r.entry} ε=${r.eps}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return [...groups].map(([key, rs]) => {
    const ends = rs.flatMap(r => (['min', 'max'] as const).map(s => ({ milp: r.ends.milp[s], bab: r.ends.bab[s] })));
    const both = ends.filter(e => e.milp.status === 'exact' && e.bab.status === 'exact');
    const neither = ends.filter(e => e.milp.status !== 'exact' && e.bab.status !== 'exact');
    return {
      query: key,
      ends: ends.length,
      exact: { milp: ends.filter(e => e.milp.status === 'exact').length, bab: ends.filter(e => e.bab.status === 'exact').length },
      bothExact: both.length,
      medianSeconds: both.length ? { milp: median(both.map(e => e.milp.seconds)), bab: median(both.map(e => e.bab.seconds)), ratio: median(both.map(e => e.bab.seconds / e.milp.seconds)) } : null,
      neitherExact: neither.length,
      medianFinalGap: neither.length ? { milp: median(neither.map(e => relGap(e.milp))), bab: median(neither.map(e => relGap(e.bab))), ratio: median(neither.map(e => relGap(e.bab) / Math.max(1e-12, relGap(e.milp)))) } : null,
    };
  });
}

function write(): void {
  writeResultsAt(outPath, 'scripts/bench-bab.ts', { quick, timeLimitSec: TIME_LIMIT, loadAverage1m: load, summary: summary(), queries: rows });
}

const solver = createHighsSolver({ threads: 2 });
try {
  for (const q of QUERIES) {
    if (only.length && !only.some(o => q.entry.startsWith(o) || q.suite.startsWith(o))) continue;
    const { entry, prepared, n1, n2 } = loadEntry(q.suite, q.entry, q.rows, (q.factors ?? [1, 5]).map(f => f * q.eps));
    for (const sample of prepared.samples) {
      for (const factor of q.factors ?? [1, 5]) {
        const eps = factor * q.eps;
        load.push(loadavg()[0]);
        const run = (method: Method, pair?: readonly [number, number]) =>
          verifyRow(n1, n2, sample, { eps, domain: entry.domain, pairs: pair ? [pair] : entry.pairs, implication: 'off', timeLimitSec: TIME_LIMIT, mipRelGap: 1e-6, mipAbsGap: 1e-6, bounds: boundsFor(method), method, bab: { threads: 2 } }, solver);
        // One class pair per query: the one whose relaxation leaves the widest range (the hardest).
        const relaxed = await run('diff');
        const hardest = relaxed.pairs.reduce((a, b) => (b.upper - b.lower > a.upper - a.lower ? b : a));
        const milp = await run('milp', hardest.pair);
        const bab = await run('bab', hardest.pair);
        const [m, b] = [milp.pairs[0], bab.pairs[0]];
        rows.push({ suite: q.suite, entry: q.entry, row: sample.row, eps, epsFactor: factor, pair: hardest.pair, binaries: milp.binaries.n1 + milp.binaries.n2, ends: { milp: { min: endRecord(m, 'min'), max: endRecord(m, 'max') }, bab: { min: endRecord(b, 'min'), max: endRecord(b, 'max') } } });
        write();
        const f = (e: EndRecord) => `${e.status} ${e.seconds.toFixed(1)}s gap ${relGap(e).toExponential(2)}`;
        console.log(`${q.entry} row ${sample.row} ε=${eps} pair ${hardest.pair.join(':')} (${rows[rows.length - 1].binaries} binaries): milp [${f(endRecord(m, 'min'))} | ${f(endRecord(m, 'max'))}]  bab [${f(endRecord(b, 'min'))} | ${f(endRecord(b, 'max'))}]`);
      }
    }
  }
} finally {
  await solver.close();
}
write();
console.log(`wrote ${outPath}`);
console.log(JSON.stringify(summary(), null, 1));
