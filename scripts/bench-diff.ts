/**
 * Benchmark of the symbolic differential bounds (not a test). For each query (twin pair, row,
 * ε, class pair) it measures, in one run:
 *   - the ρ bounds of `crown`, `alpha-crown` (CROWN bounds, slopes optimised per end), the
 *     interval-only differential sweep (`diff-interval`), the symbolic sweep alone
 *     (`diff-symbolic`, the previous `diff`) and the current `--method diff` (`diff`: symbolic
 *     sweep with max-pool pair bounds and α-optimised rows, ρ by α-CROWN ∩ α-diff), with
 *     seconds, and their width over the exact width;
 *   - the exact values (verifyRow, method 'milp'), solved with big-M constants from CROWN, from
 *     the interval differential sweep, from the symbolic one, and from the symbolic one plus the
 *     differential MILP cuts |h¹ − h²| ≤ d (seconds and binaries of each).
 * Twins: pruned (30 %, 50 %), int8, int4, fp16 copies of ../shared/data MLPs built in memory
 * (scripts/twin-transforms.ts), the real fp16 pair mnist_relu_3_100 / _fp16trunc, and the
 * embedded ECG fp32 / int8-weight CNN pair. Writes benchmarks/results/diff-<stamp>.json with
 * machine info and geomean width/exact per twin kind.
 * Usage: node --import tsx scripts/bench-diff.ts [--quick]
 */
import { existsSync } from 'node:fs';
import { crownMethod } from '../src/bounds/crown.js';
import { diffMethod, intervalDiffMethod, symbolicDiffMethod } from '../src/bounds/diff.js';
import type { BoundsMethod } from '../src/bounds/types.js';
import { readSamples } from '../src/data/read.js';
import type { Network } from '../src/ir/network.js';
import { loadOnnx } from '../src/onnx/load.js';
import { type InputDomain, neighbourhood } from '../src/rsm/domain.js';
import { type Pair, rhoAlphaCrown, rhoAlphaDiff, rhoRelaxed } from '../src/rsm/objective.js';
import { verifyRow } from '../src/verify/verify.js';
import { createHighsSolver } from '../src/solver/highs.js';
import { makeTwin, type TwinKind } from './twin-transforms.js';
import { geomean, median, writeResults } from './bench-common.js';

const ROOT = new URL('..', import.meta.url).pathname;
const SHARED = `${ROOT}../shared/data/`;
const ECG = `${ROOT}benchmarks/embedded/ecg-mitbih260/`;
const quick = process.argv.includes('--quick');
const TIME_LIMIT = quick ? 20 : 40;

interface Base {
  readonly name: string;
  readonly onnx: string;
  readonly data: string;
  readonly labelColumn: 'first' | 'last';
  readonly scale: number;
  readonly domain: InputDomain | null;
  readonly rows: readonly number[];
  readonly eps: number;
}

const MLPS: Base[] = [
  { name: 'mnist784_32_16', onnx: `${SHARED}models/mnist/mnist784_teacher_32_16_10.onnx`, data: `${SHARED}mnist/mnist_test_first100.csv`, labelColumn: 'first', scale: 1 / 255, domain: { lo: 0, hi: 1 }, rows: quick ? [0] : [0, 1], eps: 0.01 },
  { name: 'mnist8x8_100_80_60_40_20', onnx: `${SHARED}models/mnist/mnist8x8_teacher_100_80_60_40_20_10.onnx`, data: `${SHARED}mnist/mnist8x8_test_first1000.csv`, labelColumn: 'first', scale: 1, domain: { lo: 0, hi: 1 }, rows: quick ? [1] : [0, 1], eps: 0.002 },
  { name: 'mnist_relu_3_100', onnx: `${SHARED}models/mnist/mnist_relu_3_100.onnx`, data: `${SHARED}mnist/mnist_test_first100.csv`, labelColumn: 'first', scale: 1, domain: { lo: 0, hi: 255 }, rows: quick ? [0] : [0, 1], eps: 2 },
];
const KINDS: TwinKind[] = ['pruned30', 'pruned50', 'int8', 'int4', 'fp16'];

interface Query {
  readonly name: string;
  readonly kind: string;
  readonly n1: Network;
  readonly n2: Network;
  readonly base: Base;
  readonly pairs: number;
}

