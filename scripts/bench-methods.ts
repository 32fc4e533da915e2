/**
 * Benchmark of the bound methods (not a test): for each query (twin pair, row, ε, class pair)
 * runs every --method, and the exact MILP once more with interval big-M constants, then writes
 * benchmarks/results/methods-<stamp>.json with machine info and per-method medians:
 *   - width / exact width (the exact width from the milp run when it finished 'exact');
 *   - seconds per query;
 *   - binaries left in the joint MILP;
 *   - exact-mode speed-up of the tight bounds (crown+diff) over interval bounds, same run;
 *   - what LP bound tightening (OBBT, milp-obbt) removes in binaries and changes in time.
 * Usage: node --import tsx scripts/bench-methods.ts [--quick] [--only NAME-PREFIX ...]
 */
import { existsSync } from 'node:fs';
import { intervalMethod } from '../src/bounds/interval.js';
import type { BoundsMethod } from '../src/bounds/types.js';
import { readSamples } from '../src/data/read.js';
import { loadOnnx } from '../src/onnx/load.js';
import type { Pair } from '../src/rsm/objective.js';
import { boundsFor, METHODS, type Method } from '../src/verify/methods.js';
import { verifyRow } from '../src/verify/verify.js';
import { createHighsSolver } from '../src/solver/highs.js';
import { geomean, median, writeResults } from './bench-common.js';

const ROOT = new URL('..', import.meta.url).pathname;
const SHARED = `${ROOT}../shared/data/`;
const ECG = `${ROOT}benchmarks/embedded/ecg-mitbih260/`;
const quick = process.argv.includes('--quick');
const TIME_LIMIT = quick ? 20 : 60;

interface Query {
  readonly name: string;
  readonly n1: string;
  readonly n2: string;
  readonly data: string;
  readonly labelColumn: 'first' | 'last';
  readonly scale: number;
  readonly domain: { lo: number; hi: number } | null;
  readonly rows: readonly number[];
  readonly eps: number;
  readonly pairs: number;
}

const QUERIES: Query[] = [
  { name: 'ecg260 fp32/int8w', n1: `${ECG}ecg_mitbih260_cnn_fp32.onnx`, n2: `${ECG}ecg_mitbih260_cnn_int8w.onnx`, data: `${ECG}mitbih260_beats_subset.csv`, labelColumn: 'last', scale: 1, domain: null, rows: quick ? [0, 200] : [0, 100, 200, 300, 317], eps: 0.0002, pairs: quick ? 1 : 2 },
  { name: 'ecg260 fp32/int8w ε=5e-4', n1: `${ECG}ecg_mitbih260_cnn_fp32.onnx`, n2: `${ECG}ecg_mitbih260_cnn_int8w.onnx`, data: `${ECG}mitbih260_beats_subset.csv`, labelColumn: 'last', scale: 1, domain: null, rows: quick ? [0] : [0, 200], eps: 0.0005, pairs: 1 },
  { name: 'mnist784 teacher/student', n1: `${SHARED}models/mnist/mnist784_teacher_32_16_10.onnx`, n2: `${SHARED}models/mnist/mnist784_student_36_10.onnx`, data: `${SHARED}mnist/mnist_test_first100.csv`, labelColumn: 'first', scale: 1 / 255, domain: { lo: 0, hi: 1 }, rows: quick ? [0] : [0, 1, 2], eps: 0.01, pairs: quick ? 1 : 2 },
  { name: 'mnist8x8 teacher/student', n1: `${SHARED}models/mnist/mnist8x8_teacher_100_80_60_40_20_10.onnx`, n2: `${SHARED}models/mnist/mnist8x8_student_40_40_10.onnx`, data: `${SHARED}mnist/mnist8x8_test_first1000.csv`, labelColumn: 'first', scale: 1, domain: { lo: 0, hi: 1 }, rows: quick ? [1] : [0, 1], eps: 0.005, pairs: 1 },
  { name: 'mnist_relu_3_100 fp32/fp16', n1: `${SHARED}models/mnist/mnist_relu_3_100.onnx`, n2: `${SHARED}models/mnist/mnist_relu_3_100_fp16trunc.onnx`, data: `${SHARED}mnist/mnist_test_first100.csv`, labelColumn: 'first', scale: 1, domain: { lo: 0, hi: 255 }, rows: [0], eps: 0.5, pairs: 1 },
  { name: 'mnist-net 256x2 / student 1x256', n1: `${SHARED}models/mnist/mnist-net_256x2.onnx`, n2: `${SHARED}models/mnist/mnist-net_256x2_student_1x256.onnx`, data: `${SHARED}mnist/mnist_test_first100.csv`, labelColumn: 'first', scale: 1 / 255, domain: { lo: 0, hi: 1 }, rows: [0], eps: 0.005, pairs: 1 },
];

