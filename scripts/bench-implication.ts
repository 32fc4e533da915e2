/**
 * Benchmark of the exact implication N2 ⇒ N1 (not a test): per query (a suite entry's twin pair,
 * a row, ε), `verify --implication exact` under `--method milp` (one monolithic MILP per part
 * j ≠ c) and under `--method bab` (the relaxation's sufficient check, then branch and bound per
 * part, src/bab/implication.ts), one after the other in one run, at the same time limit per part.
 * Each run also bounds one class pair's two ends (verify always does); only the implication's
 * verdict, its parts and its own seconds are compared. Writes
 * benchmarks/results/implication-<stamp>.json (rewritten after every query) with machine info.
 * Usage: node --import tsx scripts/bench-implication.ts [--time-limit S] [--only NAME-PREFIX ...]
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { argmax, forward } from '../src/layers/forward.js';
import { outputSize } from '../src/ir/network.js';
import { verifyRow } from '../src/verify/verify.js';
import { boundsFor } from '../src/verify/methods.js';
import { createHighsSolver } from '../src/solver/highs.js';
import { loadEntry, median, writeResultsAt } from './bench-common.js';

const ROOT = new URL('..', import.meta.url).pathname;
const argv = process.argv.slice(2);
const tlIdx = argv.indexOf('--time-limit');
const TIME_LIMIT = tlIdx >= 0 ? Number(argv[tlIdx + 1]) : 30;
const only = argv.filter((a, k) => !a.startsWith('--') && argv[k - 1] !== '--time-limit');

const QUERIES = [
  { suite: 'ecg', entry: 'ecg260-tflite-int8w', rows: [0, 100], eps: [1e-3, 2e-3] },
  { suite: 'eeg', entry: 'chbmit22-int8c', rows: [0], eps: [2e-4] },
  { suite: 'mnist', entry: 'convavgpool-int8c', rows: [0], eps: [0.005] },
] as const;

interface Run {
  readonly verdict: string | null;
  readonly seconds: number;
  readonly parts: readonly { readonly j: number; readonly verdict: string; readonly lower: number | null; readonly seconds: number; readonly nodes?: number }[];
}
const rows: Record<string, unknown>[] = [];
const load: number[] = [];
const outPath = join(ROOT, 'benchmarks/results', `implication-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
const decisive = (v: string | null): boolean => v !== null && v !== 'unknown';
const write = (): void => {
  const both = rows.filter(r => decisive((r.milp as Run).verdict) && decisive((r.bab as Run).verdict));
  const summary = {
    queries: rows.length,
    decided: { milp: rows.filter(r => decisive((r.milp as Run).verdict)).length, bab: rows.filter(r => decisive((r.bab as Run).verdict)).length },
    medianSecondsBothDecided: both.length ? { milp: median(both.map(r => (r.milp as Run).seconds)), bab: median(both.map(r => (r.bab as Run).seconds)) } : null,
  };
  writeResultsAt(outPath, 'scripts/bench-implication.ts', { timeLimitSec: TIME_LIMIT, loadAverage1m: load, summary, queries: rows });
};

const solver = createHighsSolver({ threads: 2 });
try {
  for (const q of QUERIES) {
    if (only.length && !only.some(o => q.entry.startsWith(o) || q.suite.startsWith(o))) continue;
    const { entry, prepared, n1, n2 } = loadEntry(q.suite, q.entry, q.rows, q.eps);
    for (const sample of prepared.samples) {
      const c = sample.label ?? argmax(forward(n1, sample.x));
      const pair: [number, number] = [c, (c + 1) % outputSize(n1)];
      for (const eps of q.eps) {
        load.push(loadavg()[0]);
        const run = async (method: 'milp' | 'bab'): Promise<Run> => {
          const r = await verifyRow(n1, n2, sample, { eps, domain: entry.domain, pairs: [pair], implication: 'exact', timeLimitSec: TIME_LIMIT, mipRelGap: 1e-6, mipAbsGap: 1e-6, bounds: boundsFor(method), method, bab: { threads: 2 } }, solver);
          const e = r.implication?.exact;
          return {
            verdict: e?.verdict ?? null,
            seconds: r.timings?.implication ?? 0,
            parts: (e?.parts ?? []).map(p => ({ j: p.j, verdict: p.verdict, lower: p.lower, seconds: p.seconds, ...(p.bab ? { nodes: p.bab.nodes } : {}) })),
          };
        };
        const milp = await run('milp');
        const bab = await run('bab');
        rows.push({ suite: q.suite, entry: q.entry, row: sample.row, eps, class: c, milp, bab });
        write();
        const f = (r: Run) => `${r.verdict} ${r.seconds.toFixed(1)}s [${r.parts.map(p => p.verdict).join(' ')}]`;
        console.log(`${q.entry} row ${sample.row} ε=${eps} class ${c}: milp ${f(milp)}  bab ${f(bab)}`);
      }
    }
  }
} finally {
  await solver.close();
}
write();
console.log(`wrote ${outPath}`);