const queries: Query[] = [];
const skipped: string[] = [];
for (const b of MLPS) {
  if (!existsSync(b.onnx) || !existsSync(b.data)) {
    skipped.push(`${b.name}: files not found (needs ../shared/data)`);
    continue;
  }
  const n1 = loadOnnx(b.onnx);
  for (const kind of KINDS) queries.push({ name: `${b.name} ${kind}`, kind, n1, n2: makeTwin(n1, kind), base: b, pairs: 1 });
  if (b.name === 'mnist_relu_3_100') {
    const real = `${SHARED}models/mnist/mnist_relu_3_100_fp16trunc.onnx`;
    if (existsSync(real)) queries.push({ name: `${b.name} real fp16trunc`, kind: 'fp16 (real file)', n1, n2: loadOnnx(real), base: b, pairs: 1 });
  }
}
queries.push({
  name: 'ecg260 fp32/int8w',
  kind: 'int8 (real ECG pair)',
  n1: loadOnnx(`${ECG}ecg_mitbih260_cnn_fp32.onnx`),
  n2: loadOnnx(`${ECG}ecg_mitbih260_cnn_int8w.onnx`),
  base: { name: 'ecg260', onnx: '', data: `${ECG}mitbih260_beats_subset.csv`, labelColumn: 'last', scale: 1, domain: null, rows: quick ? [0, 200] : [0, 100, 200, 300, 317], eps: 0.0002 },
  pairs: 2,
});

interface Record_ {
  query: string;
  kind: string;
  row: number;
  pair: Pair;
  method: string;
  lower: number;
  upper: number;
  status?: string;
  seconds: number;
  binaries?: number;
  diffCuts?: number;
}

const RELAXED: [string, BoundsMethod][] = [
  ['crown', crownMethod],
  ['alpha-crown', crownMethod],
  ['diff-interval', intervalDiffMethod],
  ['diff-symbolic', symbolicDiffMethod],
  ['diff', diffMethod],
];
/** α iterations per end, as --method alpha-crown and diff use (src/verify/verify.ts). */
const ALPHA_ITERATIONS = 20;
const EXACT: [string, BoundsMethod, boolean][] = [
  ['milp/crown', crownMethod, false],
  ['milp/diff-interval', intervalDiffMethod, false],
  ['milp/diff', diffMethod, false],
  ['milp/diff+cuts', diffMethod, true],
];

const solver = createHighsSolver({ threads: 2 });
const records: Record_[] = [];
for (const q of queries) {
  const { base } = q;
  for (const s of readSamples(base.data, [...base.rows], { labelColumn: base.labelColumn, scale: base.scale })) {
    const label = s.label ?? 0;
    const classes = q.n1.nodes[q.n1.output].size;
    const pairs: Pair[] = [...Array(classes).keys()].filter(j => j !== label).slice(0, q.pairs).map(j => [label, j] as const);
    const box = neighbourhood(s.x, base.eps, base.domain);
    for (const [name, method] of RELAXED) {
      const t0 = performance.now();
      const b = method.compute(q.n1, q.n2, box);
      const tb = (performance.now() - t0) / 1000;
      for (const pair of pairs) {
        const t1 = performance.now();
        const r = relaxedRho(name, q, b, pair);
        records.push({ query: q.name, kind: q.kind, row: s.row, pair, method: name, lower: r.lower, upper: r.upper, seconds: tb / pairs.length + (performance.now() - t1) / 1000 });
      }
    }
    for (const [name, bounds, diffCuts] of EXACT) {
      const t0 = performance.now();
      const r = await verifyRow(q.n1, q.n2, s, { eps: base.eps, domain: base.domain, pairs, implication: 'off', timeLimitSec: TIME_LIMIT, mipRelGap: 1e-6, mipAbsGap: 1e-6, bounds, method: 'milp', diffCuts }, solver);
      const secs = (performance.now() - t0) / 1000;
      for (const p of r.pairs) {
        records.push({ query: q.name, kind: q.kind, row: s.row, pair: p.pair, method: name, lower: p.lower, upper: p.upper, status: p.status, seconds: secs / r.pairs.length, binaries: r.binaries.n1 + r.binaries.n2, diffCuts: r.diffCuts });
      }
      process.stderr.write(`${q.name} row ${s.row} ${name}: ${secs.toFixed(1)} s, ${r.binaries.n1 + r.binaries.n2} binaries, ${r.diffCuts} cuts\n`);
    }
  }
}
await solver.close();