interface Record_ {
  query: string;
  row: number;
  pair: Pair;
  method: string;
  lower: number;
  upper: number;
  status: string;
  seconds: number;
  binaries: number;
}

// --only NAME (repeatable): run just the queries whose name starts with NAME.
const only = process.argv.flatMap((a, k) => (a === '--only' && process.argv[k + 1] ? [process.argv[k + 1]] : []));
const selected = QUERIES.filter(q => only.length === 0 || only.some(o => q.name.startsWith(o)));
const solver = createHighsSolver({ threads: 2 });
const records: Record_[] = [];
const skipped: string[] = [];
for (const q of selected) {
  if (!existsSync(q.n1) || !existsSync(q.n2) || !existsSync(q.data)) {
    skipped.push(`${q.name}: files not found (needs ../shared/data)`);
    continue;
  }
  const n1 = loadOnnx(q.n1);
  const n2 = loadOnnx(q.n2);
  for (const s of readSamples(q.data, [...q.rows], { labelColumn: q.labelColumn, scale: q.scale })) {
    const label = s.label ?? 0;
    const classes = n1.nodes[n1.output].size;
    const pairs: Pair[] = [...Array(classes).keys()].filter(j => j !== label).slice(0, q.pairs).map(j => [label, j] as const);
    const runs: [string, Method, BoundsMethod, boolean][] = [
      ...METHODS.map(m => [m, m, boundsFor(m), false] as [string, Method, BoundsMethod, boolean]),
      ['milp-interval-bigM', 'milp', intervalMethod, false],
      ['milp-obbt', 'milp', boundsFor('milp'), true],
    ];
    for (const [name, method, bounds, obbt] of runs) {
      const t0 = performance.now();
      const r = await verifyRow(n1, n2, s, { eps: q.eps, domain: q.domain, pairs, implication: 'off', timeLimitSec: TIME_LIMIT, mipRelGap: 1e-6, mipAbsGap: 1e-6, bounds, method, ...(obbt ? { obbt: { maxNeurons: 400, timeSec: TIME_LIMIT } } : {}) }, solver);
      const secs = (performance.now() - t0) / 1000;
      for (const p of r.pairs) {
        records.push({ query: q.name, row: s.row, pair: p.pair, method: name, lower: p.lower, upper: p.upper, status: p.status, seconds: secs / r.pairs.length, binaries: r.binaries.n1 + r.binaries.n2 });
      }
      process.stderr.write(`${q.name} row ${s.row} ${name}: ${secs.toFixed(1)} s\n`);
    }
  }
}
await solver.close();

const key = (r: Record_) => `${r.query}|${r.row}|${r.pair.join(':')}`;
const exact = new Map(records.filter(r => r.method === 'milp' && r.status === 'exact').map(r => [key(r), r]));
const summary: Record<string, Record<string, unknown>> = {};
for (const q of [...new Set(records.map(r => r.query))]) {
  const out: Record<string, unknown> = {};
  for (const m of [...METHODS, 'milp-interval-bigM', 'milp-obbt']) {
    const rs = records.filter(r => r.query === q && r.method === m);
    const ratios = rs.filter(r => exact.has(key(r))).map(r => (r.upper - r.lower) / Math.max(1e-12, exact.get(key(r))!.upper - exact.get(key(r))!.lower));
    out[m] = {
      queries: rs.length,
      exact: rs.filter(r => r.status === 'exact').length,
      medianWidthRatio: median(ratios),
      geomeanWidthRatio: geomean(ratios),
      medianSeconds: median(rs.map(r => r.seconds)),
      medianBinaries: median(rs.map(r => r.binaries)),
    };
  }
  const tight = records.filter(r => r.query === q && r.method === 'milp');
  const loose = records.filter(r => r.query === q && r.method === 'milp-interval-bigM');
  const ms = median(tight.map(r => r.seconds));
  const ml = median(loose.map(r => r.seconds));
  out.exactSpeedupOverIntervalBigM = ms && ml ? ml / ms : null;
  const mo = median(records.filter(r => r.query === q && r.method === 'milp-obbt').map(r => r.seconds));
  out.obbtSpeedup = ms && mo ? ms / mo : null;
  out.note = 'milp-interval-bigM seconds are capped by the time limit when it did not finish; see its exact count';
  summary[q] = out;
}

const path = writeResults('methods', {
  quick,
  only,
  timeLimitSec: TIME_LIMIT,
  skipped,
  summary,
  records,
});
console.log(JSON.stringify(summary, null, 1));
console.log(`written ${path}`);
