/**
 * Benchmark (not a test) of the real int8 QDQ ECG twin (activation rounding and saturation,
 * ecg_mitbih260_cnn_int8_qdq.onnx) beside the int8-weight twin (dequantised weights, float
 * activations, ecg_mitbih260_cnn_int8w.onnx), both against ecg_mitbih260_cnn_fp32.onnx, at
 * ε = 2e-4 and 1e-3: for every method, the ends-pairs that are exact, median seconds per pair,
 * and width / exact width (over the pairs whose MILP finished exact). verifyRow aligns the fp32
 * and QDQ graphs (identity stand-ins), so `diff` is differential on both twins.
 * Writes benchmarks/results/qdq-<stamp>.json with machine info.
 * Usage: nice -n 19 node --import tsx scripts/bench-qdq.ts [--quick]
 */
import { existsSync } from 'node:fs';
import { readSamples } from '../src/data/read.js';
import { loadOnnx } from '../src/onnx/load.js';
import type { Pair } from '../src/rsm/objective.js';
import { boundsFor, type Method } from '../src/verify/methods.js';
import { verifyRow } from '../src/verify/verify.js';
import { createHighsSolver } from '../src/solver/highs.js';
import { median, writeResults } from './bench-common.js';

const ROOT = new URL('..', import.meta.url).pathname;
const ECG = `${ROOT}benchmarks/embedded/ecg-mitbih260/`;
const SHARED = process.env.TWINMARGIN_SHARED ? `${process.env.TWINMARGIN_SHARED}/data/` : `${ROOT}../shared/data/`;
const QDQ = existsSync(`${ECG}ecg_mitbih260_cnn_int8_qdq.onnx`) ? `${ECG}ecg_mitbih260_cnn_int8_qdq.onnx` : `${SHARED}models/ecg/ecg_mitbih260_cnn_int8_qdq.onnx`;
const quick = process.argv.includes('--quick');
const TIME_LIMIT = quick ? 5 : 10;
const ROWS = quick ? [0] : [0, 100, 200];
const EPS = [2e-4, 1e-3];
const METHODS_RUN: readonly Method[] = ['interval', 'crown', 'alpha-crown', 'diff', 'milp'];
const TWINS = [
  { name: 'int8 QDQ', n2: QDQ },
  { name: 'int8 weights', n2: `${ECG}ecg_mitbih260_cnn_int8w.onnx` },
];

interface Rec {
  twin: string;
  eps: number;
  row: number;
  pair: Pair;
  method: string;
  lower: number;
  upper: number;
  status: string;
  seconds: number;
  binaries: number;
  note: string | null;
}

const solver = createHighsSolver({ threads: 1 });
const n1 = loadOnnx(`${ECG}ecg_mitbih260_cnn_fp32.onnx`);
const samples = readSamples(`${ECG}mitbih260_beats_subset.csv`, ROWS, { labelColumn: 'last', scale: 1 });
const records: Rec[] = [];
const t0All = performance.now();
for (const tw of TWINS) {
  const n2 = loadOnnx(tw.n2);
  for (const eps of EPS) {
    for (const s of samples) {
      const label = s.label ?? 0;
      const pairs: Pair[] = [0, 1, 2, 3, 4].filter(j => j !== label).map(j => [label, j] as const);
      for (const method of METHODS_RUN) {
        const t0 = performance.now();
        const r = await verifyRow(n1, n2, s, { eps, domain: null, pairs, implication: 'off', timeLimitSec: TIME_LIMIT, mipRelGap: 1e-6, mipAbsGap: 1e-6, bounds: boundsFor(method), method, attack: { budget: { restarts: 0, steps: 0 } } }, solver);
        const secs = (performance.now() - t0) / 1000;
        for (const p of r.pairs) {
          records.push({ twin: tw.name, eps, row: s.row, pair: p.pair, method, lower: p.lower, upper: p.upper, status: p.status, seconds: secs / r.pairs.length, binaries: r.binaries.n1 + r.binaries.n2, note: r.boundsNote ?? null });
        }
        process.stderr.write(`${tw.name} ε=${eps} row ${s.row} ${method}: ${secs.toFixed(1)} s ${r.boundsNote ?? ''}\n`);
      }
    }
  }
}
await solver.close();

const key = (r: Rec): string => `${r.twin}|${r.eps}|${r.row}|${r.pair.join(':')}`;
const exact = new Map(records.filter(r => r.method === 'milp' && r.status === 'exact').map(r => [key(r), r]));
const table: Record<string, unknown>[] = [];
for (const tw of TWINS) {
  for (const eps of EPS) {
    const row: Record<string, unknown> = { twin: tw.name, eps };
    for (const m of METHODS_RUN) {
      const rs = records.filter(r => r.twin === tw.name && r.eps === eps && r.method === m);
      const ratios = rs.filter(r => exact.has(key(r))).map(r => (r.upper - r.lower) / Math.max(1e-12, exact.get(key(r))!.upper - exact.get(key(r))!.lower));
      row[m] = {
        pairs: rs.length,
        exact: rs.filter(r => r.status === 'exact').length,
        medianWidth: median(rs.map(r => r.upper - r.lower)),
        medianWidthOverExact: ratios.length ? median(ratios) : null,
        medianSeconds: median(rs.map(r => r.seconds)),
        medianBinaries: median(rs.map(r => r.binaries)),
        note: rs[0]?.note ?? null,
      };
    }
    table.push(row);
  }
}
const path = writeResults('qdq', {
  quick,
  rows: ROWS,
  eps: EPS,
  timeLimitSec: TIME_LIMIT,
  highsThreads: 1,
  totalSeconds: (performance.now() - t0All) / 1000,
  n2Files: TWINS.map(t => t.n2),
  table,
  records,
});
console.log(JSON.stringify(table, null, 1));
console.log(`written ${path}`);