function relaxedRho(name: string, q: Query, b: ReturnType<BoundsMethod['compute']>, pair: Pair): { lower: number; upper: number } {
  // 'diff-interval' is the default before symbolic bounds: ρ from CROWN ∩ the interval sweep's logit d.
  if (name === 'diff-interval') return intervalRho(q, b, pair);
  if (name === 'alpha-crown') return rhoAlphaCrown(q.n1, q.n2, b.n1, b.n2, pair, undefined, { iterations: ALPHA_ITERATIONS });
  if (name === 'diff' && b.diff) return rhoAlphaDiff(q.n1, q.n2, b.n1, b.n2, pair, b.diff, { iterations: ALPHA_ITERATIONS, previous: b.previous });
  return rhoRelaxed(q.n1, q.n2, b.n1, b.n2, pair, name === 'crown' ? undefined : b.diff);
}

function intervalRho(q: Query, b: ReturnType<BoundsMethod['compute']>, pair: Pair): { lower: number; upper: number } {
  const r = rhoRelaxed(q.n1, q.n2, b.n1, b.n2, pair);
  const d = b.diff?.[q.n1.output];
  if (!d) return r;
  const [i, j] = pair;
  return { lower: Math.max(r.lower, d.lower[i] - d.upper[j]), upper: Math.min(r.upper, d.upper[i] - d.lower[j]) };
}

const key = (r: Record_) => `${r.query}|${r.row}|${r.pair.join(':')}`;
// The exact reference: the narrowest 'exact' milp result of the query (all are exact optima up to τ).
const exact = new Map<string, Record_>();
for (const r of records) {
  if (!r.method.startsWith('milp') || r.status !== 'exact') continue;
  const cur = exact.get(key(r));
  if (!cur || r.upper - r.lower < cur.upper - cur.lower) exact.set(key(r), r);
}
const ratio = (r: Record_): number | null => {
  const e = exact.get(key(r));
  return e ? (r.upper - r.lower) / Math.max(1e-12, e.upper - e.lower) : null;
};

const summarise = (rs: Record_[]): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const m of [...RELAXED.map(r => r[0]), ...EXACT.map(r => r[0])]) {
    const mine = rs.filter(r => r.method === m);
    const ratios = mine.map(ratio).filter((x): x is number => x !== null);
    out[m] = {
      queries: mine.length,
      exact: mine.filter(r => r.status === 'exact').length,
      geomeanWidthRatio: geomean(ratios),
      medianWidthRatio: median(ratios),
      medianSeconds: median(mine.map(r => r.seconds)),
      totalSeconds: mine.reduce((a, r) => a + r.seconds, 0),
      medianBinaries: median(mine.filter(r => r.binaries !== undefined).map(r => r.binaries!)),
    };
  }
  return out;
};

const byKind: Record<string, unknown> = {};
for (const kind of [...new Set(records.map(r => r.kind))]) byKind[kind] = summarise(records.filter(r => r.kind === kind));
const synthetic = records.filter(r => KINDS.includes(r.kind as TwinKind));
const summary = {
  byKind,
  prunedAndQuantizedMlps: summarise(synthetic),
  int8All: summarise(records.filter(r => r.kind.startsWith('int8'))),
  byQuery: Object.fromEntries([...new Set(records.map(r => r.query))].map(q => [q, summarise(records.filter(r => r.query === q))])),
};

const path = writeResults('diff', {
  quick,
  timeLimitSec: TIME_LIMIT,
  note: 'width ratio = (upper − lower) / exact width, the exact width being the narrowest exact milp result of the query (it includes the 1e-7·(1+|v|) safety margin at each end). Exact seconds share 2 cores with other processes.',
  skipped,
  summary,
  records,
});
const brief = (s: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(s).map(([m, v]) => {
    const x = v as { geomeanWidthRatio: number | null; medianSeconds: number | null; exact: number; queries: number };
    return [m, `ratio ${x.geomeanWidthRatio?.toFixed(3)} median ${x.medianSeconds?.toFixed(2)} s exact ${x.exact}/${x.queries}`];
  }));
console.log(JSON.stringify({ byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, brief(v as Record<string, unknown>)])), prunedAndQuantizedMlps: brief(summary.prunedAndQuantizedMlps) }, null, 1));
console.log(`written ${path}`);
